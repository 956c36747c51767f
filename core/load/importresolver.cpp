#include "load/importresolver.h"

#include "load/patterns.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace kiln::load
{

namespace
{

// go's fsys.IsGoDir: a regular file (or a symlink to one) named *.go.
// Plain readdir: a QDirIterator name filter compiles a regular expression per
// directory, the loader's largest single cost on a no-op build.
bool hasGoFile(const QString &dir)
{
    const QByteArray path = QFile::encodeName(dir);
    DIR *d = opendir(path.constData());
    if (!d)
        return false;
    bool found = false;
    while (!found) {
        const dirent *e = readdir(d);
        if (!e)
            break;
        const size_t n = strlen(e->d_name);
        if (n < 3 || memcmp(e->d_name + n - 3, ".go", 3) != 0)
            continue;
        if (e->d_type == DT_REG) {
            found = true;
        } else if (e->d_type == DT_LNK || e->d_type == DT_UNKNOWN) {
            struct stat st;
            const QByteArray file = path + '/' + e->d_name;
            found = stat(file.constData(), &st) == 0 && S_ISREG(st.st_mode);
        }
    }
    closedir(d);
    return found;
}

} // namespace

ImportResolver::ImportResolver(QString goroot, std::shared_ptr<const ModuleSet> modules)
    : m_goroot(std::move(goroot)), m_gorootSrc(m_goroot + QStringLiteral("/src")),
      m_modules(std::move(modules))
{
}

bool ImportResolver::isGoDir(const QString &dir)
{
    auto it = m_goDirCache.find(dir);
    if (it != m_goDirCache.end())
        return *it;
    const bool found = hasGoFile(dir);
    m_goDirCache.insert(dir, found);
    return found;
}

bool ImportResolver::isStandardPackage(const QString &path)
{
    return isGoDir(m_gorootSrc + QLatin1Char('/') + path);
}

QString ImportResolver::stdVendor(const QString &parentPath, const QString &path) const
{
    if (isStandardImportPath(path))
        return path;
    const bool parentIsCmd =
        parentPath == QLatin1String("cmd") || parentPath.startsWith(QLatin1String("cmd/"));
    const QString vendorPath =
        (parentIsCmd ? QStringLiteral("cmd/vendor/") : QStringLiteral("vendor/")) + path;
    if (QFileInfo::exists(m_gorootSrc + QLatin1Char('/') + vendorPath))
        return vendorPath;
    return path;
}

std::shared_ptr<ModuleInfo> ImportResolver::shared(const ModuleInfo *m)
{
    auto it = m_moduleCopies.find(m);
    if (it == m_moduleCopies.end())
        it = m_moduleCopies.insert(m, std::make_shared<ModuleInfo>(*m));
    return *it;
}

bool ImportResolver::hiddenByNestedModule(const QString &dir, const QString &root) const
{
    for (QString d = dir; d.size() > root.size() && d != root; d = QFileInfo(d).path()) {
        if (QFileInfo(d + QStringLiteral("/go.mod")).isFile())
            return true;
    }
    return false;
}

ResolvedImport ImportResolver::resolve(const QString &parentPath, bool parentIsStd,
                                       const QString &rawPath)
{
    const QString path = parentIsStd ? stdVendor(parentPath, rawPath) : rawPath;
    auto cached = m_cache.find(path);
    if (cached != m_cache.end())
        return *cached;
    ResolvedImport r;
    r.path = path;
    if (isStandardImportPath(path) && isStandardPackage(path)) {
        r.dir = m_gorootSrc + QLatin1Char('/') + path;
    } else if (m_modules) {
        r = fromModules(path);
    } else if (isStandardImportPath(path)) {
        r.error = QStringLiteral("package %1 is not in std (%2)")
                      .arg(path, m_gorootSrc + QLatin1Char('/') + path);
    } else {
        r.error = QStringLiteral(
                      "cannot find module providing package %1: go.mod file not found in current "
                      "directory or any parent directory; see 'go help modules'")
                      .arg(path);
    }
    m_cache.insert(path, r);
    return r;
}

ResolvedImport ImportResolver::fromModules(const QString &path)
{
    ResolvedImport r;
    r.path = path;
    struct Candidate {
        const ModuleInfo *module;
        QString dir;
    };
    QList<Candidate> found;
    const bool vendor = m_modules->mode == ModMode::Vendor;
    if (vendor) {
        // Vendor mode: the main modules, then vendor/<path> (whose module is
        // the longest build-list prefix, as vendor/modules.txt records it).
        for (const ModuleInfo &m : m_modules->mainModules) {
            if (m.dir.isEmpty() || !(path == m.path || path.startsWith(m.path + QLatin1Char('/'))))
                continue;
            const QString dir =
                path == m.path ? m.dir : m.dir + QLatin1Char('/') + path.mid(m.path.size() + 1);
            if (!hiddenByNestedModule(dir, m.dir) && isGoDir(dir))
                found.append({&m, dir});
        }
        const QString vdir = m_modules->vendorDir + QLatin1Char('/') + path;
        if (!m_modules->vendorDir.isEmpty() && isGoDir(vdir)) {
            const QList<const ModuleInfo *> owners = m_modules->modulesForImportPath(path);
            if (!owners.isEmpty())
                found.append({owners.first(), vdir});
        }
    }
    for (const ModuleInfo *m :
         vendor ? QList<const ModuleInfo *>{} : m_modules->modulesForImportPath(path)) {
        const bool local = m->main || (m->replace && m->replace->version.isEmpty()) || vendor;
        const QString root = m->dir;
        const QString rel = path == m->path ? QString() : path.mid(m->path.size() + 1);
        const QString dir = rel.isEmpty() ? root : root + QLatin1Char('/') + rel;
        if (root.isEmpty() || (local && hiddenByNestedModule(dir, root)))
            continue;
        if (isGoDir(dir))
            found.append({m, dir});
    }
    if (found.size() > 1) {
        QStringList where;
        for (const Candidate &c : found)
            where << QStringLiteral("\t%1 %2 (%3)").arg(c.module->path, c.module->version, c.dir);
        r.error = QStringLiteral("ambiguous import: found package %1 in multiple modules:\n%2")
                      .arg(path, where.join(QLatin1Char('\n')));
        return r;
    }
    if (found.size() == 1) {
        r.dir = found[0].dir;
        r.module = shared(found[0].module);
        return r;
    }
    if (isStandardImportPath(path))
        r.error = QStringLiteral("package %1 is not in std (%2)")
                      .arg(path, m_gorootSrc + QLatin1Char('/') + path);
    else if (vendor)
        r.error =
            QStringLiteral(
                "cannot find module providing package %1: import lookup disabled by -mod=vendor")
                .arg(path);
    else if (m_modules->kind == ModuleSet::Kind::NoMainModule)
        r.error = QStringLiteral("no required module provides package %1: %2")
                      .arg(path, m_modules->noMainModuleError.startsWith(QLatin1String("go: "))
                                     ? m_modules->noMainModuleError.mid(4)
                                     : m_modules->noMainModuleError);
    else if (m_modules->mode == ModMode::Mod)
        r.error = QStringLiteral("cannot find module providing package ") + path;
    else
        r.error = QStringLiteral("no required module provides package %1; to add it:\n\tgo get %1")
                      .arg(path);
    return r;
}

std::shared_ptr<ModuleInfo> ImportResolver::moduleForDir(const QString &dir) const
{
    if (!m_modules)
        return nullptr;
    const ModuleInfo *best = nullptr;
    for (const ModuleInfo &m : m_modules->buildList) {
        if (m.dir.isEmpty() || !(dir == m.dir || dir.startsWith(m.dir + QLatin1Char('/'))))
            continue;
        if (!best || m.dir.size() > best->dir.size())
            best = &m;
    }
    return best ? std::make_shared<ModuleInfo>(*best) : nullptr;
}

} // namespace kiln::load
