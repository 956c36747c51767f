// The Flag Scopes panel's state: the open module's go build packages and
// action graph (exec::loadScopeBuild on a worker through a JobTracker; a
// newer load drops an older one), the applied -gcflags/-asmflags/-ldflags
// entries (GOFLAGS' first, then the build settings'), the draft being
// edited, and what the draft does: its analysis (flags/flagscope.h) and the
// forecast of going from the applied entries to it (exec/flagforecast.h),
// timed with the last build's records.
//
// The draft's GOFLAGS entries are not editable here (they come from the
// GOFLAGS setting or the environment); every edit is on its command-line
// entries, by index into draft().of(flag). Each edit recomputes the
// analysis and the forecast at once, on the UI thread: both are pure and
// linear (packages × entries, actions + edges; a few ms for cmd/go's graph).
//
// Threading: UI thread only; only load() does work in the background.
#pragma once

#include "controllers/buildrun.h"
#include "controllers/buildsettings.h"
#include "controllers/jobtracker.h"
#include "exec/flagforecast.h"
#include "exec/scopebuild.h"
#include "goenv/toolchain.h"

#include <QObject>
#include <QProcessEnvironment>
#include <memory>

namespace kiln::gui
{

class SettleTracker;

struct ScopeSource {
    goenv::Toolchain toolchain;
    QString moduleDir;
    QStringList patterns; // the build's target patterns
    BuildSettings settings;
    QProcessEnvironment environment; // before settings.applyTo()
};

struct ScopeLoad {
    std::shared_ptr<const exec::ScopeBuild> build; // null when the load failed
    QString error;
};

class FlagScopeController : public QObject
{
    Q_OBJECT
public:
    explicit FlagScopeController(SettleTracker *settle, QObject *parent = nullptr);

    // Loads the packages and graph `go build <settings> <patterns>` would
    // use, in the background. The applied entries become the settings' and
    // the draft is reset to them when it had no edits.
    void load(const ScopeSource &source);
    // The build settings changed (Apply, the dialog): the applied entries
    // follow; so does the draft when it had no edits. No reload.
    void setApplied(const BuildSettings &settings);
    // The last build, for times and preimages (action records by mode and
    // package, so they need not come from the same graph).
    void setLastBuild(const BuildStart &start, const QList<ActionRun> &runs);

    bool isLoading() const { return m_jobs.isRunning(); }
    bool hasBuild() const { return m_build != nullptr; }
    QString loadError() const { return m_error; }
    const exec::ScopeBuild *build() const { return m_build.get(); }
    const ScopeSource &source() const { return m_source; }

    const flags::FlagScopes &applied() const { return m_applied; }
    const flags::FlagScopes &draft() const { return m_draft; }
    bool isModified() const { return m_draft != m_applied; }
    bool isEditable(flags::ScopeFlag flag, int index) const;
    // Edits of the draft; an index out of range or a GOFLAGS entry is ignored.
    // addEntry returns the new entry's index.
    int addEntry(flags::ScopeFlag flag, const QString &text);
    void removeEntry(flags::ScopeFlag flag, int index);
    void moveEntry(flags::ScopeFlag flag, int from, int to);
    void setEntryText(flags::ScopeFlag flag, int index, const QString &text);
    void revert();

    // The applied settings with the draft's command-line entries.
    BuildSettings draftSettings() const;
    // `go build` with the draft's settings and the patterns, quoted for a
    // shell; GOFLAGS=… first when the settings set it.
    QString commandLine() const;

    // Of the draft; empty before the first load.
    const flags::ScopeAnalysis &analysis() const { return m_analysis; }
    const exec::Forecast &forecast() const { return m_forecast; }
    bool hasLastBuild() const { return !m_last.isEmpty(); }

signals:
    void loadingChanged(bool loading);
    // The entries, the analysis or the forecast changed (also after a load).
    void changed();

private:
    void setDraft(flags::FlagScopes draft);
    flags::FlagScopes withGoflags(const BuildSettings &settings) const;
    void recompute();

    JobTracker<ScopeLoad> m_jobs;
    ScopeSource m_source;
    std::shared_ptr<const exec::ScopeBuild> m_build;
    QString m_error;
    BuildSettings m_settings; // applied
    flags::FlagScopes m_applied, m_draft;
    flags::ScopeAnalysis m_appliedAnalysis, m_analysis;
    exec::Forecast m_forecast;
    exec::LastBuild m_last;
};

} // namespace kiln::gui
