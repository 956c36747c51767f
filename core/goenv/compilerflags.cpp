#include "goenv/compilerflags.h"

#include "base/process.h"
#include "goenv/builddefaults.h"
#include "goenv/hostpaths.h"
#include "goenv/quotedargs.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace kiln::goenv
{

namespace
{

const QString defaultCFlags = QStringLiteral("-O2 -g");

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err)).toLower();
}

// os.MkdirTemp(parent, "go-build"): parent + "/go-build" + a random uint32,
// a relative parent taken from base; the result is absolute, messages name
// parent as given (like go's).
Result<QString> makeWorkDir(const QString &parent, const QString &base)
{
    const QString prefix = parent.endsWith(QLatin1Char('/')) ? parent + QStringLiteral("go-build")
                                                             : parent + QStringLiteral("/go-build");
    const QString resolvedParent = isAbsPath(parent) ? parent : joinPath({base, parent});
    for (int attempt = 0; attempt < 10000; ++attempt) {
        const QString name = prefix + QString::number(QRandomGenerator::global()->generate());
        const QString dir = isAbsPath(name) ? name : joinPath({base, name});
        if (::mkdir(QFile::encodeName(dir).constData(), 0700) == 0)
            return dir;
        const int err = errno;
        if (err == EEXIST)
            continue;
        if (err == ENOENT && !QFileInfo::exists(resolvedParent))
            return fail(QStringLiteral("stat %1: %2").arg(parent, errnoText(ENOENT)));
        return fail(QStringLiteral("mkdirtemp %1*: %2").arg(prefix, errnoText(err)));
    }
    return fail(QStringLiteral("mkdirtemp %1*: too many attempts").arg(prefix));
}

// BuildInit: CC, CXX and FC must split, and name a program by base name or
// absolute path.
QString checkCompilerVariables(const EnvLayers &layers, const QString &cc)
{
    for (const char *key : {"CC", "CXX", "FC"}) {
        const QString name = QLatin1String(key);
        const QString value = name == QLatin1String("CC") ? cc : layers.value(name);
        const auto args = splitQuoted(value);
        if (!args)
            return QStringLiteral("go: %1 environment variable could not be parsed: %2")
                .arg(name, args.error().message);
        if (args->isEmpty())
            continue;
        const QString path = args->first();
        if (!isAbsPath(path) && path.contains(QLatin1Char('/')))
            return QStringLiteral("go: %1 environment variable is relative; must be absolute "
                                  "path: %2")
                .arg(name, path);
    }
    return {};
}

// work.envList: the variable split into fields, fallback when unset.
Result<QStringList> envList(const EnvLayers &layers, const QString &key, const QString &fallback)
{
    const QString v = layers.valueOr(key, fallback);
    auto fields = splitQuoted(v);
    if (!fields)
        return fail(QStringLiteral("go: could not parse environment variable %1 with value %2: %3")
                        .arg(key, v, fields.error().message));
    return *fields;
}

QString joinOrSpace(const QStringList &args)
{
    const auto joined = joinQuoted(args);
    return joined ? *joined : args.join(QLatin1Char(' '));
}

class FlagProber
{
public:
    FlagProber(const CompilerSetup &setup, const QString &workDir)
        : m_setup(setup), m_workDir(workDir), m_run(setup.run ? setup.run : processCompilerRunner())
    {
    }

    Result<bool> supports(const QStringList &compiler, const QString &flag)
    {
        const QString key = compiler.first() + QLatin1Char('\n') + flag;
        if (m_known.contains(key))
            return m_known.value(key);
        // go consults its build cache for compilers it can find, and needs one.
        if (lookPath(compiler.first(), m_setup.layers.process()).usable &&
            !m_setup.cacheError.isEmpty())
            return fail(m_setup.cacheError);
        const bool linker = flag.startsWith(QLatin1String("-Wl,"));
        KILN_TRY(extra,
                 envList(m_setup.layers,
                         linker ? QStringLiteral("CGO_LDFLAGS") : QStringLiteral("CGO_CFLAGS"),
                         defaultCFlags));
        QStringList argv = compiler;
        argv << flag << extra;
        if (!linker)
            argv << QStringLiteral("-c");
        argv << QStringLiteral("-x") << QStringLiteral("c") << QStringLiteral("-")
             << QStringLiteral("-o") << QStringLiteral("/dev/null");
        QProcessEnvironment env = m_setup.layers.process();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        const QByteArray out = m_run(argv, m_workDir, env);
        bool ok = true;
        for (const char *marker : {"unrecognized", "unknown", "unrecognised", "is not supported",
                                   "not recognized", "unsupported"})
            ok = ok && !out.contains(marker);
        m_known.insert(key, ok);
        return ok;
    }

private:
    const CompilerSetup &m_setup;
    QString m_workDir;
    CompilerRunner m_run;
    QHash<QString, bool> m_known;
};

