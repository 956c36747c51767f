// The whole `go build` pipeline up to the point where the Builder can run,
// as one plain function shared by kiln-cli build and the GUI:
//
//   go env ─► parseBuildFlags ─► baseBuildConfig (tool IDs start) ─► loadPackages
//          ─► addPackages ─► goBuildGraph ─► GOCACHE opened, $WORK created
//
// It prints nothing: what go would print before the build starts is
// returned, as the failure that stops it (with the warnings go printed
// before it and go's exit status) or as warnings.
//
// Threading: blocking (reads the module, may run the C compiler and git);
// call it on a worker thread. The result owns everything the Builder refers
// to; keep it alive (and unmoved) while a Builder made from it runs.
#pragma once

#include "base/result.h"
#include "cache/buildhistory.h"
#include "cache/diskcache.h"
#include "exec/buildconfig.h"
#include "exec/toolid.h"
#include "flags/buildflags.h"
#include "goenv/toolchain.h"
#include "graph/actiongraph.h"
#include "graph/actionrecord.h"
#include "load/loader.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>

namespace kiln::exec
{

struct PipelineInput {
    goenv::Toolchain toolchain;
    QProcessEnvironment environment; // the go command's process environment (GOCACHE, GOFLAGS …)
    QString workingDir;              // absolute: where `go build` runs
    QStringList args;                // what follows "go build"
    const std::atomic_bool *cancel = nullptr; // polled by the loader between packages
};

struct PreparedBuild {
    flags::BuildFlags flags;
    load::LoadResult load;
    BuildConfig config; // workDir set (created on disk unless -n)
    graph::ActionGraph graph;
    std::optional<cache::DiskCache> cache; // nullopt only under -n
    // compile/asm/link -V=full, started before the packages load (they do
    // not depend on them); hand to the Builder.
    std::shared_ptr<ToolIds> tools;
    QStringList warnings; // go's "go: warning: …" lines, no newline
    QString command;      // "build " + the arguments: how the build history names it
};

// Why the pipeline stopped: error.message is every line go would print
// before exiting (no final newline), warnings what go printed before it,
// exitStatus go's (2 after a usage message, else 1).
struct PrepareFailure {
    Error error;
    QStringList warnings;
    int exitStatus = 1;
};

// Failures, in go's order: go env's, flag parsing and checks, an action
// graph file named *.go, the loader's fatal errors, package errors of an
// incomplete command-line package (each in go's post-order), BuildConfig's,
// the graph's, GOCACHE=off or unusable, no $WORK.
std::expected<PreparedBuild, PrepareFailure> prepareBuild(const PipelineInput &input);

// After Builder::run: records the GOCACHE keys of the actions that ran in
// Kiln's side index (cache/sideindex.h; records = Builder::records()) and
// the build in Kiln's build history (cache/buildhistory.h, exec/
// historyrecord.h; a failure to write either never fails the build), trims
// GOCACHE (as go does after every build) and removes $WORK unless -work or
// -n. Returns the build as the history recorded it (timeNs is its key in
// the history); under -n, or when it could not be written, timeNs is 0.
cache::HistoryBuild finishBuild(PreparedBuild &build, const QList<graph::ActionRecord> &records);

} // namespace kiln::exec
