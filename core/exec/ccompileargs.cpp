#include "exec/ccompileargs.h"

#include "goenv/hostpaths.h"

namespace kiln::exec
{

QStringList gccArchArgs(const BuildConfig &cfg)
{
    const QString &arch = cfg.goarch;
    const QString &os = cfg.goos;
    auto s = [](const char *v) { return QString::fromLatin1(v); };
    if (arch == QLatin1String("386"))
        return {s("-m32")};
    if (arch == QLatin1String("amd64"))
        return os == QLatin1String("darwin") ? QStringList{s("-arch"), s("x86_64"), s("-m64")}
                                             : QStringList{s("-m64")};
    if (arch == QLatin1String("arm64"))
        return os == QLatin1String("darwin") ? QStringList{s("-arch"), s("arm64")} : QStringList{};
    if (arch == QLatin1String("arm"))
        return {s("-marm")};
    if (arch == QLatin1String("s390x"))
        return {s("-m64"), s("-march=z13")};
    if (arch == QLatin1String("mips64") || arch == QLatin1String("mips64le")) {
        if (cfg.archValue == QLatin1String("hardfloat"))
            return {s("-mabi=64"), s("-mhard-float")};
        if (cfg.archValue == QLatin1String("softfloat"))
            return {s("-mabi=64"), s("-msoft-float")};
        return {};
    }
    if (arch == QLatin1String("mips") || arch == QLatin1String("mipsle")) {
        if (cfg.archValue == QLatin1String("hardfloat"))
            return {s("-mabi=32"), s("-march=mips32"), s("-mhard-float"), s("-mfp32"),
                    s("-mno-odd-spreg")};
        if (cfg.archValue == QLatin1String("softfloat"))
            return {s("-mabi=32"), s("-march=mips32"), s("-msoft-float")};
        return {};
    }
    if (arch == QLatin1String("loong64"))
        return {s("-mabi=lp64d")};
    if (arch == QLatin1String("ppc64") && os == QLatin1String("aix"))
        return {s("-maix64")};
    return {};
}

QStringList compilerCmd(const ProbeScope &scope, CCompilerProbe &probe, const QStringList &compiler,
                        const QString &incdir, const QString &workdir)
{
    const BuildConfig &cfg = scope.config;
    auto supports = [&](const char *flag) {
        return probe.supportsFlag(scope, compiler, QLatin1String(flag));
    };
    QStringList a = compiler;
    a << QStringLiteral("-I") << incdir;
    if (cfg.goos != QLatin1String("windows"))
        a << QStringLiteral("-fPIC");
    a << gccArchArgs(cfg);
    if (cfg.cgo.enabled)
        a << (cfg.goos == QLatin1String("windows") ? QStringLiteral("-mthreads")
                                                   : QStringLiteral("-pthread"));
    if (cfg.goos == QLatin1String("aix"))
        a << QStringLiteral("-mcmodel=large");
    for (const char *flag :
         {"-fno-caret-diagnostics", "-Qunused-arguments", "-Wl,--no-gc-sections"})
        if (supports(flag))
            a << QLatin1String(flag);
    a << QStringLiteral("-fmessage-length=0");
    if (supports("-fdebug-prefix-map=a=b")) {
        QString dir = workdir.isEmpty() ? cfg.workDir : workdir;
        if (dir.endsWith(QLatin1Char('/')))
            dir.chop(1);
        const QString map = supports("-ffile-prefix-map=a=b")
                                ? QStringLiteral("-ffile-prefix-map=")
                                : QStringLiteral("-fdebug-prefix-map=");
        a << map + dir + QStringLiteral("=/tmp/go-build");
    }
    if (supports("-gno-record-gcc-switches"))
        a << QStringLiteral("-gno-record-gcc-switches");
    if (cfg.goos == QLatin1String("darwin") || cfg.goos == QLatin1String("ios"))
        a << QStringLiteral("-fno-common");
    return a;
}

namespace
{

// ccompile's from => to for the source root (kept in sync with trimpathArg).
std::pair<QString, QString> sourceRootMap(const load::Package &p)
{
    const std::shared_ptr<load::ModuleInfo> &m = p.module;
    if (!m) {
        if (p.root.isEmpty())
            return {p.dir, p.importPath};
        return {p.root, p.goroot ? QStringLiteral("GOROOT") : QStringLiteral("GOPATH")};
    }
    if (m->dir.isEmpty()) {
        // Vendored: the whole vendor directory (modload.VendorDir()).
        const QString suffix = QLatin1Char('/') + p.importPath;
        const QString vendor = p.dir.endsWith(suffix) ? p.dir.chopped(suffix.size()) : p.dir;
        return {vendor, QStringLiteral("vendor")};
    }
    QString to = m->path;
    if (!m->version.isEmpty())
        to += QLatin1Char('@') + m->version;
    return {m->dir, to};
}

} // namespace

QStringList ccompileExtraFlags(const ProbeScope &scope, CCompilerProbe &probe,
                               const QStringList &compiler, const load::Package &p,
                               const QString &seed)
{
    const BuildConfig &cfg = scope.config;
    QStringList flags;
    if (probe.supportsFlag(scope, compiler, QStringLiteral("-fdebug-prefix-map=a=b")) &&
        (cfg.trimpath || p.goroot)) {
        const QString map =
            probe.supportsFlag(scope, compiler, QStringLiteral("-ffile-prefix-map=a=b"))
                ? QStringLiteral("-ffile-prefix-map")
                : QStringLiteral("-fdebug-prefix-map");
        const auto [from, toPath] = sourceRootMap(p);
        const QString to = cfg.goos == QLatin1String("windows")
                               ? QStringLiteral("\\\\_\\_\\") + toPath
                               : goenv::joinPath({QStringLiteral("/_"), toPath});
        flags << map + QLatin1Char('=') + from + QLatin1Char('=') + to;
    }
    if (probe.supportsFlag(scope, compiler, QStringLiteral("-frandom-seed=1")))
        flags << QStringLiteral("-frandom-seed=") + seed;
    return flags;
}

} // namespace kiln::exec
