#include "flags/buildflags.h"

#include "flags/goflags.h"
#include "goenv/quotedargs.h"

#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace kiln::flags
{

namespace
{

using Setter = FlagSet::Setter;

Setter boolInto(bool &target)
{
    return [&target](const QString &v) -> Result<void> {
        const auto b = parseGoBool(v);
        if (!b)
            return fail(QStringLiteral("parse error"));
        target = *b;
        return {};
    };
}

Setter stringInto(QString &target)
{
    return [&target](const QString &v) -> Result<void> {
        target = v;
        return {};
    };
}

// base.StringsFlag: quoted.Split.
Setter stringsInto(QStringList &target)
{
    return [&target](const QString &v) -> Result<void> {
        target.clear();
        KILN_TRY(fields, goenv::splitQuoted(v));
        target = fields;
        return {};
    };
}

// work.tagsFlag: "a,b" (empty elements dropped), or for go 1.12 compatibility
// a value with a space or a quote is split like a StringsFlag.
Setter tagsInto(QStringList &target)
{
    return [&target](const QString &v) -> Result<void> {
        if (v.contains(QLatin1Char(' ')) || v.contains(QLatin1Char('\'')))
            return stringsInto(target)(v);
        target = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        return {};
    };
}

Setter perPackageInto(PerPackageFlag &target, const QString &workingDir)
{
    return [&target, workingDir](const QString &v) { return target.set(v, workingDir); };
}

// What os.Chdir would say about dir (errno text as Go's syscall package
// words it), or "" when it is an enterable directory.
QString chdirProblem(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        switch (errno) {
        case ENOTDIR:
            return QStringLiteral("not a directory");
        case EACCES:
            return QStringLiteral("permission denied");
        case ELOOP:
            return QStringLiteral("too many levels of symbolic links");
        case ENAMETOOLONG:
            return QStringLiteral("file name too long");
        default:
            return QStringLiteral("no such file or directory");
        }
    }
    if (!S_ISDIR(st.st_mode))
        return QStringLiteral("not a directory");
    if (::access(QFile::encodeName(path).constData(), X_OK) != 0)
        return QStringLiteral("permission denied");
    return {};
}

// main.go handleChdirFlag: takes -C from the front of args. Sets f.chdir and
// f.workingDir; the error is go's base.Fatalf text.
std::optional<FlagError> takeChdir(QStringList &args, BuildFlags &f)
{
    if (args.isEmpty())
        return std::nullopt;
    const QString a = args.first();
    QString dir;
    if (a == QLatin1String("-C") || a == QLatin1String("--C")) {
        if (args.size() < 2)
            return std::nullopt;
        dir = args.at(1);
        args.remove(0, 2);
    } else if (a.startsWith(QLatin1String("-C=")) || a.startsWith(QLatin1String("--C="))) {
        dir = a.mid(a.indexOf(QLatin1Char('=')) + 1);
        args.removeFirst();
    } else {
        return std::nullopt;
    }
    f.chdir = dir;
    const QString path = dir.startsWith(QLatin1Char('/')) ? dir : f.workingDir + u'/' + dir;
    // chdir("") fails like a missing directory.
    const QString problem =
        dir.isEmpty() ? QStringLiteral("no such file or directory") : chdirProblem(path);
    if (!problem.isEmpty())
        return FlagError{QStringLiteral("go: chdir %1: %2").arg(dir, problem), 1};
    // os.Getwd after chdir: $PWD (the caller's directory) if it is the same
    // directory, else the real path.
    const QString real = QFileInfo(path).canonicalFilePath();
    if (real != QFileInfo(f.workingDir).canonicalFilePath())
        f.workingDir = real;
    return std::nullopt;
}

void addBuildFlags(FlagSet &fs, BuildFlags &f)
{
    fs.add(QStringLiteral("o"), FlagKind::Value, stringInto(f.output));
    fs.add(QStringLiteral("n"), FlagKind::Bool, boolInto(f.dryRun));
    fs.add(QStringLiteral("x"), FlagKind::Bool, boolInto(f.printCommands));
    fs.add(QStringLiteral("C"), FlagKind::Value, [](const QString &) -> Result<void> {
        return fail(QStringLiteral("-C flag must be first flag on command line"));
    });
    fs.add(QStringLiteral("a"), FlagKind::Bool, boolInto(f.forceRebuild));
    fs.add(QStringLiteral("p"), FlagKind::Value, [&f](const QString &v) -> Result<void> {
        KILN_TRY(n, parseGoInt(v));
        f.parallel = n;
        return {};
    });
    fs.add(QStringLiteral("v"), FlagKind::Bool, boolInto(f.verbose));
    fs.add(QStringLiteral("asan"), FlagKind::Bool, boolInto(f.asan));
    fs.add(QStringLiteral("asmflags"), FlagKind::Value, perPackageInto(f.asmflags, f.workingDir));
    fs.add(QStringLiteral("compiler"), FlagKind::Value, [&f](const QString &v) -> Result<void> {
        if (v != QLatin1String("gc") && v != QLatin1String("gccgo"))
            return fail(QStringLiteral("unknown compiler \"%1\"").arg(v));
        f.compiler = v;
        return {};
    });
    fs.add(QStringLiteral("buildmode"), FlagKind::Value, stringInto(f.buildmode));
    fs.add(QStringLiteral("buildvcs"), FlagKind::Bool, [&f](const QString &v) -> Result<void> {
        if (v.isEmpty() || v == QLatin1String("auto")) {
            f.buildvcs = BuildVcs::Auto;
            return {};
        }
        const auto b = parseGoBool(v);
        if (!b)
            return fail(QStringLiteral("value is neither 'auto' nor a valid bool"));
        f.buildvcs = *b ? BuildVcs::True : BuildVcs::False;
        return {};
    });
    fs.add(QStringLiteral("gcflags"), FlagKind::Value, perPackageInto(f.gcflags, f.workingDir));
    fs.add(QStringLiteral("gccgoflags"), FlagKind::Value,
           perPackageInto(f.gccgoflags, f.workingDir));
    fs.add(QStringLiteral("mod"), FlagKind::Value, [&f](const QString &v) -> Result<void> {
        f.mod = v;
        f.modExplicit = f.modExplicit || !v.isEmpty();
        return {};
    });
    fs.add(QStringLiteral("modcacherw"), FlagKind::Bool, boolInto(f.modcacherw));
    fs.add(QStringLiteral("modfile"), FlagKind::Value, stringInto(f.modfile));
    fs.add(QStringLiteral("overlay"), FlagKind::Value, stringInto(f.overlay));
    fs.add(QStringLiteral("installsuffix"), FlagKind::Value, stringInto(f.installsuffix));
    fs.add(QStringLiteral("json"), FlagKind::Bool, boolInto(f.json));
    fs.add(QStringLiteral("ldflags"), FlagKind::Value, perPackageInto(f.ldflags, f.workingDir));
    fs.add(QStringLiteral("linkshared"), FlagKind::Bool, boolInto(f.linkshared));
    fs.add(QStringLiteral("msan"), FlagKind::Bool, boolInto(f.msan));
    fs.add(QStringLiteral("pgo"), FlagKind::Value, stringInto(f.pgo));
    fs.add(QStringLiteral("pkgdir"), FlagKind::Value, stringInto(f.pkgdir));
    fs.add(QStringLiteral("race"), FlagKind::Bool, boolInto(f.race));
    fs.add(QStringLiteral("tags"), FlagKind::Value, tagsInto(f.tags));
    fs.add(QStringLiteral("toolexec"), FlagKind::Value, stringsInto(f.toolexec));
    fs.add(QStringLiteral("trimpath"), FlagKind::Bool, boolInto(f.trimpath));
    fs.add(QStringLiteral("work"), FlagKind::Bool, boolInto(f.keepWork));
    fs.add(QStringLiteral("debug-actiongraph"), FlagKind::Value, stringInto(f.debugActiongraph));
    fs.add(QStringLiteral("debug-runtime-trace"), FlagKind::Value, stringInto(f.debugRuntimeTrace));
    fs.add(QStringLiteral("debug-trace"), FlagKind::Value, stringInto(f.debugTrace));
    // AddCoverFlags: -covermode and -coverpkg imply -cover.
    fs.add(QStringLiteral("cover"), FlagKind::Bool, boolInto(f.cover));
    fs.add(QStringLiteral("covermode"), FlagKind::Value, [&f](const QString &v) -> Result<void> {
        if (!v.isEmpty() && v != QLatin1String("set") && v != QLatin1String("count") &&
            v != QLatin1String("atomic"))
            return fail(QStringLiteral("valid modes are \"set\", \"count\", or \"atomic\""));
        f.covermode = v;
        f.cover = true;
        return {};
    });
    fs.add(QStringLiteral("coverpkg"), FlagKind::Value, [&f](const QString &v) -> Result<void> {
        f.coverpkg = v.isEmpty() ? QStringList() : v.split(QLatin1Char(','));
        f.cover = true;
        return {};
    });
}

} // namespace

