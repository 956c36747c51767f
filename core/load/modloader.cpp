// Finding and reading the main modules, and choosing -mod (modload/init.go).
#include "load/modloader.h"

#include "load/godebug.h"
#include "load/goversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace kiln::load::detail
{

namespace
{

QString joinPath(const QString &dir, const QString &rel)
{
    return QDir::cleanPath(dir + QLatin1Char('/') + rel);
}

bool isFile(const QString &path)
{
    const QFileInfo fi(path);
    return fi.exists() && !fi.isDir();
}

QString withoutGoPrefix(const QString &s)
{
    return s.startsWith(QLatin1String("go: ")) ? s.mid(4) : s;
}

QString checkGodebug(const QString &verb, const QString &k, const QString &v,
                     const QString &localGo, const QList<GodebugInfo> &table)
{
    auto hasAny = [](const QString &s, const char *chars) {
        for (const char *c = chars; *c; ++c)
            if (s.contains(QLatin1Char(*c)))
                return true;
        return false;
    };
    if (hasAny(k, " \t"))
        return QStringLiteral("key contains space");
    if (hasAny(v, " \t"))
        return QStringLiteral("value contains space");
    if (k.contains(QLatin1Char(',')))
        return QStringLiteral("key contains comma");
    if (v.contains(QLatin1Char(',')))
        return QStringLiteral("value contains comma");
    if (k == QLatin1String("default")) {
        if (!v.startsWith(QLatin1String("go")) || !gover::isValid(v.mid(2)))
            return QStringLiteral("value for default= must be goVERSION");
        if (gover::compare(v.mid(2), localGo) > 0)
            return QStringLiteral("default=%1 too new (toolchain is go%2)").arg(v, localGo);
        return {};
    }
    if (table.isEmpty()) // the table could not be read: do not reject what go may know
        return {};
    for (const GodebugInfo &info : table)
        if (info.name == k)
            return {};
    return QStringLiteral("unknown %1 \"%2\"").arg(verb, k);
}

} // namespace

QString openError(const QString &path, const QString &shown)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    int err = fd < 0 ? errno : 0;
    if (fd >= 0) {
        char c;
        if (::read(fd, &c, 1) < 0)
            err = errno;
        ::close(fd);
    }
    QString text;
    switch (err) {
    case ENOENT:
        text = QStringLiteral("no such file or directory");
        break;
    case EACCES:
        text = QStringLiteral("permission denied");
        break;
    case EISDIR:
        return QStringLiteral("read %1: is a directory").arg(shown);
    case ENOTDIR:
        text = QStringLiteral("not a directory");
        break;
    default:
        text = QString::fromLocal8Bit(std::strerror(err)).toLower();
    }
    return QStringLiteral("open %1: %2").arg(shown, text);
}

Pruning pruningForGoVersion(const QString &goVersion)
{
    return gover::compare(goVersion, QLatin1String(gover::ExplicitIndirectVersion)) < 0
               ? Pruning::Unpruned
               : Pruning::Pruned;
}

ModLoader::ModLoader(const ModuleLoadOptions &options)
    : m_opt(options), m_cwd(QDir::cleanPath(options.workingDir)),
      m_goroot(options.gorootSrc.isEmpty()
                   ? QString()
                   : QDir::cleanPath(options.gorootSrc + QLatin1String("/.."))),
      m_cache(options.gomodcache)
{
    m_localGo = options.goVersion;
    if (m_localGo.isEmpty() && !m_goroot.isEmpty()) {
        QFile f(m_goroot + QLatin1String("/VERSION"));
        if (f.open(QIODevice::ReadOnly))
            m_localGo = gover::fromToolchain(QString::fromUtf8(f.readLine()).trimmed());
    }
}

QString ModLoader::shortPath(const QString &path) const
{
    return load::shortPath(path, m_cwd);
}

QString ModLoader::tooNew(const QString &what, const QString &goVersion) const
{
    QString explain;
    if (!m_opt.gotoolchain.isEmpty() && m_opt.gotoolchain != QLatin1String("auto"))
        explain = QStringLiteral("; GOTOOLCHAIN=") + m_opt.gotoolchain;
    return QStringLiteral("%1 requires go >= %2 (running go %3%4)")
        .arg(what, goVersion, m_localGo, explain);
}

bool ModLoader::isTooNew(const QString &goVersion) const
{
    return !m_localGo.isEmpty() && gover::compare(goVersion, m_localGo) > 0;
}

QString ModLoader::goModDirty() const
{
    static const char *names[] = {"mod", "readonly", "vendor"};
    const QString mode = QLatin1String(names[int(m_buildMod)]);
    if (m_buildModExplicit)
        return QStringLiteral("go: updates to go.mod needed, disabled by -mod=%1; to update it:\n"
                              "\tgo mod tidy")
            .arg(mode);
    if (!m_buildModReason.isEmpty())
        return QStringLiteral("go: updates to go.mod needed, disabled by -mod=%1\n\t(%2)\n"
                              "\tto update it:\n\tgo mod tidy")
            .arg(mode, m_buildModReason);
    return QStringLiteral("go: updates to go.mod needed; to update it:\n\tgo mod tidy");
}

