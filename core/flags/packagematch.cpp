#include "flags/packagematch.h"

#include "load/modfile.h"
#include "load/patterns.h"

namespace kiln::flags
{

namespace
{

// search.IsRelativePath: only "./", "../", "." and ".."; absolute paths are
// import-path patterns here (unlike in go build's package arguments).
bool isRelativePath(const QString &pattern)
{
    return pattern.startsWith(QLatin1String("./")) || pattern.startsWith(QLatin1String("../")) ||
           pattern == QLatin1String(".") || pattern == QLatin1String("..");
}

// filepath.Clean for an absolute slash path ("/a/./b/../c" -> "/a/c").
QString cleanAbsolutePath(const QString &path)
{
    QStringList out;
    for (const QString &elem : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (elem == QLatin1String("."))
            continue;
        if (elem == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(elem);
    }
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}

// filepath.Rel(dir, target) for clean absolute paths, or "" when target is
// not inside dir (go's matcher rejects "../" results either way).
QString relativeInside(const QString &dir, const QString &target)
{
    if (target == dir)
        return QStringLiteral(".");
    const QString prefix = dir == QLatin1String("/") ? dir : dir + QLatin1Char('/');
    return target.startsWith(prefix) ? target.mid(prefix.size()) : QString();
}

} // namespace

ModuleScope moduleScopeOf(const load::LoaderConfig &config)
{
    ModuleScope scope;
    const load::ModuleSet *modules = config.modules.get();
    if (!modules || modules->kind == load::ModuleSet::Kind::Gopath) {
        scope.mode = ModuleMode::Gopath;
        return scope;
    }
    for (const load::ModuleInfo &m : modules->mainModules) {
        scope.mainModules.append(m.path);
        if (m.goMod.isEmpty())
            continue;
        const load::ModFileParse parse = load::readModFile(m.goMod, load::Strictness::Strict);
        for (const QString &tool : parse.file.tools)
            scope.tools.insert(tool);
    }
    return scope;
}

PackageOrigin originOf(const load::LoadResult &result, int index)
{
    return result.roots.contains(index) ? PackageOrigin::CommandLine : PackageOrigin::Dependency;
}

PackagePattern PackagePattern::commandLine()
{
    return PackagePattern();
}

PackagePattern PackagePattern::parse(const QString &pattern, const QString &workingDir)
{
    PackagePattern p;
    p.m_text = pattern;
    if (isRelativePath(pattern)) {
        const qsizetype dots = pattern.indexOf(QLatin1String("..."));
        QString dir = pattern;
        QString rest;
        if (dots >= 0) {
            const qsizetype slash = pattern.left(dots).lastIndexOf(QLatin1Char('/'));
            dir = pattern.left(slash);
            rest = pattern.mid(slash + 1);
        }
        p.m_dir = cleanAbsolutePath(workingDir + QLatin1Char('/') + dir);
        if (rest.isEmpty()) {
            p.m_kind = Kind::Dir;
        } else {
            p.m_kind = Kind::DirTree;
            p.m_match = load::matchPattern(rest);
        }
        return p;
    }
    if (pattern == QLatin1String("all"))
        p.m_kind = Kind::All;
    else if (pattern == QLatin1String("std"))
        p.m_kind = Kind::Std;
    else if (pattern == QLatin1String("cmd"))
        p.m_kind = Kind::Cmd;
    else if (pattern == QLatin1String("tool"))
        p.m_kind = Kind::Tool;
    else if (pattern == QLatin1String("work"))
        p.m_kind = Kind::Work;
    else
        p.m_kind = Kind::ImportPath;
    // tool and work fall back to import paths outside module mode.
    if (p.m_kind == Kind::ImportPath || p.m_kind == Kind::Tool || p.m_kind == Kind::Work)
        p.m_match = load::matchPattern(pattern);
    return p;
}

bool PackagePattern::matches(const load::Package &p, PackageOrigin origin,
                             const ModuleScope &scope) const
{
    switch (m_kind) {
    case Kind::CommandLine:
        return origin == PackageOrigin::CommandLine || p.cmdlineFiles;
    case Kind::Dir:
        return p.dir == m_dir;
    case Kind::DirTree: {
        if (!p.dir.startsWith(QLatin1Char('/')))
            return false;
        const QString rel = relativeInside(m_dir, p.dir);
        return !rel.isEmpty() && m_match(rel);
    }
    case Kind::All:
        return true;
    case Kind::Std:
        return p.standard;
    case Kind::Cmd:
        return p.standard && p.importPath.startsWith(QLatin1String("cmd/"));
    case Kind::Tool:
        if (scope.mode == ModuleMode::Modules)
            return scope.tools.contains(p.importPath);
        break;
    case Kind::Work:
        if (scope.mode == ModuleMode::Modules)
            return p.module && scope.mainModules.contains(p.module->path);
        break;
    case Kind::ImportPath:
        break;
    }
    return m_match(p.importPath);
}

} // namespace kiln::flags
