// Oracle: -race (go's instrumentInit, LinkerDeps' runtime/race, the "race"
// tool tag, compile/link -race -installsuffix race, the forced flags in the
// action IDs, build -race=true in the build info), `kiln-cli` against `go`
// with CGO_ENABLED=1 on a small module: a library with a test, a command, and
// a package whose test has a real data race.
//  - build: `build -race -debug-actiongraph -o` — go on the shared oracle
//    cache, Kiln on its own fresh cache (so it compiles the race std itself):
//    every ActionID/BuildID of the graphs equal (runtime/race among the
//    actions), the same shape, binaries cmp-identical and a race build.
//  - test: `test -race -count=1 ./...` on the same caches: stdout/stderr and
//    exit status equal after masking timings and addresses ("WARNING: DATA
//    RACE", "testing.go:…: race detected during execution of test", FAIL),
//    the graphs' IDs equal; then Kiln on go's cache prints what go's second
//    `test -race ./...` prints (the passing package "(cached)", the racy one
//    run again).
//  - errors: go's usage errors for -race without cgo, on a target without the
//    race detector, with -msan.
// One race build per tool; the rest reuses the two caches.
#include "support/actiongraph.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln::test;

namespace
{

const QMap<QString, QByteArray> kModule = {
    {QStringLiteral("go.mod"), "module example.com/m\n\ngo 1.25\n"},
    {QStringLiteral("m.go"), "package m\n\nfunc Add(a, b int) int { return a + b }\n"},
    {QStringLiteral("m_test.go"), "package m\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) "
                                  "{\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal(\"bad\")\n\t}\n}\n"},
    {QStringLiteral("cmd/hello/main.go"),
     "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/m\"\n)\n\nfunc main() "
     "{ fmt.Println(m.Add(1, 2)) }\n"},
    {QStringLiteral("racy/racy.go"),
     // The sleep (no happens-before for the race detector) orders the two
     // accesses, so the report is always about Count's read after func1's
     // write: with both racing freely it named either side, and go's and
     // Kiln's runs could disagree.
     "package racy\n\nimport \"time\"\n\n"
     "// Count increments n from two goroutines without synchronisation.\n"
     "func Count() int {\n\tn := 0\n\tdone := make(chan bool)\n\tgo func() {\n\t\tn++\n"
     "\t\tdone <- true\n\t}()\n\ttime.Sleep(200 * time.Millisecond)\n\tn++\n\t<-done\n"
     "\treturn n\n}\n"},
    {QStringLiteral("racy/racy_test.go"),
     "package racy\n\nimport \"testing\"\n\nfunc TestCount(t *testing.T) {\n"
     "\tif Count() != 2 {\n\t\tt.Log(\"lost an increment\")\n\t}\n}\n"},
};

// Timings, addresses and goroutine numbers vary from run to run.
QString masked(const QByteArray &out)
{
    QString s = QString::fromUtf8(out);
    static const QRegularExpression time(QStringLiteral("\\t[0-9]+\\.[0-9]+s$"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression subTime(QStringLiteral("\\([0-9]+\\.[0-9]+s\\)"));
    static const QRegularExpression addr(QStringLiteral("0x[0-9a-f]+"));
    static const QRegularExpression goroutine(QStringLiteral("([Gg]oroutine) [0-9]+"));
    s.replace(time, QStringLiteral("\tTIME"));
    s.replace(subTime, QStringLiteral("(TIME)"));
    s.replace(addr, QStringLiteral("0xADDR"));
    s.replace(goroutine, QStringLiteral("\\1 N"));
    return s;
}

} // namespace

class TestRaceOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void build();
    void test();
    void errors_data();
    void errors();

private:
    kiln::ProcessOutput go(const QStringList &args, const QMap<QString, QString> &extra = {});
    kiln::ProcessOutput kiln(const QStringList &args, const QString &cache,
                             const QMap<QString, QString> &extra = {});
    // By (Mode, Package) with the graphs' shapes (build), or by BFS ID
    // (test: its graph has several actions per key).
    void compareGraphs(const QString &goFile, const QString &kilnFile, const QString &goBin = {},
                       const QString &kilnBin = {});

    OracleGo m_go;
    std::unique_ptr<TempModule> m_module;
    QTemporaryDir m_kilnCache, m_out;
};

void TestRaceOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    QVERIFY(m_kilnCache.isValid() && m_out.isValid());
    m_module = std::make_unique<TempModule>(kModule);
}

