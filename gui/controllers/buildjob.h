// The worker half of a GUI build: the same pipeline as `kiln-cli build`
// (exec/buildpipeline.h, then Builder::run), reporting into a BuildChannel.
// Runs on a QtConcurrent worker; blocking; never throws.
#pragma once

#include "controllers/buildchannel.h"
#include "exec/buildconfig.h"
#include "goenv/toolchain.h"
#include "graph/actiongraph.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <atomic>
#include <functional>

namespace kiln::gui
{

enum class BuildPriority { Normal, Low };

struct BuildJobInput {
    goenv::Toolchain toolchain;
    QProcessEnvironment environment; // GOCACHE, GOFLAGS … as go would see them
    QString workingDir;              // absolute: the module folder
    QStringList arguments;           // what follows "go build"
    BuildPriority priority = BuildPriority::Normal;
};

struct BuildJobResult {
    bool started = false; // the Builder ran (else error says why not)
    QString error;        // go's text for what stopped the build before it ran
    exec::BuildSummary summary;
    QList<graph::ActionRecord> records; // per action, as the Builder left them
    QStringList outputs;                // files written outside $WORK (installs, -o)
    bool testsFailed = false;           // runTestJob: go test's exit status would be 1
};

// Prepares and runs the build. The channel gets the BuildStart before the
// first action runs, then every observer call and printed line. cancel stops
// the load between packages, and the build (running tools are killed).
// BuildPriority::Low runs it on a thread of its own whose nice value is
// raised (Linux: per thread, inherited by the scheduler's threads and the
// tools they start), so the UI thread is never starved of a CPU by the
// build; the calling thread keeps its priority.
BuildJobResult runBuildJob(const BuildJobInput &input, BuildChannel &channel,
                           const std::atomic_bool *cancel);

// The building blocks a test job shares (controllers/testjob.h):
// runs work on this thread (Normal) or on a niced thread of its own (Low,
// as above), and returns when it returned.
void runAtPriority(BuildPriority priority, const std::function<void()> &work);
// The GUI's view of a prepared graph: every action Waiting-to-be, with its
// package, objdir, target, deps and priority; arguments: what followed the
// go command's verb.
BuildStart buildStartOf(const QStringList &arguments, const exec::BuildConfig &config,
                        const load::LoadResult &load, const graph::ActionGraph &graph);

} // namespace kiln::gui
