// The steps go build and go test share before their graphs are built
// (buildpipeline.h, test/testpipeline.h): go env, build options from the
// flags, the package-error check, GOCACHE and $WORK.
#pragma once

#include "base/result.h"
#include "cache/diskcache.h"
#include "exec/buildpipeline.h"
#include "exec/buildsession.h"
#include "flags/unsupportedflags.h"
#include "goenv/goenv.h"

namespace kiln::exec
{

// go env for workingDir (GOOS, GOARCH, CC and GOCACHE computed eagerly).
Result<goenv::GoEnv> computeEnv(const PipelineInput &in, const QString &workingDir);

// The loader's link-mode inputs from the build flags (go's
// externalLinkingReason reads them during the load): -buildmode, -linkshared
// and each package's -ldflags as the per-package patterns give them, so that
// -ldflags=-linkmode=external makes a main package import runtime/cgo. Reads
// the main modules' go.mod files (for the "tool" pattern) once, here.
void setLinkModeInputs(load::LoaderConfig &config, const flags::BuildFlags &f);

// go's instrumentInit checks (flags/instrumentflags.h) then Kiln's refusals
// (flags/unsupportedflags.h) against env's target; exit status 2.
std::optional<flags::FlagError> checkInstrumentation(const flags::BuildFlags &f,
                                                     const goenv::GoEnv &env, flags::GoVerb verb);

// The BuildOptions the build flags ask for.
BuildOptions optionsFrom(const flags::BuildFlags &f);

// load.CheckPackageErrors: when a command-line package is incomplete, every
// error in the import graph, in post-order; else nothing.
QStringList packageErrors(const load::LoadResult &r);

// GOCACHE opened, or go's errors for GOCACHE=off and an unusable directory.
Result<cache::DiskCache> openCache(const goenv::GoEnv &env);

// $GOTMPDIR (else the system temp dir)/go-buildNNN; the caller removes it.
Result<QString> makeWorkDir(const goenv::GoEnv &env);

} // namespace kiln::exec
