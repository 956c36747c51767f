// From go env values and go list's flags to a ready LoaderConfig: the build
// context (GOOS/GOARCH/CGO_ENABLED/GOEXPERIMENT/-tags), the module set
// (GOMOD/GOWORK/-mod/GOFLAGS) and the DefaultGODEBUG inputs. Shared by
// kiln-cli and the GUI so both load exactly the same way.
#pragma once

#include "base/result.h"
#include "goenv/goenv.h"
#include "load/loader.h"

#include <QStringList>

namespace kiln::load
{

struct LoadFlags {
    QStringList tags;     // -tags (comma or space separated in go's syntax, already split)
    QString mod;          // -mod; "" = unset
    bool tagsSet = false; // -tags given on the command line (overrides GOFLAGS)
    QStringList modeTags; // "race" for -race: tool tags (go's instrumentInit)
};

// Applies the flags in GOFLAGS that the caller did not set itself (-mod,
// -tags), like go does. Errors: go's text for a malformed GOFLAGS.
Result<LoadFlags> withGoflags(const LoadFlags &flags, const QString &goflags);

// Errors: go's messages for a broken go.mod/go.work, an unknown GOOS/GOARCH
// pair, a bad GOEXPERIMENT or GOAMD64 …
Result<LoaderConfig> makeLoaderConfig(const goenv::GoEnv &env, const LoadFlags &flags,
                                      const QString &workingDir);

} // namespace kiln::load
