// Oracle: build IDs, content IDs, pack and the build-ID rewrite against real
// go builds.
//  - every archive go stored in GOCACHE for a module with an assembly package
//    (found with go list -export) and the linked binary: readBuildId equals
//    `go tool buildid FILE`, and findAndHash(file, its ID) reproduces the
//    content ID at the end of the ID (go's own convergence property);
//  - go's compile, asm and link commands are replayed from `go build -x
//    -work` into a fresh $WORK; Kiln then packs (appendToArchive) and
//    rewrites (updateBuildId with go's placeholder) and the results must equal
//    go's cached archives and go's binary byte for byte — for linux/amd64 and
//    cross builds to darwin/arm64 (Mach-O, re-signed), windows/amd64 (PE, raw
//    form) and linux/386 (ELF32);
//  - writeContentId equals `go tool buildid -w` on a file with a stale ID;
//  - readBuildId's results and errors equal go tool buildid's on bad files.
#include "base/goquote.h"
#include "base/hashid.h"
#include "exec/archive.h"
#include "exec/buildid.h"
#include "exec/contentid.h"

#include "support/oraclego.h"
#include "support/tempmodule.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::exec;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// One command of go's -x trace: its directory, environment assignments and
// words (unquoted, `# internal` dropped).
struct TraceCommand {
    QString dir;
    QMap<QString, QString> env;
    QStringList words;
};

// Splits a -x line into shell words: bare words, go-quoted "..." words
// (joinUnambiguously) and NAME='value' / NAME="value" environment prefixes.
QStringList shellWords(const QByteArray &line)
{
    QStringList words;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == ' ')
            ++i;
        if (i >= line.size())
            break;
        QByteArray word;
        while (i < line.size() && line[i] != ' ') {
            const char q = line[i];
            if (q == '"' || q == '\'') {
                qsizetype j = i + 1;
                while (j < line.size() && line[j] != q)
                    j += (q == '"' && line[j] == '\\') ? 2 : 1;
                const QByteArray quoted = line.mid(i, j + 1 - i);
                word += q == '"' ? goUnquote(quoted).value_or(quoted) : quoted.mid(1, j - i - 1);
                i = j + 1;
            } else {
                word += line[i++];
            }
        }
        words.append(QString::fromUtf8(word));
    }
    return words;
}

// Parses go's -x output. Heredoc bodies are skipped; `cd D` sets the
// directory of the commands after it. goDir is the directory go ran in.
QList<TraceCommand> parseTrace(const QByteArray &trace, const QString &goDir)
{
    QList<TraceCommand> out;
    QString dir = goDir;
    const QList<QByteArray> lines = trace.split('\n');
    static const QRegularExpression envWord(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.contains("<< 'EOF'")) {
            while (i + 1 < lines.size() && lines[i + 1] != "EOF")
                ++i;
            ++i;
            continue;
        }
        if (line.startsWith("cd ")) {
            const QString d = QString::fromUtf8(line.mid(3));
            dir = d == QLatin1String(".") ? goDir : d;
            continue;
        }
        QStringList words = shellWords(line);
        if (words.size() >= 2 && words[words.size() - 2] == QLatin1String("#") &&
            words.last() == QLatin1String("internal"))
            words.resize(words.size() - 2);
        TraceCommand c;
        c.dir = dir;
        while (!words.isEmpty()) {
            const QRegularExpressionMatch m = envWord.match(words.first());
            if (!m.hasMatch() || words.size() == 1)
                break;
            c.env.insert(m.captured(1), m.captured(2));
            words.removeFirst();
        }
        // ShowCmd printed the command's directory as "." at word starts.
        for (QString &w : words) {
            if (w == QLatin1String("."))
                w = dir;
            else if (w.startsWith(QLatin1String("./")))
                w = dir + w.mid(1);
        }
        c.words = words;
        if (!c.words.isEmpty())
            out.append(c);
    }
    return out;
}

QString argAfter(const QStringList &words, const QString &flag)
{
    const qsizetype i = words.indexOf(flag);
    return i >= 0 && i + 1 < words.size() ? words[i + 1] : QString();
}

