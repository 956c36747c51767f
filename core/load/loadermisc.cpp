// Per-package details of the load: install targets, DefaultGODEBUG, embeds,
// and go-style positions.
#include "load/loaderstate.h"

#include "load/embedresolve.h"
#include "load/semver.h"

#include <QDir>
#include <QFileInfo>

namespace kiln::load::detail
{

QString shortPath(const QString &path, const QString &dir)
{
    if (dir.isEmpty() || !QFileInfo(path).isAbsolute())
        return path;
    const QString rel = QDir(dir).relativeFilePath(path);
    return rel.size() < path.size() ? rel : path;
}

QString formatPos(const SourcePos &pos, const QString &workingDir)
{
    if (pos.file.isEmpty())
        return {};
    QString s = shortPath(pos.file, workingDir);
    if (pos.line > 0) {
        s += QLatin1Char(':') + QString::number(pos.line);
        if (pos.column > 0)
            s += QLatin1Char(':') + QString::number(pos.column);
    }
    return s;
}

void LoaderState::setTarget(Package &p)
{
    if (p.name != QLatin1String("main")) {
        p.target.clear();
        return;
    }
    const BuildContext &ctx = config.context;
    const QString exe = exeName(p.importPath) +
                        (ctx.goos == QLatin1String("windows") ? QStringLiteral(".exe") : QString());
    const QString full = ctx.goos + QLatin1Char('_') + ctx.goarch + QLatin1Char('/') + exe;
    const bool cross = ctx.goos != config.hostGoos || ctx.goarch != config.hostGoarch;
    const QString elem = cross ? full : exe;
    QString binDir;
    if (p.goroot)
        binDir = config.goroot + QStringLiteral("/bin");
    else if (!config.gobin.isEmpty())
        binDir = config.gobin;
    else if (!config.gopath.isEmpty())
        binDir = config.gopath + QStringLiteral("/bin");
    p.target.clear();
    if (!binDir.isEmpty()) {
        p.target = binDir + QLatin1Char('/') + elem;
        if (!p.goroot && cross && !config.gobin.isEmpty())
            p.target.clear(); // no $GOBIN/goos_goarch/elem
    }
    if (p.goroot && p.importPath.startsWith(QLatin1String("cmd/")) &&
        p.importPath != QLatin1String("cmd/go") && p.importPath != QLatin1String("cmd/gofmt"))
        p.target = config.goroot + QStringLiteral("/pkg/tool/") + full;
}

QString LoaderState::moduleGoVersion() const
{
    // Outside a module go assumes its own version; a go.mod without a go
    // line means 1.16 (gover.DefaultGoModVersion).
    const ModuleSet *ms = config.modules.get();
    if (!ms || ms->kind == ModuleSet::Kind::NoMainModule ||
        (ms->mainModules.isEmpty() && ms->goWorkFile.isEmpty()))
        return config.toolchainGoVersion;
    if (!ms->goVersion.isEmpty())
        return ms->goVersion;
    return QStringLiteral("1.16");
}

void LoaderState::setDefaultGodebug(Package &p, const QStringList &directives)
{
    GodebugInputs in;
    in.goVersion = moduleGoVersion();
    in.debGoMinCompat = config.debGoMinCompat;
    in.fips140 = config.fips140;
    if (config.modules)
        in.moduleGodebug = config.modules->godebug;
    in.directives = directives;
    p.defaultGODEBUG = defaultGodebug(config.godebugTable, in);
}

void LoaderState::resolveEmbeds(Package &p, const ImportStack &stk)
{
    if (p.embedPatterns.isEmpty())
        return;
    const EmbedResolution r = resolveEmbed(p.dir, p.embedPatterns);
    for (const QString &f : r.files)
        result.inputsRead.insert(p.dir + QLatin1Char('/') + f);
    if (!r.error) {
        p.embedFiles = r.files;
        p.embedMap = r.perPattern;
        return;
    }
    p.incomplete = true;
    if (p.error)
        return;
    PackageError e;
    for (const StackEntry &s : stk)
        e.importStack << s.pkg;
    e.err = QStringLiteral("pattern %1: %2").arg(r.error->pattern, r.error->message);
    const QList<SourcePos> pos = p.embedPatternPos.value(r.error->pattern);
    if (!pos.isEmpty())
        e.pos = formatPos(pos.first(), config.workingDir);
    p.error = e;
}

} // namespace kiln::load::detail
