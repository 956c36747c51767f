// Kiln's refusals: the flags go accepts that Kiln does not yet carry out the
// way go does. Building something other than what go builds (a plain binary
// for -msan, an uninstrumented, cached test for -cover) would silently
// disagree with go, so the build and test pipelines (kiln-cli and the GUI
// alike) refuse these flags up front, after go's own checks (checkBuildFlags,
// then instrumentflags.h), with exit status 2 like go's usage errors:
//
//   kiln: -msan is not supported yet (go builds every package instrumented
//         for the memory sanitizer); use go for -msan
//   kiln: -asan ... (address sanitizer)
//   kiln: coverage (-cover, -covermode, -coverpkg, go test -coverprofile) is
//         not supported yet (go builds the covered packages instrumented for
//         coverage); use go for coverage
//
//   kiln: -buildmode=X (other than default and exe), -linkshared,
//         -compiler=gccgo, -toolexec, -overlay, -pkgdir, -debug-runtime-trace,
//         build -json: the same shape of line
//
// (each a single line). A flag set to false (-race=false, -cover=false) is not
// refused: go ignores it too. The first refused flag in the order above is
// reported. -race is carried out like go (instrumentflags.h, the
// forced flags in exec's BuildConfig).
#pragma once

#include "flags/buildflags.h"

#include <optional>

namespace kiln::flags
{

// Which go command the flags are for: build -json is refused, test -json
// (test2json's events) is carried out.
enum class GoVerb { Build, Test };

std::optional<FlagError> checkKilnSupport(const BuildFlags &flags, GoVerb verb);

} // namespace kiln::flags
