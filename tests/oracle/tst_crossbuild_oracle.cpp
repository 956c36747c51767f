// Oracle: cross builds whose default build mode is not exe. go's buildModeInit
// makes -buildmode=default mean pie on windows, darwin, ios and android
// (internal/platform.DefaultPIE): the link gets -buildmode=pie, and except on
// windows every compile and assembly gets -shared, ahead of any other forced
// flag; both are in the action IDs. `kiln-cli build -debug-actiongraph -o` of
// the hello example against `go build` with CGO_ENABLED=0 per target: go on
// the shared oracle cache, Kiln on a fresh one (so it compiles that target's
// std itself); every ActionID/BuildID equal, the same graph, binaries
// cmp-identical. linux/arm64 (an exe) is the control row.
#include "support/actiongraph.h"
#include "support/buildoracle.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace kiln::test;

class TestCrossBuildOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaultBuildmode_data();
    void defaultBuildmode();

private:
    OracleGo m_go;
    std::unique_ptr<TempModule> m_module;
};

void TestCrossBuildOracle::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    m_module = std::make_unique<TempModule>();
    m_module->copyTree(exampleDir(QStringLiteral("hello")));
}

void TestCrossBuildOracle::defaultBuildmode_data()
{
    QTest::addColumn<QString>("goos");
    QTest::addColumn<QString>("goarch");
    QTest::newRow("windows/amd64 (pie, no -shared)")
        << QStringLiteral("windows") << QStringLiteral("amd64");
    QTest::newRow("darwin/arm64 (pie)") << QStringLiteral("darwin") << QStringLiteral("arm64");
    QTest::newRow("android/arm64 (pie)") << QStringLiteral("android") << QStringLiteral("arm64");
    QTest::newRow("linux/arm64 (exe)") << QStringLiteral("linux") << QStringLiteral("arm64");
}

void TestCrossBuildOracle::defaultBuildmode()
{
    QFETCH(QString, goos);
    QFETCH(QString, goarch);
    QTemporaryDir out, kilnCache;
    QVERIFY(out.isValid() && kilnCache.isValid());
    const QMap<QString, QString> target = {{QStringLiteral("GOOS"), goos},
                                           {QStringLiteral("GOARCH"), goarch},
                                           {QStringLiteral("CGO_ENABLED"), QStringLiteral("0")}};
    QString json[2], bin[2];
    for (int i = 0; i < 2; ++i) {
        json[i] = out.filePath(i == 0 ? QStringLiteral("go.json") : QStringLiteral("kiln.json"));
        bin[i] = out.filePath(i == 0 ? QStringLiteral("go.bin") : QStringLiteral("kiln.bin"));
        const QStringList args = {QStringLiteral("build"),
                                  QStringLiteral("-debug-actiongraph=") + json[i],
                                  QStringLiteral("-o"), bin[i], QStringLiteral("./cmd/hello")};
        QMap<QString, QString> vars = target;
        if (i == 1)
            vars.insert(QStringLiteral("GOCACHE"), kilnCache.path());
        const kiln::ProcessOutput r =
            i == 0 ? m_go.run(args, m_module->path(), vars)
                   : runKilnCli(args, m_module->path(), m_go.environment(vars));
        QVERIFY2(r.exitCode == 0,
                 qPrintable((i == 0 ? QStringLiteral("go: ") : QStringLiteral("kiln: ")) +
                            QString::fromUtf8(r.stdErr)));
    }
    const auto goGraph = readActionGraph(json[0]);
    QVERIFY2(goGraph, qPrintable(goGraph ? QString() : goGraph.error().toString()));
    const auto kilnGraph = readActionGraph(json[1]);
    QVERIFY2(kilnGraph, qPrintable(kilnGraph ? QString() : kilnGraph.error().toString()));
    int withIds = 0;
    for (const GraphAction &a : goGraph->actions)
        withIds += !a.actionID.isEmpty() && !a.buildID.isEmpty();
    QVERIFY2(withIds > 20, "go's graph has no std to compare");
    const GraphDiff diff =
        compareActionGraphs(*goGraph, *kilnGraph, {{bin[0], QStringLiteral("$BIN")}},
                            {{bin[1], QStringLiteral("$BIN")}});
    QCOMPARE(diff.actionSet.join(u'\n'), QString());
    QCOMPARE(diff.ids.join(u'\n'), QString());
    QCOMPARE(diff.shape.join(u'\n'), QString());
    QVERIFY2(sameFileBytes(bin[0], bin[1]), "binaries differ");
}

QTEST_GUILESS_MAIN(TestCrossBuildOracle)
#include "tst_crossbuild_oracle.moc"
