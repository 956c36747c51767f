#include "load/modcache.h"

#include "load/modgraph.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiln::load
{

QString escapeModulePath(const QString &path)
{
    QString out;
    out.reserve(path.size() + 4);
    for (QChar c : path) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            out += QLatin1Char('!');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QString escapeModuleVersion(const QString &version)
{
    return escapeModulePath(version);
}

QString moduleCacheDir(const QString &gomodcache, const QString &path, const QString &version)
{
    return gomodcache + QLatin1Char('/') + escapeModulePath(path) + QLatin1Char('@') +
           escapeModuleVersion(version);
}

QString ModuleCache::lookupDisabledMessage()
{
    return QStringLiteral("module lookup disabled by GOPROXY=off");
}

QString ModuleCache::cacheFile(const QString &path, const QString &version,
                               const QString &suffix) const
{
    return m_root + QStringLiteral("/cache/download/") + escapeModulePath(path) +
           QStringLiteral("/@v/") + escapeModuleVersion(version) + QLatin1Char('.') + suffix;
}

Result<QByteArray> ModuleCache::goMod(const QString &path, const QString &version) const
{
    QFile f(cacheFile(path, version, QStringLiteral("mod")));
    if (m_root.isEmpty() || !f.open(QIODevice::ReadOnly))
        return fail(lookupDisabledMessage());
    QByteArray data = f.readAll();
    // modfetch ignores go.mod files left by the vgo prototype.
    if (data.startsWith("//vgo 0.0."))
        return fail(lookupDisabledMessage());
    return data;
}

Result<QString> ModuleCache::infoVersion(const QString &path, const QString &version) const
{
    QFile f(cacheFile(path, version, QStringLiteral("info")));
    if (m_root.isEmpty() || !f.open(QIODevice::ReadOnly))
        return fail(lookupDisabledMessage());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(lookupDisabledMessage());
    return doc.object().value(QLatin1String("Version")).toString();
}

QString ModuleCache::infoTime(const QString &path, const QString &version) const
{
    QFile f(cacheFile(path, version, QStringLiteral("info")));
    if (m_root.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("Time")).toString();
}

QString ModuleCache::downloadDir(const QString &path, const QString &version) const
{
    if (m_root.isEmpty())
        return {};
    const QString dir = moduleCacheDir(m_root, path, version);
    if (!QFileInfo(dir).isDir())
        return {};
    if (QFileInfo::exists(cacheFile(path, version, QStringLiteral("partial"))))
        return {};
    if (!QFileInfo::exists(cacheFile(path, version, QStringLiteral("ziphash"))))
        return {};
    return dir;
}

} // namespace kiln::load
