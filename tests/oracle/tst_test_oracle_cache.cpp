// Oracle: test results shared between kiln-cli test and go test 1.25 on one
// GOCACHE, each tool replaying what the other saved.
//  - sharedBothWays: kiln runs P, go prints (cached); a change (an env var
//    the test reads, a file it opens, a source file) makes go run it, kiln
//    then prints (cached); a second change makes kiln run it and go print
//    (cached). Every step's output line is compared with go's.
//  - bypass: -count=1, GOFLAGS=-count=1, -benchmem and -shuffle=on run a
//    cached package again in both tools, every time.
//  - failureNeverCached: a failing test runs again in both tools.
//  - cleanTestcache: kiln-cli clean -testcache makes go test rerun, go clean
//    -testcache makes kiln-cli test rerun (a private GOCACHE: expiring the
//    shared oracle cache would touch other tests); clean's usage errors are
//    go's, byte for byte.
// The shared-cache steps use packages only this test builds (temp dirs are
// part of their IDs).
#include "support/oraclego.h"
#include "support/tempmodule.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace kiln;
using namespace kiln::test;

namespace
{

enum class Tool { Go, Kiln };
enum class Change { Env, File, Source };

QByteArray testFile(const char *pkg, const QByteArray &body, const QByteArray &imports = {})
{
    return "package " + QByteArray(pkg) + "\n\nimport (\n" + imports + "\t\"testing\"\n)\n\n" +
           "func TestIt(t *testing.T) {\n" + body + "}\n";
}

QMap<QString, QByteArray> moduleFiles()
{
    QMap<QString, QByteArray> f{{"go.mod", "module example.com/cw\n\ngo 1.22\n"}};
    for (const char *p : {"pass", "envread", "fileread", "source", "fail"})
        f.insert(QLatin1String(p) + QStringLiteral("/") + QLatin1String(p) + QStringLiteral(".go"),
                 "package " + QByteArray(p) + "\n");
    f["pass/pass_test.go"] = testFile("pass", "\tt.Log(\"pass\")\n");
    f["envread/envread_test.go"] =
        testFile("envread", "\tt.Log(os.Getenv(\"KILN_CW_VAR\"))\n", "\t\"os\"\n");
    f["fileread/fileread_test.go"] = testFile(
        "fileread",
        "\tdata, err := os.ReadFile(\"input.txt\")\n\tif err != nil {\n\t\tt.Fatal(err)\n\t}\n"
        "\tt.Logf(\"%q\", data)\n",
        "\t\"os\"\n");
    f["fileread/input.txt"] = "v1\n";
    f["source/source_test.go"] = testFile("source", "\tt.Log(\"v1\")\n");
    f["fail/fail_test.go"] = testFile("fail", "\tt.Fatal(\"always\")\n");
    return f;
}

void setMtime(const QString &path, qint64 sec)
{
    const timespec t[2] = {{sec, 0}, {sec, 0}};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), t, 0) == 0);
}

QByteArray describe(const ProcessOutput &out)
{
    return "exit " + QByteArray::number(out.exitCode) + "\n--- stdout\n" + out.stdOut +
           "--- stderr\n" + out.stdErr.right(3000);
}

// The package's result: "cached", "ran" (ok with a time), "failed" (FAIL
// with a time) or "?" with the output.
QString verdict(const ProcessOutput &out, const QString &pkg)
{
    const QString text = QString::fromUtf8(out.stdOut);
    const QString p = QRegularExpression::escape(pkg);
    if (QRegularExpression(QStringLiteral("^ok  \t%1\t\\(cached\\)$").arg(p),
                           QRegularExpression::MultilineOption)
            .match(text)
            .hasMatch())
        return QStringLiteral("cached");
    if (QRegularExpression(QStringLiteral("^ok  \t%1\t\\d+\\.\\d{3}s$").arg(p),
                           QRegularExpression::MultilineOption)
            .match(text)
            .hasMatch())
        return QStringLiteral("ran");
    if (QRegularExpression(QStringLiteral("^FAIL\t%1\t\\d+\\.\\d{3}s$").arg(p),
                           QRegularExpression::MultilineOption)
            .match(text)
            .hasMatch())
        return QStringLiteral("failed");
    return QStringLiteral("? ") + QString::fromUtf8(describe(out));
}

} // namespace

class TestTestOracleCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sharedBothWays_data();
    void sharedBothWays();
    void bypass_data();
    void bypass();
    void failureNeverCached();
    void cleanTestcache();
    void cleanUsage_data();
    void cleanUsage();

