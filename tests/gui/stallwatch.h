// StallWatch: what the UI thread does while its event loop is late (Linux),
// observed from a thread of its own, so the UI thread reads nothing from
// /proc itself (reading /proc/<pid>/stat can block: a /proc read on the UI
// thread once stalled it for 200 ms in do_task_stat).
//
// The UI thread calls tick() from its timer. Every 5 ms the watch thread
// checks the last tick; once it is more than LateMs late it samples, every
// 5 ms until the next tick, /proc/self/task/<tid>/stat (state), wchan and
// the kernel stack (readable as root) of the UI thread and of the process's
// other nice-0 threads (Qt's paint helpers the UI thread may wait for). A
// runnable thread (state R) with a kernel stack is off a CPU: preempted, or
// woken and not yet running; with an empty stack it is running. Every 500
// ms it also samples the tools' nice values and the CPU time of the
// processes that share this process's session — Linux's autogroup, the
// scheduling group whose CPU share the UI thread competes for — but were
// not started by it.
//
// classify() turns the samples of one gap into times: waiting for a CPU
// (the UI thread, or a nice-0 helper it waits for in a futex, runnable off
// a CPU), blocked (asleep in the kernel outside its event loop's poll and
// not waiting for a runnable helper: a lock or I/O), with the first blocked
// stack. Samples are read after stop(); with setLog() each is also written
// as it is taken.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace kiln::test
{

struct ThreadSample {
    QString tid;
    char state = '?'; // R running/runnable, S sleeping, D uninterruptible …
    int nice = 0;
    QByteArray name;
    QByteArray wchan;
    QByteArray stack; // kernel stack, one frame a line ("" while running)
    bool offCpu() const { return state == 'R' && !stack.isEmpty(); }
};

struct StallSample {
    qint64 atMs = 0;   // StallWatch::nowMs()
    qint64 tickMs = 0; // the UI thread's last tick before the stall
    ThreadSample ui;
    QList<ThreadSample> helpers; // the process's other nice-0 threads
};

// What one gap was made of, from its samples (ms, sampling resolution).
struct GapCause {
    double cpuWaitMs = 0; // runnable, or waiting for a runnable helper, off a CPU
    double blockedMs = 0; // asleep in the kernel for something else
    QByteArray blockedStack;
    int samples = 0;
};

class StallWatch
{
public:
    static constexpr qint64 LateMs = 15;

    ~StallWatch()
    {
        stop();
        if (m_log >= 0)
            ::close(m_log);
    }
    void setLog(const QString &file)
    {
        m_log = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    }
    // On the UI thread.
    void start()
    {
        m_uiTid = QString::number(qint64(::syscall(SYS_gettid)));
        tick();
        m_run = true;
        m_thread = std::thread([this] { watch(); });
    }
    void tick() { m_lastTick = nowMs(); }
    qint64 lastTick() const { return m_lastTick; }
    void stop()
    {
        m_run = false;
        if (m_thread.joinable())
            m_thread.join();
    }
    static qint64 nowMs()
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }

    // Valid after stop().
    const QList<StallSample> &samples() const { return m_samples; }
    const QList<int> &toolNiceValues() const { return m_toolNice; }
    // CPU time (ms) the session's other processes used, by command name.
    const QHash<QByteArray, double> &coTenantCpuMs() const { return m_coTenantMs; }

    // The gap that began with the tick at tickMs and ended at endMs.
    GapCause classify(qint64 tickMs, qint64 endMs) const
    {
        GapCause c;
        qint64 from = tickMs + LateMs; // nothing is sampled before
        for (const StallSample &s : m_samples) {
            if (s.tickMs != tickMs)
                continue;
            const qint64 to = qMin(s.atMs, endMs);
            const double span = double(qMax<qint64>(0, to - from));
            from = to;
            ++c.samples;
            if (s.ui.state == 'R') // off a CPU: waiting; on one: its own CPU time
                c.cpuWaitMs += s.ui.offCpu() ? span : 0;
            else if (waitsForHelper(s))
                c.cpuWaitMs += span;
            else if (!inEventLoop(s.ui)) {
                c.blockedMs += span;
                if (c.blockedStack.isEmpty())
                    c.blockedStack = s.ui.state + QByteArray(" ") + s.ui.wchan + "\n" + s.ui.stack;
            }
        }
        return c;
    }

    static QByteArray format(const StallSample &s)
    {
        QByteArray out = "STALL at " + QByteArray::number(s.atMs - s.tickMs) + " ms: ui state " +
                         QByteArray(1, s.ui.state) + " wchan " + s.ui.wchan + "\n" + s.ui.stack +
                         "\n";
        for (const ThreadSample &t : s.helpers)
            if (t.state != 'S')
                out += "  thread " + t.tid.toUtf8() + " (" + t.name + ") state " +
                       QByteArray(1, t.state) + "\n" + t.stack + "\n";
        return out;
    }

private:
    static bool inEventLoop(const ThreadSample &t)
    {
        return t.state == 'S' && (t.wchan.contains("poll") || t.stack.contains("do_sys_poll"));
    }
    static bool waitsForHelper(const StallSample &s)
    {
        if (s.ui.state != 'S' || !s.ui.wchan.startsWith("futex"))
            return false;
        for (const ThreadSample &t : s.helpers)
            if (t.offCpu())
                return true;
        return false;
    }
    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll().trimmed();
    }
    // After "(comm) ": state ppid pgrp session … nice is field 16 of these.
    static QList<QByteArray> statFields(const QByteArray &stat, QByteArray *name = nullptr)
    {
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            return {};
        if (name)
            *name = stat.mid(open + 1, close - open - 1);
        return stat.mid(close + 2).split(' ');
    }
    static ThreadSample readThread(const QString &tid, bool withStack)
    {
        const QString dir = QStringLiteral("/proc/self/task/") + tid + QLatin1Char('/');
        ThreadSample t;
        t.tid = tid;
        const QList<QByteArray> f = statFields(readAll(dir + QStringLiteral("stat")), &t.name);
        if (!f.isEmpty() && !f[0].isEmpty())
            t.state = f[0][0];
        if (f.size() > 16)
            t.nice = f[16].toInt();
        if (withStack) {
            t.wchan = readAll(dir + QStringLiteral("wchan"));
            t.stack = readAll(dir + QStringLiteral("stack"));
        }
        return t;
    }
    void sample(qint64 tick)
    {
        StallSample s;
        s.tickMs = tick;
        s.ui = readThread(m_uiTid, true);
        const QStringList tids =
            QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const QString self = QString::number(qint64(::syscall(SYS_gettid)));
        for (const QString &tid : tids) {
            if (tid == m_uiTid || tid == self)
                continue;
            ThreadSample t = readThread(tid, false);
            if (t.nice != 0)
                continue;
            if (t.state == 'R')
                t.stack =
                    readAll(QStringLiteral("/proc/self/task/") + tid + QStringLiteral("/stack"));
            s.helpers.append(t);
        }
        s.atMs = nowMs();
        if (m_log >= 0) {
            const QByteArray text = format(s);
            if (::write(m_log, text.constData(), size_t(text.size())) < 0)
                m_log = -1;
        }
        m_samples.append(s);
    }
    // The tools' nice values, and the CPU time of the session's processes
    // this process did not start.
    void sampleProcesses()
    {
        const qint64 self = qint64(getpid());
        QByteArray mine = readAll(QStringLiteral("/proc/self/stat"));
        const QList<QByteArray> own = statFields(mine);
        const QByteArray session = own.size() > 3 ? own[3] : QByteArray();
        struct Proc {
            qint64 ppid;
            QByteArray session, name;
            int nice;
            double cpuMs;
        };
        QHash<qint64, Proc> procs;
        const double tick = 1000.0 / double(sysconf(_SC_CLK_TCK));
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool ok = false;
            const qint64 p = pid.toLongLong(&ok);
            if (!ok)
                continue;
            QByteArray name;
            const QList<QByteArray> f = statFields(
                readAll(QStringLiteral("/proc/") + pid + QStringLiteral("/stat")), &name);
            if (f.size() > 16)
                procs.insert(p, {f[1].toLongLong(), f[3], name, f[16].toInt(),
                                 (f[11].toDouble() + f[12].toDouble()) * tick});
        }
        const auto descendant = [&](qint64 p) {
            for (int depth = 0; depth < 64 && p > 1; ++depth) {
                if (p == self)
                    return true;
                p = procs.value(p).ppid;
            }
            return false;
        };
        for (auto it = procs.cbegin(); it != procs.cend(); ++it) {
            if (it.key() == self)
                continue;
            if (descendant(it.key())) {
                m_toolNice.append(it->nice);
            } else if (it->session == session) {
                const double before = m_coTenantSeen.value(it.key(), it->cpuMs);
                m_coTenantMs[it->name] += it->cpuMs - before;
                m_coTenantSeen.insert(it.key(), it->cpuMs);
            }
        }
    }
    void watch()
    {
        qint64 lastProcesses = 0;
        while (m_run) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            const qint64 tick = m_lastTick;
            const qint64 now = nowMs();
            if (now - tick > LateMs)
                sample(tick);
            else if (now - lastProcesses >= 500) {
                sampleProcesses();
                lastProcesses = now;
            }
        }
    }

    QString m_uiTid;
    std::atomic<qint64> m_lastTick{0};
    std::atomic_bool m_run{false};
    std::thread m_thread;
    QList<StallSample> m_samples;
    QList<int> m_toolNice;
    QHash<QByteArray, double> m_coTenantMs;
    QHash<qint64, double> m_coTenantSeen;
    int m_log = -1;
};

} // namespace kiln::test
