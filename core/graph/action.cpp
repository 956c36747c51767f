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
    case Mode::Vet:
        return QStringLiteral("vet");
    case Mode::TestRun:
        return QStringLiteral("test run");
    case Mode::TestClean:
        return QStringLiteral("test clean");
    case Mode::TestPrint:
        return QStringLiteral("test print");
    case Mode::TestPrintNop:
        return QStringLiteral("test print (nop)");
    case Mode::TestBuild:
        return QStringLiteral("test build");
    case Mode::GoTest:
        return QStringLiteral("go test");
    }
    return {};
}

} // namespace kiln::graph
