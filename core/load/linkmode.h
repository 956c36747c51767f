// Whether a main package must be linked externally, and the packages the
// linker adds to a main package's imports: cmd/go's load.LinkerDeps and
// externalLinkingReason (load/pkg.go) with the platform tables they use
// (internal/platform: MustLinkExternal without cgo, DefaultPIE,
// InternalLinkPIESupported).
//
// The reason, first that applies:
//   <goos>/<goarch>        the target must always link externally (android
//                          except arm64, ios/arm64)
//   -buildmode=c-shared    (not for wasm), -buildmode=plugin
//   -linkshared
//   -buildmode=pie         a PIE that the target cannot link internally;
//   default PIE binary     the same for -buildmode=default on a target
//                          whose default is PIE (android, ios, darwin, windows)
//   -linkmode=external     the package's -ldflags, the last -linkmode winning:
//   -linkmode              "-linkmode=external", or "-linkmode" "external" (the
//                          reason is then the word "-linkmode", as in go)
//   ""                     internal linking is fine
// An external link needs runtime/cgo; without cgo go's error is
//   <reason> requires external (cgo) linking, but cgo is not enabled
#pragma once

#include "base/result.h"
#include "load/buildcontext.h"

#include <QString>
#include <QStringList>

namespace kiln::load
{

enum class LinkShared { No, Yes };    // -linkshared
enum class Instrument { None, Race }; // -race (links runtime/race)

struct LinkModeInputs {
    QString buildmode = QStringLiteral("default"); // -buildmode
    LinkShared linkshared = LinkShared::No;
    Instrument instrument = Instrument::None;
};

// go's externalLinkingReason for a package whose -ldflags (per-package
// patterns applied) are ldflags; "" when it may link internally.
// internal/platform.DefaultPIE: whether -buildmode=default means pie
// (android, ios, darwin; windows unless -race).
bool defaultPie(const QString &goos, Instrument instrument);

QString externalLinkingReason(const BuildContext &context, const LinkModeInputs &inputs,
                              const QStringList &ldflags);

// go's LinkerDeps (gc, no -msan/-asan/-cover): runtime, runtime/cgo when
// the link is external, math on arm, runtime/race with -race. Errors: go's text (see above) when
// the link is external and cgo is disabled.
Result<QStringList> linkerDeps(const BuildContext &context, const LinkModeInputs &inputs,
                               const QStringList &ldflags);

} // namespace kiln::load
