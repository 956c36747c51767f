// Oracle test of core/flags/testflags: each row runs the real `go test` on a
// tiny module (temp GOCACHE, GODEBUG=gocachehash=1,gocachetest=1) and
// compares what go did with what parseTestFlags says for the same command
// line and GOFLAGS:
//   - the test binary's arguments: its TestMain writes os.Args[1:] to a file;
//     after go's own -test.testlogfile (present iff caching is still on and
//     there is no -exec), -test.paniconexit0 and -test.gocoverdir (with
//     coverage) they must equal Kiln's testArgs (a -test.coverprofile= value
//     is go's temporary file, so only its name is compared);
//   - the cache decision: the HASH[testResult] preimage's args and execcmd
//     lists, or go's "testcache: caching disabled ..." line, against
//     test::testCacheVerdict;
//   - vet: the vetflags line of the package's vet action ID preimage (or its
//     absence) against Kiln's vet flags;
//   - -c -o: the binary go wrote, where Kiln's output names it;
//   - rejected command lines: go's stderr and exit status, byte for byte,
//     against Kiln's FlagError.
#include "base/goquote.h"
#include "flags/testflags.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "test/testcachekey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace kiln;
using namespace kiln::flags;

namespace
{

const QMap<QString, QByteArray> moduleFiles = {
    {"go.mod", "module example.com/m\n\ngo 1.25\n"},
    {"m.go", "package m\n\nfunc Double(x int) int { return 2 * x }\n"},
    {"m_test.go", "package m\n\n"
                  "import (\n\t\"os\"\n\t\"strconv\"\n\t\"testing\"\n)\n\n"
                  "// Writes the arguments go gave the binary, one %q a line.\n"
                  "func TestMain(m *testing.M) {\n"
                  "\tif f := os.Getenv(\"KILN_ARGS_FILE\"); f != \"\" {\n"
                  "\t\ts := \"\"\n"
                  "\t\tfor _, a := range os.Args[1:] {\n"
                  "\t\t\ts += strconv.Quote(a) + \"\\n\"\n"
                  "\t\t}\n"
                  "\t\tos.WriteFile(f, []byte(s), 0o644)\n"
                  "\t}\n"
                  "\tos.Exit(m.Run())\n"
                  "}\n\n"
                  "// Tests read KILN_ROW (TestMain runs before the test log is on).\n"
                  "func TestX(t *testing.T) {\n\t_ = os.Getenv(\"KILN_ROW\")\n"
                  "\tif Double(2) != 4 {\n\t\tt.Fatal(\"bad\")\n\t}\n}\n\n"
                  "func TestY(t *testing.T) {\n\t_ = os.Getenv(\"KILN_ROW\")\n}\n\n"
                  "func BenchmarkX(b *testing.B) {\n\tfor range b.N {\n\t\tDouble(3)\n\t}\n}\n"},
};

// Reads a fmt %q list ("[\"a\" \"b\"]") starting at s[pos]; pos ends after ']'.
std::optional<QStringList> quotedList(const QByteArray &s, qsizetype &pos)
{
    if (s.mid(pos, 1) != "[")
        return std::nullopt;
    ++pos;
    QStringList out;
    while (pos < s.size()) {
        if (s[pos] == ' ') {
            ++pos;
            continue;
        }
        if (s[pos] == ']') {
            ++pos;
            return out;
        }
        if (s[pos] != '"')
            return std::nullopt;
        qsizetype end = pos + 1;
        while (end < s.size() && s[end] != '"')
            end += s[end] == '\\' ? 2 : 1;
        const auto item = goUnquote(s.mid(pos, end + 1 - pos));
        if (!item)
            return std::nullopt;
        out << QString::fromUtf8(*item);
        pos = end + 1;
    }
    return std::nullopt;
}

// The payloads of `HASH[<name>]: "<%q>"` lines, unquoted.
QList<QByteArray> hashLines(const QByteArray &stderrText, const QByteArray &name)
{
    QList<QByteArray> out;
    const QByteArray prefix = "HASH[" + name + "]: \"";
    for (const QByteArray &line : stderrText.split('\n'))
        if (line.startsWith(prefix))
            if (const auto s = goUnquote(line.mid(prefix.size() - 1)))
                out << *s;
    return out;
}

QStringList withoutCoverprofileValue(QStringList args)
{
    for (QString &a : args)
        if (a.startsWith(QLatin1String("-test.coverprofile=")))
            a = QStringLiteral("-test.coverprofile=…");
    return args;
}

} // namespace

class TestTestFlagsOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void compare_data();
    void compare();

private:
    void compareRun(const TestFlags &f, const ProcessOutput &go, const QString &argsFile);

    test::OracleGo m_go;
    std::unique_ptr<test::TempModule> m_module;
    QTemporaryDir m_cache;
    QTemporaryDir m_scratch;
    QString m_dir;
};

void TestTestFlagsOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    QVERIFY(m_cache.isValid() && m_scratch.isValid());
    m_module = std::make_unique<test::TempModule>(moduleFiles);
    m_dir = QFileInfo(m_module->path()).canonicalFilePath();
}

void TestTestFlagsOracle::compare_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("goflags");
    const auto row = [](const char *name, const QStringList &args, const char *goflags = "") {
        QTest::newRow(name) << args << QString::fromUtf8(goflags);
    };
    // Accepted command lines.
    row("plain", {});
    row("package", {"."});
    row("-v", {"-v", "."});
    row("-run X", {"-run", "X", "."});
    row("-short", {"-short", "."});
    row("-count=1", {"-count=1", "."});
    row("-count 0x2", {"-count", "0x2", "."});
    row("-timeout 30s", {"-timeout", "30s", "."});
    row("-timeout=0", {"-timeout=0", "."});
    row("-timeout 90s", {"-timeout", "90s", "."});
    row("-cpu 1,2", {"-cpu", "1,2", "."});
    row("-parallel 3", {"-parallel", "3", "."});
    row("-failfast", {"-failfast", "."});
    row("-skip", {"-skip", "TestY", "."});
    row("-bench -benchtime", {"-bench", ".", "-benchtime", "1x", "."});
    row("-json", {"-json", "."});
    row("-json -v", {"-json", "-v", "."});
    row("-shuffle=on", {"-shuffle=on", "."});
    row("-list", {"-list", "X", "."});
    row("-benchmem -fullpath", {"-benchmem", "-fullpath", "."});
    row("-v=test2json", {"-v=test2json", "."});
    row("-o without -c", {"-o", "bin.test", "."});
    row("-memprofile -outputdir", {"-memprofile", "mem.out", "-outputdir", "sub/..", "."});
    row("GOFLAGS=-count=1", {"."}, "-count=1");
    row("GOFLAGS=-v=true", {"."}, "-v=true");
    row("GOFLAGS and command line", {"-count=3", "."}, "-count=2 -run=X -test.short -v");
    row("GOFLAGS=-timeout=0", {"."}, "-timeout=0");
    row("GOFLAGS -v with -json", {"-json", "."}, "-v");
    row("flags after package", {".", "-v", "-run=X"});
    row("--long and -test. forms", {"--v", "-test.run", "X", "--count=1", "."});
    row("-args", {".", "-args", "a", "b"});
    row("-args local mode", {"-v", "-args", "-test.run=Y"});
    row("unknown flag after package", {".", "-custom"});
    row("unknown flag before package", {"-custom", "."});
    row("unknown flag value", {".", "-custom", "val", "-v"});
    row("positional ends flags", {".", "-custom=1", "pos", "-v"});
    row("--", {".", "--", "-v"});
    row("-c -o", {"-c", "-o", "x.test", "."});
    row("-exec", {"-exec", "env KILN_EXEC=1", "."});
    row("-vet=off", {"-vet=off", "."});
    row("-vet=all", {"-vet=all", "."});
    row("-vet=atomic,bool", {"-vet=atomic,bool", "."});
    row("-vet=off,atomic", {"-vet=off,atomic", "."});
    row("-cpuprofile", {"-cpuprofile", "cpu.out", "."});
    row("-coverprofile", {"-coverprofile=c.out", "."});
    row("build flags", {"-a=false", "-p", "2", "-tags", "x,y", "."}, "-gcflags=-N");
    // Rejected command lines.
    row("bad count", {"-count=x", "."});
    row("bad timeout", {"-timeout=5", "."});
    row("bad -v", {"-v=maybe", "."});
    row("missing value", {".", "-run"});
    row("bad vet", {"-vet=foo", "."});
    row("vet off in list", {"-vet=off,atomic,bool", "."});
    row("bad shuffle", {"-shuffle=x", "."});
    row("bad build flag", {"-p=x", "."});
    row("bad build bool", {"-a=maybe", "."});
    row("-C not first", {".", "-C", "x"});
    row("-C nosuch", {"-C", "nosuch", "."});
    row("-h", {"-h"});
    row("-c with unknown flag", {"-c", "-foo", "."});
    row("GOFLAGS bad count", {"."}, "-count=x");
    row("GOFLAGS needs value", {"."}, "-timeout");
    row("GOFLAGS unknown", {"."}, "-zzz");
    row("GOFLAGS bad -v", {"."}, "-v=maybe");
    row("GOFLAGS bad build flag", {"."}, "-p=x");
    row("GOFLAGS bad vet", {"-count=x"}, "-vet=a=b");
}

