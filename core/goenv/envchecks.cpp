#include "goenv/envchecks.h"

#include "base/goquote.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <functional>

namespace kiln::goenv
{

namespace
{

// internal/goexperiment.Flags of Go 1.25, lower-cased, plus the "regabi" alias.
const char experimentNames[] =
    "fieldtrack preemptibleloops staticlockranking boringcrypto regabiwrappers "
    "regabiargs heapminimum512kib arenas cgocheck2 loopvar cacheprog newinliner "
    "rangefunc aliastypeparams swissmap synchashtriemap synctest dwarf5 jsonv2 "
    "greenteagc regabi";

bool isExperiment(const QString &name)
{
    static const QStringList names =
        QString::fromLatin1(experimentNames).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return names.contains(name);
}

QString quoted(const QString &s)
{
    return QString::fromUtf8(goQuote(s.toUtf8()));
}

QString oneOf(const QString &value, const QStringList &allowed, const QString &message)
{
    return allowed.contains(value) ? QString() : message;
}

QString goarmError(const QString &v)
{
    QString level = v;
    if (level.endsWith(QLatin1String(",softfloat")))
        level.chop(10);
    if (level.endsWith(QLatin1String(",hardfloat")))
        level.chop(10);
    return oneOf(level, {QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")},
                 QStringLiteral("invalid GOARM: must start with 5, 6, or 7, and may optionally "
                                "end in either \",hardfloat\" or \",softfloat\""));
}

QString goarm64Error(const QString &v)
{
    QString level = v;
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QLatin1String suffix : {QLatin1String(",lse"), QLatin1String(",crypto")}) {
            if (level.endsWith(suffix)) {
                level.chop(suffix.size());
                stripped = true;
            }
        }
    }
    static const QRegularExpression ok(QStringLiteral(R"(^v(8\.[0-9]|9\.[0-5])$)"));
    return ok.match(level).hasMatch()
               ? QString()
               : QStringLiteral("invalid GOARM64: must start with v8.{0-9} or v9.{0-5} and may "
                                "optionally end in \",lse\" and/or \",crypto\"");
}

QString gowasmError(const QString &v)
{
    QString error;
    for (const QString &feature : v.split(QLatin1Char(','))) {
        if (!feature.isEmpty() && feature != QLatin1String("satconv") &&
            feature != QLatin1String("signext"))
            error = QStringLiteral("invalid GOWASM: no such feature %1").arg(quoted(feature));
    }
    return error;
}

bool isFipsVersion(const QString &v)
{
    static const QRegularExpression re(QStringLiteral(R"(^v[0-9]+\.[0-9]+\.[0-9]+(-.{8})?$)"));
    return re.match(v).hasMatch();
}

QString gofips140Error(const QString &v)
{
    if (QStringList{QStringLiteral("off"), QStringLiteral("latest"), QStringLiteral("inprocess"),
                    QStringLiteral("certified")}
            .contains(v) ||
        isFipsVersion(v))
        return {};
    return QStringLiteral(
        "invalid GOFIPS140: must be off, latest, inprocess, certified, or vX.Y.Z");
}

// Strips a leading decimal without a superfluous leading zero (gover.cutInt).
bool cutInt(QString &x)
{
    qsizetype i = 0;
    while (i < x.size() && x.at(i).isDigit() && x.at(i).unicode() < 128)
        ++i;
    if (i == 0 || (x.at(0) == QLatin1Char('0') && i != 1))
        return false;
    x = x.mid(i);
    return true;
}

} // namespace

QString experimentError(const QString &goexperiment)
{
    for (const QString &f : goexperiment.split(QLatin1Char(','))) {
        if (f.isEmpty() || f == QLatin1String("none"))
            continue;
        const QString name = f.startsWith(QLatin1String("no")) ? f.mid(2) : f;
        if (!isExperiment(name))
            return QStringLiteral("unknown GOEXPERIMENT %1").arg(name);
    }
    return {};
}

bool experimentEnablesBoringCrypto(const QString &goexperiment)
{
    bool on = false;
    for (const QString &f : goexperiment.split(QLatin1Char(','))) {
        if (f == QLatin1String("none") || f == QLatin1String("noboringcrypto"))
            on = false;
        else if (f == QLatin1String("boringcrypto"))
            on = true;
    }
    return on;
}