QString argWithPrefix(const QStringList &words, const QString &prefix)
{
    for (const QString &w : words)
        if (w.startsWith(prefix))
            return w.mid(prefix.size());
    return {};
}

bool isTool(const TraceCommand &c, const char *name)
{
    return c.words.first().endsWith(QLatin1Char('/') + QLatin1String(name));
}

bool isGoTool(const TraceCommand &c, const char *tool, const char *verb)
{
    return c.words.size() >= 4 && c.words[0] == QLatin1String("go") &&
           c.words[1] == QLatin1String("tool") && c.words[2] == QLatin1String(tool) &&
           c.words[3] == QLatin1String(verb);
}

// A build traced with -x -work: its trace, $WORK, and go's directory.
struct TracedBuild {
    QList<TraceCommand> commands;
    QString work;
    QString goDir;
    QMap<QString, QString> env; // GOOS/GOARCH/GOCACHE given to go
    ~TracedBuild()
    {
        if (!work.isEmpty())
            QDir(work).removeRecursively();
    }
};

// The $WORK action directory ("b002") of the compile for package path.
QString actionDirOf(const TracedBuild &b, const QString &pkgPath)
{
    for (const TraceCommand &c : b.commands)
        if (isTool(c, "compile") && argAfter(c.words, QStringLiteral("-p")) == pkgPath)
            return argAfter(c.words, QStringLiteral("-o")).section(QLatin1Char('/'), 1, 1);
    return {};
}

struct ReplayResult {
    QMap<QString, QString> files;       // action dir → the replayed output
    QMap<QString, QByteArray> buildIds; // action dir → updateBuildId's final ID
    QStringList errors;
};

// The go command exports its whole `go env` to the tools it runs (they read
// GOROOT, GOOS, GOARCH, GOAMD64, ... from it).
Result<QMap<QString, QString>> toolEnvironment(const test::OracleGo &go, const TracedBuild &b)
{
    const ProcessOutput out =
        go.run({QStringLiteral("env"), QStringLiteral("-json")}, b.goDir, b.env);
    QMap<QString, QString> env = b.env;
    const QJsonObject vars = QJsonDocument::fromJson(out.stdOut).object();
    for (auto it = vars.begin(); it != vars.end(); ++it)
        env.insert(it.key(), it.value().toString());
    if (out.exitCode != 0 || !env.contains(QStringLiteral("GOROOT")))
        return fail(QStringLiteral("go env -json: ") + QString::fromUtf8(out.stdErr));
    return env;
}

// Runs a traced tool command with $WORK mapped; errors name the command.
Result<void> runTool(const test::OracleGo &go, const TraceCommand &c,
                     const QMap<QString, QString> &toolEnv, const QString &newWork)
{
    ProcessSpec spec;
    spec.program = c.words.first();
    for (QString w : c.words.mid(1))
        spec.arguments.append(w.replace(QLatin1String("$WORK"), newWork));
    spec.workingDir = c.dir;
    QMap<QString, QString> env = toolEnv;
    env.insert(c.env);
    spec.environment = go.environment(env);
    auto run = runProcess(spec);
    if (!run || run->exitCode != 0)
        return fail(c.words.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                    (run ? QString::fromUtf8(run->stdErr) : run.error().message));
    return {};
}

// ReplayResult's key for a $WORK output: "b002" for its archive, "b001/exe"
// for a binary.
QString outputKey(const QString &file)
{
    const QString dir = file.section(QLatin1Char('/'), 1, 1);
    return file.endsWith(QLatin1String(".a")) ? dir : dir + QStringLiteral("/exe");
}

