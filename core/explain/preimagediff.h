// Comparing two preimages of one action (the lines go hashes into its action
// ID, exec/actionid.cpp): which lines changed, and what kind of input each
// line is.
//
// Lines are matched by what they are about (their key), not by position:
//
//   line                                  key                  category
//   file NAME HASH                        file NAME            file
//   pgofile HASH, input "HASH"            pgofile / input      file
//   import PATH CONTENTID                 import PATH          dependency
//   packagefile PATH=CONTENTID            packagefile PATH     dependency
//   packagemain BUILDID                   packagemain          dependency
//   pkg "ACTIONID" (vet: its compile's)   pkg                  dependency
//   vetout "PATH" HASH (vet facts)        vetout "PATH"        dependency
//   vet TOOLID                            vet                  toolchain
//   vetflags FLAGS                        vetflags             flag
//   compile TOOLID [] FLAGS               compile              toolchain, else flag
//   asm "TOOLID" [] FLAGS                 asm                  toolchain, else flag
//   link TOOLID [] BUILDMODE              link                 toolchain, else flag
//   linkflags, omitdebug, trimpath,       the first word       flag
//   forcelibrary, buildmode
//   cgo, CC/CXX/FC ID, preprofile,        the first word(s)    toolchain
//   GOROOT=
//   goos, GOAMD64= (the arch variable),   the first word, or   env
//   GOEXPERIMENT=, magic NAME=, CC=,      the text before "="
//   CXX=, FC=, GO_EXTLINK_ENABLED=
//   modinfo "BUILDINFO"                   modinfo              tag, flag, env or module:
//                                                              what its changed lines are
//   import "PATH" (its own path), dir,    the first word       module
//   go, module, defaultgodebug
//   anything else                         the first word       other
//
// A key that occurs more than once is numbered by occurrence. Lines are
// aligned by the longest common subsequence of their keys (so a line that
// moved is a removal and an addition).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kiln::explain
{

enum class LineCategory { File, Flag, Toolchain, Env, Tag, Module, Dependency, Other };

// "file", "flag", "toolchain", "env", "tag", "module", "dependency", "other".
QString categoryName(LineCategory category);

enum class LineDiff { Same, Changed, Added, Removed };

// One row of two aligned preimages; before/after without the final '\n'
// ("" on the side a line is missing from).
struct AlignedLine {
    LineDiff kind = LineDiff::Same;
    QByteArray before, after;
};

QList<AlignedLine> alignPreimages(const QList<QByteArray> &before, const QList<QByteArray> &after);

struct LineChange {
    LineDiff kind = LineDiff::Changed; // Changed, Added or Removed
    LineCategory category = LineCategory::Other;
    QByteArray before, after; // the lines, without '\n'
    QString subject;          // what changed: "util.go", "example.com/x", "-gcflags", "compile"
    QString detail; // how: "hash A → B", "content ID A → B", "[] → [\"-N\"]", "added"
};

// The changed, added and removed lines of after against before, in the
// aligned order (empty exactly when the two are equal).
QList<LineChange> preimageChanges(const QList<QByteArray> &before, const QList<QByteArray> &after);

} // namespace kiln::explain