QStringList gccArchArgs(const QString &goos, const QString &goarch)
{
    if (goarch == QLatin1String("386"))
        return {QStringLiteral("-m32")};
    if (goarch == QLatin1String("amd64")) {
        if (goos == QLatin1String("darwin"))
            return {QStringLiteral("-arch"), QStringLiteral("x86_64"), QStringLiteral("-m64")};
        return {QStringLiteral("-m64")};
    }
    if (goarch == QLatin1String("arm64") && goos == QLatin1String("darwin"))
        return {QStringLiteral("-arch"), QStringLiteral("arm64")};
    if (goarch == QLatin1String("arm"))
        return {QStringLiteral("-marm")};
    if (goarch == QLatin1String("s390x"))
        return {QStringLiteral("-m64"), QStringLiteral("-march=z13")};
    if (goarch == QLatin1String("loong64"))
        return {QStringLiteral("-mabi=lp64d")};
    if (goarch == QLatin1String("ppc64") && goos == QLatin1String("aix"))
        return {QStringLiteral("-maix64")};
    return {};
}

// GOMIPS/GOMIPS64 add float ABI flags (buildcfg's values, i.e. the layers).
QStringList mipsArgs(const CompilerSetup &s)
{
    const QString arch = s.goarch;
    if (arch == QLatin1String("mips64") || arch == QLatin1String("mips64le")) {
        const QString fp =
            s.layers.valueOr(QStringLiteral("GOMIPS64"), QStringLiteral("hardfloat"));
        QStringList args{QStringLiteral("-mabi=64")};
        if (fp == QLatin1String("hardfloat"))
            args << QStringLiteral("-mhard-float");
        else if (fp == QLatin1String("softfloat"))
            args << QStringLiteral("-msoft-float");
        return args;
    }
    if (arch == QLatin1String("mips") || arch == QLatin1String("mipsle")) {
        const QString fp = s.layers.valueOr(QStringLiteral("GOMIPS"), QStringLiteral("hardfloat"));
        QStringList args{QStringLiteral("-mabi=32"), QStringLiteral("-march=mips32")};
        if (fp == QLatin1String("hardfloat"))
            args << QStringLiteral("-mhard-float") << QStringLiteral("-mfp32")
                 << QStringLiteral("-mno-odd-spreg");
        else if (fp == QLatin1String("softfloat"))
            args << QStringLiteral("-msoft-float");
        return args;
    }
    return gccArchArgs(s.goos, arch);
}

