// Oracle: what `kiln-cli build -x` runs against what `go build -x` runs, on a
// temp copy of resources/examples/hello (outside any VCS checkout), each
// tool on its own GOCACHE, CGO_ENABLED=0.
//  - scriptMatchesGo: `build -a -x -p 1 -o OUT ./cmd/hello` on fresh caches
//    prints the same script once the WORK directory, the cache and output
//    directories are replaced by placeholders; the binaries are identical.
//  - incremental: a scripted sequence (no-op, a leaf's comment, a leaf's
//    exported API, -tags, a pattern-scoped -gcflags, an embedded file, a file
//    go:embed leaves out, an assembly file, -ldflags, go.mod's go version);
//    after each step both
//    tools, warmed by the previous step, compile the same packages (the -p of
//    each compile line) and run the same tools (link or not).
#include "support/buildoracle.h"
#include "support/buildscript.h"
#include "support/golden.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace kiln::test;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBuildOracleScript : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_timer.start(); }
    void cleanup()
    {
        qInfo("timing: %s: %lld ms", QTest::currentTestFunction(), m_timer.elapsed());
    }
    void scriptMatchesGo();
    void incremental();
    void errorsMatchGo_data();
    void errorsMatchGo();

private:
    QString cache(BuildTool t) const
    {
        return t == BuildTool::Go ? m_goCache.path() : m_kilnCache.path();
    }
    QString out(BuildTool t) const;

    OracleGo m_go;
    std::unique_ptr<TempModule> m_module;
    QTemporaryDir m_goCache;
    QTemporaryDir m_kilnCache;
    QTemporaryDir m_out;
    QElapsedTimer m_timer;
};

void TestBuildOracleScript::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    QVERIFY2(QFileInfo(kilnCli()).isExecutable(),
             qPrintable(kilnCli() + QStringLiteral(" missing")));
    m_module = std::make_unique<TempModule>();
    m_module->copyTree(exampleDir(QStringLiteral("hello")));
    QVERIFY(m_goCache.isValid() && m_kilnCache.isValid() && m_out.isValid());
    QDir(m_out.path()).mkpath(QStringLiteral("go"));
    QDir(m_out.path()).mkpath(QStringLiteral("kiln"));
}

QString TestBuildOracleScript::out(BuildTool t) const
{
    return m_out.filePath(toolName(t) + QStringLiteral("/hello"));
}

void TestBuildOracleScript::scriptMatchesGo()
{
    QByteArray script[2];
    for (BuildTool tool : {BuildTool::Go, BuildTool::Kiln}) {
        const QStringList args = {QStringLiteral("-a"),         QStringLiteral("-x"),
                                  QStringLiteral("-p"),         QStringLiteral("1"),
                                  QStringLiteral("-o"),         out(tool),
                                  QStringLiteral("./cmd/hello")};
        const TimedRun run = runBuild(m_go, tool, args, m_module->path(), cache(tool));
        qInfo("timing: %s build -a -x -p 1: %lld ms", qPrintable(toolName(tool)), run.ms);
        QVERIFY2(run.ok(), qPrintable(toolName(tool) + QStringLiteral(": ") + describe(run)));
        script[tool == BuildTool::Go ? 0 : 1] = normaliseScript(
            run.out.stdErr, {{cache(tool), QStringLiteral("$GOCACHE")},
                             {m_out.filePath(toolName(tool)), QStringLiteral("$OUT")}});
    }
    QVERIFY(parseBuildScript(script[0]).toolRuns.size() > 50); // -a really rebuilt everything
    QVERIFY2(readAll(out(BuildTool::Go)) == readAll(out(BuildTool::Kiln)), "binaries differ");

    const QStringList unmatched = unmatchedLines(script[0], script[1]);
    QVERIFY2(unmatched.isEmpty(),
             qPrintable(firstDifference(script[0], script[1]) + QLatin1Char('\n') +
                        unmatched.mid(0, 30).join(QLatin1Char('\n'))));
    QVERIFY2(script[0] == script[1], qPrintable(firstDifference(script[0], script[1])));
}

