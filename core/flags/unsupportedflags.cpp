#include "flags/unsupportedflags.h"

namespace kiln::flags
{

namespace
{

FlagError refusal(const QString &what, const QString &goDoes, const QString &useGoFor)
{
    return FlagError{QStringLiteral("kiln: %1 is not supported yet (go %2); use go for %3")
                         .arg(what, goDoes, useGoFor),
                     2};
}

// The usual case: go is the tool for the flag itself.
FlagError refusal(const QString &flag, const QString &goDoes)
{
    return refusal(flag, goDoes, flag);
}

FlagError sanitizer(const QString &flag, const QString &tool)
{
    return refusal(flag, QStringLiteral("builds every package instrumented for the ") + tool);
}

// Flags that change what or how go builds in ways Kiln does not do.
std::optional<FlagError> otherRefusal(const BuildFlags &f)
{
    if (f.buildmode != QLatin1String("default") && f.buildmode != QLatin1String("exe")) {
        const QString flag = QStringLiteral("-buildmode=") + f.buildmode;
        return refusal(flag, QStringLiteral("links and installs such a build differently"));
    }
    if (f.linkshared)
        return refusal(
            QStringLiteral("-linkshared"),
            QStringLiteral("links against shared libraries made with -buildmode=shared"));
    if (f.compiler != QLatin1String("gc"))
        return refusal(QStringLiteral("-compiler=") + f.compiler,
                       QStringLiteral("drives another compiler's tools"));
    if (!f.toolexec.isEmpty())
        return refusal(QStringLiteral("-toolexec"),
                       QStringLiteral("runs every tool through the given program"));
    if (!f.overlay.isEmpty())
        return refusal(QStringLiteral("-overlay"),
                       QStringLiteral("reads the overlaid files in place of the real ones"));
    if (!f.pkgdir.isEmpty())
        return refusal(QStringLiteral("-pkgdir"),
                       QStringLiteral("installs and loads packages from that directory"));
    if (!f.debugRuntimeTrace.isEmpty())
        return refusal(QStringLiteral("-debug-runtime-trace"),
                       QStringLiteral("writes a runtime trace of the go command itself"));
    return std::nullopt;
}

} // namespace

std::optional<FlagError> checkKilnSupport(const BuildFlags &f, GoVerb verb)
{
    if (f.msan)
        return sanitizer(QStringLiteral("-msan"), QStringLiteral("memory sanitizer"));
    if (f.asan)
        return sanitizer(QStringLiteral("-asan"), QStringLiteral("address sanitizer"));
    if (f.cover)
        return refusal(
            QStringLiteral("coverage (-cover, -covermode, -coverpkg, go test -coverprofile)"),
            QStringLiteral("builds the covered packages instrumented for coverage"),
            QStringLiteral("coverage"));
    if (auto other = otherRefusal(f))
        return other;
    if (verb == GoVerb::Build && f.json)
        return refusal(QStringLiteral("build -json"),
                       QStringLiteral("prints the build's output as JSON events"));
    return std::nullopt;
}

} // namespace kiln::flags
