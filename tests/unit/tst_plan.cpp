// Plan: graphs written as text are replayed against a fake runner with N
// slots, and the full event log is compared with the expected one.
//
// Graph text: one node a line, `name [priority] [ignorefail]: dep...`; a node
// is numbered by its line. The replay takes ready nodes while fewer than
// `width` are in flight, finishes the oldest in-flight node (Failed when it is
// in the failing set), and finishes a node that skipsWork() as Skipped at once,
// as the Scheduler does. After the node named in `cancelAfter` finishes, every
// node taken from then on finishes Cancelled. Log lines:
//   ready X | take X [depfailed] | finish X <outcome> | done
#include "exec/plan.h"

#include <QtTest>

#include <deque>

using namespace kiln::exec;

namespace
{

struct Graph {
    QStringList names;
    QList<PlanNode> nodes;
};

Graph parseGraph(const QString &text)
{
    Graph g;
    QList<QStringList> depNames;
    for (const QString &raw : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            qFatal("graph line without ':': %s", qPrintable(line));
        const QStringList head = line.left(colon).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        PlanNode n;
        for (qsizetype i = 1; i < head.size(); ++i) {
            if (head[i] == QLatin1String("ignorefail"))
                n.ignoreFail = true;
            else
                n.priority = head[i].toInt();
        }
        g.names.append(head.value(0));
        g.nodes.append(n);
        depNames.append(line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    for (qsizetype i = 0; i < g.nodes.size(); ++i) {
        for (const QString &d : depNames[i]) {
            if (!g.names.contains(d))
                qFatal("unknown dep %s", qPrintable(d));
            g.nodes[i].deps.append(int(g.names.indexOf(d)));
        }
    }
    return g;
}

QString replay(const QString &graphText, const QString &failing, int width,
               const QString &cancelAfter)
{
    const Graph g = parseGraph(graphText);
    const QStringList fail = failing.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Plan plan(g.nodes);
    QStringList log;
    bool cancelled = false;
    auto logReady = [&] {
        for (int n : plan.takeNewlyReady())
            log << QStringLiteral("ready ") + g.names[n];
    };
    auto finish = [&](int n, Outcome o) {
        plan.finished(n, o);
        log << QStringLiteral("finish %1 %2").arg(g.names[n], QLatin1String(outcomeName(o)));
        cancelled = cancelled || g.names[n] == cancelAfter;
        logReady();
    };
    logReady();
    std::deque<int> inFlight;
    while (!plan.done()) {
        while (int(inFlight.size()) < width) {
            const std::optional<int> n = plan.takeReady();
            if (!n)
                break;
            log << QStringLiteral("take ") + g.names[*n] +
                       (plan.depFailed(*n) ? QStringLiteral(" depfailed") : QString());
            if (cancelled)
                finish(*n, Outcome::Cancelled);
            else if (plan.skipsWork(*n))
                finish(*n, Outcome::Skipped);
            else
                inFlight.push_back(*n);
        }
        if (inFlight.empty()) {
            if (!plan.done())
                log << QStringLiteral("stuck");
            break;
        }
        const int n = inFlight.front();
        inFlight.pop_front();
        finish(n, fail.contains(g.names[n]) ? Outcome::Failed : Outcome::Succeeded);
    }
    if (plan.done())
        log << QStringLiteral("done");
    return log.join(QLatin1Char('\n'));
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replayLog_data();
    void replayLog();
    void queries();
    void failurePropagatesThroughIgnoreFail();
    void checkGraph_data();
    void checkGraph();
};

void TestPlan::replayLog_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("failing");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("cancelAfter");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty graph") << ""
                                 << "" << 1 << ""
                                 << "done";
    QTest::newRow("single node") << "a:"
                                 << "" << 1 << ""
                                 << "ready a\ntake a\nfinish a succeeded\ndone";
    QTest::newRow("single node fails") << "a:"
                                       << "a" << 1 << ""
                                       << "ready a\ntake a\nfinish a failed\ndone";
    QTest::newRow("lowest priority first")
        << "c 2:\na 0:\nb 1:"
        << "" << 1 << ""
        << "ready c\nready a\nready b\n"
           "take a\nfinish a succeeded\ntake b\nfinish b succeeded\ntake c\nfinish c succeeded\n"
           "done";
    QTest::newRow("equal priorities by index")
        << "x 1:\ny 0:\nz 1:"
        << "" << 1 << ""
        << "ready x\nready y\nready z\n"
           "take y\nfinish y succeeded\ntake x\nfinish x succeeded\ntake z\nfinish z succeeded\n"
           "done";
    QTest::newRow("chain")
        << "a 2: b\nb 1: c\nc 0:"
        << "" << 1 << ""
        << "ready c\ntake c\nfinish c succeeded\nready b\ntake b\nfinish b succeeded\n"
           "ready a\ntake a\nfinish a succeeded\ndone";
    // Priority beats readiness order: a leaf with a lower priority that
    // became ready later still runs first.
    QTest::newRow("diamond")
        << "top 4: l r\nl 2: bottom\nr 1: bottom\nbottom 0:\nleaf 3:"
        << "" << 1 << ""
        << "ready bottom\nready leaf\n"
           "take bottom\nfinish bottom succeeded\nready l\nready r\n"
           "take r\nfinish r succeeded\ntake l\nfinish l succeeded\nready top\n"
           "take leaf\nfinish leaf succeeded\ntake top\nfinish top succeeded\ndone";
    QTest::newRow("diamond, two in flight")
        << "top 3: l r\nl 1: bottom\nr 2: bottom\nbottom 0:"
        << "" << 2 << ""
        << "ready bottom\ntake bottom\nfinish bottom succeeded\nready l\nready r\n"
           "take l\ntake r\nfinish l succeeded\nfinish r succeeded\nready top\n"
           "take top\nfinish top succeeded\ndone";
    QTest::newRow("failure propagates, independent work continues")
        << "a 0:\nb 1: a\nc 2: b\nd 3:"
        << "a" << 1 << ""
        << "ready a\nready d\n"
           "take a\nfinish a failed\nready b\n"
           "take b depfailed\nfinish b skipped\nready c\n"
           "take c depfailed\nfinish c skipped\n"
           "take d\nfinish d succeeded\ndone";
    QTest::newRow("one failed side of a diamond")
        << "top 3: l r\nl 1: bottom\nr 2: bottom\nbottom 0:"
        << "r" << 1 << ""
        << "ready bottom\ntake bottom\nfinish bottom succeeded\nready l\nready r\n"
           "take l\nfinish l succeeded\ntake r\nfinish r failed\nready top\n"
           "take top depfailed\nfinish top skipped\ndone";
    // go's vet: IgnoreFail runs after a failed compile; the failure still
    // reaches what depends on the vet action.
    QTest::newRow("ignoreFail runs after a failure")
        << "compile 0:\nvet 1 ignorefail: compile\nroot 2: vet"
        << "compile" << 1 << ""
        << "ready compile\ntake compile\nfinish compile failed\nready vet\n"
           "take vet depfailed\nfinish vet succeeded\nready root\n"
           "take root depfailed\nfinish root skipped\ndone";
    QTest::newRow("ignoreFail without a failure")
        << "compile 0:\nvet 1 ignorefail: compile\nroot 2: vet"
        << "" << 1 << ""
        << "ready compile\ntake compile\nfinish compile succeeded\nready vet\n"
           "take vet\nfinish vet succeeded\nready root\n"
           "take root\nfinish root succeeded\ndone";
    QTest::newRow("ignoreFail node fails itself")
        << "compile 0:\nvet 1 ignorefail: compile\nroot 2: vet"
        << "vet" << 1 << ""
        << "ready compile\ntake compile\nfinish compile succeeded\nready vet\n"
           "take vet\nfinish vet failed\nready root\n"
           "take root depfailed\nfinish root skipped\ndone";
    QTest::newRow("dep listed twice")
        << "a 1: b b\nb 0:"
        << "" << 1 << ""
        << "ready b\ntake b\nfinish b succeeded\nready a\ntake a\nfinish a succeeded\ndone";
    QTest::newRow("three in flight, failures in flight")
        << "a 0:\nb 1:\nc 2:\nx 3: a b\ny 4: c"
        << "b" << 3 << ""
        << "ready a\nready b\nready c\ntake a\ntake b\ntake c\n"
           "finish a succeeded\nfinish b failed\nready x\n"
           "take x depfailed\nfinish x skipped\n"
           "finish c succeeded\nready y\ntake y\nfinish y succeeded\ndone";
    QTest::newRow("cancel drains, running work finishes")
        << "a 0:\nb 1:\nc 2: a\nd 3: b"
        << "" << 2 << "a"
        << "ready a\nready b\ntake a\ntake b\nfinish a succeeded\nready c\n"
           "take c\nfinish c cancelled\n"
           "finish b succeeded\nready d\ntake d\nfinish d cancelled\ndone";
}

void TestPlan::replayLog()
{
    QFETCH(QString, graph);
    QFETCH(QString, failing);
    QFETCH(int, width);
    QFETCH(QString, cancelAfter);
    QFETCH(QString, expected);
    QCOMPARE(replay(graph, failing, width, cancelAfter), expected);
}

void TestPlan::queries()
{
    const Graph g = parseGraph(QStringLiteral("a 2: b c\nb 0:\nc 1: b"));
    Plan plan(g.nodes);
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.pending(0), 2);
    QCOMPARE(plan.pending(2), 1);
    QCOMPARE(plan.takeNewlyReady(), QList<int>{1});
    QCOMPARE(plan.takeNewlyReady(), QList<int>{});
    QVERIFY(!plan.done());
    QCOMPARE(plan.unfinished(), (QList<int>{1, 2, 0}));

    QCOMPARE(plan.takeReady(), std::optional<int>(1));
    QCOMPARE(plan.takeReady(), std::nullopt);
    QCOMPARE(plan.running(), 1);
    QVERIFY(!plan.stuck());
    QVERIFY(!plan.isFinished(1));
    plan.finished(1, Outcome::Succeeded);
    QCOMPARE(plan.outcome(1), std::optional<Outcome>(Outcome::Succeeded));
    QCOMPARE(plan.running(), 0);
    QCOMPARE(plan.pending(0), 1);
    QCOMPARE(plan.takeNewlyReady(), QList<int>{2});

    QCOMPARE(plan.takeReady(), std::optional<int>(2));
    plan.finished(2, Outcome::Cancelled);
    QVERIFY(plan.failed(2));
    QVERIFY(plan.depFailed(0));
    QVERIFY(plan.skipsWork(0));
    QVERIFY(!plan.failed(1));
    QCOMPARE(plan.takeReady(), std::optional<int>(0));
    plan.finished(0, Outcome::Skipped);
    QVERIFY(plan.done());
    QVERIFY(!plan.stuck());
    QVERIFY(plan.unfinished().isEmpty());
}

// go copies a.Failed to triggers whether or not the IgnoreFail action's own
// work succeeded, so a failure is never hidden by a vet in between.
void TestPlan::failurePropagatesThroughIgnoreFail()
{
    const Graph g = parseGraph(QStringLiteral("c 0:\nv 1 ignorefail: c\nr 2: v"));
    Plan plan(g.nodes);
    plan.finished(*plan.takeReady(), Outcome::Failed);
    const int v = *plan.takeReady();
    QCOMPARE(v, 1);
    QVERIFY(plan.depFailed(v));
    QVERIFY(!plan.skipsWork(v));
    plan.finished(v, Outcome::Succeeded);
    QVERIFY(plan.failed(v));
    QVERIFY(plan.skipsWork(2));
}

void TestPlan::checkGraph_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<int>("extraDep"); // appended to the last node's deps when >= -1000
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << "" << -2000 << "";
    QTest::newRow("dag") << "a: b c\nb: c\nc:" << -2000 << "";
    QTest::newRow("dep out of range") << "a: b\nb:" << 2 << "node 1: dependency 2 out of range";
    QTest::newRow("negative dep") << "a:" << -1 << "node 0: dependency -1 out of range";
    QTest::newRow("self loop") << "a:\nb: a" << 1 << "node 1: dependency cycle";
    QTest::newRow("cycle below the root") << "root: x\nx: y\ny:" << 1 << "node 1: dependency cycle";
}

void TestPlan::checkGraph()
{
    QFETCH(QString, graph);
    QFETCH(int, extraDep);
    QFETCH(QString, error);
    Graph g = parseGraph(graph);
    if (extraDep >= -1000)
        g.nodes.last().deps.append(extraDep);
    const kiln::Result<void> r = kiln::exec::checkGraph(g.nodes);
    QCOMPARE(r ? QString() : r.error().toString(), error);
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
