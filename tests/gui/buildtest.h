// Shared set-up of the build GUI tests: OracleGo's isolated go environment
// (no GO* variable from the caller, GOENV=off, GOPROXY=off,
// GOTOOLCHAIN=local, GOFLAGS="") with GOCACHE in a directory the test owns —
// never the user's cache — and helpers to run a BuildController to its end.
#pragma once

#include "controllers/buildcontroller.h"
#include "goenv/toolchain.h"
#include "support/oraclego.h"

#include <QSignalSpy>
#include <QTest>

namespace kiln::test
{

inline QProcessEnvironment buildEnvironment(const QString &gocache,
                                            const QMap<QString, QString> &extra = {})
{
    QMap<QString, QString> vars = extra;
    vars.insert(QStringLiteral("GOCACHE"), gocache);
    return OracleGo().environment(vars);
}

inline goenv::Toolchain discoveredToolchain()
{
    goenv::DiscoveryInput in;
    in.environment = QProcessEnvironment::systemEnvironment();
    auto tc = goenv::discoverToolchain(in);
    return tc ? *tc : goenv::Toolchain{};
}

inline gui::BuildRequest buildRequest(const QString &dir, const QStringList &patterns,
                                      gui::BuildKind kind = gui::BuildKind::Build)
{
    gui::BuildRequest r;
    r.kind = kind;
    r.toolchain = discoveredToolchain();
    r.moduleDir = dir;
    r.patterns = patterns;
    return r;
}

// Starts request and waits for finished(); returns the outcome (or a
// default one, with error set, on timeout).
inline gui::BuildOutcome runToEnd(gui::BuildController &controller,
                                  const gui::BuildRequest &request, int timeoutMs = 300000)
{
    QSignalSpy finished(&controller, &gui::BuildController::finished);
    controller.start(request);
    if (!finished.wait(timeoutMs)) {
        gui::BuildOutcome o;
        o.error = QStringLiteral("timed out");
        return o;
    }
    return finished.first().first().value<gui::BuildOutcome>();
}

} // namespace kiln::test