// Replays, in a fresh $WORK, go's compile/asm/link commands for the given
// action dirs; pack and the build-ID rewrite are Kiln's. Inputs go wrote
// (importcfg, symabis, importcfg.link) are copied from go's $WORK.
ReplayResult replay(const test::OracleGo &go, const TracedBuild &b, const QStringList &dirs,
                    const QString &newWork)
{
    ReplayResult r;
    for (const QString &d : dirs) {
        const QDir from(b.work + QLatin1Char('/') + d);
        QDir().mkpath(newWork + QLatin1Char('/') + d + QStringLiteral("/exe"));
        for (const QString &f : from.entryList(QDir::Files)) {
            if (f == QLatin1String("_pkg_.a") || f.endsWith(QLatin1String(".o")) ||
                f == QLatin1String("go_asm.h"))
                continue;
            QFile::copy(from.filePath(f), newWork + QLatin1Char('/') + d + QLatin1Char('/') + f);
        }
    }
    const auto toolEnv = toolEnvironment(go, b);
    if (!toolEnv) {
        r.errors.append(toolEnv.error().message);
        return r;
    }
    auto mapped = [&](QString w) { return w.replace(QLatin1String("$WORK"), newWork); };
    auto selected = [&](const QString &file) {
        return file.startsWith(QLatin1String("$WORK/")) &&
               dirs.contains(file.section(QLatin1Char('/'), 1, 1));
    };
    QMap<QString, QByteArray> placeholders; // output file ($WORK form) → -buildid
    for (const TraceCommand &c : b.commands) {
        if (isTool(c, "compile") || isTool(c, "asm") || isTool(c, "link")) {
            const QString out = argAfter(c.words, QStringLiteral("-o"));
            if (!selected(out) || c.words.contains(QStringLiteral("-gensymabis")))
                continue;
            if (auto run = runTool(go, c, *toolEnv, newWork); !run) {
                r.errors.append(run.error().message);
                continue;
            }
            if (isTool(c, "compile"))
                placeholders.insert(out, argAfter(c.words, QStringLiteral("-buildid")).toUtf8());
            if (isTool(c, "link"))
                placeholders.insert(out,
                                    argWithPrefix(c.words, QStringLiteral("-buildid=")).toUtf8());
        } else if (isGoTool(c, "pack", "r") && c.words.size() > 5 && selected(c.words[4])) {
            QStringList objects;
            for (const QString &o : c.words.mid(5))
                objects.append(mapped(o));
            if (auto a = appendToArchive(mapped(c.words[4]), objects); !a)
                r.errors.append(a.error().message);
        } else if (isGoTool(c, "buildid", "-w") && c.words.size() > 4 && selected(c.words[4])) {
            const QString file = c.words[4];
            if (!placeholders.contains(file)) {
                r.errors.append(QStringLiteral("no placeholder for ") + file);
                continue;
            }
            auto u = updateBuildId(mapped(file), placeholders.value(file));
            if (!u) {
                r.errors.append(u.error().message);
                continue;
            }
            r.files.insert(outputKey(file), mapped(file));
            r.buildIds.insert(outputKey(file), u->buildId);
        }
    }
    return r;
}

// `go tool buildid [flags] FILE`: stdout without its newline, or
// "buildid: ..." from stderr with the exit status.
struct GoBuildId {
    bool ok = false;
    QByteArray text;
};

GoBuildId goBuildId(const test::OracleGo &go, const QString &file, const QStringList &flags = {})
{
    const QStringList args =
        QStringList{QStringLiteral("tool"), QStringLiteral("buildid")} + flags + QStringList{file};
    const ProcessOutput out = go.run(args, QDir::tempPath());
    GoBuildId r;
    r.ok = out.exitCode == 0;
    r.text = r.ok ? out.stdOut : out.stdErr;
    if (r.text.endsWith('\n'))
        r.text.chop(1);
    return r;
}

// Kiln's reading and go's agree on file, and the ID's content part is the
// content hash of the file.
void checkFile(const test::OracleGo &go, const QString &file)
{
    const GoBuildId want = goBuildId(go, file);
    QVERIFY2(want.ok, want.text.constData());
    auto id = readBuildId(file);
    QVERIFY2(id, qPrintable(file + QStringLiteral(": ") + (id ? QString() : id.error().message)));
    QCOMPARE(*id, want.text);
    auto scan = findAndHash(file, *id);
    QVERIFY(scan);
    QVERIFY2(!scan->matches.isEmpty(), qPrintable(file));
    QCOMPARE(hashToString(scan->hash).toLatin1(), contentIdPart(*id));
}