void TestTestFlagsOracle::compare()
{
    QFETCH(QStringList, args);
    QFETCH(QString, goflags);
    static int rowNumber = 0;
    const QString argsFile = m_scratch.filePath(QStringLiteral("args-%1.txt").arg(++rowNumber));
    // A fresh KILN_ROW value per row: the tests read it, so no row can replay
    // another's cached result.
    const ProcessOutput go =
        m_go.run(QStringList{QStringLiteral("test")} + args, m_dir,
                 {{"GOCACHE", m_cache.path()},
                  {"GOFLAGS", goflags},
                  {"GODEBUG", "gocachehash=1,gocachetest=1"},
                  {"KILN_ARGS_FILE", argsFile},
                  {"KILN_ROW", m_scratch.path() + QString::number(rowNumber)}});
    const auto kiln = parseTestFlags(args, goflags, m_dir);
    if (!kiln) {
        QCOMPARE(QString::fromUtf8(go.stdErr), kiln.error().message + QLatin1Char('\n'));
        QCOMPARE(go.exitCode, kiln.error().exitStatus);
        QVERIFY(!QFile::exists(argsFile));
        return;
    }
    compareRun(*kiln, go, argsFile);
}

void TestTestFlagsOracle::compareRun(const TestFlags &f, const ProcessOutput &go,
                                     const QString &argsFile)
{
    const QByteArray err = go.stdErr;
    const auto context = [&] {
        return QByteArray(go.stdOut.right(2000) + "\n--- stderr tail:\n" + err.right(3000));
    };

    // Vet: the package's vet action ID preimage names the flags vet got.
    QStringList goVet;
    bool goVetRan = false;
    for (const QByteArray &line : hashLines(err, "vet example.com/m"))
        if (line.startsWith("vetflags ")) {
            qsizetype pos = 9;
            const auto list = quotedList(line, pos);
            QVERIFY2(list, line.constData());
            goVet = *list;
            goVetRan = true;
        }
    QCOMPARE(goVetRan, f.vetMode() != VetMode::Off);
    if (goVetRan)
        QCOMPARE(goVet, f.vet.flags);

    if (f.compileOnly) {
        QVERIFY2(go.exitCode == 0, context().constData());
        QVERIFY(!QFile::exists(argsFile));
        const QString target = QDir(f.build.workingDir).filePath(f.output);
        QVERIFY2(QFile::exists(target), qPrintable(target));
        QFile::remove(target);
        return;
    }

    // The cache decision.
    const test::TestCacheVerdict cache = test::testCacheVerdict(
        f.packageListMode() ? test::TestPackageArgs::Given : test::TestPackageArgs::None,
        QStringLiteral("p"), QStringLiteral("/r"), f.testArgs);
    const QList<QByteArray> preimages = hashLines(err, "testResult");
    QList<QByteArray> testIds;
    for (const QByteArray &p : preimages)
        if (p.startsWith("test binary "))
            testIds << p;
    if (!cache.cacheable) {
        QVERIFY2(err.contains(cache.disabledTrace), context().constData());
        QVERIFY(testIds.isEmpty());
    } else {
        QVERIFY2(!testIds.isEmpty(), context().constData());
        for (const QByteArray &p : testIds) {
            qsizetype pos = p.indexOf(" args ");
            QVERIFY2(pos > 0, p.constData());
            pos += 6;
            const auto hashed = quotedList(p, pos);
            QVERIFY2(hashed, p.constData());
            QCOMPARE(*hashed, cache.hashedArgs);
            QVERIFY2(p.mid(pos).startsWith(" execcmd "), p.constData());
            pos += 9;
            const auto exec = quotedList(p, pos);
            QVERIFY2(exec, p.constData());
            QCOMPARE(*exec, f.execCmd);
        }
    }

    // The binary's arguments.
    QFile file(argsFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), context().constData());
    QStringList observed;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.isEmpty()) {
            const auto a = goUnquote(line);
            QVERIFY(a);
            observed << QString::fromUtf8(*a);
        }
    qsizetype i = 0;
    const bool goLogged = observed.value(0).startsWith(QLatin1String("-test.testlogfile="));
    QCOMPARE(goLogged, cache.cacheable && f.execCmd.isEmpty());
    if (goLogged)
        ++i;
    QCOMPARE(observed.value(i++), QStringLiteral("-test.paniconexit0"));
    if (f.build.cover) {
        QVERIFY(observed.value(i).startsWith(QLatin1String("-test.gocoverdir=")));
        ++i;
    }
    QCOMPARE(withoutCoverprofileValue(observed.mid(i)), withoutCoverprofileValue(f.testArgs));
}

QTEST_GUILESS_MAIN(TestTestFlagsOracle)
#include "tst_testflags_oracle.moc"
