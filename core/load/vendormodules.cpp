#include "load/vendormodules.h"

#include "load/goversion.h"
#include "load/semver.h"

#include <QRegularExpression>
#include <QStringList>

namespace kiln::load
{

namespace
{

QStringList fields(const QString &line)
{
    return line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

bool looksLikeImportPath(const QString &s)
{
    return !s.isEmpty() && (s[0].isLetterOrNumber() || s[0] == QLatin1Char('_'));
}

// Reads "# path version [=> ...]" or "# path => ...": the module, and records
// its replacement. Returns nullopt for a module line go cannot interpret.
std::optional<ModuleVersion> readModuleLine(const QStringList &f, VendorModules &out)
{
    ModuleVersion mod;
    QStringList rest;
    if (isValidSemver(f[2])) {
        mod = {f[1], f[2]};
        rest = f.mid(3);
    } else if (f[2] == QLatin1String("=>")) {
        mod = {f[1], QString()};
        rest = f.mid(2);
    } else {
        return std::nullopt;
    }
    if (rest.size() >= 2 && rest[0] == QLatin1String("=>")) {
        VendorMeta &meta = out.meta[mod];
        if (rest.size() == 2) {
            meta.replacement = {rest[1], QString()};
            out.replaced.append(mod);
        } else if (rest.size() == 3 && isValidSemver(rest[2])) {
            meta.replacement = {rest[1], rest[2]};
            out.replaced.append(mod);
        }
    }
    return mod;
}

} // namespace

VendorModules parseVendorModules(const QByteArray &data, const QString &localGoVersion)
{
    VendorModules out;
    std::optional<ModuleVersion> mod;
    for (const QByteArray &raw : data.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("# "))) {
            // Like go, a module line with fewer than three fields is skipped
            // without forgetting the module before it.
            if (const QStringList f = fields(line); f.size() >= 3)
                mod = readModuleLine(f, out);
            continue;
        }
        if (!mod)
            continue; // packages and annotations need a preceding module line
        if (line.startsWith(QLatin1String("## "))) {
            VendorMeta &meta = out.meta[*mod];
            for (const QString &part : line.mid(3).split(QLatin1Char(';'))) {
                const QString entry = part.trimmed();
                if (entry == QLatin1String("explicit"))
                    meta.isExplicit = true;
                if (entry.startsWith(QLatin1String("go "))) {
                    meta.goVersion = entry.mid(3);
                    if (!out.tooNew && gover::compare(meta.goVersion, localGoVersion) > 0)
                        out.tooNew = std::make_pair(mod->path, meta.goVersion);
                }
            }
            continue;
        }
        const QStringList f = fields(line);
        if (f.size() != 1 || !looksLikeImportPath(f[0]))
            continue;
        out.packageModule.insert(f[0], *mod);
        // A module providing a package is the selected version of its path.
        const auto known = out.version.constFind(mod->path);
        if (known == out.version.constEnd() ||
            gover::modCompare(mod->path, *known, mod->version) < 0) {
            out.list.append(*mod);
            out.version.insert(mod->path, mod->version);
        }
    }
    return out;
}

bool modulesTextIsForWorkspace(const QByteArray &data)
{
    const QString first = QString::fromUtf8(data.left(512).split('\n').value(0));
    if (!first.startsWith(QLatin1String("## ")))
        return false;
    for (const QString &entry : first.mid(3).split(QLatin1Char(';')))
        if (entry.trimmed() == QLatin1String("workspace"))
            return true;
    return false;
}

} // namespace kiln::load
