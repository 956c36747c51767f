// The window stays responsive during a full std build: the real main window
// (offscreen) builds "std" through its Build action with a fresh GOCACHE of
// the test's own and CGO_ENABLED=0 (about 345 actions, 1–2 minutes here),
// with the Timeline view showing and the inspector following an action,
// while a 10 ms QTimer on the UI thread records every gap between its ticks.
//
// What a gap is made of is measured too (Linux): the UI thread's own CPU
// time; how long the threads the UI thread depends on sat runnable waiting
// for a CPU — the kernel's account (/proc/self/task/*/schedstat: the UI
// thread and every other nice-0 thread, Qt's raster engine paints large areas
// in segments on the global thread pool and waits for them) and a direct
// observation (StallWatch samples the UI thread's state and kernel stack
// from a thread of its own while a tick is late, see stallwatch.h: runnable
// off a CPU, or in a futex waiting for a runnable paint helper); and the
// time the hypervisor took the UI thread's CPU away (steal). The UI thread
// itself reads nothing from /proc (such a read once blocked it for 200 ms).
//
// Why the observation: on this machine (2 vCPUs, several sessions building)
// the event loop stalled 65-340 ms with almost no CPU time of its own and
// no wait in schedstat. The samples showed the UI thread runnable in every
// such stall (woken in poll, or preempted), never blocked on a lock or I/O;
// perf sched showed wake-up-to-run delays of the UI thread up to 240 ms
// with 96% of both CPUs going to other processes meanwhile; and the stalls
// came only while a CPU-bound nice-0 process shared the test's session —
// Linux's autogroup, in which the CPU is first shared between sessions:
// such a process spends the session's share, and the mostly sleeping UI
// thread waits behind other sessions (a 10 ms timer loop in the same session
// was late as often; in its own session the UI thread's 99th percentile was
// 20 ms). That is outside Kiln's control (ctest -j running other tests, a
// build in the same terminal); Kiln's tools are niced within the session.
// The processes sharing the session and their CPU time are printed.
//
// The test requires:
//   - no gap over 50 ms once the time spent waiting for a CPU (the larger of
//     the kernel's account and the observed one) and steal are taken out:
//     Kiln itself (work, locks, I/O on the UI thread) never stalls the loop;
//   - no gap with 50 ms or more of the UI thread asleep in the kernel outside
//     its event loop's poll (a lock or I/O: its stack is printed);
//   - the build's tools run niced (build setting "low priority", the
//     default), so the build itself cannot be what keeps the UI off the CPU;
//   - the raw gaps are printed (median, 99th percentile, longest) and the
//     99th percentile stays under 50 ms.
#include "buildtest.h"
#include "guitest.h"

#include "app/buildactions.h"
#include "controllers/actionselection.h"
#include "models/actionmodel.h"
#include "panels/actionspanel.h"
#include "panels/consolepanel.h"
#include "stallwatch.h"
#include "support/testpaths.h"
#include "views/timelineview.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

using namespace kiln;
using namespace kiln::gui;

namespace
{

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Per thread of this process at normal priority (nice 0, i.e. not the
// build's), the time it has spent runnable but waiting for a CPU (ms). Reads
// schedstat only: /proc/<tid>/stat can block the reader.
QHash<QString, double> runQueueMs()
{
    QHash<QString, double> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile sched(tasks.filePath(tid + QStringLiteral("/schedstat")));
        errno = 0;
        const int nice = getpriority(PRIO_PROCESS, id_t(tid.toLongLong()));
        if (errno != 0 || nice != 0 || !sched.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> times = sched.readAll().split(' ');
        if (times.size() > 1)
            out.insert(tid, times[1].toDouble() / 1e6);
    }
    return out;
}

// The longest wait for a CPU of any one of those threads between two samples.
double longestWait(const QHash<QString, double> &before, const QHash<QString, double> &after)
{
    double longest = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        longest = qMax(longest, it.value() - before.value(it.key(), 0));
    return longest;
}

// Major page faults of the calling thread (reads from disk).
qint64 majorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_majflt;
}

// Per CPU, the time the hypervisor ran something else while this (virtual)
// CPU had work: /proc/stat's steal column, in ms.
QList<double> stealMsPerCpu()
{
    QList<double> out;
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const double tickMs = 1000.0 / double(sysconf(_SC_CLK_TCK));
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.startsWith("cpu") || line.startsWith("cpu "))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        const int cpu = fields[0].mid(3).toInt();
        if (fields.size() > 8 && cpu >= 0) {
            out.resize(qMax(out.size(), qsizetype(cpu + 1)));
            out[cpu] = fields[8].toDouble() * tickMs;
        }
    }
    return out;
}

