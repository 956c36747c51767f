// //go:embed patterns resolved to files, as cmd/go's load.resolveEmbed does
// for EmbedFiles (and Test/XTestEmbedFiles) in go list.
//
// For each pattern, in the order given (go passes them sorted and unique):
//   pattern  = [ "all:" ] glob
//   glob     = a path.Match pattern that is also an fs.ValidPath other than
//              "." (no "", ".", ".." elements, no leading or trailing '/');
//              otherwise "invalid pattern syntax"
//   matches  = fsys.Glob(<pkgDir quoted>/<glob>); none → "no matching files found"
// Every match, and every directory between it and pkgDir, must not contain a
// go.mod ("in different module"), must be a directory when it is a parent
// ("in non-directory"), and must have a name module zips keep (CheckFilePath,
// not .git/.hg/.svn/.bzr: "invalid name" / "in invalid directory"). A regular
// file is embedded; a directory contributes every regular file below it,
// skipping nested modules, symlinks, other irregular files and, unless the
// pattern has "all:", names starting with '.' or '_'; an empty result is
// "contains no embeddable files". Anything else (a symlink, a device) is an
// "irregular file" unless GODEBUG embedfollowsymlinks=1 lets a symlink to a
// regular file through.
//
// The first failure stops the resolution: go prints it as
// "pattern <pattern>: <message>" and the package has no EmbedFiles.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::load
{

struct EmbedFailure {
    QString pattern; // as written, with any "all:" prefix
    QString message; // e.g. "no matching files found"
    QString toString() const
    {
        return QStringLiteral("pattern ") + pattern + QStringLiteral(": ") + message;
    }
};

struct EmbedResolution {
    QStringList files;                     // unique, slash-separated, relative to pkgDir, sorted
    QMap<QString, QStringList> perPattern; // pattern → its files, sorted
    std::optional<EmbedFailure> error;     // set: files and perPattern are empty
    bool ok() const { return !error; }
};

// GODEBUG embedfollowsymlinks: 0 (go's default) rejects every symlink;
// 1 accepts a symlink named by a pattern when it points at a regular file.
enum class EmbedSymlinks { Reject, FollowNamed };

// Reads the file system under pkgDir (an absolute directory, as go's p.Dir).
// Sorting is by UTF-8 bytes, as go sorts. Never throws; I/O errors on the way
// become failures with go's os error text ("open <dir>: permission denied").
EmbedResolution resolveEmbed(const QString &pkgDir, const QStringList &patterns,
                             EmbedSymlinks symlinks = EmbedSymlinks::Reject);

// validEmbedPattern plus path.Match's syntax check, on the glob without "all:".
bool isValidEmbedGlob(const QString &glob);
// isBadEmbedName: a base name that module zips cannot hold or leave out.
bool isBadEmbedName(const QString &name);

} // namespace kiln::load