private:
    ProcessOutput run(Tool tool, const QStringList &args,
                      const QMap<QString, QString> &extra = {}) const;
    // Runs `test args` with tool and checks P's verdict.
    void expect(Tool tool, const QStringList &args, const QString &pkg, const QString &want,
                const QMap<QString, QString> &extra = {});

    OracleGo m_go;
    std::unique_ptr<TempModule> m_module;
    QTemporaryDir m_private; // GOCACHE for cleanTestcache
};

void TestTestOracleCache::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    m_module = std::make_unique<TempModule>(moduleFiles());
    // Files modified in the last 2 s are not cacheable (go's testlog rule).
    setMtime(m_module->filePath(QStringLiteral("fileread/input.txt")), 1704103200);
    QVERIFY(m_private.isValid());
}

ProcessOutput TestTestOracleCache::run(Tool tool, const QStringList &args,
                                       const QMap<QString, QString> &extra) const
{
    QMap<QString, QString> vars{{QStringLiteral("CGO_ENABLED"), QStringLiteral("0")}};
    vars.insert(extra);
    const QProcessEnvironment env = m_go.environment(vars);
    return tool == Tool::Go ? m_go.runWithEnv(args, m_module->path(), env)
                            : runKilnCli(args, m_module->path(), env);
}

void TestTestOracleCache::expect(Tool tool, const QStringList &args, const QString &pkg,
                                 const QString &want, const QMap<QString, QString> &extra)
{
    const ProcessOutput out = run(tool, QStringList{QStringLiteral("test")} + args, extra);
    const QString who = tool == Tool::Go ? QStringLiteral("go") : QStringLiteral("kiln");
    const QString got = verdict(out, pkg);
    QVERIFY2(got == want, qPrintable(QStringLiteral("%1 test %2: want %3, got %4")
                                         .arg(who, args.join(QLatin1Char(' ')), want, got)));
}

void TestTestOracleCache::sharedBothWays_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("package");
    QTest::newRow("env var the test reads") << Change::Env << "envread";
    QTest::newRow("file the test opens") << Change::File << "fileread";
    QTest::newRow("source file") << Change::Source << "source";
}

void TestTestOracleCache::sharedBothWays()
{
    QFETCH(Change, change);
    QFETCH(QString, package);
    const QString pkg = QStringLiteral("example.com/cw/") + package;
    const QStringList args{QStringLiteral("./") + package};
    QMap<QString, QString> env{{QStringLiteral("KILN_CW_VAR"), QStringLiteral("v1")}};
    int version = 1;
    const auto bump = [&] {
        const QByteArray v = "v" + QByteArray::number(++version);
        switch (change) {
        case Change::Env:
            env[QStringLiteral("KILN_CW_VAR")] = QString::fromUtf8(v);
            break;
        case Change::File: {
            const QString f = m_module->filePath(QStringLiteral("fileread/input.txt"));
            m_module->write(QStringLiteral("fileread/input.txt"), v + "\n");
            setMtime(f, 1704103200 + version); // old enough to be cacheable
            break;
        }
        case Change::Source:
            m_module->write(QStringLiteral("source/source_test.go"),
                            testFile("source", "\tt.Log(\"" + v + "\")\n"));
            break;
        }
    };
    expect(Tool::Kiln, args, pkg, QStringLiteral("ran"), env);
    expect(Tool::Go, args, pkg, QStringLiteral("cached"), env);
    bump();
    expect(Tool::Go, args, pkg, QStringLiteral("ran"), env);
    expect(Tool::Kiln, args, pkg, QStringLiteral("cached"), env);
    bump();
    expect(Tool::Kiln, args, pkg, QStringLiteral("ran"), env);
    expect(Tool::Go, args, pkg, QStringLiteral("cached"), env);
    // -v (other args: a result of its own) replays the saved output, the
    // same in both.
    expect(Tool::Kiln, QStringList{"-v"} + args, pkg, QStringLiteral("ran"), env);
    const ProcessOutput goV = run(Tool::Go, QStringList{"test", "-v"} + args, env);
    const ProcessOutput kilnV = run(Tool::Kiln, QStringList{"test", "-v"} + args, env);
    QCOMPARE(verdict(goV, pkg), QStringLiteral("cached"));
    QCOMPARE(verdict(kilnV, pkg), QStringLiteral("cached"));
    QVERIFY(goV.stdOut.contains("=== RUN   TestIt\n"));
    QCOMPARE(kilnV.stdOut, goV.stdOut);
}

