#include "controllers/flagscopecontroller.h"

#include "flags/flagscope.h"

namespace kiln::gui
{

namespace
{

using flags::ScopeFlag;

// What changes the packages or the GOFLAGS entries (not the flag entries).
bool sameLoad(const BuildSettings &a, const BuildSettings &b)
{
    return a.tags.trimmed() == b.tags.trimmed() && a.trimpath == b.trimpath &&
           a.goflags.trimmed() == b.goflags.trimmed();
}

QStringList &entriesOf(BuildSettings &s, ScopeFlag flag)
{
    switch (flag) {
    case ScopeFlag::Gc:
        return s.gcflags;
    case ScopeFlag::Asm:
        return s.asmflags;
    case ScopeFlag::Ld:
        break;
    }
    return s.ldflags;
}

int goflagsCount(const flags::FlagScopes &s, ScopeFlag flag)
{
    return int(std::count_if(s.of(flag).begin(), s.of(flag).end(), [](const flags::ScopeEntry &e) {
        return e.source == flags::EntrySource::Goflags;
    }));
}

ScopeLoad loadScope(const ScopeSource &source, const std::atomic_bool *cancel)
{
    exec::PipelineInput in;
    in.toolchain = source.toolchain;
    in.environment = source.settings.applyTo(source.environment);
    in.workingDir = source.moduleDir;
    BuildSettings loadOnly = source.settings;
    loadOnly.gcflags.clear();
    loadOnly.asmflags.clear();
    loadOnly.ldflags.clear();
    in.args = loadOnly.buildArguments() + source.patterns;
    in.cancel = cancel;
    ScopeLoad out;
    auto b = exec::loadScopeBuild(in);
    if (b)
        out.build = std::make_shared<const exec::ScopeBuild>(std::move(*b));
    else
        out.error = b.error().toString();
    return out;
}

} // namespace

FlagScopeController::FlagScopeController(SettleTracker *settle, QObject *parent)
    : QObject(parent), m_jobs(this, settle)
{
}

void FlagScopeController::load(const ScopeSource &source)
{
    m_source = source;
    emit loadingChanged(true);
    m_jobs.start([source](const CancelFlag &cancel) { return loadScope(source, cancel.get()); },
                 [this](const ScopeLoad &result) {
                     const bool edited = isModified();
                     m_build = result.build;
                     m_error = result.error;
                     m_settings = m_source.settings;
                     m_applied = withGoflags(m_settings);
                     if (!edited) {
                         m_draft = m_applied;
                     } else {
                         // Keep the edits; the GOFLAGS entries are the new load's.
                         for (ScopeFlag flag : flags::AllScopeFlags) {
                             QList<flags::ScopeEntry> &d = m_draft.of(flag);
                             d.remove(0, goflagsCount(m_draft, flag));
                             d = m_applied.of(flag).mid(0, goflagsCount(m_applied, flag)) + d;
                         }
                     }
                     recompute();
                     emit loadingChanged(false);
                 });
}

void FlagScopeController::setApplied(const BuildSettings &settings)
{
    const bool edited = isModified();
    const bool reload = !sameLoad(settings, m_settings);
    m_settings = settings;
    m_source.settings = settings;
    m_applied = withGoflags(settings);
    if (!edited || draftSettings() == settings)
        m_draft = m_applied;
    recompute();
    if (reload && !m_source.moduleDir.isEmpty())
        load(m_source);
}

void FlagScopeController::setLastBuild(const BuildStart &start, const QList<ActionRun> &runs)
{
    m_last.clear();
    for (qsizetype i = 0; i < start.actions.size() && i < runs.size(); ++i) {
        const ActionInfo &a = start.actions[i];
        if (!a.package.isEmpty() && runs[i].finished())
            m_last.insert(exec::actionKey(a.mode, a.package), runs[i].record);
    }
    recompute();
}

flags::FlagScopes FlagScopeController::withGoflags(const BuildSettings &settings) const
{
    flags::FlagScopes s = m_build ? m_build->goflags : flags::FlagScopes();
    s.append(ScopeFlag::Gc, settings.gcflags);
    s.append(ScopeFlag::Asm, settings.asmflags);
    s.append(ScopeFlag::Ld, settings.ldflags);
    return s;
}

bool FlagScopeController::isEditable(ScopeFlag flag, int index) const
{
    return index >= goflagsCount(m_draft, flag) && index < m_draft.of(flag).size();
}

int FlagScopeController::addEntry(ScopeFlag flag, const QString &text)
{
    flags::FlagScopes d = m_draft;
    d.append(flag, {text.trimmed()});
    setDraft(d);
    return int(m_draft.of(flag).size()) - 1;
}

void FlagScopeController::removeEntry(ScopeFlag flag, int index)
{
    if (!isEditable(flag, index))
        return;
    flags::FlagScopes d = m_draft;
    d.of(flag).removeAt(index);
    setDraft(d);
}

void FlagScopeController::moveEntry(ScopeFlag flag, int from, int to)
{
    if (!isEditable(flag, from) || !isEditable(flag, to) || from == to)
        return;
    flags::FlagScopes d = m_draft;
    d.of(flag).move(from, to);
    setDraft(d);
}

void FlagScopeController::setEntryText(ScopeFlag flag, int index, const QString &text)
{
    if (!isEditable(flag, index) || m_draft.of(flag)[index].text == text.trimmed())
        return;
    flags::FlagScopes d = m_draft;
    d.of(flag)[index].text = text.trimmed();
    setDraft(d);
}

void FlagScopeController::revert()
{
    setDraft(m_applied);
}

void FlagScopeController::setDraft(flags::FlagScopes draft)
{
    m_draft = std::move(draft);
    recompute();
}

BuildSettings FlagScopeController::draftSettings() const
{
    BuildSettings s = m_settings;
    for (ScopeFlag flag : flags::AllScopeFlags)
        entriesOf(s, flag) = m_draft.commandLine(flag);
    return s;
}

QString FlagScopeController::commandLine() const
{
    const BuildSettings s = draftSettings();
    QStringList words;
    if (!s.goflags.trimmed().isEmpty())
        words.append(QStringLiteral("GOFLAGS=") + s.goflags.trimmed());
    words << QStringLiteral("go") << QStringLiteral("build");
    words += s.buildArguments();
    words += m_source.patterns;
    return flags::shellCommandLine(words);
}

void FlagScopeController::recompute()
{
    if (!m_build) {
        m_analysis = {};
        m_appliedAnalysis = {};
        m_forecast = {};
        emit changed();
        return;
    }
    const exec::ScopeBuild &b = *m_build;
    m_analysis = flags::analyzeFlagScopes(b.load, b.scope, m_draft, b.workingDir);
    m_appliedAnalysis = flags::analyzeFlagScopes(b.load, b.scope, m_applied, b.workingDir);
    exec::ForecastContext ctx;
    ctx.trimpath = b.flags.trimpath;
    ctx.mode = b.scope.mode;
    ctx.goVersion = b.goVersion;
    ctx.compileId = b.compileId;
    ctx.asmId = b.asmId;
    ctx.linkId = b.linkId;
    ctx.last = m_last.isEmpty() ? nullptr : &m_last;
    m_forecast = exec::forecastFlagChange(b.load, b.graph, {m_applied, m_appliedAnalysis},
                                          {m_draft, m_analysis}, ctx);
    emit changed();
}

} // namespace kiln::gui
