// Scheduler: fake work functions (sleep, fail, poll the cancel flag) with 1
// and 4 workers. Checks: every node runs once and only after its deps, never
// more than `workers` at a time, no work starts after a cancel, observer calls
// never overlap and come on the caller's thread, and one worker gives the same
// full event log every time.
#include "exec/scheduler.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <atomic>
#include <stdexcept>

using namespace kiln::exec;

namespace
{

// Graph text as in tst_plan: `name [priority] [ignorefail]: dep...` a line.
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
        for (const QString &d : depNames[i])
            g.nodes[i].deps.append(int(g.names.indexOf(d)));
    }
    return g;
}

// A pseudo-random DAG: node i depends on up to three earlier nodes;
// priorities are a permutation, so ready order is not index order.
QList<PlanNode> randomDag(int n, quint32 seed)
{
    QList<PlanNode> nodes(n);
    for (int i = 0; i < n; ++i) {
        nodes[i].priority = int((quint64(i) * 7919) % quint64(n));
        for (int k = 0; k < 3 && i > 0; ++k) {
            seed = seed * 1664525u + 1013904223u;
            if ((seed >> 16) % 3 != 0) {
                const int d = int((seed >> 8) % quint32(i));
                if (!nodes[i].deps.contains(d))
                    nodes[i].deps.append(d);
            }
        }
    }
    return nodes;
}

// What the fake work saw, recorded under one mutex.
struct WorkLog {
    QMutex mutex;
    int seq = 0;
    QList<int> calls, startSeq, endSeq;
    QList<bool> slotBusy;
    int running = 0, maxRunning = 0;
    bool slotOverlap = false;

    WorkLog(int nodes, int workers)
        : calls(nodes, 0), startSeq(nodes, -1), endSeq(nodes, -1), slotBusy(workers, false)
    {
    }
    void begin(int node, int worker)
    {
        QMutexLocker l(&mutex);
        ++calls[node];
        startSeq[node] = seq++;
        slotOverlap = slotOverlap || worker < 0 || worker >= slotBusy.size() || slotBusy[worker];
        if (worker >= 0 && worker < slotBusy.size())
            slotBusy[worker] = true;
        maxRunning = std::max(maxRunning, ++running);
    }
    void end(int node, int worker)
    {
        QMutexLocker l(&mutex);
        endSeq[node] = seq++;
        --running;
        if (worker >= 0 && worker < slotBusy.size())
            slotBusy[worker] = false;
    }
};

// Sleeps about `us` microseconds in small steps; false when cancelled meanwhile.
bool sleepPolling(int us, const std::atomic_bool *cancel)
{
    for (int t = 0; t < us; t += 200) {
        if (cancel && cancel->load())
            return false;
        QThread::usleep(200);
    }
    return true;
}

// Observer that records every call as a line and checks the threading
// contract: never two calls at once, always on the thread that called run().
class CheckingObserver : public BuildObserver
{
public:
    QStringList lines;
    QList<int> finishedCount, startedCount;
    QList<ActionReport> reports;
    std::atomic_int inside = 0;
    bool overlap = false;
    bool wrongThread = false;
    QThread *thread = QThread::currentThread();
    std::function<void(int)> onFinished; // called after actionFinished is recorded
    bool withTimes = true;

    explicit CheckingObserver(int n) : finishedCount(n, 0), startedCount(n, 0), reports(n) {}