struct Gap {
    qint64 ms = 0;
    qint64 atMs = 0;   // when it ended, since the build started
    qint64 tickMs = 0; // StallWatch::nowMs() of the tick it began with
    qint64 faults = 0;
    int cpu = 0;         // the CPU the UI thread ran on at its end
    double cpuMs = 0;    // the UI thread's own work
    double queueMs = 0;  // waiting for a CPU (it or a thread it waited for): schedstat
    double stealMs = 0;  // its CPU was not running at all (the hypervisor's)
    test::GapCause seen; // what StallWatch observed
    double waitMs() const { return qMax(queueMs, seen.cpuWaitMs); }
    double ownMs() const { return double(ms) - waitMs() - stealMs; }
};

} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_responsiveness")); }
    void stdBuildKeepsEventLoopMoving();
};

void TestResponsiveness::stdBuildKeepsEventLoopMoving()
{
    QTemporaryDir cache;
    MainWindow window;
    window.resize(MainWindow::defaultSize());
    window.buildController()->setEnvironment(test::buildEnvironment(
        cache.path(), {{QStringLiteral("CGO_ENABLED"), QStringLiteral("0")}}));
    window.openModule(test::exampleDir(QStringLiteral("hello")));
    window.show();
    QVERIFY(test::waitSettled(window));
    window.views()->setCurrentWidget(window.timelineView());
    window.buildActions()->targetField()->setText(QStringLiteral("std"));
    connect(window.buildController(), &BuildController::started, this,
            [&](const BuildStart &start) { window.actionSelection()->select(start.root); });

    QList<Gap> gaps;
    double lastCpu = threadCpuMs();
    QHash<QString, double> lastQueue = runQueueMs();
    QList<double> lastSteal = stealMsPerCpu();
    qint64 lastFaults = majorFaults();
    test::StallWatch watch;
    if (qEnvironmentVariableIsSet("KILN_STALL_LOG"))
        watch.setLog(qEnvironmentVariable("KILN_STALL_LOG"));
    QElapsedTimer clock, since;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        Gap g;
        g.tickMs = watch.lastTick();
        watch.tick();
        g.ms = clock.restart();
        g.atMs = since.elapsed();
        g.faults = majorFaults() - lastFaults;
        lastFaults += g.faults;
        const double cpu = threadCpuMs();
        const QHash<QString, double> queue = runQueueMs();
        g.cpuMs = cpu - lastCpu;
        g.queueMs = longestWait(lastQueue, queue);
        g.cpu = sched_getcpu();
        g.stealMs = stealMsPerCpu().value(g.cpu) - lastSteal.value(g.cpu);
        gaps.append(g);
        lastCpu = threadCpuMs();
        lastQueue = runQueueMs();
        lastSteal = stealMsPerCpu();
    });
    QSignalSpy finished(window.buildController(), &BuildController::finished);
    QVERIFY(window.buildActions()->buildAction()->isEnabled());
    clock.start();
    since.start();
    ticker.start();
    watch.start();
    window.buildActions()->buildAction()->trigger();
    QVERIFY(window.buildController()->isRunning());
    QVERIFY(finished.wait(20 * 60 * 1000));
    ticker.stop();
    watch.stop();
    const qint64 endMs = test::StallWatch::nowMs();
    for (qsizetype i = 0; i < gaps.size(); ++i)
        gaps[i].seen =
            watch.classify(gaps[i].tickMs, i + 1 < gaps.size() ? gaps[i + 1].tickMs : endMs);
    const QList<int> toolNice = watch.toolNiceValues();

    const BuildOutcome o = finished.first().first().value<BuildOutcome>();
    QVERIFY2(o.ok(), qPrintable(o.error + window.consolePanel()->text()));
    QVERIFY2(o.summary.actions > 300, qPrintable(QString::number(o.summary.actions)));
    QCOMPARE(o.summary.cacheHits, 0);
    QCOMPARE(window.actionsPanel()->model()->actionCount(), o.summary.actions);
    QVERIFY(gaps.size() > 100);

    QList<qint64> raw;
    for (const Gap &g : gaps)
        raw.append(g.ms);
    std::sort(raw.begin(), raw.end());
    const qint64 p99 = raw[raw.size() * 99 / 100];
    qInfo("finished at %lld ms", since.elapsed());
    qInfo("%lld ticks over %.1f s of build: median gap %lld ms, 99th percentile %lld ms, "
          "longest %lld ms",
          qint64(raw.size()), double(o.summary.wallNs) / 1e9, raw[raw.size() / 2], p99, raw.last());
    const Gap worst = *std::max_element(gaps.cbegin(), gaps.cend(), [](const Gap &a, const Gap &b) {
        return a.ownMs() < b.ownMs();
    });
    const Gap blocked =
        *std::max_element(gaps.cbegin(), gaps.cend(), [](const Gap &a, const Gap &b) {
            return a.seen.blockedMs < b.seen.blockedMs;
        });
    for (const Gap &g : gaps)
        if (g.ms >= 50)
            qInfo("gap of %lld ms at %lld ms: the UI thread worked %.1f ms; it or a thread it "
                  "needs waited for a CPU %.1f ms (schedstat), %.0f ms (seen in %d samples); "
                  "asleep outside its event loop %.0f ms; its CPU %d stolen %.0f ms; %lld page "
                  "faults from disk",
                  g.ms, g.atMs, g.cpuMs, g.queueMs, g.seen.cpuWaitMs, g.seen.samples,
                  g.seen.blockedMs, g.cpu, g.stealMs, g.faults);
    QStringList coTenants;
    for (auto it = watch.coTenantCpuMs().cbegin(); it != watch.coTenantCpuMs().cend(); ++it)
        if (it.value() >= 100)
            coTenants << QStringLiteral("%1 %2 s")
                             .arg(QString::fromUtf8(it.key()))
                             .arg(it.value() / 1000, 0, 'f', 1);
    qInfo("CPU time of other processes in the UI's session (autogroup) during the build: %s",
          coTenants.isEmpty() ? "none" : qPrintable(coTenants.join(QStringLiteral(", "))));
    qInfo("tool processes sampled: %lld, nice values %s", qint64(toolNice.size()),
          qPrintable(QString::number(
              toolNice.isEmpty() ? -1 : *std::min_element(toolNice.cbegin(), toolNice.cend()))));

    QVERIFY2(worst.ownMs() < 50,
             qPrintable(QStringLiteral("the event loop stalled for %1 ms (%2 ms of it its own "
                                       "work) besides waiting for a CPU")
                            .arg(worst.ownMs())
                            .arg(worst.cpuMs)));
    QVERIFY2(blocked.seen.blockedMs < 50,
             qPrintable(QStringLiteral("the UI thread was blocked for %1 ms in:\n%2")
                            .arg(blocked.seen.blockedMs)
                            .arg(QString::fromUtf8(blocked.seen.blockedStack))));
    QVERIFY2(!toolNice.isEmpty(), "no tool process was seen running");
    QVERIFY2(std::all_of(toolNice.cbegin(), toolNice.cend(), [](int n) { return n >= 10; }),
             "the build's tools do not run at low priority");
    QVERIFY2(p99 < 50, qPrintable(QString::number(p99)));
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
