// The loader's directory scans: a cache of scanPackageDir results, filled
// either on the loading thread (scan) or ahead of time on worker threads
// (prefetch). A scan is a pure function of the directory, the build context
// and the reader go would use, so where it runs changes nothing but the
// time: the loader still consumes scans in its own sequential order.
#include "load/loaderstate.h"

#include <QtConcurrent/QtConcurrentRun>

namespace kiln::load::detail
{

namespace
{

// go reads module-cache packages through its module index, and other module
// and GOROOT packages through a per-package index unless a file is fresh or
// a symlink (stampDir). Kiln's DirIndex stands in for go's index: a
// directory whose stamp it knows is not read again.
DirScan scanForLoad(const QString &dir, const BuildContext &context, const QString &gomodcache,
                    DirIndex *index)
{
    const bool modcache = !gomodcache.isEmpty() && dir.startsWith(gomodcache + QLatin1Char('/'));
    const DirStamp stamp = stampDir(dir, modcache);
    if (!index || stamp.stamp.isEmpty())
        return scanPackageDir(dir, context, stamp.reader);
    if (std::optional<DirFiles> known = index->find(dir, stamp.stamp))
        return scanFromFiles(*known);
    const DirFiles files = classifyDir(dir, context, stamp.reader);
    index->insert(dir, stamp.stamp, files);
    return scanFromFiles(files);
}

} // namespace

LoaderState::~LoaderState()
{
    // Scans nobody will consume: drop the queued ones, let running ones end.
    m_pool.clear();
    m_pool.waitForDone();
}

const DirScan &LoaderState::scan(const QString &dir)
{
    auto it = m_scans.find(dir);
    if (it != m_scans.end())
        return *it;
    if (auto pending = m_pending.find(dir); pending != m_pending.end()) {
        // Runs the task here when no worker has started it yet.
        QFuture<DirScan> future = *pending;
        m_pending.erase(pending);
        it = m_scans.insert(dir, future.takeResult());
    } else {
        it =
            m_scans.insert(dir, scanForLoad(dir, config.context, config.gomodcache, m_index.get()));
    }
    result.inputsRead.insert(dir);
    return *it;
}

bool LoaderState::isScanned(const QString &dir) const
{
    return m_scans.contains(dir) || m_pending.contains(dir);
}

void LoaderState::prefetch(const QString &dir)
{
    if (isScanned(dir))
        return;
    // The task gets copies of its arguments: it refers to neither the state
    // nor the config. The index is shared and thread-safe; it outlives the
    // task, since the destructor waits for the pool.
    m_pending.insert(dir, QtConcurrent::run(&m_pool, scanForLoad, dir, config.context,
                                            config.gomodcache, m_index.get()));
}

} // namespace kiln::load::detail
