#include "support/oraclego.h"
#include "support/testpaths.h"

#include "goenv/toolchain.h"

#include <QDir>

namespace kiln::test
{

OracleGo::OracleGo()
{
    goenv::DiscoveryInput in;
    in.environment = QProcessEnvironment::systemEnvironment();
    auto tc = goenv::discoverToolchain(in);
    if (!tc) {
        m_reason = tc.error().toString();
        return;
    }
    m_goBinary = tc->goBinary;
    m_goroot = tc->goroot;
}

QString OracleGo::sharedCache()
{
    const QString dir = qEnvironmentVariable("KILN_ORACLE_GOCACHE",
                                             binaryDir() + QStringLiteral("/oracle-gocache"));
    QDir().mkpath(dir);
    return dir;
}

QProcessEnvironment OracleGo::environment(const QMap<QString, QString> &extra) const
{
    QProcessEnvironment env;
    const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
    for (const QString &key : sys.keys()) {
        if (key.startsWith(QLatin1String("GO")) || key.startsWith(QLatin1String("CGO_")) ||
            key == QLatin1String("CC") || key == QLatin1String("CXX"))
            continue;
        env.insert(key, sys.value(key));
    }
    env.insert(QStringLiteral("GOCACHE"), sharedCache());
    env.insert(QStringLiteral("GOENV"), QStringLiteral("off"));
    env.insert(QStringLiteral("GOTOOLCHAIN"), QStringLiteral("local"));
    env.insert(QStringLiteral("GOPROXY"), QStringLiteral("off"));
    env.insert(QStringLiteral("GOFLAGS"), QString());
    env.insert(QStringLiteral("GOTELEMETRY"), QStringLiteral("off"));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

kiln::ProcessOutput OracleGo::run(const QStringList &args, const QString &dir,
                                  const QMap<QString, QString> &extra) const
{
    return runWithEnv(args, dir, environment(extra));
}

namespace
{

// Runs program; a failure to start becomes a ProcessOutput with exit -1 and
// the reason on stderr, so tests report it like any other difference.
kiln::ProcessOutput runProgram(const QString &program, const QStringList &args, const QString &dir,
                        const QProcessEnvironment &env)
{
    kiln::ProcessSpec spec;
    spec.program = program;
    spec.arguments = args;
    spec.workingDir = dir;
    spec.environment = env;
    auto r = kiln::runProcess(spec);
    if (!r) {
        kiln::ProcessOutput out;
        out.stdErr = r.error().toString().toUtf8();
        return out;
    }
    return *r;
}

} // namespace

kiln::ProcessOutput OracleGo::runWithEnv(const QStringList &args, const QString &dir,
                                         const QProcessEnvironment &env) const
{
    return runProgram(m_goBinary, args, dir, env);
}

kiln::ProcessOutput runKilnCli(const QStringList &args, const QString &dir,
                               const QProcessEnvironment &env)
{
    return runProgram(kilnCli(), args, dir, env);
}

} // namespace kiln::test