// go build -x -work in dir with extra environment; fails the test on error.
bool tracedBuild(const test::OracleGo &go, const QString &dir, const QStringList &args,
                 TracedBuild &b)
{
    b.goDir = dir;
    const ProcessOutput out = go.run(
        QStringList{QStringLiteral("build"), QStringLiteral("-x"), QStringLiteral("-work")} + args,
        dir, b.env);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^WORK=(.*)$"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(out.stdErr));
    if (m.hasMatch())
        b.work = m.captured(1);
    if (out.exitCode != 0) {
        qWarning("%s", out.stdErr.constData());
        return false;
    }
    b.commands = parseTrace(out.stdErr, dir);
    return m.hasMatch();
}

const QByteArray AsmModuleGoMod = "module example.com/m\n\ngo 1.22\n";
const QByteArray AsmGo = "package asmlib\n\n// Add returns a+b.\nfunc Add(a, b int64) int64\n\n"
                         "func Twice(a int64) int64 { return Add(a, a) }\n";
const QByteArray AsmS = "#include \"textflag.h\"\n\n"
                        "TEXT \xc2\xb7"
                        "Add(SB),NOSPLIT,$0-24\n"
                        "\tMOVQ a+0(FP), AX\n\tMOVQ b+8(FP), BX\n\tADDQ BX, AX\n"
                        "\tMOVQ AX, ret+16(FP)\n\tRET\n";
const QByteArray MainGo = "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/m/asmlib\"\n)\n\n"
                          "func main() { fmt.Println(asmlib.Twice(21)) }\n";

} // namespace

class TestBuildIdOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linuxAmd64();
    void crossTargets_data();
    void crossTargets();
    void badFiles();
};

