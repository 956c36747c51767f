// Which GOCACHE the cache panels show. By default go env GOCACHE computed
// for the environment the next build uses (BuildController::environment()
// with the build settings applied, the toolchain, the module folder), so the
// panel shows the cache Kiln's builds and go's share. The user may choose
// any other directory instead; the choice is kept in QSettings
// ("cache/dir"; absent or "" = go env's) until "Use go env GOCACHE".
//
// go env is computed on a worker through a JobTracker (GoEnv::compute reads
// the GOENV file and go.env; asking only for GOCACHE runs no C compiler).
// GOCACHE=off, or no toolchain, leaves dir() empty with error() saying why.
//
// Threading: UI thread only; never blocks.
#pragma once

#include "controllers/jobtracker.h"
#include "goenv/toolchain.h"

#include <QObject>
#include <QProcessEnvironment>

namespace kiln::gui
{

class SettleTracker;

struct CacheDirLookup {
    QString dir;
    QString error;
};

class CacheLocation : public QObject
{
    Q_OBJECT
public:
    enum class Source { GoEnv, Chosen };

    explicit CacheLocation(SettleTracker *settle, QObject *parent = nullptr);

    // Recomputes go env GOCACHE for these inputs (a toolchain that was not
    // found gives an error instead).
    void setGoEnvInput(const goenv::Toolchain &toolchain, const QProcessEnvironment &environment,
                       const QString &workingDir);
    void choose(const QString &dir);
    void useGoEnv();

    // The directory to show: the chosen one, else go env's; "" when neither.
    QString dir() const;
    Source source() const { return m_chosen.isEmpty() ? Source::GoEnv : Source::Chosen; }
    QString goEnvDir() const { return m_goEnv.dir; }
    // Why go env gives no cache ("" when it does, or while it is computed).
    QString error() const { return source() == Source::GoEnv ? m_goEnv.error : QString(); }
    bool isResolving() const { return m_jobs.isRunning(); }

    static QString settingKey();

signals:
    // dir(), source() or error() changed.
    void changed();

private:
    void setLookup(const CacheDirLookup &lookup);

    JobTracker<CacheDirLookup> m_jobs;
    CacheDirLookup m_goEnv;
    QString m_chosen;
};

} // namespace kiln::gui
