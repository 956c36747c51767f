// DirIndex: the loader's on-disk memo of classified package directories, the
// counterpart of cmd/go's per-package module index (modindex). Without it a
// no-op build of cmd/go re-reads and re-parses the ~3 900 .go files of its 314
// package directories; with it, as in go, each directory costs one readdir and
// one lstat per entry.
//
// Validity, as go's dirHash: a directory's entry is keyed by a stamp over its
// path, the reader and each non-directory entry's name, size and mtime (in
// nanoseconds). A directory is indexed only when go would index it: every
// entry a regular file or directory, none modified in the last two seconds
// (a newer write could keep the mtime). Editing a file in place with its size
// and mtime kept goes unnoticed, exactly as in go.
//
// On disk: <GOCACHE>/kiln/loadindex/<key>, one file per key = SHA-256 over the
// format version, this Kiln binary (size and mtime of /proc/self/exe: a
// rebuilt Kiln never trusts an older classification) and every BuildContext
// field. The file is a QDataStream (Qt 6.4): magic "KLIX", format version,
// entry count, then per entry the directory, its 32-byte stamp and the
// serialized DirFiles as a byte array (decoded only when looked up). It is
// replaced atomically by save(); a missing, truncated or foreign file is an
// empty index. Saving drops the entries of directories that no longer exist;
// files not used for five days are deleted when a new one is saved; a file in
// use has its mtime refreshed at most once an hour.
//
// Threading: find and insert may be called from the loader's prefetch workers.
#pragma once

#include "base/result.h"
#include "load/buildcontext.h"
#include "load/dirfiles.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <atomic>
#include <optional>

namespace kiln::load
{

// What a directory's entries say about reading it: the reader go would use
// (goReaderFor) and, when go would index it, its stamp.
struct DirStamp {
    DirReader reader = DirReader::ModuleIndex;
    QByteArray stamp; // empty: not indexable (fresh file, symlink, unreadable …)
};

// One readdir and one lstat per entry. modcache: the directory is in the
// module cache, which go always reads through its index.
DirStamp stampDir(const QString &dir, bool modcache);

// The reader go uses for a package directory outside the module cache when
// the index is on: ModuleIndex unless the directory holds a symlink or other
// non-regular file, or a file modified in the last two seconds (cmd/go's
// modindex dirHash). Module-cache packages always use the index.
DirReader goReaderFor(const QString &dir);

class DirIndex
{
public:
    // Reads the index file for context under indexDir (<GOCACHE>/kiln/loadindex).
    DirIndex(const QString &indexDir, const BuildContext &context);

    std::optional<DirFiles> find(const QString &dir, const QByteArray &stamp) const;
    void insert(const QString &dir, const QByteArray &stamp, const DirFiles &files);
    int hits() const;

    // Writes the file when insert added anything. Errors: the directory or
    // file cannot be written (the index is only an optimisation: callers
    // may ignore them).
    Result<void> save();

private:
    struct Entry {
        QByteArray stamp;
        QByteArray data; // serialized DirFiles
    };
    void read();

    QString m_dir;
    QString m_file;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    bool m_dirty = false;
    mutable std::atomic_int m_hits = 0;
};

// The index directory for a GOCACHE value: "" when go's cache is off.
QString dirIndexDirFor(const QString &gocache);

} // namespace kiln::load