kiln::ProcessOutput TestRaceOracle::go(const QStringList &args, const QMap<QString, QString> &extra)
{
    QMap<QString, QString> env = extra;
    if (!env.contains(QStringLiteral("CGO_ENABLED")))
        env.insert(QStringLiteral("CGO_ENABLED"), QStringLiteral("1"));
    QElapsedTimer t;
    t.start();
    const auto out = m_go.run(args, m_module->path(), env);
    qInfo("go %s: %lld ms", qPrintable(args.join(u' ')), t.elapsed());
    return out;
}

kiln::ProcessOutput TestRaceOracle::kiln(const QStringList &args, const QString &cache,
                                         const QMap<QString, QString> &extra)
{
    QMap<QString, QString> vars = extra;
    if (!vars.contains(QStringLiteral("CGO_ENABLED")))
        vars.insert(QStringLiteral("CGO_ENABLED"), QStringLiteral("1"));
    vars.insert(QStringLiteral("GOCACHE"), cache);
    QElapsedTimer t;
    t.start();
    const auto out = runKilnCli(args, m_module->path(), m_go.environment(vars));
    qInfo("kiln %s: %lld ms", qPrintable(args.join(u' ')), t.elapsed());
    return out;
}

void TestRaceOracle::compareGraphs(const QString &goFile, const QString &kilnFile,
                                   const QString &goBin, const QString &kilnBin)
{
    const auto goGraph = readActionGraph(goFile);
    QVERIFY2(goGraph, qPrintable(goGraph ? QString() : goGraph.error().toString()));
    const auto kilnGraph = readActionGraph(kilnFile);
    QVERIFY2(kilnGraph, qPrintable(kilnGraph ? QString() : kilnGraph.error().toString()));
    if (!goBin.isEmpty()) {
        const GraphDiff diff =
            compareActionGraphs(*goGraph, *kilnGraph, {{goBin, QStringLiteral("$BIN")}},
                                {{kilnBin, QStringLiteral("$BIN")}});
        QCOMPARE(diff.actionSet.join(u'\n'), QString());
        QCOMPARE(diff.ids.join(u'\n'), QString());
        QCOMPARE(diff.shape.join(u'\n'), QString());
    } else {
        QCOMPARE(kilnGraph->actions.size(), goGraph->actions.size());
        for (qsizetype i = 0; i < goGraph->actions.size(); ++i) {
            const GraphAction &g = goGraph->actions[i], &k = kilnGraph->actions[i];
            const QString where = QStringLiteral("ID %1 (%2)").arg(i).arg(g.key());
            QCOMPARE(k.key(), g.key());
            QVERIFY2(k.actionID == g.actionID && k.buildID == g.buildID && k.deps == g.deps,
                     qPrintable(where + QStringLiteral(": go %1 %2, kiln %3 %4")
                                            .arg(g.actionID, g.buildID, k.actionID, k.buildID)));
        }
    }
    int withIds = 0;
    bool race = false;
    for (const GraphAction &a : goGraph->actions) {
        withIds += !a.actionID.isEmpty();
        race |= a.mode == QLatin1String("build") && a.package == QLatin1String("runtime/race");
    }
    QVERIFY(withIds > 30); // a real comparison: the race std is in the graph
    QVERIFY(race);
}

