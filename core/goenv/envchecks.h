// The validity checks go applies to its configuration before `go env` prints
// anything. Each returns go's message without the "go: " prefix, or "" when
// the configuration is valid. Go 1.25's rules and texts.
#pragma once

#include "goenv/builddefaults.h"

#include <QProcessEnvironment>
#include <QString>

namespace kiln::goenv
{

// internal/buildcfg.ParseGOEXPERIMENT: "unknown GOEXPERIMENT x".
QString experimentError(const QString &goexperiment);
// Whether goexperiment leaves the boringcrypto experiment on.
bool experimentEnablesBoringCrypto(const QString &goexperiment);

// internal/buildcfg's check, which reads the process environment only (not the
// go env files): GOAMD64, GOARM, GOARM64, GOMIPS(64), GOPPC64, GORISCV64, GOWASM,
// GOEXPERIMENT and GOFIPS140 in go's order. Like go, a later check's result
// replaces an earlier one where go's does (GOARM64 clears earlier errors).
QString buildcfgError(const QProcessEnvironment &env, const BuildDefaults &defaults,
                      const QString &goos, const QString &goarch);

// internal/buildcfg's GOWASM String(): the known features set in value, in
// canonical order ("satconv,signext").
QString canonicalGowasm(const QString &value);

// gover.IsValid: a Go version such as "1.25", "1.25.12" or "1.26rc1".
bool isValidGoVersion(const QString &v);
// gover.FromToolchain: "go1.25.12" → "1.25.12"; "" when name is not a toolchain.
QString versionFromToolchain(const QString &name);

// toolchain.Select's parse of GOTOOLCHAIN ("auto", "path", "local",
// "go1.X[.Y]", each optionally "+auto"/"+path").
QString gotoolchainError(const QString &gotoolchain);
// The toolchain GOTOOLCHAIN names as its minimum ("" for local/auto/path).
QString gotoolchainMinimum(const QString &gotoolchain);

// cmd/go's fips140 check of the effective GOFIPS140: a snapshot version must
// exist in $GOROOT/lib/fips140, and boringcrypto excludes FIPS mode.
QString fipsError(const QString &gofips140, const QString &goroot, const QString &goexperiment);

} // namespace kiln::goenv