// Builder.compilerCmd for CC, minus the program, "-I" and its directory (the
// way `go env` prints GOGCCFLAGS: everything from the fourth word on).
Result<QString> gccFlags(const CompilerSetup &s, const QString &workDir)
{
    KILN_TRY(compiler, splitQuoted(s.cc));
    if (compiler.isEmpty())
        return fail(QStringLiteral("go: CC environment variable names no program"));
    FlagProber probe(s, workDir);
    QStringList cmd = compiler;
    cmd << QStringLiteral("-I") << QStringLiteral(".");
    if (s.goos != QLatin1String("windows"))
        cmd << QStringLiteral("-fPIC");
    cmd << mipsArgs(s);
    if (s.cgoEnabled)
        cmd << (s.goos == QLatin1String("windows") ? QStringLiteral("-mthreads")
                                                   : QStringLiteral("-pthread"));
    if (s.goos == QLatin1String("aix"))
        cmd << QStringLiteral("-mcmodel=large");
    for (const char *flag :
         {"-fno-caret-diagnostics", "-Qunused-arguments", "-Wl,--no-gc-sections"}) {
        KILN_TRY(ok, probe.supports(compiler, QLatin1String(flag)));
        if (ok)
            cmd << QLatin1String(flag);
    }
    cmd << QStringLiteral("-fmessage-length=0");
    KILN_TRY(debugMap, probe.supports(compiler, QStringLiteral("-fdebug-prefix-map=a=b")));
    if (debugMap) {
        KILN_TRY(fileMap, probe.supports(compiler, QStringLiteral("-ffile-prefix-map=a=b")));
        cmd << (fileMap ? QStringLiteral("-ffile-prefix-map=")
                        : QStringLiteral("-fdebug-prefix-map=")) +
                   workDir + QStringLiteral("=/tmp/go-build");
    }
    KILN_TRY(noRecord, probe.supports(compiler, QStringLiteral("-gno-record-gcc-switches")));
    if (noRecord)
        cmd << QStringLiteral("-gno-record-gcc-switches");
    if (s.goos == QLatin1String("darwin") || s.goos == QLatin1String("ios"))
        cmd << QStringLiteral("-fno-common");
    return joinOrSpace(cmd.mid(3));
}

Result<QList<EnvVar>> flagVariables(const CompilerSetup &s)
{
    struct Flags {
        const char *name;
        QString fallback;
    };
    const Flags flags[] = {{"CGO_CFLAGS", defaultCFlags},
                           {"CGO_CPPFLAGS", QString()},
                           {"CGO_CXXFLAGS", defaultCFlags},
                           {"CGO_FFLAGS", defaultCFlags},
                           {"CGO_LDFLAGS", defaultCFlags}};
    QList<EnvVar> vars;
    for (const Flags &f : flags) {
        KILN_TRY(list, envList(s.layers, QLatin1String(f.name), f.fallback));
        const QString value = joinOrSpace(list);
        vars.append({QLatin1String(f.name), value, value != f.fallback});
    }
    KILN_TRY(pkgConfig, envList(s.layers, QStringLiteral("PKG_CONFIG"), s.defaultPkgConfig));
    const QString pc = pkgConfig.value(0);
    vars.append({QStringLiteral("PKG_CONFIG"), pc, pc != s.defaultPkgConfig});
    return vars;
}

QString workDirParent(const CompilerSetup &s)
{
    const QString parent = s.layers.value(QStringLiteral("GOTMPDIR"));
    return parent.isEmpty() ? tempDir(s.layers.process()) : parent;
}

} // namespace

CompilerRunner processCompilerRunner()
{
    return [](const QStringList &argv, const QString &workDir, const QProcessEnvironment &env) {
        const LookPathResult program = lookPath(argv.first(), env);
        if (!program.usable)
            return QByteArray();
        ProcessSpec spec;
        spec.program = program.path;
        spec.arguments = argv.mid(1);
        spec.workingDir = workDir;
        spec.environment = env;
        // Both streams, as go's CombinedOutput (order does not matter here).
        const auto out = runProcess(spec, 60000);
        return out ? out->stdOut + out->stdErr : QByteArray();
    };
}

Result<QList<EnvVar>> compilerVariables(const CompilerSetup &setup)
{
    const QString bad = checkCompilerVariables(setup.layers, setup.cc);
    if (!bad.isEmpty())
        return fail(bad);
    auto made = makeWorkDir(workDirParent(setup), setup.workingDir);
    if (!made)
        return fail(QStringLiteral("go: creating work dir: ") + made.error().message);
    const QString workDir = *made;
    struct Cleanup {
        QString dir;
        ~Cleanup() { QDir(dir).removeRecursively(); }
    } cleanup{workDir};
    if (!isKnownPlatform(setup.goos, setup.goarch))
        return fail(
            QStringLiteral("go: unsupported GOOS/GOARCH pair %1/%2").arg(setup.goos, setup.goarch));
    KILN_TRY(vars, flagVariables(setup));
    KILN_TRY(gcc,
             gccFlags(setup, workDir.endsWith(QLatin1Char('/')) ? workDir.chopped(1) : workDir));
    vars.append({QStringLiteral("GOGCCFLAGS"), gcc, false});
    return vars;
}

} // namespace kiln::goenv