void TestRaceOracle::build()
{
    const QString goJson = m_out.filePath(QStringLiteral("go.json"));
    const QString kilnJson = m_out.filePath(QStringLiteral("kiln.json"));
    const QString goBin = m_out.filePath(QStringLiteral("go.bin"));
    const QString kilnBin = m_out.filePath(QStringLiteral("kiln.bin"));
    const auto g = go({QStringLiteral("build"), QStringLiteral("-race"),
                       QStringLiteral("-debug-actiongraph=") + goJson, QStringLiteral("-o"), goBin,
                       QStringLiteral("./cmd/hello")});
    QVERIFY2(g.exitCode == 0, g.stdErr.constData());
    const auto k = kiln({QStringLiteral("build"), QStringLiteral("-race"),
                         QStringLiteral("-debug-actiongraph=") + kilnJson, QStringLiteral("-o"),
                         kilnBin, QStringLiteral("./cmd/hello")},
                        m_kilnCache.path());
    QCOMPARE(QString::fromUtf8(k.stdErr), QString::fromUtf8(g.stdErr));
    QCOMPARE(k.exitCode, 0);
    compareGraphs(goJson, kilnJson, goBin, kilnBin);
    QFile a(goBin), b(kilnBin);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray goBytes = a.readAll();
    QVERIFY(goBytes.contains("build\t-race=true\n"));
    QVERIFY(goBytes == b.readAll());
}

void TestRaceOracle::test()
{
    // Fresh runs: go on the shared cache, Kiln on its own.
    const QString goJson = m_out.filePath(QStringLiteral("gotest.json"));
    const QString kilnJson = m_out.filePath(QStringLiteral("kilntest.json"));
    const QStringList args = {QStringLiteral("test"), QStringLiteral("-race"),
                              QStringLiteral("-count=1")};
    const auto g = go(args + QStringList{QStringLiteral("-debug-actiongraph=") + goJson,
                                         QStringLiteral("./...")});
    const auto k = kiln(args + QStringList{QStringLiteral("-debug-actiongraph=") + kilnJson,
                                           QStringLiteral("./...")},
                        m_kilnCache.path());
    QVERIFY2(g.stdOut.contains("WARNING: DATA RACE") &&
                 g.stdOut.contains("race detected during execution of test"),
             g.stdOut.constData());
    QCOMPARE(g.exitCode, 1);
    QCOMPARE(masked(k.stdOut), masked(g.stdOut));
    QCOMPARE(masked(k.stdErr), masked(g.stdErr));
    QCOMPARE(k.exitCode, g.exitCode);
    compareGraphs(goJson, kilnJson);

    // The test result cache: go's second run and Kiln on go's cache agree.
    const QStringList cached = {QStringLiteral("test"), QStringLiteral("-race"),
                                QStringLiteral("./...")};
    go(cached);
    const auto g2 = go(cached);
    QVERIFY2(g2.stdOut.contains("ok  \texample.com/m\t(cached)"), g2.stdOut.constData());
    const auto k2 = kiln(cached, OracleGo::sharedCache());
    QCOMPARE(masked(k2.stdOut), masked(g2.stdOut));
    QCOMPARE(masked(k2.stdErr), masked(g2.stdErr));
    QCOMPARE(k2.exitCode, g2.exitCode);
}

void TestRaceOracle::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("cgo");
    QTest::addColumn<QString>("goarch");

    QTest::newRow("build without cgo") << QStringList{"build", "-race", "./cmd/hello"} << "0"
                                       << "";
    QTest::newRow("test without cgo") << QStringList{"test", "-race", "."} << "0"
                                      << "";
    QTest::newRow("cross without cgo") << QStringList{"build", "-race", "."} << "0"
                                       << "arm64";
    QTest::newRow("no race detector") << QStringList{"build", "-race", "."} << "1"
                                      << "386";
    QTest::newRow("race and msan") << QStringList{"build", "-race", "-msan", "."} << "1"
                                   << "";
    QTest::newRow("race and asan") << QStringList{"test", "-asan", "-race", "."} << "1"
                                   << "";
}

void TestRaceOracle::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, cgo);
    QFETCH(QString, goarch);
    QMap<QString, QString> env{{QStringLiteral("CGO_ENABLED"), cgo}};
    if (!goarch.isEmpty())
        env.insert(QStringLiteral("GOARCH"), goarch);
    const auto g = go(args, env);
    const auto k = kiln(args, m_kilnCache.path(), env);
    QCOMPARE(g.exitCode, 2);
    QCOMPARE(QString::fromUtf8(k.stdErr), QString::fromUtf8(g.stdErr));
    QCOMPARE(k.exitCode, g.exitCode);
    QCOMPARE(QString::fromUtf8(k.stdOut), QString::fromUtf8(g.stdOut));
}

QTEST_GUILESS_MAIN(TestRaceOracle)
#include "tst_race_oracle.moc"
