// The forecast of a flag-scope change: which actions of a build get new
// action IDs when the per-package flags go from `before` to `after`, worked
// out from the action graph, without building.
//
//   direct      the action's own preimage (actionid.h) has a line that changes:
//                 compile <id> [] <gcflags>   a build whose -gcflags change
//                 asm "<id>" [] <asmflags>    a build with .s files whose -asmflags change
//                 modinfo "<build info>"      a main package's build (module mode) when the
//                                             -asmflags/-gcflags/-ldflags settings its build
//                                             info records change (load/buildinfo.h:
//                                             the raw text of each flag's LAST occurrence;
//                                             -ldflags not under -trimpath)
//                 linkflags <ldflags>         the link of a main package whose -ldflags change
//   propagated  a build or link that depends, directly or not, on a changed
//               build: its ID hashes its dependencies' content IDs ("import",
//               "packagefile" lines), so it changes when a changed build's
//               output does. That is the usual case; when the output comes out
//               byte-identical, go's early cutoff keeps the dependents' IDs,
//               which only building can tell.
// Only builds and links have action IDs; install, nop and root actions are
// not counted.
//
// The last build (optional) is looked up per action by mode and package
// (actionKey): two builds number their actions differently. It supplies how
// long each action ran (timeDone - timeStart of an action whose tools ran; a
// cache hit's cost is unknown) and the preimage it hashed: the tool IDs
// shown in the lines come from it when the context has none, and the
// modinfo line is rewritten from it (without a preimage the modinfo change
// is shown as the changed "build\t-gcflags=…" setting lines only). A direct
// action none of whose dependencies changes gets its new action ID: the last
// preimage with the lines replaced, hashed with the toolchain's salt —
// offered only when the unchanged preimage hashes to the recorded ID.
//
// Pure and thread-safe; O(actions + edges) plus one hash per direct action.
#pragma once

#include "flags/flagscope.h"
#include "graph/actiongraph.h"
#include "graph/actionrecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace kiln::exec
{

// "build example.com/m/a", "link example.com/m/cmd/x": what finds an action
// of another build of the same packages.
QString actionKey(graph::Mode mode, const QString &importPath);
using LastBuild = QHash<QString, graph::ActionRecord>;
// The records of a build by actionKey (records parallel to graph.actions).
LastBuild lastBuildOf(const graph::ActionGraph &graph, const load::LoadResult &load,
                      const QList<graph::ActionRecord> &records);

// One preimage line, before and after ("" where the line is absent on that
// side), without its "\n".
struct LineChange {
    QByteArray before, after;
    friend bool operator==(const LineChange &, const LineChange &) = default;
};

enum class Invalidation { Direct, Propagated };

struct ForecastAction {
    int action = -1;
    Invalidation why = Invalidation::Direct;
    QList<LineChange> lines; // Direct: the lines that change, in preimage order
    int cause = -1;          // Propagated: its first changed build in go's deps order
    qint64 lastNs = -1;      // time in the last build; -1: unknown
    QString newActionId;     // see above; "" when not known
};

struct Forecast {
    QList<ForecastAction> actions; // ascending action index
    int direct = 0;
    int propagated = 0;
    int links = 0;        // links among all of them
    qint64 knownNs = 0;   // the sum of the known lastNs
    int unknownTimes = 0; // actions without a lastNs
    int total() const { return int(actions.size()); }
};

// One side of the change: the entries and what they do to the load.
struct ForecastSide {
    const flags::FlagScopes &scopes;
    const flags::ScopeAnalysis &analysis;
};

struct ForecastContext {
    bool trimpath = false; // -ldflags are not in build info under -trimpath
    flags::ModuleMode mode = flags::ModuleMode::Modules; // build info is hashed in module mode only
    QString goVersion;                // go env GOVERSION: the salt of new action IDs
    QString compileId, asmId, linkId; // tool IDs; "" = from the last build, else "…"
    const LastBuild *last = nullptr;
};

Forecast forecastFlagChange(const load::LoadResult &load, const graph::ActionGraph &graph,
                            const ForecastSide &before, const ForecastSide &after,
                            const ForecastContext &context);

} // namespace kiln::exec