void TestBuildIdOracle::linuxAmd64()
{
    test::OracleGo go;
    QVERIFY2(go.available(), qPrintable(go.reason()));
    test::TempModule m({{QStringLiteral("go.mod"), AsmModuleGoMod},
                        {QStringLiteral("asmlib/add.go"), AsmGo},
                        {QStringLiteral("asmlib/add_amd64.s"), AsmS},
                        {QStringLiteral("cmd/hi/main.go"), MainGo}});
    QTemporaryDir gocache, out, newWork;
    TracedBuild b;
    // A private cache and -a: every package is compiled, so the trace holds
    // every command and the cache holds only archives of this build.
    b.env = {{QStringLiteral("GOCACHE"), gocache.path()},
             {QStringLiteral("GOOS"), QStringLiteral("linux")},
             {QStringLiteral("GOARCH"), QStringLiteral("amd64")}};
    const QString binary = out.filePath(QStringLiteral("hi"));
    QVERIFY(tracedBuild(
        go, m.path(),
        {QStringLiteral("-a"), QStringLiteral("-o"), binary, QStringLiteral("./cmd/hi")}, b));

    const ProcessOutput list =
        go.run({QStringLiteral("list"), QStringLiteral("-export"), QStringLiteral("-f"),
                QStringLiteral("{{.ImportPath}} {{.Export}}"), QStringLiteral("-deps"),
                QStringLiteral("./cmd/hi")},
               m.path(), b.env);
    QVERIFY2(list.exitCode == 0, list.stdErr.constData());
    QMap<QString, QString> exports;
    for (const QByteArray &line : list.stdOut.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 2 && !f[1].isEmpty())
            exports.insert(QString::fromUtf8(f[0]), QString::fromUtf8(f[1]));
    }
    QVERIFY2(exports.size() > 30, qPrintable(QString::number(exports.size())));
    QVERIFY(exports.contains(QStringLiteral("example.com/m/asmlib")));
    for (const QString &file : std::as_const(exports)) {
        QVERIFY2(file.startsWith(gocache.path()), qPrintable(file));
        checkFile(go, file);
        if (QTest::currentTestFailed())
            return;
    }
    checkFile(go, binary);
    if (QTest::currentTestFailed())
        return;

    // Replay: packages with assembly (one or several objects, names longer
    // than 16 bytes), the main package and the link.
    const QMap<QString, QString> packages{
        {QStringLiteral("example.com/m/asmlib"), QStringLiteral("example.com/m/asmlib")},
        {QStringLiteral("internal/bytealg"), QStringLiteral("internal/bytealg")},
        {QStringLiteral("internal/cpu"), QStringLiteral("internal/cpu")},
        {QStringLiteral("internal/abi"), QStringLiteral("internal/abi")},
        {QStringLiteral("main"), QStringLiteral("example.com/m/cmd/hi")}};
    QMap<QString, QString> dirOf; // import path → action dir
    for (auto it = packages.begin(); it != packages.end(); ++it) {
        const QString d = actionDirOf(b, it.key());
        QVERIFY2(!d.isEmpty(), qPrintable(QStringLiteral("no compile for ") + it.key()));
        dirOf.insert(it.value(), d);
    }
    int packs = 0;
    for (const TraceCommand &c : b.commands)
        packs += isGoTool(c, "pack", "r") && c.words.size() > 5 &&
                 dirOf.values().contains(c.words[4].section(QLatin1Char('/'), 1, 1));
    QCOMPARE(packs, 4); // all but main have assembly

    const ReplayResult r = replay(go, b, dirOf.values(), newWork.path());
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    for (auto it = dirOf.begin(); it != dirOf.end(); ++it) {
        const QString mine = r.files.value(it.value());
        QVERIFY2(!mine.isEmpty(), qPrintable(it.key()));
        QVERIFY2(readAll(mine) == readAll(exports.value(it.key())),
                 qPrintable(QStringLiteral("%1: %2 differs from %3")
                                .arg(it.key(), mine, exports.value(it.key()))));
        QCOMPARE(r.buildIds.value(it.value()), goBuildId(go, exports.value(it.key())).text);
    }
    const QString exe =
        dirOf.value(QStringLiteral("example.com/m/cmd/hi")) + QStringLiteral("/exe");
    QVERIFY(r.files.contains(exe));
    QVERIFY2(readAll(r.files.value(exe)) == readAll(binary),
             qPrintable(r.files.value(exe) + QStringLiteral(" differs from ") + binary));
    QCOMPARE(r.buildIds.value(exe), goBuildId(go, binary).text);

    // A stale content ID is fixed the same way by go tool buildid -w and
    // writeContentId.
    for (const QString &file : {exports.value(QStringLiteral("example.com/m/asmlib")), binary}) {
        const QByteArray original = readAll(file);
        const QByteArray id = *readBuildId(file);
        const QByteArray stale = id.left(id.lastIndexOf('/') + 1) + QByteArray(20, 'Z');
        QByteArray staleFile = original;
        staleFile.replace(id, stale);
        const QString a = newWork.filePath(QStringLiteral("stale-go")),
                      k = newWork.filePath(QStringLiteral("stale-kiln"));
        QVERIFY(writeAll(a, staleFile) && writeAll(k, staleFile));
        const GoBuildId w = goBuildId(go, a, {QStringLiteral("-w")});
        QVERIFY2(w.ok, w.text.constData());
        auto u = writeContentId(k);
        QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
        QCOMPARE(u->buildId, id);
        QVERIFY(readAll(k) == readAll(a));
        QVERIFY(readAll(k) == original);
    }
}

void TestBuildIdOracle::crossTargets_data()
{
    QTest::addColumn<QString>("goos");
    QTest::addColumn<QString>("goarch");
    QTest::newRow("darwin/arm64 (Mach-O, signed)") << "darwin"
                                                   << "arm64";
    QTest::newRow("windows/amd64 (PE)") << "windows"
                                        << "amd64";
    QTest::newRow("linux/386 (ELF32)") << "linux"
                                       << "386";
}

