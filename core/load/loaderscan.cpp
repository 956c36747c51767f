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
// a symlink (goReaderFor).
DirScan scanForLoad(const QString &dir, const BuildContext &context, const QString &gomodcache)
{
    const bool modcache = !gomodcache.isEmpty() && dir.startsWith(gomodcache + QLatin1Char('/'));
    return scanPackageDir(dir, context, modcache ? DirReader::ModuleIndex : goReaderFor(dir));
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
        it = m_scans.insert(dir, scanForLoad(dir, config.context, config.gomodcache));
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
    // nor the config.
    m_pending.insert(
        dir, QtConcurrent::run(&m_pool, scanForLoad, dir, config.context, config.gomodcache));
}

} // namespace kiln::load::detail
