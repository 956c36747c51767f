#include "graph/action.h"

namespace kiln::graph
{

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Build:
        return QStringLiteral("build");
    case Mode::BuiltinPackage:
        return QStringLiteral("built-in package");
    case Mode::BuildInstall:
        return QStringLiteral("build-install");
    case Mode::Link:
        return QStringLiteral("link");
    case Mode::LinkInstall:
        return QStringLiteral("link-install");
    case Mode::Nop:
        return QStringLiteral("nop");
    case Mode::PreprocessPgo:
        return QStringLiteral("preprocess PGO profile");
    case Mode::GoBuild:
        return QStringLiteral("go build");
    }
    return {};
}

} // namespace kiln::graph