bool ModLoader::mustHaveSums() const
{
    return !m_modRoots.isEmpty() && m_buildMod == ModMode::Readonly && !inWorkspace();
}

bool ModLoader::mustHaveCompleteRequirements() const
{
    return m_buildMod != ModMode::Mod && !inWorkspace();
}

QString ModLoader::goModPath(const QString &root) const
{
    return root + QLatin1String("/go.mod");
}

// Init and FindGoWork: module mode or not, the go.work file or the module
// root, and the -mod checks go makes before reading anything.
Result<bool> ModLoader::init()
{
    if (!m_opt.modFlag.isEmpty()) {
        static const QStringList known = {QStringLiteral("mod"), QStringLiteral("readonly"),
                                          QStringLiteral("vendor")};
        if (!known.contains(m_opt.modFlag))
            return fail(QStringLiteral("-mod=%1 not supported (can be '', 'mod', 'readonly', or "
                                       "'vendor')")
                            .arg(m_opt.modFlag));
        m_buildModExplicit = true;
        m_buildMod = ModMode(known.indexOf(m_opt.modFlag));
    }
    const QString gowork = m_opt.gowork;
    if (gowork == QLatin1String("off")) {
        m_workFilePath.clear();
    } else if (gowork.isEmpty() || gowork == QLatin1String("auto")) {
        m_workFilePath = findWorkspaceFile(m_cwd);
    } else {
        if (!QDir::isAbsolutePath(gowork))
            return fail(QStringLiteral("go: invalid GOWORK: not an absolute path"));
        m_workFilePath = gowork;
    }

    const QString env = m_opt.go111module;
    if (env == QLatin1String("off"))
        return false;
    if (env == QLatin1String("auto"))
        m_mustUseModules = false;
    else if (!env.isEmpty() && env != QLatin1String("on"))
        return fail(QStringLiteral("go: unknown environment setting GO111MODULE=%1").arg(env));

    if (inWorkspace()) {
        if (m_buildModExplicit && m_buildMod == ModMode::Mod)
            return fail(QStringLiteral(
                "go: -mod may only be set to readonly or vendor when in workspace mode, but it is "
                "set to \"mod\"\n\tRemove the -mod flag to use the default readonly value, \n\tor "
                "set GOWORK=off to disable workspace mode."));
    } else if (const QString root = findModuleRoot(m_cwd); root.isEmpty()) {
        if (!m_mustUseModules)
            return false;
    } else if (QString tmp =
                   m_opt.tempDir.isEmpty() ? qEnvironmentVariable("TMPDIR") : m_opt.tempDir;
               root == QDir::cleanPath(tmp.isEmpty() ? QStringLiteral("/tmp") : tmp)) {
        // go ignores /tmp/go.mod: tests creating work directories under /tmp
        // would otherwise find it.
        m_warnings << QStringLiteral("go: warning: ignoring go.mod in system temp root %1")
                          .arg(QDir::cleanPath(tmp.isEmpty() ? QStringLiteral("/tmp") : tmp));
        if (!m_mustUseModules)
            return false;
    } else {
        m_modRoots = {root};
    }
    const QString gopath = m_opt.gopath.section(QLatin1Char(':'), 0, 0);
    if (!gopath.isEmpty() && QFileInfo::exists(gopath + QLatin1String("/go.mod")))
        m_warnings << QStringLiteral("go: warning: ignoring go.mod in $GOPATH %1").arg(gopath);
    return true;
}

QString ModLoader::findModuleRoot(QString dir) const
{
    for (;;) {
        if (isFile(dir + QLatin1String("/go.mod")))
            return dir;
        const QString parent = QFileInfo(dir).path();
        if (parent == dir)
            return {};
        dir = parent;
    }
}

QString ModLoader::findWorkspaceFile(QString dir) const
{
    for (;;) {
        if (isFile(dir + QLatin1String("/go.work")))
            return dir + QLatin1String("/go.work");
        const QString parent = QFileInfo(dir).path();
        // The standard library uses its own vendored dependencies: a go.work
        // above GOROOT is most likely irrelevant.
        if (parent == dir || parent == m_goroot)
            return {};
        dir = parent;
    }
}

// die(): what go prints when a command needs a main module and there is none.
QString ModLoader::noMainModuleError() const
{
    if (inWorkspace())
        return QStringLiteral(
            "go: no modules were found in the current workspace; see 'go help work'");
    const bool inGoroot =
        !m_goroot.isEmpty() && (m_cwd == m_goroot || m_cwd.startsWith(m_goroot + QLatin1Char('/')));
    for (QString dir = m_cwd; !inGoroot;) {
        if (isFile(dir + QLatin1String("/.git/config"))) {
            const QString rel = QDir::cleanPath(QDir(m_cwd).relativeFilePath(dir));
            const QString cd =
                rel == QLatin1String(".") ? QString() : QStringLiteral("cd %1 && ").arg(rel);
            return QStringLiteral("go: cannot find main module, but found .git/config in %1\n"
                                  "\tto create a module there, run:\n\t%2go mod init")
                .arg(dir, cd);
        }
        const QString parent = QFileInfo(dir).path();
        if (parent == dir)
            break;
        dir = parent;
    }
    return QStringLiteral("go: go.mod file not found in current directory or any parent "
                          "directory; see 'go help modules'");
}