    void actionReady(int a, qint64 ns) override
    {
        enter();
        add(QStringLiteral("ready %1").arg(a), ns);
        leave();
    }
    void actionStarted(int a, int w, qint64 ns) override
    {
        enter();
        ++startedCount[a];
        add(QStringLiteral("start %1 w%2").arg(a).arg(w), ns);
        leave();
    }
    void actionOutput(int a, const QByteArray &out) override
    {
        enter();
        lines << QStringLiteral("output %1 %2").arg(a).arg(QString::fromUtf8(out).trimmed());
        leave();
    }
    void actionFinished(int a, const ActionReport &r) override
    {
        enter();
        ++finishedCount[a];
        reports[a] = r;
        QString line = QStringLiteral("finish %1 %2%3 w%4")
                           .arg(a)
                           .arg(QLatin1String(outcomeName(r.outcome)))
                           .arg(r.cacheHit ? QStringLiteral(" cached") : QString())
                           .arg(r.worker);
        if (withTimes)
            line += QStringLiteral(" ready=%1 start=%2 done=%3")
                        .arg(r.readyNs)
                        .arg(r.startNs)
                        .arg(r.doneNs);
        lines << line;
        if (onFinished)
            onFinished(a);
        leave();
    }
    void buildFinished(const BuildSummary &s) override
    {
        enter();
        add(QStringLiteral("build actions=%1 run=%2 succeeded=%3 cached=%4 failed=%5 skipped=%6 "
                           "cancelled=%7")
                .arg(s.actions)
                .arg(s.run)
                .arg(s.succeeded)
                .arg(s.cacheHits)
                .arg(s.failed)
                .arg(s.skipped)
                .arg(s.cancelled),
            s.wallNs);
        leave();
    }

    int indexOf(const QString &prefix) const
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith(prefix))
                return int(i);
        }
        return -1;
    }

private:
    void add(const QString &line, qint64 ns)
    {
        lines << (withTimes ? line + QStringLiteral(" @%1").arg(ns) : line);
    }
    void enter()
    {
        overlap = overlap || inside.fetch_add(1) != 0;
        wrongThread = wrongThread || QThread::currentThread() != thread;
        QThread::usleep(20); // widen the window in which an overlap would show
    }
    void leave() { inside.fetch_sub(1); }
};

void addWorkerRows(std::initializer_list<int> counts)
{
    QTest::addColumn<int>("workers");
    for (int n : counts)
        QTest::addRow("%d worker%s", n, n == 1 ? "" : "s") << n;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachNodeOnceAfterItsDeps_data();
    void eachNodeOnceAfterItsDeps();
    void failuresSkipDependents_data();
    void failuresSkipDependents();
    void cancelFromObserver_data();
    void cancelFromObserver();
    void cancelWhileSkipping();
    void cancelFromWork_data();
    void cancelFromWork();
    void cancelBeforeStart();
    void oneWorkerIsDeterministic();
    void callableFromABusyGlobalPool();
    void emptyAndBadGraphs();
    void eventLogKeepsCallOrder();
};

void TestScheduler::eachNodeOnceAfterItsDeps_data()
{
    addWorkerRows({1, 2, 4});
}

void TestScheduler::eachNodeOnceAfterItsDeps()
{
    QFETCH(int, workers);
    const QList<PlanNode> nodes = randomDag(60, 42);
    WorkLog log(int(nodes.size()), workers);
    CheckingObserver obs(int(nodes.size()));
    const BuildSummary s = Scheduler().run(
        nodes, workers,
        [&](int node, int worker) {
            log.begin(node, worker);
            QThread::usleep(300 + 400 * (node % 3));
            log.end(node, worker);
            return WorkResult{Outcome::Succeeded, node % 5 == 0, {}};
        },
        &obs, nullptr);

    for (int i = 0; i < nodes.size(); ++i) {
        QCOMPARE(log.calls[i], 1);
        QCOMPARE(obs.startedCount[i], 1);
        QCOMPARE(obs.finishedCount[i], 1);
        for (int d : nodes[i].deps)
            QVERIFY2(log.endSeq[d] < log.startSeq[i],
                     qPrintable(QStringLiteral("%1 before dep %2").arg(i).arg(d)));
        const ActionReport &r = obs.reports[i];
        QVERIFY(r.readyNs <= r.startNs && r.startNs <= r.doneNs);
    }
    QVERIFY(!log.slotOverlap);
    QVERIFY(log.maxRunning <= workers);
    if (workers > 1)
        QVERIFY2(log.maxRunning > 1, "independent nodes never overlapped");
    QVERIFY(!obs.overlap);
    QVERIFY(!obs.wrongThread);
    QCOMPARE(s.actions, 60);
    QCOMPARE(s.run, 60);
    QCOMPARE(s.succeeded, 60);
    QCOMPARE(s.cacheHits, 12);
    QVERIFY(s.ok());
    QVERIFY(s.wallNs > 0);
    QVERIFY(obs.lines.last().startsWith(QLatin1String("build ")));
}

