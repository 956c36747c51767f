// kiln-cli list: go list over Kiln's own loader.
//   kiln-cli list [-json] [-deps] [-test] [-e] [-find] [-tags T] [-mod M] [patterns]
#include "verbs.h"

#include "cache/diskcache.h"
#include "goenv/goenv.h"
#include "load/listjson.h"
#include "load/loader.h"
#include "load/loaderrors.h"
#include "load/loadsession.h"

#include <QRegularExpression>

namespace kiln::cli
{

namespace
{

struct ListOptions {
    bool json = false;
    bool deps = false;
    bool test = false;
    bool e = false;
    bool find = false;
    load::LoadFlags flags;
    QStringList patterns;
};

// Parses go-style flags (-flag, --flag, -flag=value, -flag value).
std::optional<ListOptions> parseListArgs(CliContext &ctx, QStringList args)
{
    ListOptions o;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        QString a = args.takeFirst();
        if (a == QLatin1String("--"))
            break;
        a = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        QString name = a.section(QLatin1Char('='), 0, 0);
        const bool hasValue = a.contains(QLatin1Char('='));
        QString value = a.section(QLatin1Char('='), 1);
        auto needValue = [&]() -> bool {
            if (hasValue)
                return true;
            if (args.isEmpty()) {
                ctx.err() << "flag needs an argument: -" << name << "\n";
                return false;
            }
            value = args.takeFirst();
            return true;
        };
        if (name == QLatin1String("json"))
            o.json = true;
        else if (name == QLatin1String("deps"))
            o.deps = true;
        else if (name == QLatin1String("test"))
            o.test = true;
        else if (name == QLatin1String("e"))
            o.e = true;
        else if (name == QLatin1String("find"))
            o.find = true;
        else if (name == QLatin1String("tags")) {
            if (!needValue())
                return std::nullopt;
            o.flags.tags =
                value.split(QRegularExpression(QStringLiteral("[, ]")), Qt::SkipEmptyParts);
            o.flags.tagsSet = true;
        } else if (name == QLatin1String("mod")) {
            if (!needValue())
                return std::nullopt;
            o.flags.mod = value;
        } else {
            ctx.err() << "flag provided but not defined: -" << name << "\n"
                      << "usage: kiln-cli list [-json] [-deps] [-test] [-e] [-find] [-tags T] "
                         "[-mod M] [packages]\n";
            return std::nullopt;
        }
    }
    o.patterns = args;
    return o;
}

// go list -test stores each generated _testmain.go in GOCACHE (under the
// hash of "testmain\n" and its bytes, salted with go's version like every
// cache key) and lists the cached file as the test main package's GoFiles.
void storeTestmains(load::LoadResult &r, const goenv::GoEnv &env)
{
    auto cache = cache::DiskCache::open(env.value(QStringLiteral("GOCACHE")));
    if (!cache)
        return;
    const QByteArray salt =
        env.value(QStringLiteral("GOVERSION")).section(QLatin1Char(' '), 0, 0).toUtf8();
    for (int idx : r.output) {
        load::Package &p = r.packages[idx];
        if (p.testmainGo.isEmpty())
            continue;
        const cache::ActionID id = sha256Of(salt + "testmain\n" + p.testmainGo);
        if (const auto out = cache->put(id, p.testmainGo))
            p.goFiles = {cache->outputFile(*out)};
    }
}

// go list -json builds every listed package with Go files for its Stale
// fields, which needs the build cache.
bool listsGoFiles(const load::LoadResult &r)
{
    for (int idx : r.output)
        if (!r.packages[idx].goFiles.isEmpty() || !r.packages[idx].cgoFiles.isEmpty())
            return true;
    return false;
}

// go list reaches for the build cache for -test (test mains are stored
// there) and for -json (listsGoFiles); with GOCACHE=off that is fatal.
bool cacheOff(CliContext &ctx, const goenv::GoEnv &env)
{
    if (env.value(QStringLiteral("GOCACHE")) != QLatin1String("off"))
        return false;
    ctx.err() << "build cache is disabled by GOCACHE=off, but required as of Go 1.12\n";
    return true;
}

} // namespace

int runList(CliContext &ctx, const QStringList &args)
{
    const auto opts = parseListArgs(ctx, args);
    if (!opts)
        return 2;
    if (opts->find && opts->deps) {
        ctx.err() << "go: list -deps cannot be used with -find\n";
        return 1;
    }
    const goenv::Toolchain *tc = ctx.toolchain();
    if (!tc)
        return 1;
    goenv::EnvInput in;
    in.toolchain = *tc;
    in.environment = ctx.environment();
    in.workingDir = ctx.workingDir();
    in.names = {QStringLiteral("GOOS"), QStringLiteral("GOARCH")};
    auto env = goenv::GoEnv::compute(in);
    if (!env) {
        ctx.err() << env.error().toString() << "\n";
        return 1;
    }
    auto flags = load::withGoflags(opts->flags, env->value(QStringLiteral("GOFLAGS")));
    if (!flags) {
        ctx.err() << flags.error().toString() << "\n";
        return 1;
    }
    auto config = load::makeLoaderConfig(*env, *flags, ctx.workingDir());
    if (!config) {
        ctx.err() << config.error().toString() << "\n";
        return 1;
    }
    config->deps = opts->deps ? load::ListDeps::Yes : load::ListDeps::No;
    config->tests = opts->test ? load::ListTests::Yes : load::ListTests::No;
    config->imports = opts->find ? load::ImportsMode::Ignore : load::ImportsMode::Load;
    load::LoadResult r = load::loadPackages(*config, opts->patterns);
    if (opts->test)
        storeTestmains(r, *env);
    if (!r.fatal.isEmpty()) {
        ctx.err() << r.fatal.first().toString() << "\n";
        return 1;
    }
    for (const QString &w : r.warnings)
        ctx.err() << w << "\n";
    ctx.err().flush();
    // Without -e go refuses command-line packages with errors outright; with
    // -deps (or several packages, where -pgo=auto expands the list) it also
    // reports errors anywhere below them, but still prints the list.
    int status = 0;
    if (!opts->e) {
        for (int idx : r.roots) {
            if (const auto &err = r.packages[idx].error) {
                ctx.err() << err->text() << "\n";
                status = 1;
            }
        }
        if (status != 0)
            return status;
    }
    if (opts->test && cacheOff(ctx, *env))
        return 1;
    if (!opts->e) {
        if (opts->test) {
            // Without -e, go list -test gives up on the first test whose
            // packages did not load.
            for (const auto &set : r.testSets)
                if (const int p = load::testVariantError(r, set); p >= 0) {
                    ctx.err() << "go: can't load test package: " << r.packages[p].error->text()
                              << "\n";
                    return 1;
                }
        }
        if (opts->deps || opts->test || r.roots.size() > 1) {
            for (int idx : r.all) {
                if (const auto &err = r.packages[idx].error) {
                    ctx.err() << err->text() << "\n";
                    status = 1;
                }
            }
        }
        ctx.err().flush();
    }
    if (opts->json && listsGoFiles(r) && cacheOff(ctx, *env))
        return 1;
    QByteArray out;
    for (int idx : r.output) {
        const load::Package &p = r.packages[idx];
        if (opts->json)
            out += load::packageJson(p) + '\n';
        else
            out += p.importPath.toUtf8() + '\n';
    }
    ctx.writeOut(out);
    return status;
}

} // namespace kiln::cli
