// Caches written by tests, independently of Kiln's cache code: go's on-disk
// format (README, <hh>/<hex>-a index lines, <hh>/<hex>-d outputs, executable
// directories) with chosen mtimes, plus the byte formats the cache index
// reads — a package archive whose __.PKGDEF carries unified export data
// naming its package, and an ELF executable with a go:buildinfo section —
// built from their grammars (cache/archiveinfo.h, cache/exeinfo.h).
#pragma once

#include "base/sha256.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace kiln::test
{

// A package archive: "!<arch>\n", __.PKGDEF with "go object linux amd64
// <goVersion> …", `build id "<id>"` and export data whose self package has
// path. depFirst puts another package's element before it (the public root
// then refers to the second Pkg element). syncMarkers sets the flag that
// makes the data undecodable for Kiln.
struct FakeArchive {
    QByteArray path = "example.com/a";
    QByteArray goVersion = "go1.25.12";
    QByteArray buildID = "AAAAAAAAAAAAAAAAAAAA/BBBBBBBBBBBBBBBBBBBB";
    bool depFirst = false;
    bool syncMarkers = false;
};
QByteArray fakePackageArchive(const FakeArchive &a);

// A 64-bit little-endian ELF executable with a .go.buildinfo section.
QByteArray fakeGoExecutable(const QByteArray &goVersion, const QByteArray &mainPath,
                            const QByteArray &module);

// sha256 of label: distinct, reproducible keys.
Digest keyOf(const QByteArray &label);

class FakeCache
{
public:
    FakeCache(); // README and the 256 shards
    QString path() const { return m_dir.path(); }
    QString file(const Digest &id, char suffix) const;

    // go's Put: the -d (content-addressed, shared) then the -a line; both
    // with mtime now − ageSecs. Returns the output ID.
    Digest put(const Digest &action, const QByteArray &data, qint64 ageSecs = 0);
    // An executable: <out>-d/<name> (PutExecutable), the -a line.
    Digest putExecutable(const Digest &action, const QString &name, const QByteArray &data,
                         qint64 ageSecs = 0);
    // The 175-byte index line.
    static QByteArray indexLine(const Digest &action, const Digest &output, qint64 size,
                                qint64 timeNanos);
    void writeFile(const QString &relPath, const QByteArray &data);
    static void setAge(const QString &path, qint64 ageSecs); // mtime = now − ageSecs (no follow)

private:
    QTemporaryDir m_dir;
};

} // namespace kiln::test
