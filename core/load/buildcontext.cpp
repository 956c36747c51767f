#include "load/buildcontext.h"

#include "load/buildconstraint.h"

#include <array>
#include <cstring>

namespace kiln::load
{

namespace
{

bool inList(const QString &s, std::initializer_list<const char *> list)
{
    for (const char *e : list)
        if (s == QLatin1String(e))
            return true;
    return false;
}

} // namespace

bool isKnownOS(const QString &goos)
{
    return inList(goos, {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos",
                         "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris",
                         "wasip1", "windows", "zos"});
}

bool isUnixOS(const QString &goos)
{
    return inList(goos, {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos",
                         "ios", "linux", "netbsd", "openbsd", "solaris"});
}

bool isKnownArch(const QString &goarch)
{
    return inList(goarch, {"386",       "amd64",       "amd64p32", "arm",    "armbe",   "arm64",
                           "arm64be",   "loong64",     "mips",     "mipsle", "mips64",  "mips64le",
                           "mips64p32", "mips64p32le", "ppc",      "ppc64",  "ppc64le", "riscv",
                           "riscv64",   "s390",        "s390x",    "sparc",  "sparc64", "wasm"});
}

// ---- BuildContext ------------------------------------------------------------------

bool BuildContext::matchTag(const QString &name, QSet<QString> *allTags) const
{
    if (allTags)
        allTags->insert(name);
    if (cgoEnabled && name == QLatin1String("cgo"))
        return true;
    if (name == goos || name == goarch || name == compiler)
        return true;
    if (goos == QLatin1String("android") && name == QLatin1String("linux"))
        return true;
    if (goos == QLatin1String("illumos") && name == QLatin1String("solaris"))
        return true;
    if (goos == QLatin1String("ios") && name == QLatin1String("darwin"))
        return true;
    if (name == QLatin1String("unix") && isUnixOS(goos))
        return true;
    // boringcrypto is the old name of goexperiment.boringcrypto.
    const QString tag =
        name == QLatin1String("boringcrypto") ? QStringLiteral("goexperiment.boringcrypto") : name;
    return buildTags.contains(tag) || toolTags.contains(tag) || releaseTags.contains(tag);
}

bool BuildContext::eval(const BuildExpr &x, QSet<QString> *allTags) const
{
    return x.eval([&](const QString &tag) { return matchTag(tag, allTags); });
}

bool BuildContext::matchAuto(const QString &text, QSet<QString> *allTags) const
{
    const bool goBuildSyntax = text.contains(QLatin1Char('&')) || text.contains(QLatin1Char('|')) ||
                               text.contains(QLatin1Char('(')) || text.contains(QLatin1Char(')'));
    const QByteArray line =
        (goBuildSyntax ? QByteArray("//go:build ") : QByteArray("// +build ")) + text.toUtf8();
    const ConstraintParse x = parseConstraintLine(line);
    return x && eval(*x, allTags);
}

bool BuildContext::goodOSArchFile(const QString &fileName, QSet<QString> *allTags) const
{
    QString name = fileName.section(QLatin1Char('.'), 0, 0);
    const qsizetype underscore = name.indexOf(QLatin1Char('_'));
    if (underscore < 0)
        return true;
    // Only a suffix after the first '_' counts: "linux.go" is not tagged,
    // "foo_linux.go" is.
    QStringList l = name.sliced(underscore).split(QLatin1Char('_'));
    if (!l.isEmpty() && l.last() == QLatin1String("test"))
        l.removeLast();
    const qsizetype n = l.size();
    if (n >= 2 && isKnownOS(l[n - 2]) && isKnownArch(l[n - 1])) {
        if (allTags)
            allTags->insert(l[n - 2]); // in case the arch check short-circuits
        return matchTag(l[n - 1], allTags) && matchTag(l[n - 2], allTags);
    }
    if (n >= 1 && (isKnownOS(l[n - 1]) || isKnownArch(l[n - 1])))
        return matchTag(l[n - 1], allTags);
    return true;
}

// ---- tool tags ---------------------------------------------------------------------

namespace
{

// internal/goexperiment.Flags, lower-cased, in declaration order.
constexpr std::array<const char *, 20> kExperiments = {
    "fieldtrack",
    "preemptibleloops",
    "staticlockranking",
    "boringcrypto",
    "regabiwrappers",
    "regabiargs",
    "heapminimum512kib",
    "arenas",
    "cgocheck2",
    "loopvar",
    "cacheprog",
    "newinliner",
    "rangefunc",
    "aliastypeparams",
    "swissmap",
    "synchashtriemap",
    "synctest",
    "dwarf5",
    "jsonv2",
    "greenteagc",
};

int experimentIndex(const QString &name)
{
    for (size_t i = 0; i < kExperiments.size(); ++i)
        if (name == QLatin1String(kExperiments[i]))
            return int(i);
    return -1;
}

QStringList levels(const QString &prefix, int from, int to)
{
    QStringList out;
    for (int i = from; i <= to; ++i)
        out.append(prefix + QString::number(i));
    return out;
}

} // namespace

namespace
{

using ExperimentFlags = std::array<bool, kExperiments.size()>;

// internal/buildcfg's baseline for a platform: what is on without GOEXPERIMENT.
ExperimentFlags experimentBaseline(const QString &goos, const QString &goarch)
{
    const bool regabi =
        inList(goarch, {"amd64", "arm64", "loong64", "ppc64le", "ppc64", "riscv64"});
    // DWARF 5 is off where the platform's tools cannot read it.
    const bool dwarf5 = !inList(goos, {"darwin", "ios", "aix"});
    ExperimentFlags on{};
    const auto set = [&](const char *name, bool v) {
        on[experimentIndex(QLatin1String(name))] = v;
    };
    set("regabiwrappers", regabi);
    set("regabiargs", regabi);
    set("aliastypeparams", true);
    set("swissmap", true);
    set("synchashtriemap", true);
    set("dwarf5", dwarf5);
    return on;
}

Result<ExperimentFlags> parseExperiments(const QString &goos, const QString &goarch,
                                         const QString &goexperiment)
{
    ExperimentFlags on = experimentBaseline(goos, goarch);
    const auto set = [&](const char *name, bool v) {
        on[experimentIndex(QLatin1String(name))] = v;
    };
    for (QString f : goexperiment.split(QLatin1Char(','))) {
        if (f.isEmpty())
            continue;
        if (f == QLatin1String("none")) {
            on.fill(false);
            continue;
        }
        bool value = true;
        if (f.startsWith(QLatin1String("no"))) {
            f = f.sliced(2);
            value = false;
        }
        if (f == QLatin1String("regabi")) { // an alias for the working regabi parts
            set("regabiwrappers", value);
            set("regabiargs", value);
            continue;
        }
        const int i = experimentIndex(f);
        if (i < 0)
            return fail(QStringLiteral("unknown GOEXPERIMENT ") + f);
        on[i] = value;
    }
    // The register ABI is always on where supported, never elsewhere.
    const bool regabi =
        experimentBaseline(goos, goarch)[experimentIndex(QLatin1String("regabiargs"))];
    set("regabiwrappers", regabi);
    set("regabiargs", regabi);
    return on;
}

} // namespace

Result<QStringList> experimentTags(const QString &goos, const QString &goarch,
                                   const QString &goexperiment)
{
    KILN_TRY(on, parseExperiments(goos, goarch, goexperiment));
    QStringList tags;
    for (size_t i = 0; i < kExperiments.size(); ++i)
        if (on[i])
            tags.append(QStringLiteral("goexperiment.") + QLatin1String(kExperiments[i]));
    return tags;
}

Result<QString> cleanExperiment(const QString &goos, const QString &goarch,
                                const QString &goexperiment)
{
    KILN_TRY(on, parseExperiments(goos, goarch, goexperiment));
    const ExperimentFlags base = experimentBaseline(goos, goarch);
    QStringList parts;
    for (size_t i = 0; i < kExperiments.size(); ++i)
        if (on[i] != base[i])
            parts.append((on[i] ? QString() : QStringLiteral("no")) +
                         QLatin1String(kExperiments[i]));
    return parts.join(QLatin1Char(','));
}

QString archLevelVariable(const QString &goarch)
{
    struct Entry {
        const char *arch;
        const char *var;
    };
    static constexpr Entry table[] = {
        {"386", "GO386"},       {"amd64", "GOAMD64"},     {"arm", "GOARM"},
        {"arm64", "GOARM64"},   {"mips", "GOMIPS"},       {"mipsle", "GOMIPS"},
        {"mips64", "GOMIPS64"}, {"mips64le", "GOMIPS64"}, {"ppc64", "GOPPC64"},
        {"ppc64le", "GOPPC64"}, {"riscv64", "GORISCV64"}, {"wasm", "GOWASM"},
    };
    for (const Entry &e : table)
        if (goarch == QLatin1String(e.arch))
            return QLatin1String(e.var);
    return {};
}

Result<QStringList> archFeatureTags(const QString &goarch, const QString &level)
{
    const auto orDefault = [&](const char *def) {
        return level.isEmpty() ? QString::fromLatin1(def) : level;
    };
    const QString dot = goarch + QLatin1Char('.');
    if (goarch == QLatin1String("386"))
        return QStringList{dot + orDefault("softfloat")};
    if (goarch == QLatin1String("amd64")) {
        const QString v = orDefault("v1");
        if (!inList(v, {"v1", "v2", "v3", "v4"}))
            return fail(QStringLiteral("invalid GOAMD64: must be v1, v2, v3, v4"));
        return levels(dot + QLatin1Char('v'), 1, v.sliced(1).toInt());
    }
    if (goarch == QLatin1String("arm")) {
        QString v = orDefault("7");
        for (const char *opt : {",softfloat", ",hardfloat"})
            if (v.endsWith(QLatin1String(opt)))
                v.chop(10);
        if (!inList(v, {"5", "6", "7"}))
            return fail(
                QStringLiteral("invalid GOARM: must start with 5, 6, or 7, and may "
                               "optionally end in either \",hardfloat\" or \",softfloat\""));
        return levels(dot, 5, v.toInt());
    }
    if (goarch == QLatin1String("arm64")) {
        QString v = orDefault("v8.0");
        for (bool more = true; more;) {
            more = false;
            for (const char *opt : {",lse", ",crypto"})
                if (v.endsWith(QLatin1String(opt))) {
                    v.chop(qsizetype(strlen(opt)));
                    more = true;
                }
        }
        const bool ok =
            v.size() == 4 && v[0] == QLatin1Char('v') && v[2] == QLatin1Char('.') &&
            ((v[1] == QLatin1Char('8') && v[3].isDigit()) ||
             (v[1] == QLatin1Char('9') && v[3] >= QLatin1Char('0') && v[3] <= QLatin1Char('5')));
        if (!ok)
            return fail(QStringLiteral("invalid GOARM64: must start with v8.{0-9} or v9.{0-5} and "
                                       "may optionally end in \",lse\" and/or \",crypto\""));
        const int major = v[1].digitValue();
        const int minor = v[3].digitValue();
        QStringList out =
            levels(dot + QLatin1Char('v') + QString::number(major) + QLatin1Char('.'), 0, minor);
        // v9.x includes v8.(x+5).
        if (major == 9)
            out += levels(dot + QStringLiteral("v8."), 0, std::min(minor + 5, 9));
        return out;
    }
    if (inList(goarch, {"mips", "mipsle", "mips64", "mips64le"})) {
        const QString v = orDefault("hardfloat");
        if (!inList(v, {"hardfloat", "softfloat"}))
            return fail(QStringLiteral("invalid %1: must be hardfloat, softfloat")
                            .arg(archLevelVariable(goarch)));
        return QStringList{dot + v};
    }
    if (goarch == QLatin1String("ppc64") || goarch == QLatin1String("ppc64le")) {
        const QString v = orDefault("power8");
        if (!inList(v, {"power8", "power9", "power10"}))
            return fail(QStringLiteral("invalid GOPPC64: must be power8, power9, power10"));
        return levels(dot + QStringLiteral("power"), 8, v.sliced(5).toInt());
    }
    if (goarch == QLatin1String("riscv64")) {
        const QString v = orDefault("rva20u64");
        if (!inList(v, {"rva20u64", "rva22u64", "rva23u64"}))
            return fail(QStringLiteral("invalid GORISCV64: must be rva20u64, rva22u64, rva23u64"));
        QStringList out{dot + QStringLiteral("rva20u64")};
        if (v != QLatin1String("rva20u64"))
            out.append(dot + QStringLiteral("rva22u64"));
        if (v == QLatin1String("rva23u64"))
            out.append(dot + QStringLiteral("rva23u64"));
        return out;
    }
    if (goarch == QLatin1String("wasm")) {
        bool satconv = false;
        bool signext = false;
        for (const QString &opt : level.split(QLatin1Char(','))) {
            if (opt == QLatin1String("satconv"))
                satconv = true;
            else if (opt == QLatin1String("signext"))
                signext = true;
            else if (!opt.isEmpty())
                return fail(QStringLiteral("invalid GOWASM: no such feature \"%1\"").arg(opt));
        }
        QStringList out;
        if (satconv)
            out.append(dot + QStringLiteral("satconv"));
        if (signext)
            out.append(dot + QStringLiteral("signext"));
        return out;
    }
    return QStringList{};
}

Result<BuildContext> makeBuildContext(const TargetConfig &target)
{
    BuildContext ctx;
    ctx.goos = target.goos;
    ctx.goarch = target.goarch;
    ctx.cgoEnabled = target.cgo == Cgo::Enabled;
    ctx.buildTags = target.buildTags;
    KILN_TRY(experiments, experimentTags(target.goos, target.goarch, target.goexperiment));
    KILN_TRY(features, archFeatureTags(target.goarch, target.archLevel));
    ctx.toolTags = experiments + features + target.modeTags;
    ctx.releaseTags = levels(QStringLiteral("go1."), 1, target.goMinor);
    return ctx;
}

} // namespace kiln::load
