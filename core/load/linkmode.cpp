#include "load/linkmode.h"

namespace kiln::load
{

namespace
{

// internal/platform.MustLinkExternal(goos, goarch, false).
bool mustLinkExternal(const QString &goos, const QString &goarch)
{
    if (goos == QLatin1String("android"))
        return goarch != QLatin1String("arm64");
    if (goos == QLatin1String("ios"))
        return goarch == QLatin1String("arm64");
    return false;
}

// internal/platform.InternalLinkPIESupported.
bool internalLinkPieSupported(const QString &goos, const QString &goarch)
{
    static const QStringList supported = {
        QStringLiteral("android/arm64"), QStringLiteral("darwin/amd64"),
        QStringLiteral("darwin/arm64"),  QStringLiteral("linux/amd64"),
        QStringLiteral("linux/arm64"),   QStringLiteral("linux/loong64"),
        QStringLiteral("linux/ppc64le"), QStringLiteral("windows/386"),
        QStringLiteral("windows/amd64"), QStringLiteral("windows/arm"),
        QStringLiteral("windows/arm64")};
    return supported.contains(goos + QLatin1Char('/') + goarch);
}

// The last -linkmode in ldflags: its reason word when it asks for external
// linking, "" for internal (or any other mode) and when there is none.
QString linkmodeReason(const QStringList &ldflags)
{
    for (qsizetype i = ldflags.size() - 1; i >= 0; --i) {
        const QString &a = ldflags[i];
        const bool separate = a == QLatin1String("-linkmode") && i + 1 < ldflags.size();
        if (a == QLatin1String("-linkmode=external") ||
            (separate && ldflags[i + 1] == QLatin1String("external")))
            return a;
        if (a == QLatin1String("-linkmode=internal") ||
            (separate && ldflags[i + 1] == QLatin1String("internal")))
            return QString();
    }
    return QString();
}

} // namespace

// internal/platform.DefaultPIE: not on windows with -race.
bool defaultPie(const QString &goos, Instrument instrument)
{
    if (goos == QLatin1String("windows"))
        return instrument != Instrument::Race;
    static const QStringList pie = {QStringLiteral("android"), QStringLiteral("ios"),
                                    QStringLiteral("darwin")};
    return pie.contains(goos);
}

QString externalLinkingReason(const BuildContext &context, const LinkModeInputs &inputs,
                              const QStringList &ldflags)
{
    const QString &goos = context.goos;
    const QString &goarch = context.goarch;
    if (mustLinkExternal(goos, goarch))
        return goos + QLatin1Char('/') + goarch;
    if ((inputs.buildmode == QLatin1String("c-shared") && goarch != QLatin1String("wasm")) ||
        inputs.buildmode == QLatin1String("plugin"))
        return QStringLiteral("-buildmode=") + inputs.buildmode;
    if (inputs.linkshared == LinkShared::Yes)
        return QStringLiteral("-linkshared");
    const bool pie =
        inputs.buildmode == QLatin1String("pie") ||
        (inputs.buildmode == QLatin1String("default") && defaultPie(goos, inputs.instrument));
    if (pie && !internalLinkPieSupported(goos, goarch))
        return inputs.buildmode == QLatin1String("pie") ? QStringLiteral("-buildmode=pie")
                                                        : QStringLiteral("default PIE binary");
    return linkmodeReason(ldflags);
}

Result<QStringList> linkerDeps(const BuildContext &context, const LinkModeInputs &inputs,
                               const QStringList &ldflags)
{
    QStringList deps{QStringLiteral("runtime")};
    // gccgo links its own way and never needs runtime/cgo for it.
    if (const QString why = externalLinkingReason(context, inputs, ldflags);
        !why.isEmpty() && context.compiler != QLatin1String("gccgo")) {
        if (!context.cgoEnabled)
            return fail(why +
                        QStringLiteral(" requires external (cgo) linking, but cgo is not enabled"));
        deps << QStringLiteral("runtime/cgo");
    }
    if (context.goarch == QLatin1String("arm"))
        deps << QStringLiteral("math");
    if (inputs.instrument == Instrument::Race)
        deps << QStringLiteral("runtime/race");
    return deps;
}

} // namespace kiln::load
