// Runs restartable background jobs for one owner: the work runs on
// QtConcurrent's pool and its result is handed back on the owner's thread.
// Starting a job makes any running one stale; a stale result is dropped, so a
// slow old load can never overwrite a newer one. Every job is reported to the
// SettleTracker from start until it finishes, stale or not. A job whose work
// takes a CancelFlag is also told to stop when it becomes stale (the loader
// polls it between packages).
#pragma once

#include "controllers/settletracker.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace kiln::gui
{

using CancelFlag = std::shared_ptr<std::atomic_bool>;

template <typename T> class JobTracker
{
public:
    JobTracker(QObject *owner, SettleTracker *settle) : m_owner(owner), m_settle(settle) {}

    // work: a callable returning T, run on a worker thread; it must only use
    // what it captured by value. then: called with the result on the owner's
    // thread, unless a newer job was started meanwhile.
    template <typename Work, typename Then> void start(Work &&work, Then &&then)
    {
        const quint64 id = ++m_latest;
        ++m_running;
        if (m_cancel)
            m_cancel->store(true);
        m_cancel = std::make_shared<std::atomic_bool>(false);
        auto *watcher = new QFutureWatcher<T>(m_owner);
        if (m_settle)
            m_settle->begin();
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner,
                         [this, watcher, id, then = std::forward<Then>(then)]() mutable {
                             --m_running;
                             if (id == m_latest)
                                 then(watcher->result());
                             watcher->deleteLater();
                             if (m_settle)
                                 m_settle->end();
                         });
        if constexpr (std::is_invocable_v<Work, CancelFlag>)
            watcher->setFuture(QtConcurrent::run(std::forward<Work>(work), m_cancel));
        else
            watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
    }

    // The flag of the newest job (set when a newer one starts).
    CancelFlag currentCancelFlag() const { return m_cancel; }

    bool isRunning() const { return m_running > 0; }

private:
    QObject *m_owner;
    QPointer<SettleTracker> m_settle;
    quint64 m_latest = 0;
    CancelFlag m_cancel;
    int m_running = 0;
};

} // namespace kiln::gui