void TestScheduler::failuresSkipDependents_data()
{
    addWorkerRows({1, 4});
}

// a fails: b is skipped, the ignoreFail v runs, r (after b and v) is
// skipped, the independent d runs; a work that throws is a failure.
void TestScheduler::failuresSkipDependents()
{
    QFETCH(int, workers);
    const Graph g = parseGraph(QStringLiteral("a 0:\nb 1: a\nv 2 ignorefail: a\nr 3: b v\n"
                                              "d 4:\nt 5:\nu 6: t\nw 7: v"));
    QMutex m;
    QStringList called;
    CheckingObserver obs(int(g.nodes.size()));
    obs.withTimes = false;
    const BuildSummary s = Scheduler().run(
        g.nodes, workers,
        [&](int node, int) {
            {
                QMutexLocker l(&m);
                called << g.names[node];
            }
            if (g.names[node] == QLatin1String("t"))
                throw std::runtime_error("boom");
            const bool fails = g.names[node] == QLatin1String("a");
            return WorkResult{fails ? Outcome::Failed : Outcome::Succeeded, false,
                              fails ? QByteArray("a: compile error\n") : QByteArray()};
        },
        &obs, nullptr);
    called.sort();
    QCOMPARE(called, (QStringList{u"a"_qs, u"d"_qs, u"t"_qs, u"v"_qs}));
    const auto outcome = [&](const char *name) {
        return obs.reports[g.names.indexOf(QLatin1String(name))].outcome;
    };
    QCOMPARE(outcome("a"), Outcome::Failed);
    QCOMPARE(outcome("b"), Outcome::Skipped);
    QCOMPARE(outcome("v"), Outcome::Succeeded);
    QCOMPARE(outcome("r"), Outcome::Skipped);
    QCOMPARE(outcome("d"), Outcome::Succeeded);
    QCOMPARE(outcome("t"), Outcome::Failed);
    QCOMPARE(outcome("u"), Outcome::Skipped);
    QCOMPARE(outcome("w"), Outcome::Skipped); // v succeeded, but a's failure reaches w
    QCOMPARE(obs.reports[1].worker, -1);
    QCOMPARE(obs.reports[1].startNs, -1);
    QVERIFY(obs.lines.contains(u"output 0 a: compile error"_qs));
    QVERIFY(obs.lines.contains(u"output 5 kiln: work threw an exception"_qs));
    QVERIFY(obs.indexOf(u"output 0"_qs) < obs.indexOf(u"finish 0"_qs));
    QCOMPARE(obs.lines.filter(u"start 1 "_qs).size(), 0);
    QCOMPARE(s.run, 4);
    QCOMPARE(s.succeeded, 2);
    QCOMPARE(s.failed, 2);
    QCOMPARE(s.skipped, 4);
    QCOMPARE(s.cancelled, 0);
    QVERIFY(!s.ok());
    QVERIFY(!obs.overlap && !obs.wrongThread);
}

void TestScheduler::cancelFromObserver_data()
{
    addWorkerRows({1, 4});
}

