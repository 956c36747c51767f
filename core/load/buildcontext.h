// The build context: the target and tags that decide which files a package
// has (go/build.Context's tag fields, and how the go command fills them in).
#pragma once

#include "base/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace kiln::load
{

class BuildExpr;

// go/build.Context's tag-relevant fields. Every field can change which files
// a package has, so the loader hashes all of them into its cache keys.
struct BuildContext {
    QString goos;
    QString goarch;
    bool cgoEnabled = false;
    QString compiler = QStringLiteral("gc");
    QStringList buildTags;   // -tags
    QStringList toolTags;    // goexperiment.*, GOAMD64-style levels, race/msan/asan
    QStringList releaseTags; // go1.1 ... go1.N

    // Context.matchTag: cgo (when enabled), GOOS, GOARCH, the compiler, linux
    // on android, solaris on illumos, darwin on ios, unix on Unix-like GOOS,
    // boringcrypto as goexperiment.boringcrypto, and the tag lists. Records
    // name in *allTags when given.
    bool matchTag(const QString &name, QSet<QString> *allTags = nullptr) const;
    bool eval(const BuildExpr &x, QSet<QString> *allTags = nullptr) const;
    // Context.matchAuto: text as //go:build syntax if it has any of &|(), else
    // as +build syntax; false when it does not parse (used by #cgo lines).
    bool matchAuto(const QString &text, QSet<QString> *allTags = nullptr) const;
    // Context.goodOSArchFile: false when the name's _GOOS/_GOARCH suffix names
    // another system.
    bool goodOSArchFile(const QString &name, QSet<QString> *allTags = nullptr) const;
};

enum class Cgo { Disabled, Enabled };

// What a target is selected by, as the go command reads it from its environment.
struct TargetConfig {
    QString goos;
    QString goarch;
    Cgo cgo = Cgo::Disabled;
    QString goexperiment;  // GOEXPERIMENT ("" = the toolchain default)
    QString archLevel;     // the value of GO386/GOAMD64/GOARM/GOARM64/... ("" = default)
    QStringList buildTags; // -tags (and fips140vX.Y when GOFIPS140 is a version)
    QStringList modeTags;  // "race", "msan", "asan" for -race/-msan/-asan: tool tags
    int goMinor = 25;      // release tags go1.1 .. go1.<goMinor>
};

// The context the go command builds for target: tool tags from GOEXPERIMENT
// (goexperiment.<name> per enabled experiment, including the platform's
// baseline ones) and from the GOARCH feature level (amd64.v1 … amd64.vN, arm.5
// … arm.N, arm64.v8.0 …), release tags go1.1 … go1.N.
// Errors: go's texts for a bad level ("invalid GOAMD64: must be v1, v2, v3,
// v4") or experiment ("unknown GOEXPERIMENT x").
Result<BuildContext> makeBuildContext(const TargetConfig &target);
// Name of the GOARCH-specific level variable ("GOAMD64" for amd64), "" if none.
QString archLevelVariable(const QString &goarch);
// internal/buildcfg.ParseGOEXPERIMENT(...).Enabled(), as goexperiment.* tags.
Result<QStringList> experimentTags(const QString &goos, const QString &goarch,
                                   const QString &goexperiment);
// buildcfg's CleanGOEXPERIMENT: the experiments that differ from the
// platform's baseline, in go's field order ("jsonv2,greenteagc"; "nofoo" for
// one turned off); "" at the baseline. Hashed into action IDs.
Result<QString> cleanExperiment(const QString &goos, const QString &goarch,
                                const QString &goexperiment);
// internal/buildcfg's gogoarchTags for the level value ("" = default).
Result<QStringList> archFeatureTags(const QString &goarch, const QString &level);

bool isKnownOS(const QString &goos);     // internal/syslist.KnownOS
bool isKnownArch(const QString &goarch); // internal/syslist.KnownArch
bool isUnixOS(const QString &goos);      // internal/syslist.UnixOS

} // namespace kiln::load
