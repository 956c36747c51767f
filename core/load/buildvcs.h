// VCS stamping of main packages (the vcs* build settings and the main
// module's version in load.setBuildInfo), for git repositories.
//
// Where go looks: vcs.FromDir walks up from a directory to the first one
// holding .hg, .git, .svn, .bzr (directories) or .fslckout/_FOSSIL_ (files);
// another VCS further up is an error ("multiple VCS detected"), another git
// repository is not (submodules), unless GODEBUG=allowmultiplevcs=1. The
// repository of go's working directory must contain the main module or lie
// inside it, else nothing is stamped. With -buildvcs=auto a missing VCS tool
// means no stamp; a package or module in a different repository than the
// working directory is no stamp for auto and an error for -buildvcs=true.
//
// What is stamped (git): `git status --porcelain` non-empty → modified;
// `git -c log.showsignature=false log -1 --format=%H:%ct` → revision and
// commit time (RFC 3339, UTC). A repository without commits but with
// changes has neither.
//
// The version (modfetch.LookupLocal + codeRepo.Stat, local only): when the
// repository root has a go.mod naming a module that is a path prefix of the
// main module, the revision becomes the highest canonical release tag on the
// commit ("v1.2.3", or "sub/v1.2.3" for a module in subdirectory sub), else a
// pseudo-version based on the highest such tag merged into the commit
// ("v1.2.4-0.20261125193429-2939333bdaf2", "v0.0.0-..." with none), checked
// against the go.mod files in that commit like go does; "+dirty" is added
// for local changes (".dirty" after "+incompatible"). With GOPROXY=off go
// first reuses the highest pseudo-version it cached for the commit in
// GOMODCACHE/cache/download/<module>/@v/*-<hash12>.info, even when a tag has
// been added since; Kiln reads that cache the same way but never writes it.
// Any failure in the version lookup keeps the version "(devel)" (go's
// omitVCS), with the vcs settings still recorded.
//
// Only git is run; a repository of another VCS is an error unless -buildvcs
// =auto drops it because its tool is not installed.
#pragma once

#include "base/result.h"
#include "load/buildinfo.h"

#include <QString>
#include <optional>

namespace kiln::load
{

struct VcsTarget {
    QString packageDir; // the main package's directory
    QString moduleDir;  // its (main) module's root
    QString modulePath;
};

struct VcsStamp {
    QString vcs;      // "git"
    QString revision; // "" in a repository without commits
    QString time;     // "2026-11-25T19:32:06Z", "" without commits
    bool modified = false;
    QString version; // the main module's version at the revision; "" = "(devel)"
};

// nullopt: go stamps nothing. Errors carry go's whole message ("error
// obtaining VCS status: ...\n\tUse -buildvcs=false to disable VCS
// stamping."). Blocking: runs git.
Result<std::optional<VcsStamp>> vcsStamp(const VcsTarget &target, const BuildSettings &settings);

// module.PseudoVersion: major "" means v0; older is the base tag ("" none).
// time is seconds since the epoch, rev the 12-digit short hash.
QString pseudoVersion(const QString &major, const QString &older, qint64 time, const QString &rev);
// module.IsPseudoVersion.
bool isPseudoVersion(const QString &v);

} // namespace kiln::load