// LoadWorkFile: the go.work file and the module roots it uses.
std::optional<Error> ModLoader::loadWorkFile()
{
    const QString shown = shortPath(m_workFilePath);
    QFile f(m_workFilePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("go: reading go.work: ") + openError(m_workFilePath, shown)};
    const WorkFileParse parse = parseWorkFile(m_workFilePath, f.readAll());
    if (!parse.ok())
        return Error{describeErrors(parse, m_cwd)};
    if (!parse.file.goVersion.isEmpty() && isTooNew(parse.file.goVersion))
        return Error{QStringLiteral("go: ") + tooNew(shown, parse.file.goVersion)};
    m_workFile = parse.file;
    const QString workDir = QFileInfo(m_workFilePath).path();
    for (const WorkUse &use : parse.file.uses) {
        const QString root = QDir::isAbsolutePath(use.path) ? QDir::cleanPath(use.path)
                                                            : joinPath(workDir, use.path);
        if (m_modRoots.contains(root))
            return Error{QStringLiteral("go: error loading go.work:\n%1:%2: path %3 appears "
                                        "multiple times in workspace")
                             .arg(shown)
                             .arg(use.pos.line)
                             .arg(root)};
        m_modRoots << root;
    }
    const auto table = readGodebugTable(m_goroot);
    for (const GoDebugSetting &g : parse.file.godebug) {
        const QString err = checkGodebug(QStringLiteral("godebug"), g.key, g.value, m_localGo,
                                         table ? *table : QList<GodebugInfo>{});
        if (!err.isEmpty())
            return Error{QStringLiteral("go: error loading go.work:\n%1:%2: %3")
                             .arg(shown)
                             .arg(g.pos.line)
                             .arg(err)};
    }
    return std::nullopt;
}

QString ModLoader::workTooOld(const QString &gomod, const QString &goVersion) const
{
    const bool implicit = !m_workFile || m_workFile->goVersion.isEmpty();
    return QStringLiteral("module %1 listed in go.work file requires go >= %2, but go.work %3 go "
                          "%4; to update it:\n\tgo work use")
        .arg(shortPath(QFileInfo(gomod).path()), goVersion,
             implicit ? QStringLiteral("implicitly requires") : QStringLiteral("lists"),
             implicit ? QString::fromLatin1(gover::DefaultGoWorkVersion) : m_workFile->goVersion);
}

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
        const auto table = readGodebugTable(m_goroot);
        QStringList errs;
        for (const GoDebugSetting &g : parse.file.godebug) {
            const QString err = checkGodebug(QStringLiteral("godebug"), g.key, g.value, m_localGo,
                                             table ? *table : QList<GodebugInfo>{});
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

// setDefaultBuildMod, as loadModFile calls it once the main modules are known.
Result<bool> ModLoader::setDefaultBuildMod()
{
    if (m_buildModExplicit)
        return true;
    m_buildMod = ModMode::Readonly;
    if (m_modRoots.isEmpty())
        return true;
    QString goVersion;
    QString source;
    QString vendor;
    if (inWorkspace()) {
        source = QStringLiteral("go.work");
        goVersion = m_workFile ? m_workFile->goVersion : QString();
        vendor = QFileInfo(m_workFilePath).path() + QLatin1String("/vendor");
    } else {
        source = QStringLiteral("go.mod");
        goVersion = m_mains.size() == 1 ? m_mains[0].goVersion : QString();
        vendor = m_modRoots[0] + QLatin1String("/vendor");
    }
    if (!QFileInfo(vendor).isDir())
        return true;
    if (goVersion.isEmpty()) {
        m_buildModReason =
            QStringLiteral("Go version in %1 is unspecified, so vendor directory was not used.")
                .arg(source);
        return true;
    }
    if (gover::compare(goVersion, QStringLiteral("1.14")) < 0) {
        m_buildModReason =
            QStringLiteral("Go version in %1 is %2, so vendor directory was not used.")
                .arg(source, goVersion);
        return true;
    }
    QFile modulesTxt(vendor + QLatin1String("/modules.txt"));
    bool forWorkspace = false;
    if (modulesTxt.exists()) {
        if (!modulesTxt.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("go: reading modules.txt for vendor directory: ") +
                        openError(modulesTxt.fileName(), modulesTxt.fileName()));
        forWorkspace = modulesTextIsForWorkspace(modulesTxt.read(512));
    }
    if (forWorkspace != inWorkspace()) {
        m_buildModReason =
            forWorkspace
                ? QStringLiteral("Outside workspace mode, but vendor directory is for a workspace.")
                : QStringLiteral("In workspace mode, but vendor directory is not for a workspace");
        return true;
    }
    m_buildMod = ModMode::Vendor;
    m_buildModReason =
        QStringLiteral("Go version in %1 is at least 1.14 and vendor directory exists.")
            .arg(source);
    return true;
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
