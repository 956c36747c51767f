// kiln-cli clean: go clean's -testcache, the only mode Kiln has so far.
//   kiln-cli clean -testcache
// Raises <GOCACHE>/testexpire.txt to now (test/testexpire.h), so go test and
// kiln-cli test rerun every test whose result was cached before. Prints
// nothing on success, like go. Errors, in go's words:
//   go: clean -testcache cannot be used with package arguments   (exit 1)
//   go: GOCACHE is not an absolute path                          (exit 1)
//   flag provided but not defined: -x + go clean's usage          (exit 2)
//   any other flag or argument: go clean's usage                  (exit 2)
// GOCACHE=off: nothing to do, as in go.
#include "verbs.h"

#include "flags/flagset.h"
#include "goenv/goenv.h"
#include "goenv/hostpaths.h"
#include "test/testexpire.h"

#include <chrono>

namespace kiln::cli
{

namespace
{

using flags::FlagKind;

// go's cache.DefaultDir for clean: the directory, "off", or the error go
// prints (base.Fatal).
Result<QString> testCacheDir(CliContext &ctx)
{
    const goenv::Toolchain *tc = ctx.toolchain();
    if (!tc)
        return fail(QString());
    goenv::EnvInput in;
    in.toolchain = *tc;
    in.environment = ctx.environment();
    in.workingDir = ctx.workingDir();
    in.names = {QStringLiteral("GOCACHE")};
    KILN_TRY(env, goenv::GoEnv::compute(in));
    const QString configured = env.configured(QStringLiteral("GOCACHE"));
    if (configured.isEmpty()) {
        if (auto base = goenv::userCacheDir(ctx.environment()); !base)
            return fail(QStringLiteral("go: GOCACHE is not defined and ") + base.error().message);
    } else if (configured != QLatin1String("off") && !goenv::isAbsPath(configured)) {
        return fail(QStringLiteral("go: GOCACHE is not an absolute path"));
    }
    return env.value(QStringLiteral("GOCACHE"));
}

} // namespace

int runClean(CliContext &ctx, const QStringList &args)
{
    flags::FlagSet fs(QStringLiteral("go clean [-i] [-r] [-cache] [-testcache] [-modcache] "
                                     "[-fuzzcache] [build flags] [packages]"),
                      QStringLiteral("clean"));
    bool testcache = false;
    QString cacheFlag; // go's order: -cache, -testcache, -fuzzcache, -modcache
    bool unsupported = false;
    fs.add(QStringLiteral("testcache"), FlagKind::Bool, [&](const QString &v) -> Result<void> {
        const auto b = flags::parseGoBool(v);
        if (!b)
            return fail(QStringLiteral("parse error"));
        testcache = *b;
        return {};
    });
    for (const char *name : {"i", "r", "cache", "modcache", "fuzzcache"}) {
        const QString flag = QLatin1String(name);
        fs.add(flag, FlagKind::Bool, [&, flag](const QString &v) -> Result<void> {
            const auto b = flags::parseGoBool(v);
            if (!b)
                return fail(QStringLiteral("parse error"));
            unsupported = unsupported || *b;
            if (*b && flag == QLatin1String("cache"))
                cacheFlag = QStringLiteral("-cache");
            return {};
        });
    }
    const auto rest = fs.parse(args);
    if (!rest) {
        ctx.err() << rest.error().message << "\n";
        return rest.error().exitStatus;
    }
    if (cacheFlag.isEmpty() && testcache)
        cacheFlag = QStringLiteral("-testcache");
    if (!rest->isEmpty() && !cacheFlag.isEmpty()) {
        ctx.err() << "go: clean " << cacheFlag << " cannot be used with package arguments\n";
        return 1;
    }
    if (!testcache || unsupported || !rest->isEmpty()) {
        ctx.err() << fs.usage() << "\n";
        return 2;
    }
    const auto dir = testCacheDir(ctx);
    if (!dir) {
        if (!dir.error().message.isEmpty())
            ctx.err() << dir.error().message << "\n";
        return 1;
    }
    if (*dir == QLatin1String("off"))
        return 0;
    const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    if (auto done = test::expireTestResults(*dir, now); !done) {
        ctx.err() << "go: " << done.error().message << "\n";
        return 1;
    }
    return 0;
}

} // namespace kiln::cli
