// Builder: runs an ActionGraph the way cmd/go's work.Builder does — compile,
// asm, pack and link with the exact command lines of toolargs.h, action IDs
// from actionid.h, build-ID rewriting and GOCACHE entries in go's format —
// so that go and Kiln share one GOCACHE: what one built, the other reuses.
//
// Per action (go's Actor):
//   build          useCache(compile ID, p.Target) or: symabis, importcfg,
//                  embedcfg, compile, asm, pack, updateBuildID (+ cache put)
//   link           useCache(link ID, p.Target) or: importcfg.link, link,
//                  updateBuildID
//   *-install      move/copy the result to its target (or touch it when the
//                  target already is the result), then remove the objdir
//   preprocess PGO useCache or run preprofile, cache put
// useCache also knows go's main-package shortcut: an installed binary whose
// build ID proves both the main package and the link up to date.
//
// Threading: run() blocks; it drives the Scheduler, whose workers call the
// actors. Observer calls come on the thread that called run().
#pragma once

#include "cache/cachehash.h"
#include "cache/diskcache.h"
#include "exec/actionhooks.h"
#include "exec/actionstate.h"
#include "exec/buildconfig.h"
#include "exec/buildevents.h"
#include "exec/ccompilerprobe.h"
#include "exec/scheduler.h"
#include "exec/shell.h"
#include "exec/toolid.h"
#include "graph/actiongraph.h"
#include "graph/actionrecord.h"

#include <memory>
#include <optional>

namespace kiln::exec
{

class Builder
{
public:
    // cache: nullopt only under -n. trace: GODEBUG=gocachehash=1 output.
    Builder(const BuildConfig &config, const load::LoadResult &load,
            const graph::ActionGraph &graph, std::optional<cache::DiskCache> cache, Printer printer,
            const cache::HashTrace *trace = nullptr, std::shared_ptr<ToolIds> tools = nullptr);

    // Runs every action; true when none failed. Prints failures as go does
    // ("# pkg" + tool output) through the printer.
    BuildSummary run(BuildObserver *observer, const std::atomic_bool *cancel);

    // The actors of go test's modes; must outlive run().
    void setHooks(ActionHooks *hooks) { m_hooks = hooks; }

    const QList<ActionState> &state() const { return m_state; }
    ActionState &stateOf(int action) { return m_state[action]; }
    // go's a.Failed for a finished action: it failed, or a dependency did
    // (vet clears what its dependencies passed on).
    bool failed(int action) const { return m_state[action].failed; }
    // Whether a dependency of action failed (go's a.Failed before Act).
    bool depFailed(int action) const;
    const BuildConfig &config() const { return m_config; }
    const load::LoadResult &load() const { return m_load; }
    const graph::ActionGraph &graph() const { return m_graph; }
    const cache::DiskCache *cache() const { return m_cache ? &*m_cache : nullptr; }
    const cache::HashTrace *hashTrace() const { return m_trace; }
    Shell &shell() { return m_shell; }
    graph::ActionRecord &record(int action) { return m_records[action]; }
    QString objdirOf(int action) const { return objdir(action); }
    // Runs a command for action (recorded, output through go's # pkg report).
    Result<void> runCommand(int action, const QString &dir, const QStringList &argv,
                            const QStringList &env = {})
    {
        return runTool(action, dir, argv, env);
    }
    // Per action: IDs, times and commands (for -debug-actiongraph and the GUI).
    const QList<graph::ActionRecord> &records() const { return m_records; }

private:
    WorkResult perform(int action);
    Result<void> act(int action);
    Result<void> build(int action);
    Result<void> compile(int action, const QString &objdir);
    Result<void> link(int action);
    Result<void> install(int action);
    Result<void> preprocessPgo(int action);
    Result<void> vet(int action);
    QList<VetDep> vetDeps(int action) const;
    void writeVetConfig(int action, const QStringList &srcfiles);
    Result<void> loadCachedVet(int action);
    void finishState(int action, bool succeeded);
    bool useCache(int action, const Digest &id, const QString &target);
    void replayStdout(int action, const char *key);
    Result<void> updateBuildId(int action, const QString &target);
    // Stores file in GOCACHE as id's output ("cp F $GOCACHE/… # internal").
    void putFile(const Digest &id, const QString &file);
    // Runs a tool for action in dir; its output is reported relative to
    // reportDir (go: the package directory for compile, else the run dir).
    Result<void> runTool(int action, const QString &dir, const QStringList &argv,
                         const QStringList &env = {}, const QString &reportDir = QString());
    void flushOutput(int action);
    QString objdir(int action) const;
    QString packageTarget(int package) const;
    QString expand(const QString &path) const;

    const BuildConfig &m_config;
    const load::LoadResult &m_load;
    const graph::ActionGraph &m_graph;
    std::optional<cache::DiskCache> m_cache;
    const cache::HashTrace *m_trace;
    Shell m_shell;
    std::shared_ptr<ToolIds> m_toolIds; // shared with the caller, who may prefetch
    ToolIds &m_tools;
    CCompilerProbe m_ccProbe; // C compiler IDs and flag probes (cgo)
    cache::FileHasher m_files;
    QList<ActionState> m_state;
    QList<graph::ActionRecord> m_records;
    QList<QList<int>> m_triggers;
    std::atomic_bool m_noCancel{false};
    ActionHooks *m_hooks = nullptr;
};

} // namespace kiln::exec
