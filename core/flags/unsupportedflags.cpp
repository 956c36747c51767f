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

FlagError sanitizer(const QString &flag, const QString &tool)
{
    return refusal(flag, QStringLiteral("builds every package instrumented for the ") + tool, flag);
}

} // namespace

std::optional<FlagError> checkKilnSupport(const BuildFlags &f)
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
    return std::nullopt;
}

} // namespace kiln::flags
