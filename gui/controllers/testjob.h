// The worker half of a GUI test: the same pipeline as `kiln-cli test`
// (test/testpipeline.h's prepareTest, then the Builder with a TestRunner as
// its ActionHooks and go's test result cache), reporting into the same
// BuildChannel as a build: the graph's start, observer calls and records,
// what go test prints (stderr as OutputKind::Build, stdout as TestOut), and
// each test run's output as test2json events (BuildChannel::testOutput).
// Runs on the build controller's own pool; blocking; never throws.
#pragma once

#include "controllers/buildjob.h"

namespace kiln::gui
{

// input.arguments: what follows "go test" (build flags, test flags,
// patterns). The run goes on after failing tests and setup failures, as
// go test does; result.testsFailed says whether any test, build or setup
// failed (go's exit status 1). cancel stops the load, the build and kills
// running test binaries. BuildPriority::Low: as runBuildJob.
BuildJobResult runTestJob(const BuildJobInput &input, BuildChannel &channel,
                          const std::atomic_bool *cancel);

} // namespace kiln::gui
