// Oracle: graph/reduction.h on go's own action graphs. `go build -n
// -debug-actiongraph=F` (private GOCACHE) writes the graph it would run — -n
// leaves the ActionIDs empty but the Deps are complete. Per row:
//  - the graph has the expected size (cmd/go: 318 actions, 3 340 edges, the
//    figures issue 7 plans the layout around) and reduces to the expected
//    number of edges (cmd/go: 727);
//  - the reduction equals a brute-force one (an edge u→v is redundant when v
//    is reachable from another dep of u) and keeps every node's full
//    dependency set;
//  - the std-collapsed display graph has the reachability of the quotient
//    of go's graph (every std action merged into one node), node by node.
#include "graph/reduction.h"

#include "support/oraclego.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln::graph;

namespace
{

struct GoGraph {
    Adjacency deps;
    QStringList packages;
    QStringList modes;
    QString error;
};

GoGraph goActionGraph(const QString &dir, const QStringList &buildArgs)
{
    GoGraph g;
    kiln::test::OracleGo go;
    if (!go.available()) {
        g.error = go.reason();
        return g;
    }
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("graph.json"));
    QStringList args{QStringLiteral("build"), QStringLiteral("-n"),
                     QStringLiteral("-debug-actiongraph=") + file};
    const auto run = go.runWithEnv(
        args + buildArgs, dir,
        go.environment({{QStringLiteral("GOCACHE"), tmp.filePath(QStringLiteral("cache"))}}));
    QFile f(file);
    if (run.exitCode != 0 || !f.open(QIODevice::ReadOnly)) {
        g.error = QString::fromUtf8(run.stdErr);
        return g;
    }
    const QJsonArray actions = QJsonDocument::fromJson(f.readAll()).array();
    for (const QJsonValue &v : actions) {
        const QJsonObject a = v.toObject();
        if (a.value(QLatin1String("ID")).toInt() != g.deps.size())
            g.error = QStringLiteral("IDs are not 0..n-1");
        QList<int> deps;
        for (const QJsonValue &d : a.value(QLatin1String("Deps")).toArray())
            deps.append(d.toInt());
        g.deps.append(deps);
        g.packages.append(a.value(QLatin1String("Package")).toString());
        g.modes.append(a.value(QLatin1String("Mode")).toString());
    }
    return g;
}

qsizetype edgeCount(const Adjacency &deps)
{
    qsizetype n = 0;
    for (const auto &d : deps)
        n += d.size();
    return n;
}

QList<Edge> bruteForceReduction(const Adjacency &deps)
{
    QList<QList<int>> below;
    for (int u = 0; u < deps.size(); ++u)
        below.append(dependencies(deps, u));
    QList<Edge> out;
    for (int u = 0; u < deps.size(); ++u)
        for (int v : deps[u]) {
            bool implied = false;
            for (int w : deps[u])
                implied |= w != v && below[w].contains(v);
            if (!implied)
                out.append({u, v});
        }
    return out;
}

} // namespace

class TestReductionOracle : public QObject
{
    Q_OBJECT

private slots:
    void goGraphs_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("actions"); // -1: any
        QTest::addColumn<int>("edges");
        QTest::addColumn<int>("reduced");
        const QString examples = QStringLiteral(KILN_TEST_SOURCE_DIR "/resources/examples");
        QTest::newRow("cmd/go") << QDir::tempPath() << QStringList{"-o", "/dev/null", "cmd/go"}
                                << 318 << 3340 << 727;
        QTest::newRow("hello") << examples + "/hello" << QStringList{"./..."} << -1 << -1 << -1;
        QTest::newRow("pipeline") << examples + "/pipeline" << QStringList{"./..."} << -1 << -1
                                  << -1;
    }
    void goGraphs()
    {
        QFETCH(QString, dir);
        QFETCH(QStringList, args);
        QFETCH(int, actions);
        QFETCH(int, edges);
        QFETCH(int, reduced);
        const GoGraph g = goActionGraph(dir, args);
        if (!g.error.isEmpty())
            QFAIL(qPrintable(g.error));
        QVERIFY(!g.deps.isEmpty());
        if (actions >= 0) {
            QCOMPARE(g.deps.size(), actions);
            QCOMPARE(edgeCount(g.deps), edges);
        }
        const QList<Edge> reduction = transitiveReduction(g.deps);
        if (reduced >= 0)
            QCOMPARE(reduction.size(), reduced);
        QVERIFY(reduction.size() < edgeCount(g.deps));
        QCOMPARE(reduction, bruteForceReduction(g.deps));
        const Adjacency small = adjacency(int(g.deps.size()), reduction);
        for (int u = 0; u < g.deps.size(); ++u)
            QCOMPARE(dependencies(small, u), dependencies(g.deps, u));

        // Collapse std (flags from go's package paths) and check that the
        // display graph's reachability is go's, node by node.
        QList<ActionFlags> flags(g.deps.size());
        QList<int> stdActions;
        for (int a = 0; a < g.deps.size(); ++a) {
            const QString &p = g.packages[a];
            const bool stdPath =
                !p.contains(QLatin1Char('.')) || p.startsWith(QLatin1String("vendor/"));
            if (!p.isEmpty() && stdPath && !p.startsWith(QLatin1String("cmd/")))
                flags[a] |= ActionFlag::Standard;
        }
        const DisplayGraph d = displayGraph(g.deps, flags, {StdDisplay::Collapse, {}});
        QVERIFY(!d.nodes.last().members.isEmpty() && d.nodes.last().isGroup());
        Adjacency quotient(d.nodes.size());
        for (int a = 0; a < g.deps.size(); ++a)
            for (int b : g.deps[a])
                if (d.nodeOfAction[a] != d.nodeOfAction[b])
                    quotient[d.nodeOfAction[a]].append(d.nodeOfAction[b]);
        const Adjacency shown = adjacency(int(d.nodes.size()), d.edges);
        QVERIFY(edgeCount(shown) < edgeCount(quotient));
        for (int n = 0; n < d.nodes.size(); ++n)
            QCOMPARE(dependencies(shown, n), dependencies(quotient, n));
    }
};

QTEST_GUILESS_MAIN(TestReductionOracle)
#include "tst_reduction_oracle.moc"