// The observer runs on the scheduler's thread, so a cancel it sets is seen
// before the next start: nothing may start after it.
void TestScheduler::cancelFromObserver()
{
    QFETCH(int, workers);
    const QList<PlanNode> nodes = randomDag(40, 7);
    std::atomic_bool cancel = false;
    WorkLog log(int(nodes.size()), workers);
    CheckingObserver obs(int(nodes.size()));
    int finished = 0;
    int cancelLine = -1;
    obs.onFinished = [&](int) {
        if (++finished == 10 && !cancel) {
            cancel = true;
            cancelLine = int(obs.lines.size());
        }
    };
    const BuildSummary s = Scheduler().run(
        nodes, workers,
        [&](int node, int worker) {
            log.begin(node, worker);
            const bool ok = sleepPolling(600, &cancel);
            log.end(node, worker);
            return WorkResult{ok ? Outcome::Succeeded : Outcome::Cancelled, false, {}};
        },
        &obs, &cancel);

    QVERIFY(cancelLine > 0);
    for (qsizetype i = cancelLine; i < obs.lines.size(); ++i) {
        QVERIFY2(!obs.lines[i].startsWith(QLatin1String("start ")), qPrintable(obs.lines[i]));
        QVERIFY2(!obs.lines[i].startsWith(QLatin1String("ready ")), qPrintable(obs.lines[i]));
    }
    int notStarted = 0;
    for (int i = 0; i < nodes.size(); ++i) {
        QCOMPARE(obs.finishedCount[i], 1);
        QCOMPARE(log.calls[i], obs.startedCount[i]);
        if (obs.startedCount[i] == 0) {
            ++notStarted;
            QCOMPARE(obs.reports[i].outcome, Outcome::Cancelled);
            QCOMPARE(obs.reports[i].worker, -1);
        }
    }
    QVERIFY(notStarted > 0);
    QVERIFY(s.cancelled >= notStarted);
    QCOMPARE(s.run + notStarted, 40);
    QCOMPARE(s.succeeded + s.cancelled, 40);
    QVERIFY(!obs.overlap && !obs.wrongThread);
}

// A cancel set while a skipped node is reported (the scheduler finishes skips
// itself, between starts) also stops the next start.
void TestScheduler::cancelWhileSkipping()
{
    const Graph g = parseGraph(QStringLiteral("a 0:\nb 1: a\nc 2:\nd 3:"));
    std::atomic_bool cancel = false;
    QStringList called;
    CheckingObserver obs(int(g.nodes.size()));
    obs.withTimes = false;
    obs.onFinished = [&](int node) {
        if (node == 1)
            cancel = true;
    };
    const BuildSummary s = Scheduler().run(
        g.nodes, 1,
        [&](int node, int) {
            called << g.names[node];
            return WorkResult{node == 0 ? Outcome::Failed : Outcome::Succeeded, false, {}};
        },
        &obs, &cancel);
    QCOMPARE(called, QStringList{u"a"_qs});
    QCOMPARE(obs.lines.join(QLatin1Char('\n')),
             u"ready 0\nready 2\nready 3\nstart 0 w0\nfinish 0 failed w0\nready 1\n"
             "finish 1 skipped w-1\nfinish 2 cancelled w-1\nfinish 3 cancelled w-1\n"
             "build actions=4 run=1 succeeded=0 cached=0 failed=1 skipped=1 cancelled=2"_qs);
    QCOMPARE(s.cancelled, 2);
}

void TestScheduler::cancelFromWork_data()
{
    addWorkerRows({1, 4});
}

