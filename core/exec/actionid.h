// Action IDs: the cache keys of compile and link actions, hashed exactly as
// cmd/go's buildActionID and linkActionID (work/exec.go) hash them — every
// line, in order (go-build-reference.md §2, §3.1). Every input that can
// change a tool's output is one of these lines; a change to what the tools
// are given must be mirrored here.
//
// Dependencies contribute their content IDs, so an action's ID can be
// computed only after its dependencies finished.
#pragma once

#include "base/result.h"
#include "cache/cachehash.h"
#include "exec/actionstate.h"
#include "exec/buildconfig.h"
#include "exec/ccompilerprobe.h"
#include "exec/toolid.h"
#include "graph/actiongraph.h"

namespace kiln::exec
{

struct IdContext {
    const BuildConfig &config;
    const load::LoadResult &load;
    const graph::ActionGraph &graph;
    const QList<ActionState> &state;
    ToolIds &tools;
    cache::FileHasher &files;
    const cache::HashTrace *trace = nullptr;
    QList<QByteArray> *preimage = nullptr; // receives the hashed lines (without the salt)
    CCompilerProbe *ccProbe = nullptr;     // C compiler IDs (compile IDs of cgo packages)
};

// Errors: a tool whose -V=full output go would reject (go exits then too).
// A cgo package needs ctx.ccProbe: its ID hashes the cgo tool, CC/CXX/FC
// with the flags (env + #cgo directives) and the C compilers' IDs.
Result<Digest> compileActionId(const IdContext &ctx, int action);
// The link ID of action (a "link"). mainBuildId overrides the build ID of
// the main package's compile (useCache's installed-binary shortcut).
Result<Digest> linkActionId(const IdContext &ctx, int action,
                            const QString &mainBuildId = QString());

} // namespace kiln::exec
