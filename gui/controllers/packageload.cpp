#include "controllers/packageload.h"

#include "goenv/goenv.h"
#include "goenv/toolchain.h"
#include "load/loadsession.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QSettings>

namespace kiln::gui
{

namespace
{

PackageDir toPackageDir(const load::Package &p, const QString &moduleDir)
{
    PackageDir d;
    QString rel = QDir(moduleDir).relativeFilePath(p.dir);
    d.relPath = rel == QLatin1String(".") ? QString() : rel;
    d.name = p.name;
    d.goFiles = int(p.goFiles.size() + p.cgoFiles.size());
    d.testFiles = int(p.testGoFiles.size() + p.xtestGoFiles.size());
    d.importPath = p.importPath;
    if (p.error)
        d.error = p.error->text();
    return d;
}

} // namespace

PackageLoad loadModulePackages(const QString &moduleDir, const std::atomic_bool *cancel)
{
    PackageLoad out;
    goenv::DiscoveryInput in;
    in.setting = QSettings().value(QStringLiteral("toolchain/goroot")).toString();
    in.environment = QProcessEnvironment::systemEnvironment();
    const auto tc = goenv::discoverToolchain(in);
    if (!tc) {
        out.error = tc.error().toString();
        return out;
    }
    goenv::EnvInput env;
    env.toolchain = *tc;
    env.environment = in.environment;
    env.workingDir = moduleDir;
    env.names = {QStringLiteral("GOOS"), QStringLiteral("GOARCH")}; // no C compiler probes
    const auto values = goenv::GoEnv::compute(env);
    if (!values) {
        out.error = values.error().toString();
        return out;
    }
    const auto flags = load::withGoflags({}, values->value(QStringLiteral("GOFLAGS")));
    if (!flags) {
        out.error = flags.error().toString();
        return out;
    }
    const auto config = load::makeLoaderConfig(*values, *flags, moduleDir);
    if (!config) {
        out.error = config.error().toString();
        return out;
    }
    load::LoaderConfig c = *config;
    c.cancel = cancel;
    const load::LoadResult r = load::loadPackages(c, {QStringLiteral("./...")});
    for (int idx : r.roots) {
        const load::Package &p = r.packages[idx];
        if (!p.dir.isEmpty())
            out.packages.append(toPackageDir(p, moduleDir));
    }
    std::sort(out.packages.begin(), out.packages.end(),
              [](const PackageDir &a, const PackageDir &b) { return a.relPath < b.relPath; });
    return out;
}

} // namespace kiln::gui