void TestBuildIdOracle::crossTargets()
{
    QFETCH(QString, goos);
    QFETCH(QString, goarch);
    test::OracleGo go;
    QVERIFY2(go.available(), qPrintable(go.reason()));
    test::TempModule m(
        {{QStringLiteral("go.mod"), "module example.com/tiny\n\ngo 1.22\n"},
         {QStringLiteral("main.go"), "package main\n\nfunc main() { println(\"hi\") }\n"}});
    QTemporaryDir out, newWork;
    TracedBuild b;
    // The shared oracle cache: the standard library comes from it; the main
    // package (in a fresh directory) is always compiled.
    b.env = {{QStringLiteral("GOOS"), goos}, {QStringLiteral("GOARCH"), goarch}};
    const QString binary = out.filePath(QStringLiteral("tiny"));
    QVERIFY(tracedBuild(go, m.path(), {QStringLiteral("-o"), binary, QStringLiteral(".")}, b));
    checkFile(go, binary);
    if (QTest::currentTestFailed())
        return;
    const QString dir = actionDirOf(b, QStringLiteral("main"));
    QVERIFY2(!dir.isEmpty(), "main package not compiled");
    const ReplayResult r = replay(go, b, {dir}, newWork.path());
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    const QString exe = dir + QStringLiteral("/exe");
    QVERIFY(r.files.contains(exe));
    QVERIFY2(readAll(r.files.value(exe)) == readAll(binary),
             qPrintable(r.files.value(exe) + QStringLiteral(" differs from ") + binary));
    QCOMPARE(r.buildIds.value(exe), goBuildId(go, binary).text);
}

void TestBuildIdOracle::badFiles()
{
    test::OracleGo go;
    QVERIFY2(go.available(), qPrintable(go.reason()));
    QTemporaryDir tmp;
    const QByteArray elf = readAll(go.goBinary()).left(64 * 1024);
    QVERIFY(elf.startsWith("\x7f"
                           "ELF"));
    auto patched = [&elf](int at, char value) {
        QByteArray b = elf;
        b[at] = value;
        return b;
    };
    const QList<std::pair<const char *, QByteArray>> files{
        {"empty", QByteArray()},
        {"short", "abc"},
        {"text", "hello world, no id here\n"},
        {"bad archive", "!<arch>\nfoo\n"},
        {"archive magic only", "!<arch>\n"},
        {"archive with blank header", "!<arch>\n" + QByteArray(60, ' ') + "data"},
        {"pkgdef without id", "!<arch>\n__.PKGDEF       0 \ngo object x\nsomething\n"},
        {"pkgdef with bad quote", "!<arch>\n__.PKGDEF       0 \ngo object x\nbuild id \"x\n"},
        {"raw", QByteArray(100, 'x') + "\xff Go build ID: \"abc/def\"\n \xff"},
        {"raw unterminated", "xx\xff Go build ID: \"abc"},
        {"elf class 3", patched(4, 3)},
        {"elf data 0", patched(5, 0)},
        {"elf version 2", patched(6, 2)},
        {"elf truncated 100", elf.left(100)},
        {"elf truncated 3000", elf.left(3000)},
        {"elf head only", elf},
    };
    for (const auto &[name, content] : files) {
        const QString file = tmp.filePath(QString::fromLatin1(name).replace(' ', '_'));
        QVERIFY(writeAll(file, content));
        const GoBuildId want = goBuildId(go, file);
        auto got = readBuildId(file);
        const QByteArray gotText =
            got ? *got : QByteArray("buildid: ") + got.error().message.toUtf8();
        QVERIFY2(got.has_value() == want.ok,
                 qPrintable(QStringLiteral("%1: go %2, kiln %3")
                                .arg(QLatin1String(name), QString::fromUtf8(want.text),
                                     QString::fromUtf8(gotText))));
        QCOMPARE(gotText, want.text);
    }
    for (const QString &file : {tmp.filePath(QStringLiteral("missing")), tmp.path()}) {
        const GoBuildId want = goBuildId(go, file);
        auto got = readBuildId(file);
        QVERIFY(!want.ok && !got);
        QCOMPARE(QByteArray("buildid: ") + got.error().message.toUtf8(), want.text);
    }
}

QTEST_GUILESS_MAIN(TestBuildIdOracle)
#include "tst_buildid_oracle.moc"
