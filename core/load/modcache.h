// Reading the module cache (GOMODCACHE) the way cmd/go's modfetch does when
// it may not download (GOPROXY=off). Layout, with <p> the escaped module path
// and <v> the escaped version (escapeModulePath: 'A' → "!a"):
//
//   GOMODCACHE/<p>@<v>/...                        extracted module files
//   GOMODCACHE/cache/download/<p>/@v/<v>.info     {"Version": ..., "Time": ...}
//   GOMODCACHE/cache/download/<p>/@v/<v>.mod      the module's go.mod
//   GOMODCACHE/cache/download/<p>/@v/<v>.zip      the module zip
//   GOMODCACHE/cache/download/<p>/@v/<v>.ziphash  hash of the zip, written
//                                                 before extraction
//   GOMODCACHE/cache/download/<p>/@v/<v>.partial  present while extracting
//
// Nothing here writes to the cache. A file that is missing or unreadable
// yields the error go prints with GOPROXY=off:
// "module lookup disabled by GOPROXY=off".
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

namespace kiln::load
{

// module.EscapeVersion: same escaping as paths.
QString escapeModuleVersion(const QString &version);

class ModuleCache
{
public:
    explicit ModuleCache(QString gomodcache) : m_root(std::move(gomodcache)) {}

    QString root() const { return m_root; }
    // GOMODCACHE/cache/download/<p>/@v/<v>.<suffix>
    QString cacheFile(const QString &path, const QString &version, const QString &suffix) const;
    // The cached go.mod of path@version (modfetch.GoMod without a proxy).
    Result<QByteArray> goMod(const QString &path, const QString &version) const;
    // The version recorded in the cached .info file (modfetch Stat without a
    // proxy): a missing or malformed file is an error.
    Result<QString> infoVersion(const QString &path, const QString &version) const;
    // The "Time" field of the same .info file; "" when absent or unreadable.
    QString infoTime(const QString &path, const QString &version) const;
    // modfetch.DownloadDir: the extracted directory if it is complete (exists,
    // no .partial marker, .ziphash present), else "".
    QString downloadDir(const QString &path, const QString &version) const;

    static QString lookupDisabledMessage();

private:
    QString m_root;
};

} // namespace kiln::load
