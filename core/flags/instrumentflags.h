// go's instrumentInit checks (work/init.go) for -race, -msan and -asan, in
// go's order, each with exit status 2:
//   go: may not use -race and -msan simultaneously      (also -race/-asan, -msan/-asan)
//   -race is not supported on <goos>/<goarch>           (internal/platform.RaceDetectorSupported)
//   go: -race requires cgo; enable cgo by setting CGO_ENABLED=1
//   go: -race requires cgo                              (when cross-compiling)
// On darwin -race does not need cgo. Go runs them after the module checks and
// before the -p check; Kiln's pipelines run them right after checkBuildFlags.
// -msan/-asan's platform and compiler checks are not here: Kiln refuses those
// flags (unsupportedflags.h).
#pragma once

#include "flags/buildflags.h"

#include <optional>

namespace kiln::flags
{

struct InstrumentTarget {
    QString goos, goarch;         // go env GOOS/GOARCH
    QString hostGoos, hostGoarch; // GOHOSTOS/GOHOSTARCH (go's runtime.GOOS/GOARCH)
    bool cgoEnabled = false;      // go env CGO_ENABLED == 1
};

// internal/platform.RaceDetectorSupported.
bool raceDetectorSupported(const QString &goos, const QString &goarch);

std::optional<FlagError> checkInstrumentFlags(const BuildFlags &flags,
                                              const InstrumentTarget &target);

} // namespace kiln::flags
