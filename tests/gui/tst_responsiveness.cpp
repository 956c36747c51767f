// The window stays responsive during a full std build: the real main window
// (offscreen) builds "std" through its Build action with a fresh GOCACHE of
// the test's own and CGO_ENABLED=0 (about 345 actions, 1–2 minutes here),
// with the Timeline view showing and the inspector following an action,
// while a 10 ms QTimer on the UI thread records every gap between its ticks.
//
// What a gap is made of is measured too (Linux): the UI thread's own CPU
// time and how long the threads the UI thread depends on sat runnable on a
// run queue waiting for a CPU (/proc/self/task/*/schedstat): the UI thread
// itself and every other thread at normal priority — Qt's raster engine
// paints large areas in segments on the global thread pool and waits for
// them. The machine is shared (2 cores, other builds running), so run-queue
// waits caused by other people's processes are outside Kiln's control. (Two stalls this test found
// and Kiln fixed: the build's tools starving the UI thread of CPU — the build now runs niced — and
// the build holding a thread of Qt's global pool, which the raster engine waits on while painting —
// the build now has its own pool.) The test therefore requires:
//   - no gap over 50 ms once the time spent waiting for a CPU is taken out:
//     Kiln itself (work, locks, I/O on the UI thread) never stalls the loop;
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
// build's), the time it has spent runnable but waiting for a CPU (ms).
QHash<QString, double> runQueueMs()
{
    QHash<QString, double> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        QFile sched(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!stat.open(QIODevice::ReadOnly) || !sched.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 17 || fields[16].toInt() != 0)
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

// The nice values of this process's child processes (the build's tools).
QList<int> childNiceValues()
{
    QList<int> out;
    const QByteArray self = QByteArray::number(qint64(getpid()));
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        // After "(comm) ": state ppid pgrp session tty tpgid flags minflt cminflt
        // majflt cmajflt utime stime cutime cstime priority nice …
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 16 && fields[1] == self)
            out.append(fields[16].toInt());
    }
    return out;
}

// Major page faults of the calling thread (reads from disk).
qint64 majorFaults()
{
    QFile f(QStringLiteral("/proc/thread-self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 9 ? fields[9].toLongLong() : 0;
}

struct Gap {
    qint64 ms = 0;
    qint64 atMs = 0; // when it ended, since the build started
    qint64 faults = 0;
    double cpuMs = 0;   // the UI thread's own work
    double queueMs = 0; // waiting for a CPU (it or a thread it waited for)
    double ownMs() const { return double(ms) - queueMs; }
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
    QList<int> toolNice;
    double lastCpu = threadCpuMs();
    QHash<QString, double> lastQueue = runQueueMs();
    qint64 lastFaults = majorFaults();
    QElapsedTimer clock, since;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        Gap g;
        g.ms = clock.restart();
        g.atMs = since.elapsed();
        g.faults = majorFaults() - lastFaults;
        lastFaults += g.faults;
        const double cpu = threadCpuMs();
        const QHash<QString, double> queue = runQueueMs();
        g.cpuMs = cpu - lastCpu;
        g.queueMs = longestWait(lastQueue, queue);
        gaps.append(g);
        if (gaps.size() % 100 == 0)
            toolNice += childNiceValues();
        lastCpu = threadCpuMs();
        lastQueue = runQueueMs();
    });
    QSignalSpy finished(window.buildController(), &BuildController::finished);
    QVERIFY(window.buildActions()->buildAction()->isEnabled());
    clock.start();
    since.start();
    ticker.start();
    window.buildActions()->buildAction()->trigger();
    QVERIFY(window.buildController()->isRunning());
    QVERIFY(finished.wait(20 * 60 * 1000));
    ticker.stop();

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
    for (const Gap &g : gaps)
        if (g.ms >= 50)
            qInfo("gap of %lld ms at %lld ms: the UI thread worked %.1f ms, it or a thread it "
                  "needs waited %.1f ms for a CPU, %lld page faults from disk",
                  g.ms, g.atMs, g.cpuMs, g.queueMs, g.faults);
    qInfo("tool processes sampled: %lld, nice values %s", qint64(toolNice.size()),
          qPrintable(QString::number(
              toolNice.isEmpty() ? -1 : *std::min_element(toolNice.cbegin(), toolNice.cend()))));

    QVERIFY2(worst.ownMs() < 50,
             qPrintable(QStringLiteral("the event loop stalled for %1 ms (%2 ms of it its own "
                                       "work) besides waiting for a CPU")
                            .arg(worst.ownMs())
                            .arg(worst.cpuMs)));
    QVERIFY2(!toolNice.isEmpty(), "no tool process was seen running");
    QVERIFY2(std::all_of(toolNice.cbegin(), toolNice.cend(), [](int n) { return n >= 10; }),
             "the build's tools do not run at low priority");
    QVERIFY2(p99 < 50, qPrintable(QString::number(p99)));
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