QString buildcfgError(const QProcessEnvironment &env, const BuildDefaults &defaults,
                      const QString &goos, const QString &goarch)
{
    const auto get = [&](const char *name, const QString &fallback) {
        const QString v = env.value(QLatin1String(name));
        return v.isEmpty() ? fallback : v;
    };
    const auto def = [&](const char *name) { return defaults.constant(QLatin1String(name)); };
    const QString armDefault = goos == QLatin1String("android") && goarch == QLatin1String("arm")
                                   ? QStringLiteral("7")
                                   : def("DefaultGOARM");
    const QStringList floats = {QStringLiteral("hardfloat"), QStringLiteral("softfloat")};
    QString error;
    const auto keep = [&error](const QString &e) {
        if (!e.isEmpty())
            error = e;
    };
    keep(oneOf(
        get("GOAMD64", def("DefaultGOAMD64")),
        {QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3"), QStringLiteral("v4")},
        QStringLiteral("invalid GOAMD64: must be v1, v2, v3, v4")));
    keep(goarmError(get("GOARM", armDefault)));
    error = goarm64Error(get("GOARM64", def("DefaultGOARM64"))); // assigns, as go does
    keep(oneOf(get("GOMIPS", def("DefaultGOMIPS")), floats,
               QStringLiteral("invalid GOMIPS: must be hardfloat, softfloat")));
    keep(oneOf(get("GOMIPS64", def("DefaultGOMIPS64")), floats,
               QStringLiteral("invalid GOMIPS64: must be hardfloat, softfloat")));
    keep(oneOf(get("GOPPC64", def("DefaultGOPPC64")),
               {QStringLiteral("power8"), QStringLiteral("power9"), QStringLiteral("power10")},
               QStringLiteral("invalid GOPPC64: must be power8, power9, power10")));
    keep(oneOf(get("GORISCV64", def("DefaultGORISCV64")),
               {QStringLiteral("rva20u64"), QStringLiteral("rva22u64"), QStringLiteral("rva23u64")},
               QStringLiteral("invalid GORISCV64: must be rva20u64, rva22u64, rva23u64")));
    keep(gowasmError(env.value(QStringLiteral("GOWASM"))));
    keep(experimentError(get("GOEXPERIMENT", def("defaultGOEXPERIMENT"))));
    keep(gofips140Error(get("GOFIPS140", def("DefaultGOFIPS140"))));
    return error;
}

QString canonicalGowasm(const QString &value)
{
    const QStringList features = value.split(QLatin1Char(','));
    QStringList out;
    for (const QLatin1String name : {QLatin1String("satconv"), QLatin1String("signext")}) {
        if (features.contains(name))
            out.append(name);
    }
    return out.join(QLatin1Char(','));
}

bool isValidGoVersion(const QString &version)
{
    QString x = version;
    if (!cutInt(x))
        return false;
    if (x.isEmpty())
        return true;
    if (x.at(0) != QLatin1Char('.'))
        return false;
    x = x.mid(1);
    if (!cutInt(x))
        return false;
    if (x.isEmpty())
        return true;
    if (x.at(0) == QLatin1Char('.')) {
        x = x.mid(1);
        return cutInt(x) && x.isEmpty();
    }
    qsizetype i = 0;
    while (i < x.size() && !(x.at(i) >= QLatin1Char('0') && x.at(i) <= QLatin1Char('9'))) {
        if (x.at(i) < QLatin1Char('a') || x.at(i) > QLatin1Char('z'))
            return false;
        ++i;
    }
    if (i == 0)
        return false;
    x = x.mid(i);
    return x.isEmpty() || (cutInt(x) && x.isEmpty());
}

QString versionFromToolchain(const QString &name)
{
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        !name.startsWith(QLatin1String("go")))
        return {};
    QString v = name.mid(2);
    static const QRegularExpression cut(QStringLiteral("[ \\t-]"));
    const qsizetype i = v.indexOf(cut);
    if (i >= 0)
        v.truncate(i);
    return isValidGoVersion(v) ? v : QString();
}

QString gotoolchainError(const QString &gotoolchain)
{
    if (gotoolchain.isEmpty() || gotoolchain == QLatin1String("auto") ||
        gotoolchain == QLatin1String("path"))
        return {};
    const qsizetype plus = gotoolchain.indexOf(QLatin1Char('+'));
    const QString min = plus < 0 ? gotoolchain : gotoolchain.left(plus);
    const QString suffix = plus < 0 ? QString() : gotoolchain.mid(plus + 1);
    if (min != QLatin1String("local") && versionFromToolchain(min).isEmpty()) {
        if (plus >= 0)
            return QStringLiteral("invalid GOTOOLCHAIN %1: invalid minimum toolchain %2")
                .arg(quoted(gotoolchain), quoted(min));
        return QStringLiteral("invalid GOTOOLCHAIN %1").arg(quoted(gotoolchain));
    }
    if (plus >= 0 && suffix != QLatin1String("auto") && suffix != QLatin1String("path"))
        return QStringLiteral("invalid GOTOOLCHAIN %1: only version suffixes are +auto and +path")
            .arg(quoted(gotoolchain));
    return {};
}

QString gotoolchainMinimum(const QString &gotoolchain)
{
    if (gotoolchain == QLatin1String("auto") || gotoolchain == QLatin1String("path"))
        return {};
    const QString min = gotoolchain.section(QLatin1Char('+'), 0, 0);
    return min == QLatin1String("local") ? QString() : min;
}

QString fipsError(const QString &gofips140, const QString &goroot, const QString &goexperiment)
{
    QString v = gofips140;
    const bool enabled = !(v.isEmpty() || v == QLatin1String("off"));
    if (enabled && v != QLatin1String("latest")) {
        if (v.contains(QLatin1Char('/')) || v.contains(QLatin1Char('\\')) ||
            v.contains(QLatin1String("..")))
            return QStringLiteral("malformed GOFIPS140 version %1").arg(quoted(gofips140));
        const QString dir = goroot + QStringLiteral("/lib/fips140/");
        QFile redirect(dir + v + QStringLiteral(".txt"));
        if (redirect.open(QIODevice::ReadOnly)) {
            v = QString::fromUtf8(redirect.readAll()).trimmed();
            if (!QFileInfo::exists(dir + v + QStringLiteral(".zip")))
                return QStringLiteral("unknown GOFIPS140 version %1 (from %2)")
                    .arg(quoted(v), quoted(gofips140));
        }
        if (!QFileInfo::exists(dir + v + QStringLiteral(".zip")))
            return QStringLiteral("unknown GOFIPS140 version %1").arg(quoted(v));
    }
    if (enabled && experimentEnablesBoringCrypto(goexperiment))
        return QStringLiteral("cannot use GOFIPS140 with GOEXPERIMENT=boringcrypto");
    return {};
}

} // namespace kiln::goenv
