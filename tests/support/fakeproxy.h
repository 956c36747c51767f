// FakeModuleProxy: a module proxy on disk, so oracle tests can fill a
// GOMODCACHE with `go mod download` and no network. build() turns
// tests/data/modules/<path>@<version>/ trees into a GOPROXY file tree with
// tests/data/tools/mkproxy; environment() gives go the variables that point
// at it (GOPROXY=file://..., GOSUMDB=off, GONOSUMDB=*).
#pragma once

#include "support/oraclego.h"

#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace kiln::test
{

class FakeModuleProxy
{
public:
    // Errors: go run's stderr.
    bool build(const OracleGo &go, QString *error);
    QString path() const { return m_dir.path(); }
    QString url() const { return QStringLiteral("file://") + m_dir.path(); }

    // Variables for go commands that download from this proxy into cache.
    QMap<QString, QString> downloadEnv(const QString &cache) const;

    // A fresh GOMODCACHE. go makes cached files read-only; the deleter makes
    // them writable again so that the directory can be removed.
    static std::shared_ptr<QTemporaryDir> newCache();

private:
    QTemporaryDir m_dir;
};

} // namespace kiln::test