// A work function sets the flag (as a failing step with -failfast would);
// running work polls it and stops; nothing starts once the scheduler has
// seen the cancelling node return.
void TestScheduler::cancelFromWork()
{
    QFETCH(int, workers);
    const QList<PlanNode> nodes = randomDag(40, 99);
    const int cancelling = 12;
    std::atomic_bool cancel = false;
    CheckingObserver obs(int(nodes.size()));
    obs.withTimes = false;
    const BuildSummary s = Scheduler().run(
        nodes, workers,
        [&](int node, int) {
            if (node == cancelling) {
                cancel = true;
                return WorkResult{Outcome::Failed, false, {}};
            }
            const bool ok = sleepPolling(2000, &cancel);
            return WorkResult{ok ? Outcome::Succeeded : Outcome::Cancelled, false, {}};
        },
        &obs, &cancel);

    const int at = obs.indexOf(QStringLiteral("finish %1 ").arg(cancelling));
    QVERIFY(at > 0);
    for (qsizetype i = at; i < obs.lines.size(); ++i)
        QVERIFY2(!obs.lines[i].startsWith(QLatin1String("start ")), qPrintable(obs.lines[i]));
    for (int i = 0; i < nodes.size(); ++i) {
        QCOMPARE(obs.finishedCount[i], 1);
        if (obs.startedCount[i] == 0)
            QCOMPARE(obs.reports[i].outcome, Outcome::Cancelled);
    }
    QCOMPARE(s.failed, 1);
    QVERIFY(s.cancelled > 0);
    QCOMPARE(s.succeeded + s.failed + s.cancelled + s.skipped, 40);
    QVERIFY(!obs.overlap && !obs.wrongThread);
    if (workers == 1) { // nothing ran beside or after the cancelling node
        const QStringList starts = obs.lines.filter(QRegularExpression(u"^start "_qs));
        QCOMPARE(starts.last(), QStringLiteral("start %1 w0").arg(cancelling));
        QCOMPARE(s.cancelled, 40 - s.run);
    }
}

void TestScheduler::cancelBeforeStart()
{
    const QList<PlanNode> nodes = randomDag(10, 3);
    std::atomic_bool cancel = true;
    int calls = 0;
    CheckingObserver obs(int(nodes.size()));
    const BuildSummary s = Scheduler().run(
        nodes, 2, [&](int, int) { return ++calls, WorkResult{}; }, &obs, &cancel);
    QCOMPARE(calls, 0);
    QCOMPARE(s.cancelled, 10);
    QCOMPARE(s.run, 0);
    QCOMPARE(obs.lines.filter(u"ready "_qs).size(), 0);
    for (const ActionReport &r : obs.reports)
        QCOMPARE(r.readyNs, -1);
}

// With one worker the whole log, times from a counting clock included, is
// fixed: ready order, priority order, skips, output, the summary.
void TestScheduler::oneWorkerIsDeterministic()
{
    const Graph g = parseGraph(QStringLiteral("link 5: main\nmain 4: lib fmt\nlib 2: fmt\n"
                                              "fmt 1: rt\nrt 0:\nvet 3 ignorefail: lib\n"
                                              "doc 6:"));
    bool misbehaved = false;
    const auto runOnce = [&] {
        std::atomic<qint64> ticks = 0;
        CheckingObserver obs(int(g.nodes.size()));
        Scheduler sched([&] { return ++ticks; });
        sched.run(
            g.nodes, 1,
            [&](int node, int) {
                const QString name = g.names[node];
                if (name == QLatin1String("lib"))
                    return WorkResult{Outcome::Failed, false, "lib.go:1: oops\n"};
                return WorkResult{Outcome::Succeeded, name == QLatin1String("rt"),
                                  name == QLatin1String("vet") ? "vet ok\n" : QByteArray()};
            },
            &obs, nullptr);
        misbehaved = misbehaved || obs.overlap || obs.wrongThread;
        return obs.lines.join(QLatin1Char('\n'));
    };
    const QString expected = QStringLiteral(
        "ready 4 @2\nready 6 @3\n"
        "start 4 w0 @4\nfinish 4 succeeded cached w0 ready=2 start=4 done=5\nready 3 @6\n"
        "start 3 w0 @7\nfinish 3 succeeded w0 ready=6 start=7 done=8\nready 2 @9\n"
        "start 2 w0 @10\noutput 2 lib.go:1: oops\nfinish 2 failed w0 ready=9 start=10 done=11\n"
        "ready 1 @12\nready 5 @13\n"
        "start 5 w0 @14\noutput 5 vet ok\nfinish 5 succeeded w0 ready=13 start=14 done=15\n"
        "finish 1 skipped w-1 ready=12 start=-1 done=16\nready 0 @17\n"
        "finish 0 skipped w-1 ready=17 start=-1 done=18\n"
        "start 6 w0 @19\nfinish 6 succeeded w0 ready=3 start=19 done=20\n"
        "build actions=7 run=5 succeeded=4 cached=1 failed=1 skipped=2 cancelled=0 @20");
    QCOMPARE(runOnce(), expected);
    QCOMPARE(runOnce(), expected);
    QVERIFY(!misbehaved);
}

