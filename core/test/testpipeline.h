// The `go test` pipeline up to the point where the Builder can run (the
// test counterpart of exec/buildpipeline.h), shared by kiln-cli test and
// the GUI:
//
//   go env ─► baseBuildConfig (tool IDs start) ─► loadPackages (-test
//   variants, fmt for vet) ─► addPackages + the test variants' settings
//   ─► goTestGraph ─► GOCACHE opened, $WORK created, _testmain.go written
//
// PipelineInput::args is what follows "go test" (flags/testflags.h parses
// it after go env, as go does). Prints nothing.
// Threading: blocking; call it on a worker thread. Keep the result alive and
// unmoved while a Builder made from it runs.
#pragma once

#include "exec/buildpipeline.h"
#include "flags/testflags.h"
#include "test/testgraph.h"
#include "test/testrunner.h"

namespace kiln::test
{

enum class OmitDebug { No, Yes };

// One error go reports for a setup failure: load.DefaultPrinter().Errorf(
// perr, "# P\n%s", text), P the tested package.
struct SetupError {
    int package = -1; // perr: the package with the error (-json's ImportPath)
    QString text;     // its error, no final newline
};

// A tested package that cannot be built: go prints its errors (each "# P\n"
// + text on stderr, or build-output/build-fail events under -json) and
// "FAIL\tP [setup failed]" (FailedBuild: the first error's package), and
// tests the others.
struct SetupFailure {
    int package = -1;
    QList<SetupError> errors; // never empty
};

struct PreparedTest {
    flags::TestFlags testFlags;
    flags::BuildFlags flags; // testFlags.build
    load::LoadResult load;   // each P.test's Dir is its test objdir, as go sets it
    exec::BuildConfig config;
    TestGraph test;
    std::optional<cache::DiskCache> cache; // nullopt only under -n
    std::shared_ptr<exec::ToolIds> tools;
    QStringList warnings;
    QList<SetupFailure> setupFailures;
    QString command; // "test " + the arguments: how the build history names it
};

std::expected<PreparedTest, exec::PrepareFailure> prepareTest(const exec::PipelineInput &input);

// What the TestRunner of a prepared test is given (kiln-cli test and the
// workbench alike): the test flags' arguments, streaming, -failfast, -json,
// go's kill timeout, the go command's environment and GOROOT/bin. The
// caller adds what only it has (the workbench's cancel flag and live view).
RunSettings runSettingsFor(const PreparedTest &test, const QProcessEnvironment &environment);

// After the run (records = Builder::records()): records the test's build in
// Kiln's build history (exec/historyrecord.h says which actions; a failure
// to write it never fails the test), trims GOCACHE, removes $WORK unless
// -work or -n. Returns the build as the history recorded it (timeNs 0
// under -n or when it could not be written).
cache::HistoryBuild finishTest(PreparedTest &test, const QList<graph::ActionRecord> &records);

// The test variants' build values, after exec::addPackages: ptest and the
// recompiled copies take their package's flags (ForceLibrary, no
// BuildInfo), pxtest its package's flags, P.test its package's flags plus
// -X testing.testBinary=1, OmitDebug unless the binary is kept (never for
// runtime.test).
void addTestPackageBuilds(exec::BuildConfig &config, const load::LoadResult &load,
                          OmitDebug omitDebug);

} // namespace kiln::test
