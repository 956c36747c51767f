#include "exec/vetconfig.h"

#include "base/gojson.h"
#include "load/package.h"

#include <QDir>
#include <QSet>

namespace kiln::exec
{

namespace
{

QStringList absoluteFiles(const QString &dir, const QStringList &files)
{
    QStringList out;
    for (const QString &f : files)
        out << (QDir::isAbsolutePath(f) ? f : QDir::cleanPath(dir + QLatin1Char('/') + f));
    return out;
}

void stringMap(GoJson &j, const char *name, const QMap<QString, QString> &m)
{
    j.key(name);
    j.beginObject();
    for (auto it = m.begin(); it != m.end(); ++it) {
        j.key(it.key().toUtf8().constData());
        j.string(it.value());
    }
    j.endObject();
}

} // namespace

VetConfig buildVetConfig(const load::Package &p, const QStringList &srcfiles,
                         const QList<VetDep> &deps, const QString &localGoVersion)
{
    VetConfig c;
    QStringList gofiles, nongofiles;
    for (const QString &f : srcfiles)
        (f.endsWith(QLatin1String(".go")) ? gofiles : nongofiles) << f;
    c.id = p.importPath;
    c.dir = p.dir;
    c.importPath = p.importPath;
    c.goFiles = absoluteFiles(p.dir, gofiles);
    c.nonGoFiles = absoluteFiles(p.dir, nongofiles);
    c.ignoredFiles = absoluteFiles(p.dir, p.ignoredGoFiles + p.ignoredOtherFiles);
    c.goVersion = QStringLiteral("go") + localGoVersion;
    if (p.module) {
        const QString v =
            p.module->goVersion.isEmpty() ? QStringLiteral("1.16") : p.module->goVersion;
        c.goVersion = QStringLiteral("go") + v;
        if (p.module->error.isEmpty()) {
            c.modulePath = p.module->path;
            c.moduleVersion = p.module->version;
        }
    }
    for (qsizetype i = 0; i < p.rawImports.size() && i < p.imports.size(); ++i)
        c.importMap.insert(p.rawImports[i], p.imports[i]);
    QSet<QString> mapped;
    for (const QString &v : c.importMap)
        mapped.insert(v);
    for (const VetDep &d : deps) {
        if (d.importPath.isEmpty())
            continue;
        if (!mapped.contains(d.importPath))
            c.importMap.insert(d.importPath, d.importPath);
        if (!d.built.isEmpty())
            c.packageFile.insert(d.importPath, d.built);
        if (d.standard)
            c.standard.insert(d.importPath, true);
    }
    return c;
}

QByteArray vetConfigJson(const VetConfig &c)
{
    GoJson j;
    j.beginObject();
    j.key("ID");
    j.string(c.id);
    j.key("Compiler");
    j.string(c.compiler);
    j.key("Dir");
    j.string(c.dir);
    j.key("ImportPath");
    j.string(c.importPath);
    j.listFieldAlways("GoFiles", c.goFiles);
    j.listFieldAlways("NonGoFiles", c.nonGoFiles);
    j.listFieldAlways("IgnoredFiles", c.ignoredFiles);
    j.key("ModulePath");
    j.string(c.modulePath);
    j.key("ModuleVersion");
    j.string(c.moduleVersion);
    stringMap(j, "ImportMap", c.importMap);
    stringMap(j, "PackageFile", c.packageFile);
    j.key("Standard");
    j.beginObject();
    for (auto it = c.standard.begin(); it != c.standard.end(); ++it) {
        j.key(it.key().toUtf8().constData());
        j.boolean(it.value());
    }
    j.endObject();
    stringMap(j, "PackageVetx", c.packageVetx);
    j.key("VetxOnly");
    j.boolean(c.vetxOnly);
    j.key("VetxOutput");
    j.string(c.vetxOutput);
    j.key("GoVersion");
    j.string(c.goVersion);
    j.key("SucceedOnTypecheckFailure");
    j.boolean(false);
    j.endObject();
    return j.take() + '\n';
}

} // namespace kiln::exec