FlagResult<BuildFlags> parseBuildFlags(const QStringList &args, const QString &goflags,
                                       const QString &workingDir)
{
    BuildFlags f;
    f.workingDir = workingDir;
    QStringList rest = args;
    if (auto err = takeChdir(rest, f))
        return std::unexpected(*err);
    KILN_TRY(words, splitGoflags(goflags));
    f.goflags = words;
    FlagSet fs(QStringLiteral("go build [-o output] [build flags] [packages]"),
               QStringLiteral("build"));
    addBuildFlags(fs, f);
    if (auto applied = fs.setFromGoflags(words); !applied)
        return std::unexpected(applied.error());
    KILN_TRY(packages, fs.parse(rest));
    f.packages = packages;
    return f;
}

std::optional<FlagError> checkBuildFlags(const BuildFlags &f, ModuleMode mode)
{
    auto fatal = [](const QString &message) { return FlagError{message, 1}; };
    const bool gopath = mode == ModuleMode::Gopath;
    if (f.mod == QLatin1String("readonly") || f.mod == QLatin1String("vendor") ||
        f.mod == QLatin1String("mod")) {
        if (gopath && !inGoflags(f.goflags, QStringLiteral("-mod")))
            return fatal(
                QStringLiteral("build flag -mod=%1 only valid when using modules").arg(f.mod));
    } else if (!f.mod.isEmpty()) {
        return fatal(QStringLiteral("-mod=%1 not supported (can be '', 'mod', 'readonly', or "
                                    "'vendor')")
                         .arg(f.mod));
    }
    if (gopath && f.modcacherw && !inGoflags(f.goflags, QStringLiteral("-modcacherw")))
        return fatal(QStringLiteral("build flag -modcacherw only valid when using modules"));
    if (gopath && !f.modfile.isEmpty() && !inGoflags(f.goflags, QStringLiteral("-mod")))
        return fatal(QStringLiteral("build flag -modfile only valid when using modules"));
    if (f.parallel && *f.parallel <= 0)
        return fatal(QStringLiteral("go: -p must be a positive integer: %1").arg(*f.parallel));
    return std::nullopt;
}

load::LoadFlags BuildFlags::loadFlags() const
{
    load::LoadFlags l;
    l.tags = tags;
    l.mod = mod;
    l.tagsSet = true;
    if (race)
        l.modeTags = {QStringLiteral("race")};
    return l;
}

ToolFlags BuildFlags::toolFlagsFor(const load::Package &p, PackageOrigin origin,
                                   const ModuleScope &scope) const
{
    return ToolFlags{gcflags.flagsFor(p, origin, scope), asmflags.flagsFor(p, origin, scope),
                     ldflags.flagsFor(p, origin, scope), gccgoflags.flagsFor(p, origin, scope)};
}

} // namespace kiln::flags
