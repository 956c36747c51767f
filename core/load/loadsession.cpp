#include "load/loadsession.h"

#include "load/buildcontext.h"
#include "load/dirindex.h"
#include "load/modgraph.h"

#include <QRegularExpression>
#include <QSysInfo>

namespace kiln::load
{

namespace
{

QStringList splitTags(const QString &value)
{
    // go accepts -tags=a,b (and the old space-separated form).
    return value.split(QRegularExpression(QStringLiteral("[, ]")), Qt::SkipEmptyParts);
}

} // namespace

Result<LoadFlags> withGoflags(const LoadFlags &flags, const QString &goflags)
{
    LoadFlags out = flags;
    for (const QString &f :
         goflags.split(QRegularExpression(QStringLiteral("[ \\t\\n]+")), Qt::SkipEmptyParts)) {
        if (!f.startsWith(QLatin1Char('-')))
            return fail(QStringLiteral("go: parsing $GOFLAGS: non-flag \"%1\"").arg(f));
        const QString body = f.mid(f.startsWith(QLatin1String("--")) ? 2 : 1);
        const QString name = body.section(QLatin1Char('='), 0, 0);
        const QString value = body.section(QLatin1Char('='), 1);
        if (name == QLatin1String("mod") && out.mod.isEmpty())
            out.mod = value;
        else if (name == QLatin1String("tags") && !out.tagsSet)
            out.tags = splitTags(value);
    }
    return out;
}

Result<LoaderConfig> makeLoaderConfig(const goenv::GoEnv &env, const LoadFlags &flags,
                                      const QString &workingDir)
{
    LoaderConfig c;
    TargetConfig target;
    target.goos = env.value(QStringLiteral("GOOS"));
    target.goarch = env.value(QStringLiteral("GOARCH"));
    target.cgo = env.value(QStringLiteral("CGO_ENABLED")) == QLatin1String("1") ? Cgo::Enabled
                                                                                : Cgo::Disabled;
    target.goexperiment = env.value(QStringLiteral("GOEXPERIMENT"));
    const QString levelVar = archLevelVariable(target.goarch);
    if (!levelVar.isEmpty())
        target.archLevel = env.value(levelVar);
    target.buildTags = flags.tags;
    target.modeTags = flags.modeTags;
    KILN_TRY(context, makeBuildContext(target));
    c.context = context;
    c.goroot = env.value(QStringLiteral("GOROOT"));
    c.workingDir = workingDir;
    c.gomodcache = env.value(QStringLiteral("GOMODCACHE"));
    c.gobin = env.value(QStringLiteral("GOBIN"));
    c.gopath = env.value(QStringLiteral("GOPATH")).section(QLatin1Char(':'), 0, 0);
    c.hostGoos = env.value(QStringLiteral("GOHOSTOS"));
    c.hostGoarch = env.value(QStringLiteral("GOHOSTARCH"));
    c.toolchainGoVersion =
        env.value(QStringLiteral("GOVERSION")).mid(2).section(QLatin1Char(' '), 0, 0);
    c.fips140 = !env.value(QStringLiteral("GOFIPS140")).isEmpty() &&
                env.value(QStringLiteral("GOFIPS140")) != QLatin1String("off");
    c.debGoMinCompat = qEnvironmentVariable("DEB_GOMINCOMPAT");
    // go's module index is off under GOCACHE=off and GODEBUG=goindex=0; so
    // is Kiln's DirIndex, which stands in for it.
    const bool noIndex = env.value(QStringLiteral("GODEBUG"))
                             .split(QLatin1Char(','))
                             .contains(QLatin1String("goindex=0"));
    c.dirIndexDir = noIndex ? QString() : dirIndexDirFor(env.value(QStringLiteral("GOCACHE")));
    KILN_TRY(table, readGodebugTable(c.goroot));
    c.godebugTable = table;

    ModuleLoadOptions mo;
    mo.workingDir = workingDir;
    mo.gomodcache = c.gomodcache;
    mo.gowork = env.value(QStringLiteral("GOWORK"));
    mo.go111module = env.value(QStringLiteral("GO111MODULE"));
    mo.modFlag = flags.mod;
    mo.gorootSrc = c.goroot + QStringLiteral("/src");
    KILN_TRY(modules, loadModuleSet(mo));
    c.modules = std::make_shared<ModuleSet>(modules);
    return c;
}

} // namespace kiln::load
