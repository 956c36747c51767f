// What the flag-scope editor analyses (flagforecast.h, flags/flagscope.h):
// go build's packages and action graph for a command line, made the way
// prepareBuild makes them (go env, flags, loader, goBuildGraph) but without
// anything that builds: no GOCACHE, no $WORK, no C compiler or VCS probes.
// Package errors do not stop it (go build would stop; the editor still
// shows the packages).
//
// Threading: blocking (reads the module, runs compile/asm/link -V=full for
// the tool IDs); call it on a worker thread.
#pragma once

#include "base/result.h"
#include "exec/buildpipeline.h"
#include "flags/buildflags.h"
#include "flags/flagscope.h"
#include "graph/actiongraph.h"
#include "load/loader.h"

namespace kiln::exec
{

struct ScopeBuild {
    flags::BuildFlags flags; // args parsed with GOFLAGS applied
    load::LoadResult load;
    flags::ModuleScope scope;
    graph::ActionGraph graph;
    QString workingDir;               // where patterns are anchored (after -C)
    QString goVersion;                // go env GOVERSION
    flags::FlagScopes goflags;        // GOFLAGS' -gcflags/-asmflags/-ldflags entries
    QString compileId, asmId, linkId; // tool IDs; "" when a probe failed
    QStringList warnings;             // the loader's
};

// Errors: go env's, flag parsing (go's text), the loader's fatal errors,
// the graph's.
Result<ScopeBuild> loadScopeBuild(const PipelineInput &input);

} // namespace kiln::exec
