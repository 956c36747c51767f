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

QString joinPath(const QString &dir, const QString &rel)
{
    return QDir::cleanPath(dir + QLatin1Char('/') + rel);
}

namespace
{

bool isFile(const QString &path)
{
    const QFileInfo fi(path);
    return fi.exists() && !fi.isDir();
}

} // namespace

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

const QList<GodebugInfo> &ModLoader::godebugTable()
{
    if (!m_godebugTable) {
        const auto table = readGodebugTable(m_goroot);
        m_godebugTable = table ? *table : QList<GodebugInfo>{};
    }
    return *m_godebugTable;
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
    for (const GoDebugSetting &g : parse.file.godebug) {
        const QString err =
            checkGodebug(QStringLiteral("godebug"), g.key, g.value, m_localGo, godebugTable());
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

} // namespace kiln::load::detail
