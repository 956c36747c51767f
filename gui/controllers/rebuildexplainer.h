// Reads Kiln's build history (cache/buildhistory.h) for the GUI: after a
// build, why each of its actions ran (explain/rebuildreason.h), and for
// "Compare Builds" every recorded build of the open module. GOCACHE is go
// env's for the inputs the build used (toolchain, environment with the
// build settings, module folder), computed on the worker like the build
// does. The build just finished is the newest recorded build of the module
// folder at or after the time it started (finishBuild records it last).
//
// Threading: the free functions block (go env, reading the history file);
// RebuildExplainer runs them through a JobTracker and reports on the UI
// thread. A newer request makes an older result stale (dropped).
#pragma once

#include "cache/buildhistory.h"
#include "controllers/buildrun.h"
#include "controllers/jobtracker.h"
#include "explain/rebuildreason.h"
#include "goenv/toolchain.h"

#include <QObject>
#include <QProcessEnvironment>
#include <optional>

namespace kiln::gui
{

struct HistoryInput {
    goenv::Toolchain toolchain;
    QProcessEnvironment environment; // as the build saw it (settings applied)
    QString moduleDir;
};

struct RebuildReport {
    QString error; // why there is no explanation; "" when there is
    cache::HistoryBuild build;
    explain::BuildExplanation explanation;
};

struct ModuleHistory {
    QString error;    // why there is no history; "" when it could be read (even empty)
    QString cacheDir; // GOCACHE
    QList<cache::HistoryBuild> builds; // of the module folder, oldest first
};

// go env GOCACHE for input; errors: no toolchain, go env's, GOCACHE=off.
Result<QString> historyCacheDir(const HistoryInput &input);
ModuleHistory loadModuleHistory(const HistoryInput &input);
// The newest build of the module recorded at or after sinceNs, explained
// against the builds before it.
RebuildReport explainLatestBuild(const HistoryInput &input, qint64 sinceNs);
// Per action of the GUI's build (BuildStart::actions), its explanation:
// matched by mode and package with its variant (exec::actionKey over
// ActionInfo::packageDesc(): "build p [p.test]" is not "build p"); nullopt
// for actions without one.
QList<std::optional<explain::ActionExplanation>>
explanationsFor(const BuildStart &start, const explain::BuildExplanation &explanation);

class RebuildExplainer : public QObject
{
    Q_OBJECT
public:
    explicit RebuildExplainer(SettleTracker *settle, QObject *parent = nullptr);

    void explainLatest(const HistoryInput &input, qint64 sinceNs);
    void loadHistory(const HistoryInput &input);
    bool isBusy() const { return m_explains.isRunning() || m_loads.isRunning(); }

signals:
    void explained(const kiln::gui::RebuildReport &report);
    void historyLoaded(const kiln::gui::ModuleHistory &history);

private:
    JobTracker<RebuildReport> m_explains;
    JobTracker<ModuleHistory> m_loads;
};

} // namespace kiln::gui

Q_DECLARE_METATYPE(kiln::gui::RebuildReport)
Q_DECLARE_METATYPE(kiln::gui::ModuleHistory)