// run() uses its own pool: called from the only thread of a saturated
// global pool it still finishes.
void TestScheduler::callableFromABusyGlobalPool()
{
    QThreadPool *global = QThreadPool::globalInstance();
    const int oldMax = global->maxThreadCount();
    global->setMaxThreadCount(1);
    QSemaphore done;
    BuildSummary s;
    global->start([&] {
        s = Scheduler().run(
            randomDag(20, 5), 3, [](int, int) { return WorkResult{}; }, nullptr, nullptr);
        done.release();
    });
    const bool finished = done.tryAcquire(1, 30000);
    global->waitForDone();
    global->setMaxThreadCount(oldMax);
    QVERIFY(finished);
    QCOMPARE(s.succeeded, 20);
}

void TestScheduler::emptyAndBadGraphs()
{
    CheckingObserver empty(0);
    const BuildSummary s = Scheduler().run(
        {}, 4, [](int, int) { return WorkResult{}; }, &empty, nullptr);
    QCOMPARE(s.actions, 0);
    QVERIFY(s.ok());
    QCOMPARE(empty.lines.size(), 1);

    QList<PlanNode> cyclic(2);
    cyclic[0].deps = {1};
    cyclic[1].deps = {0};
    int calls = 0;
    CheckingObserver obs(2);
    const BuildSummary bad = Scheduler().run(
        cyclic, 2, [&](int, int) { return ++calls, WorkResult{}; }, &obs, nullptr);
    QCOMPARE(calls, 0);
    QCOMPARE(bad.graphError, u"node 0: dependency cycle"_qs);
    QCOMPARE(bad.cancelled, 2);
    QVERIFY(!bad.ok());
    QCOMPARE(obs.finishedCount, (QList<int>{1, 1}));
}

// BuildEventLog, the batching observer a GUI polls, keeps the calls as values.
void TestScheduler::eventLogKeepsCallOrder()
{
    QList<PlanNode> chain(2);
    chain[1].deps = {0};
    BuildEventLog log;
    Scheduler([] { return qint64(7); })
        .run(
            chain, 2,
            [](int node, int) {
                return WorkResult{Outcome::Succeeded, node == 0, node == 1 ? "hi\n" : ""};
            },
            &log, nullptr);
    const QList<BuildEvent> events = log.take();
    using K = BuildEvent::Kind;
    QList<K> kinds;
    for (const BuildEvent &e : events)
        kinds << e.kind;
    QCOMPARE(kinds, (QList<K>{K::Ready, K::Started, K::Finished, K::Ready, K::Started, K::Output,
                              K::Finished, K::BuildFinished}));
    QCOMPARE(events[1].action, 0);
    QCOMPARE(events[1].worker, 0);
    QVERIFY(events[2].report.cacheHit);
    QCOMPARE(events[5].output, QByteArray("hi\n"));
    QCOMPARE(events[6].report.outcome, Outcome::Succeeded);
    QCOMPARE(events[7].summary.cacheHits, 1);
    QCOMPARE(events[7].summary.wallNs, 0);
    QVERIFY(log.take().isEmpty());
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
