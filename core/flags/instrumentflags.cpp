#include "flags/instrumentflags.h"

namespace kiln::flags
{

bool raceDetectorSupported(const QString &goos, const QString &goarch)
{
    if (goos == QLatin1String("linux"))
        return goarch == QLatin1String("amd64") || goarch == QLatin1String("ppc64le") ||
               goarch == QLatin1String("arm64") || goarch == QLatin1String("s390x") ||
               goarch == QLatin1String("loong64");
    if (goos == QLatin1String("darwin"))
        return goarch == QLatin1String("amd64") || goarch == QLatin1String("arm64");
    if (goos == QLatin1String("freebsd") || goos == QLatin1String("netbsd") ||
        goos == QLatin1String("windows"))
        return goarch == QLatin1String("amd64");
    return false;
}

std::optional<FlagError> checkInstrumentFlags(const BuildFlags &f, const InstrumentTarget &t)
{
    auto usage = [](const QString &message) { return FlagError{message, 2}; };
    if (!f.race && !f.msan && !f.asan)
        return std::nullopt;
    if (f.race && f.msan)
        return usage(QStringLiteral("go: may not use -race and -msan simultaneously"));
    if (f.race && f.asan)
        return usage(QStringLiteral("go: may not use -race and -asan simultaneously"));
    if (f.msan && f.asan)
        return usage(QStringLiteral("go: may not use -msan and -asan simultaneously"));
    if (!f.race)
        return std::nullopt; // -msan/-asan: refused by checkKilnSupport
    if (!raceDetectorSupported(t.goos, t.goarch))
        return usage(QStringLiteral("-race is not supported on %1/%2").arg(t.goos, t.goarch));
    if (!t.cgoEnabled && t.goos != QLatin1String("darwin")) {
        if (t.hostGoos != t.goos || t.hostGoarch != t.goarch)
            return usage(QStringLiteral("go: -race requires cgo"));
        return usage(QStringLiteral("go: -race requires cgo; enable cgo by setting CGO_ENABLED=1"));
    }
    return std::nullopt;
}

} // namespace kiln::flags
