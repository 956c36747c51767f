// Running `go build` and `kiln-cli build` side by side in oracle tests: both
// get OracleGo's isolated environment with CGO_ENABLED=0 and the GOCACHE the
// test names (each tool its own cache unless a test shares one on purpose),
// and every run is timed so tests can log where their minutes go.
#pragma once

#include "support/oraclego.h"

#include <QString>
#include <QStringList>

namespace kiln::test
{

enum class BuildTool { Go, Kiln };

struct TimedRun {
    kiln::ProcessOutput out;
    qint64 ms = 0;
    bool ok() const { return out.exitCode == 0 && !out.crashed; }
};

QString toolName(BuildTool tool); // "go" / "kiln"

// OracleGo's environment plus CGO_ENABLED=0 and GOCACHE=cache.
QProcessEnvironment buildEnvironment(const OracleGo &go, const QString &cache);

// `go build args…` or `kiln-cli build args…` in dir.
TimedRun runBuild(const OracleGo &go, BuildTool tool, const QStringList &args, const QString &dir,
                  const QString &cache);

// "exit N" and the start of stderr, for failure messages.
QString describe(const TimedRun &run);

// True when both files exist and hold the same bytes.
bool sameFileBytes(const QString &a, const QString &b);

} // namespace kiln::test
