#include "support/buildoracle.h"

#include <QElapsedTimer>
#include <QFile>

namespace kiln::test
{

QString toolName(BuildTool tool)
{
    return tool == BuildTool::Go ? QStringLiteral("go") : QStringLiteral("kiln");
}

QProcessEnvironment buildEnvironment(const OracleGo &go, const QString &cache)
{
    return go.environment(
        {{QStringLiteral("CGO_ENABLED"), QStringLiteral("0")}, {QStringLiteral("GOCACHE"), cache}});
}

TimedRun runBuild(const OracleGo &go, BuildTool tool, const QStringList &args, const QString &dir,
                  const QString &cache)
{
    const QStringList full = QStringList{QStringLiteral("build")} + args;
    const QProcessEnvironment env = buildEnvironment(go, cache);
    QElapsedTimer timer;
    timer.start();
    TimedRun run;
    run.out = tool == BuildTool::Go ? go.runWithEnv(full, dir, env) : runKilnCli(full, dir, env);
    run.ms = timer.elapsed();
    return run;
}

QString describe(const TimedRun &run)
{
    return QStringLiteral("exit %1\n%2")
        .arg(run.out.exitCode)
        .arg(QString::fromUtf8(run.out.stdErr.left(4000)));
}

bool sameFileBytes(const QString &a, const QString &b)
{
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
        return false;
    return fa.readAll() == fb.readAll();
}

} // namespace kiln::test
