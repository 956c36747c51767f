// graph/reduction.h: transitive reduction, dependency sets, critical path,
// why-here paths and display filters on graphs written as text, plus a
// property check of the reduction against brute force on random DAGs.
//
// Graph text: `name: dep dep; name: …`, one entry per node, numbered in order;
// an edge list prints as `a>b c>d` in the function's order.
#include "graph/reduction.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace kiln::graph;

namespace
{

struct Graph {
    QStringList names;
    Adjacency deps;
};

Graph parse(const QString &text)
{
    Graph g;
    QList<QStringList> depNames;
    for (const QString &entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        g.names.append(entry.left(colon).trimmed());
        depNames.append(entry.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    for (const QStringList &names : depNames) {
        QList<int> deps;
        for (const QString &d : names) {
            if (!g.names.contains(d))
                qFatal("unknown node %s", qPrintable(d));
            deps.append(int(g.names.indexOf(d)));
        }
        g.deps.append(deps);
    }
    return g;
}

int node(const Graph &g, const QString &name)
{
    return int(g.names.indexOf(name));
}

QString names(const Graph &g, const QList<int> &nodes)
{
    QStringList out;
    for (int n : nodes)
        out.append(g.names.value(n));
    return out.join(QLatin1Char(' '));
}

QString edgeText(const QStringList &names, const QList<Edge> &edges)
{
    QStringList out;
    for (const Edge &e : edges)
        out.append(names.value(e.from) + QLatin1Char('>') + names.value(e.to));
    return out.join(QLatin1Char(' '));
}

// Brute force: u→v is redundant when v is reachable from another dep of u.
QList<Edge> naiveReduction(const Adjacency &deps)
{
    QList<Edge> out;
    for (int u = 0; u < deps.size(); ++u)
        for (int v : deps[u]) {
            bool implied = false;
            for (int w : deps[u])
                if (w != v && dependencies(deps, w).contains(v))
                    implied = true;
            if (!implied && !out.contains(Edge{u, v}))
                out.append({u, v});
        }
    return out;
}

// A random DAG: node i depends only on nodes with larger indexes.
Adjacency randomDag(quint32 seed, int n, int maxDeps)
{
    QRandomGenerator rng(seed);
    Adjacency deps(n);
    for (int i = 0; i < n - 1; ++i)
        for (int k = rng.bounded(maxDeps + 1); k > 0; --k)
            deps[i].append(i + 1 + rng.bounded(n - i - 1));
    return deps;
}

} // namespace

class TestReduction : public QObject
{
    Q_OBJECT

private slots:
    void reduction_data()
    {
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("chain") << "a: b; b: c; c:"
                               << "a>b b>c";
        QTest::newRow("shortcut") << "a: b c; b: c; c:"
                                  << "a>b b>c";
        QTest::newRow("shortcut, dep order kept") << "a: c b; b: c; c:"
                                                  << "a>b b>c";
        QTest::newRow("diamond") << "a: b c d; b: d; c: d; d:"
                                 << "a>b a>c b>d c>d";
        QTest::newRow("duplicates") << "a: b b; b:"
                                    << "a>b";
        QTest::newRow("go link: main build and all its deps")
            << "root: link; link: main x y z; main: x y nop; nop: x y; x: y z; y: z; z:"
            << "root>link link>main main>nop nop>x x>y y>z";
        QTest::newRow("disconnected") << "a: b; b:; c: d; d:"
                                      << "a>b c>d";
        QTest::newRow("cycle stays unreduced") << "a: b c; b: c; c: a"
                                               << "a>b a>c b>c c>a";
    }
    void reduction()
    {
        QFETCH(QString, graph);
        QFETCH(QString, expected);
        const Graph g = parse(graph);
        QCOMPARE(edgeText(g.names, transitiveReduction(g.deps)), expected);
    }

    void reductionMatchesBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("maxDeps");
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(20 + 15 * seed) << int(seed % 3 + 2);
    }
    void reductionMatchesBruteForce()
    {
        QFETCH(quint32, seed);
        QFETCH(int, nodes);
        QFETCH(int, maxDeps);
        const Adjacency deps = randomDag(seed, nodes, maxDeps);
        const QList<Edge> reduced = transitiveReduction(deps);
        QVERIFY(reduced.size() < edgeList(deps).size()); // the rows do have redundant edges
        QCOMPARE(reduced, naiveReduction(deps));
        const Adjacency small = adjacency(nodes, reduced);
        for (int u = 0; u < nodes; ++u)
            QCOMPARE(dependencies(small, u), dependencies(deps, u));
    }

    void dependencySets_data()
    {
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("below");
        QTest::addColumn<QString>("above");
        const QString g = QStringLiteral("a: b c; b: d; c: d; d:; e: c");
        QTest::newRow("root") << g << "a"
                              << "b c d"
                              << "";
        QTest::newRow("middle") << g << "c"
                                << "d"
                                << "a e";
        QTest::newRow("leaf") << g << "d"
                              << ""
                              << "a b c e";
    }
    void dependencySets()
    {
        QFETCH(QString, graph);
        QFETCH(QString, node);
        QFETCH(QString, below);
        QFETCH(QString, above);
        const Graph g = parse(graph);
        QCOMPARE(names(g, dependencies(g.deps, ::node(g, node))), below);
        QCOMPARE(names(g, dependents(g.deps, ::node(g, node))), above);
    }

    void criticalPath_data()
    {
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QList<qint64>>("durations");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qint64>("total");
        const QString g = QStringLiteral("root: link; link: a b; a: c; b: c; c:");
        QTest::newRow("via a") << g << QList<qint64>{1, 5, 10, 2, 3} << "root link a c"
                               << qint64(19);
        QTest::newRow("via b") << g << QList<qint64>{1, 5, 2, 10, 3} << "root link b c"
                               << qint64(19);
        QTest::newRow("tie: first dep")
            << g << QList<qint64>{0, 0, 4, 4, 0} << "root link a c" << qint64(4);
        QTest::newRow("nothing ran") << g << QList<qint64>{} << "root link a c" << qint64(0);
        QTest::newRow("short and long branch")
            << "r: a b; a:; b: c; c:" << QList<qint64>{0, 7, 3, 5} << "r b c" << qint64(8);
    }
    void criticalPath()
    {
        QFETCH(QString, graph);
        QFETCH(QList<qint64>, durations);
        QFETCH(QString, expected);
        QFETCH(qint64, total);
        const Graph g = parse(graph);
        const CriticalPath path = kiln::graph::criticalPath(g.deps, 0, durations);
        QCOMPARE(names(g, path.nodes), expected);
        QCOMPARE(path.totalNs, total);
    }

    void durations()
    {
        ActionRecord ran;
        ran.timeStart = 100;
        ran.timeDone = 350;
        ActionRecord never;
        QCOMPARE(actionDurations({ran, never}), (QList<qint64>{250, 0}));
    }

    void pathsBetween_data()
    {
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<QString>("edges");
        QTest::addColumn<QString>("shortest");
        const QString g = QStringLiteral("r: a b x; a: c; b: c; c: t; x: t; t:; u: t");
        QTest::newRow("two ways down") << g << "c"
                                       << "r a b c"
                                       << "r>a r>b a>c b>c"
                                       << "r a c";
        QTest::newRow("shortest via x") << g << "t"
                                        << "r a b c x t"
                                        << "r>a r>b r>x a>c b>c c>t x>t"
                                        << "r x t";
        QTest::newRow("not below") << g << "u"
                                   << ""
                                   << ""
                                   << "";
        QTest::newRow("itself") << g << "r"
                                << "r"
                                << ""
                                << "r";
    }
    void pathsBetween()
    {
        QFETCH(QString, graph);
        QFETCH(QString, to);
        QFETCH(QString, nodes);
        QFETCH(QString, edges);
        QFETCH(QString, shortest);
        const Graph g = parse(graph);
        const PathSet set = kiln::graph::pathsBetween(g.deps, 0, node(g, to));
        QCOMPARE(names(g, set.nodes), nodes);
        QCOMPARE(edgeText(g.names, set.edges), edges);
        QCOMPARE(names(g, set.shortest), shortest);
    }

    void displayGraph_data()
    {
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("std");
        QTest::addColumn<QString>("failed");
        QTest::addColumn<QString>("rebuilt");
        QTest::addColumn<DisplayFilter>("filter");
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<QString>("edges");
        // root builds main and lib; both import fmt (std), which imports io.
        const QString g =
            QStringLiteral("root: main lib fmt; main: lib fmt; lib: fmt; fmt: io; io:");
        using F = DisplayFilter;
        QTest::newRow("all") << g << "fmt io"
                             << ""
                             << "" << F{} << "root main lib fmt io"
                             << "root>main main>lib lib>fmt fmt>io";
        QTest::newRow("hide std") << g << "fmt io"
                                  << ""
                                  << "" << F{StdDisplay::Hide, {}} << "root main lib"
                                  << "root>main main>lib";
        QTest::newRow("collapse std")
            << g << "fmt io"
            << ""
            << "" << F{StdDisplay::Collapse, {}} << "root main lib [fmt io]"
            << "root>main main>lib lib>[fmt io]";
        QTest::newRow("only failed: joined through hidden")
            << g << "fmt io"
            << "main io"
            << "" << F{{}, ActionSubset::FailedOnly} << "main io"
            << "main>io";
        QTest::newRow("only rebuilt, std hidden")
            << g << "fmt io"
            << ""
            << "root lib io" << F{StdDisplay::Hide, ActionSubset::RebuiltOnly} << "root lib"
            << "root>lib";
        QTest::newRow("only rebuilt, std collapsed")
            << g << "fmt io"
            << ""
            << "root io" << F{StdDisplay::Collapse, ActionSubset::RebuiltOnly} << "root [io]"
            << "root>[io]";
        QTest::newRow("nothing failed") << g << "fmt io"
                                        << ""
                                        << "" << F{{}, ActionSubset::FailedOnly} << ""
                                        << "";
    }
    void displayGraph()
    {
        QFETCH(QString, graph);
        QFETCH(QString, std);
        QFETCH(QString, failed);
        QFETCH(QString, rebuilt);
        QFETCH(DisplayFilter, filter);
        QFETCH(QString, nodes);
        QFETCH(QString, edges);
        const Graph g = parse(graph);
        QList<ActionFlags> flags(g.names.size());
        const auto mark = [&](const QString &list, ActionFlag flag) {
            for (const QString &name : list.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                flags[node(g, name)] |= flag;
        };
        mark(std, ActionFlag::Standard);
        mark(failed, ActionFlag::Failed);
        mark(rebuilt, ActionFlag::Rebuilt);
        const DisplayGraph d = kiln::graph::displayGraph(g.deps, flags, filter);
        QStringList nodeNames;
        for (const DisplayNode &n : d.nodes)
            nodeNames.append(n.isGroup() ? QLatin1Char('[') + names(g, n.members) + QLatin1Char(']')
                                         : g.names[n.action]);
        QCOMPARE(nodeNames.join(QLatin1Char(' ')), nodes);
        QCOMPARE(edgeText(nodeNames, d.edges), edges);
        for (int a = 0; a < g.names.size(); ++a) {
            const int n = d.nodeOfAction[a];
            QVERIFY(n < 0 || d.nodes[n].members.contains(a));
        }
    }

    void actionFlags()
    {
        kiln::load::LoadResult load;
        const auto package = [&](const char *path, bool standard) {
            kiln::load::Package p;
            p.importPath = QString::fromLatin1(path);
            p.standard = standard;
            load.packages.append(p);
            return int(load.packages.size() - 1);
        };
        ActionGraph graph;
        const int fmt = package("fmt", true), cmdgo = package("cmd/go", true),
                  mine = package("example.com/m", false);
        for (int pkg : {fmt, cmdgo, mine, -1})
            graph.actions.append(Action{Mode::Build, pkg, {}});
        QList<ActionRecord> records(4);
        records[1].cacheHit = true;
        records[1].cmds = QStringList{QStringLiteral("compile")};
        records[2].cmds = QStringList{QStringLiteral("compile")};
        records[3].failed = true;
        const QList<ActionFlags> flags = kiln::graph::actionFlags(graph, load, records);
        QCOMPARE(flags, (QList<ActionFlags>{
                            ActionFlag::Standard, {}, ActionFlag::Rebuilt, ActionFlag::Failed}));
        QCOMPARE(kiln::graph::actionFlags(graph, load, {}).value(2), ActionFlags{});
    }
};

QTEST_GUILESS_MAIN(TestReduction)
#include "tst_reduction.moc"