void TestBuildOracleScript::incremental()
{
    const auto edit = [this](const QString &file, const QByteArray &from, const QByteArray &to) {
        QByteArray src = readAll(m_module->filePath(file));
        QVERIFY2(src.contains(from),
                 qPrintable(file + QStringLiteral(": no ") + QString::fromUtf8(from)));
        m_module->write(file, src.replace(from, to));
    };
    const QString text = QStringLiteral("internal/text/text.go");
    const QStringList tags = {QStringLiteral("-tags=debug")};
    const QStringList gcflags =
        tags + QStringList{QStringLiteral("-gcflags=example.com/hello/greet=-N -l")};
    const QStringList ldflags = gcflags + QStringList{QStringLiteral("-ldflags=-s -w")};
    struct Step {
        const char *name;
        std::function<void()> change;
        QStringList flags;
        bool rebuilds; // a step that must compile something (guards the script itself)
    };
    const QList<Step> steps = {
        {"initial", [] {}, {}, false},
        {"no-op", [] {}, {}, false},
        {"leaf comment",
         [&] { edit(text, "// Underline returns s followed by", "// Underline returns s, then"); },
         {},
         true},
        {"leaf exported API",
         [&] {
             edit(text, "\nfunc Underline(",
                  "\nfunc Overline(s string) string { return s }\n\nfunc Underline(");
         },
         {},
         true},
        {"-tags", [] {}, tags, true},
        {"-gcflags", [] {}, gcflags, true},
        {"embedded file",
         [&] { edit(QStringLiteral("assets/greeting.txt"), "Hello", "Hello again"); }, gcflags,
         true},
        {"file go:embed skips",
         [&] { m_module->write(QStringLiteral("assets/static/_draft.txt"), "edited\n"); }, gcflags,
         false},
        {"assembly file",
         [&] {
             edit(QStringLiteral("mathx/add_amd64.s"), "// func Add", "// edited\n// func Add");
         },
         gcflags, true},
        {"-ldflags", [] {}, ldflags, false},
        {"go.mod go version", [&] { edit(QStringLiteral("go.mod"), "go 1.22", "go 1.23"); },
         ldflags, true},
    };
    for (const Step &step : steps) {
        step.change();
        if (QTest::currentTestFailed())
            return;
        BuildScript ran[2];
        for (BuildTool tool : {BuildTool::Go, BuildTool::Kiln}) {
            const QStringList args =
                step.flags + QStringList{QStringLiteral("-x"), QStringLiteral("-o"), out(tool),
                                         QStringLiteral("./cmd/hello")};
            const TimedRun run = runBuild(m_go, tool, args, m_module->path(), cache(tool));
            QVERIFY2(run.ok(),
                     qPrintable(
                         QStringLiteral("%1, %2: ").arg(QLatin1String(step.name), toolName(tool)) +
                         describe(run)));
            ran[tool == BuildTool::Go ? 0 : 1] = parseBuildScript(run.out.stdErr);
        }
        qInfo("step %s: go compiled [%s], link %d", step.name,
              qPrintable(ran[0].compiledPackages.join(QLatin1Char(' '))), ran[0].linked());
        if (step.rebuilds)
            QVERIFY2(!ran[0].compiledPackages.isEmpty(), step.name);
        QStringList tools[2] = {ran[0].toolRuns, ran[1].toolRuns};
        std::sort(tools[0].begin(), tools[0].end());
        std::sort(tools[1].begin(), tools[1].end());
        const QString where = QStringLiteral("step %1: ").arg(QLatin1String(step.name));
        QVERIFY2(ran[1].compiledPackages == ran[0].compiledPackages,
                 qPrintable(where + QStringLiteral("go compiled [%1], kiln [%2]")
                                        .arg(ran[0].compiledPackages.join(QLatin1Char(' ')),
                                             ran[1].compiledPackages.join(QLatin1Char(' ')))));
        QVERIFY2(tools[1] == tools[0],
                 qPrintable(where + QStringLiteral("go ran [%1], kiln [%2]")
                                        .arg(tools[0].join(QLatin1Char(' ')),
                                             tools[1].join(QLatin1Char(' ')))));
        QVERIFY2(readAll(out(BuildTool::Go)) == readAll(out(BuildTool::Kiln)),
                 qPrintable(where + QStringLiteral("binaries differ")));
    }
}

void TestBuildOracleScript::errorsMatchGo_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("source"); // a.go of module example.com/m, "" = none
    QTest::newRow("type error") << QStringLiteral(".")
                                << QStringLiteral("package m\n\nvar x int = \"s\"\n");
    QTest::newRow("syntax error") << QStringLiteral(".")
                                  << QStringLiteral("package m\n\nfunc f( {\n");
    QTest::newRow("missing package")
        << QStringLiteral("example.com/m/nope") << QStringLiteral("package m\n");
    QTest::newRow("test-only package") << QStringLiteral("internal/copyright") << QString();
}

// Failing builds: the same stderr and exit status (go's "# pkg" header and
// positions for compile errors, load errors as go words them).
void TestBuildOracleScript::errorsMatchGo()
{
    QFETCH(QString, package);
    QFETCH(QString, source);
    TempModule m;
    if (!source.isEmpty()) {
        m.write(QStringLiteral("go.mod"), "module example.com/m\n\ngo 1.22\n");
        m.write(QStringLiteral("a.go"), source.toUtf8());
    }
    const TimedRun go = runBuild(m_go, BuildTool::Go, {package}, m.path(), cache(BuildTool::Go));
    const TimedRun kiln =
        runBuild(m_go, BuildTool::Kiln, {package}, m.path(), cache(BuildTool::Kiln));
    QVERIFY2(go.out.exitCode != 0, "go build did not fail");
    QCOMPARE(QString::fromUtf8(kiln.out.stdErr), QString::fromUtf8(go.out.stdErr));
    QCOMPARE(kiln.out.exitCode, go.out.exitCode);
}

QTEST_GUILESS_MAIN(TestBuildOracleScript)
#include "tst_build_oracle_script.moc"