void TestTestOracleCache::bypass_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("goflags");
    QTest::newRow("-count=1") << QStringList{"-count=1"} << "";
    QTest::newRow("GOFLAGS=-count=1") << QStringList{} << "-count=1";
    QTest::newRow("-benchmem") << QStringList{"-benchmem"} << "";
    QTest::newRow("-shuffle=on") << QStringList{"-shuffle=on"} << "";
}

void TestTestOracleCache::bypass()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, goflags);
    const QString pkg = QStringLiteral("example.com/cw/pass");
    const QStringList args{QStringLiteral("./pass")};
    // Cached (by either tool) before the flag is tried.
    (void)run(Tool::Kiln, QStringList{QStringLiteral("test")} + args);
    expect(Tool::Go, args, pkg, QStringLiteral("cached"));
    expect(Tool::Kiln, args, pkg, QStringLiteral("cached"));
    const QMap<QString, QString> env{{QStringLiteral("GOFLAGS"), goflags}};
    for (int round = 0; round < 2; ++round) {
        expect(Tool::Kiln, flags + args, pkg, QStringLiteral("ran"), env);
        expect(Tool::Go, flags + args, pkg, QStringLiteral("ran"), env);
    }
}

void TestTestOracleCache::failureNeverCached()
{
    const QString pkg = QStringLiteral("example.com/cw/fail");
    const QStringList args{QStringLiteral("./fail")};
    for (int round = 0; round < 2; ++round) {
        expect(Tool::Kiln, args, pkg, QStringLiteral("failed"));
        expect(Tool::Go, args, pkg, QStringLiteral("failed"));
    }
}

void TestTestOracleCache::cleanTestcache()
{
    const QString cache = m_private.filePath(QStringLiteral("gocache"));
    const QMap<QString, QString> env{{QStringLiteral("GOCACHE"), cache}};
    const QString pkg = QStringLiteral("example.com/cw/pass");
    // -vet=off: the private cache starts cold; vet adds nothing here.
    const QStringList args{QStringLiteral("-vet=off"), QStringLiteral("./pass")};
    const auto clean = [&](Tool tool) {
        const ProcessOutput out =
            run(tool, {QStringLiteral("clean"), QStringLiteral("-testcache")}, env);
        QVERIFY2(out.exitCode == 0 && out.stdOut.isEmpty() && out.stdErr.isEmpty(),
                 describe(out).constData());
    };
    expect(Tool::Kiln, args, pkg, QStringLiteral("ran"), env);
    expect(Tool::Go, args, pkg, QStringLiteral("cached"), env);
    clean(Tool::Kiln);
    QVERIFY(QFile::exists(cache + QStringLiteral("/testexpire.txt")));
    expect(Tool::Go, args, pkg, QStringLiteral("ran"), env);
    expect(Tool::Kiln, args, pkg, QStringLiteral("cached"), env);
    clean(Tool::Go);
    expect(Tool::Kiln, args, pkg, QStringLiteral("ran"), env);
    expect(Tool::Go, args, pkg, QStringLiteral("cached"), env);
}

void TestTestOracleCache::cleanUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("package arguments") << QStringList{"-testcache", "./pass"};
    QTest::newRow("-cache with packages") << QStringList{"-cache", "./pass"};
    QTest::newRow("undefined flag") << QStringList{"-bogus"};
    QTest::newRow("bad boolean") << QStringList{"-testcache=maybe"};
    QTest::newRow("-h") << QStringList{"-h"};
    QTest::newRow("--testcache") << QStringList{"--testcache"};
    QTest::newRow("relative GOCACHE") << QStringList{"-testcache", "GOCACHE=rel"};
}

void TestTestOracleCache::cleanUsage()
{
    QFETCH(QStringList, args);
    QMap<QString, QString> env{
        {QStringLiteral("GOCACHE"), m_private.filePath(QStringLiteral("gocache"))}};
    if (args.last().startsWith(QLatin1String("GOCACHE=")))
        env[QStringLiteral("GOCACHE")] = args.takeLast().mid(8);
    const ProcessOutput go = run(Tool::Go, QStringList{QStringLiteral("clean")} + args, env);
    const ProcessOutput kiln = run(Tool::Kiln, QStringList{QStringLiteral("clean")} + args, env);
    QCOMPARE(kiln.stdErr, go.stdErr);
    QCOMPARE(kiln.stdOut, go.stdOut);
    QCOMPARE(kiln.exitCode, go.exitCode);
}

QTEST_MAIN(TestTestOracleCache)
#include "tst_test_oracle_cache.moc"
