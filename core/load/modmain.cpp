// The main modules' go.mod files (modload/init.go loadModFile and
// makeMainModules, modfile.go): reading and indexing them, the checks across
// a workspace's modules, the graph roots, and replacement lookup.
#include "load/modloader.h"

#include "load/godebug.h"
#include "load/goversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kiln::load::detail
{

namespace
{

QString withoutGoPrefix(const QString &s)
{
    return s.startsWith(QLatin1String("go: ")) ? s.mid(4) : s;
}

} // namespace

// ReadModFile plus the checks loadModFile makes on each main go.mod. The
// error text has no "go: " prefix (errors of several modules are joined).
std::variant<MainModule, QString> ModLoader::readMainModule(const QString &root)
{
    const QString gomod = goModPath(root);
    const QString shown = shortPath(gomod);
    auto wrap = [&](const QString &err) {
        if (!inWorkspace())
            return err;
        return QStringLiteral("cannot load module %1 listed in go.work file: %2")
            .arg(shortPath(root), err);
    };
    QFile f(gomod);
    if (!f.open(QIODevice::ReadOnly))
        return wrap(openError(gomod, inWorkspace() ? shown : gomod));
    const QByteArray data = f.readAll();
    const ModFileParse parse = parseModFile(gomod, data, Strictness::Strict);
    QString goVersion = parse.file.goVersion;
    if (!parse.ok()) {
        const ModFileParse lax = parseModFile(gomod, data, Strictness::Lax);
        if (!lax.ok() || !isTooNew(lax.file.goVersion))
            return wrap(withoutGoPrefix(describeErrors(parse, m_cwd)));
        goVersion = lax.file.goVersion;
    }
    if (!goVersion.isEmpty() && isTooNew(goVersion)) {
        if (inWorkspace())
            return workTooOld(gomod, goVersion);
        return tooNew(shown, goVersion);
    }
    if (parse.file.module.path.isEmpty())
        return wrap(QStringLiteral("error reading %1: missing module declaration. To specify the "
                                   "module path:\n\tgo mod edit -module=example.com/mod")
                        .arg(shown));
    if (inWorkspace()) {
        const QString mv =
            goVersion.isEmpty() ? QString::fromLatin1(gover::DefaultGoModVersion) : goVersion;
        const QString wv = m_workFile && !m_workFile->goVersion.isEmpty()
                               ? m_workFile->goVersion
                               : QString::fromLatin1(gover::DefaultGoWorkVersion);
        if (gover::compare(mv, wv) > 0 &&
            gover::compare(mv, QLatin1String(gover::GoStrictVersion)) >= 0)
            return workTooOld(gomod, mv);
    } else {
        QStringList errs;
        for (const GoDebugSetting &g : parse.file.godebug) {
            const QString err =
                checkGodebug(QStringLiteral("godebug"), g.key, g.value, m_localGo, godebugTable());
            if (!err.isEmpty())
                errs << QStringLiteral("error loading go.mod:\n%1:%2: %3")
                            .arg(shown)
                            .arg(g.pos.line)
                            .arg(err);
        }
        if (!errs.isEmpty())
            return errs.join(QLatin1Char('\n'));
    }
    return indexModFile(root, parse.file);
}

// indexModFile: the maps modload keeps of a main go.mod.
std::variant<MainModule, QString> ModLoader::indexModFile(const QString &root, const ModFile &file)
{
    MainModule m;
    m.module = {file.module.path, QString()};
    m.root = root;
    m.file = file;
    m.goVersion = file.goVersion;
    m.toolchain = file.toolchain;
    for (const Require &r : file.requirements)
        m.require.insert(r.mod, r.indirect);
    for (const Replace &r : file.replaces) {
        const auto prev = m.replace.constFind(r.old);
        if (prev != m.replace.constEnd() && !(*prev == r.replacement))
            return QStringLiteral("conflicting replacements for %1:\n\t%2\n\t%3")
                .arg(moduleVersionString(r.old), moduleVersionString(*prev),
                     moduleVersionString(r.replacement));
        m.replace.insert(r.old, r.replacement);
    }
    for (const ModuleVersion &x : file.excludes)
        m.exclude.insert(x);
    m_rawGoVersion.insert(m.module, m.goVersion);
    return m;
}

// makeMainModules: the checks across main modules and the go.work replaces.
std::optional<Error> ModLoader::makeMainModules()
{
    QStringList errs;
    QSet<QString> paths;
    for (const MainModule &m : std::as_const(m_mains)) {
        if (paths.contains(m.module.path))
            errs << QStringLiteral("go: module %1 appears multiple times in workspace")
                        .arg(m.module.path);
        paths.insert(m.module.path);
    }
    QSet<QString> replacedByWorkFile;
    QHash<ModuleVersion, ModuleVersion> replacements;
    if (m_workFile) {
        for (const Replace &r : m_workFile->replaces) {
            const auto prev = m_workReplace.constFind(r.old);
            if (prev != m_workReplace.constEnd() && !(*prev == r.replacement))
                return Error{QStringLiteral("go: conflicting replacements for %1:\n\t%2\n\t%3")
                                 .arg(moduleVersionString(r.old), moduleVersionString(*prev),
                                      moduleVersionString(r.replacement))};
            m_workReplace.insert(r.old, r.replacement);
        }
        for (const Replace &r : m_workFile->replaces) {
            if (paths.contains(r.old.path) && r.old.version.isEmpty())
                errs << QStringLiteral(
                            "go: workspace module %1 is replaced at all versions in the go.work "
                            "file. To fix, remove the replacement from the go.work file or "
                            "specify the version at which to replace the module.")
                            .arg(r.old.path);
            replacedByWorkFile.insert(r.old.path);
            replacements.insert(r.old, r.replacement);
        }
    }
    if (!errs.isEmpty())
        return Error{errs.join(QLatin1Char('\n'))};
    for (const MainModule &m : std::as_const(m_mains)) {
        QSet<ModuleVersion> current;
        for (const Replace &r : m.file->replaces) {
            if (replacedByWorkFile.contains(r.old.path))
                continue;
            ModuleVersion to = r.replacement;
            // Relative directories in the go.mod files of a workspace are
            // relative to each go.mod: compare them as absolute paths.
            if (inWorkspace() && to.version.isEmpty() && !QDir::isAbsolutePath(to.path))
                to.path = joinPath(m.root, to.path);
            const auto prev = replacements.constFind(r.old);
            if (prev != replacements.constEnd() && !current.contains(r.old) && !(*prev == to))
                return Error{QStringLiteral("go: conflicting replacements for %1:\n\t%2\n\t%3\nuse "
                                            "\"go work edit -replace %1=[override]\" to resolve")
                                 .arg(moduleVersionString(r.old), moduleVersionString(*prev),
                                      moduleVersionString(to))};
            current.insert(r.old);
            replacements.insert(r.old, to);
        }
    }
    return std::nullopt;
}

bool ModLoader::isMainModule(const QString &path) const
{
    return mainModule(path) != nullptr;
}

const MainModule *ModLoader::mainModule(const QString &path) const
{
    for (const MainModule &m : m_mains)
        if (m.module.path == path)
            return &m;
    return nullptr;
}

// rootsFromModFile: the requirements of one main go.mod minus excluded
// versions, plus its go (and toolchain) lines as roots.
QList<ModuleVersion> ModLoader::rootsFromModFile(const MainModule &m, bool withToolchain,
                                                 QSet<QString> *direct)
{
    QList<ModuleVersion> roots;
    for (const Require &r : m.file->requirements) {
        if (m.exclude.contains(r.mod)) {
            m_warnings << QStringLiteral("go: %1 requirement on excluded version %2 %3")
                              .arg(m_buildMod == ModMode::Mod ? QStringLiteral("dropping")
                                                              : QStringLiteral("ignoring"),
                                   r.mod.path, r.mod.version);
            continue;
        }
        roots.append(r.mod);
        if (!r.indirect && direct)
            direct->insert(r.mod.path);
    }
    roots.append({QStringLiteral("go"), m.goVersion.isEmpty()
                                            ? QString::fromLatin1(gover::DefaultGoModVersion)
                                            : m.goVersion});
    if (direct)
        direct->insert(QStringLiteral("go"));
    if (withToolchain && !m.toolchain.isEmpty())
        roots.append({QStringLiteral("toolchain"), m.toolchain});
    return roots;
}

std::shared_ptr<Requirements> ModLoader::requirementsFromModFiles()
{
    QList<ModuleVersion> roots;
    QSet<QString> direct;
    Pruning pruning;
    if (inWorkspace()) {
        pruning = Pruning::Workspace;
        for (const MainModule &m : std::as_const(m_mains))
            roots.append(m.module);
        roots.append(
            {QStringLiteral("go"), m_workFile && !m_workFile->goVersion.isEmpty()
                                       ? m_workFile->goVersion
                                       : QString::fromLatin1(gover::DefaultGoWorkVersion)});
        if (m_workFile && !m_workFile->toolchain.isEmpty())
            roots.append({QStringLiteral("toolchain"), m_workFile->toolchain});
        for (const MainModule &m : std::as_const(m_mains))
            for (const Require &r : m.file->requirements)
                if (!r.indirect)
                    direct.insert(r.mod.path);
    } else {
        const MainModule &m = m_mains[0];
        pruning = pruningForGoVersion(
            m.goVersion.isEmpty() ? QString::fromLatin1(gover::DefaultGoModVersion) : m.goVersion);
        roots = rootsFromModFile(m, true, &direct);
    }
    sortModules(roots);
    return newRequirements(pruning, roots, direct);
}

// Replacement lookup: go.work replaces win, then the main modules' replaces.
ModLoader::ReplacementFrom ModLoader::replacementFrom(const ModuleVersion &m) const
{
    auto lookup = [&m](const QHash<ModuleVersion, ModuleVersion> &map)
        -> std::optional<std::pair<QString, ModuleVersion>> {
        if (const auto it = map.constFind(m); it != map.constEnd())
            return std::make_pair(m.version, *it);
        if (const auto it = map.constFind({m.path, QString()}); it != map.constEnd())
            return std::make_pair(QString(), *it);
        return std::nullopt;
    };
    if (m.version.isEmpty() && isMainModule(m.path))
        return {};
    if (lookup(m_workReplace))
        return {lookup(m_workReplace)->second, QString(), m_workFilePath};
    ReplacementFrom found;
    QString foundFrom;
    for (const MainModule &main : m_mains) {
        const auto r = lookup(main.replace);
        if (!r)
            continue;
        if (!found.modRoot.isEmpty() && foundFrom != r->first && !(found.replacement == r->second))
            return {found.replacement, found.modRoot, goModPath(found.modRoot)};
        found.replacement = r->second;
        found.modRoot = main.root;
        foundFrom = r->first;
    }
    found.fromFile = found.modRoot.isEmpty() ? QStringLiteral("go.mod") : goModPath(found.modRoot);
    return found;
}

// canonicalizeReplacePath: in a workspace, relative directories become
// relative to the go.work directory.
ModuleVersion ModLoader::canonicalizeReplacePath(const ModuleVersion &r,
                                                 const QString &modRoot) const
{
    if (QDir::isAbsolutePath(r.path) || !r.version.isEmpty() || modRoot.isEmpty() || !inWorkspace())
        return r;
    const QString abs = joinPath(modRoot, r.path);
    QString rel = QDir(QFileInfo(m_workFilePath).path()).relativeFilePath(abs);
    if (rel != QLatin1String(".") && rel != QLatin1String("..") &&
        !rel.startsWith(QLatin1String("./")) && !rel.startsWith(QLatin1String("../")))
        rel = QStringLiteral("./") + rel;
    return {rel, r.version};
}

ModuleVersion ModLoader::replacement(const ModuleVersion &m) const
{
    const ReplacementFrom r = replacementFrom(m);
    return canonicalizeReplacePath(r.replacement, r.modRoot);
}

ModuleVersion ModLoader::resolveReplacement(const ModuleVersion &m) const
{
    const ModuleVersion r = replacement(m);
    return r.path.isEmpty() ? m : r;
}

QString ModLoader::replaceRelativeTo() const
{
    if (inWorkspace())
        return QFileInfo(m_workFilePath).path();
    return m_mains.isEmpty() ? m_cwd : m_mains[0].root;
}

QString ModLoader::replacementDir(const QString &path) const
{
    return QDir::isAbsolutePath(path) ? path : joinPath(replaceRelativeTo(), path);
}

} // namespace kiln::load::detail
