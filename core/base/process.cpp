#include "base/process.h"

#include <QProcess>

namespace kiln
{

Result<ProcessOutput> runProcess(const ProcessSpec &spec, int timeoutMs)
{
    QProcess p;
    p.setProgram(spec.program);
    p.setArguments(spec.arguments);
    if (!spec.workingDir.isEmpty())
        p.setWorkingDirectory(spec.workingDir);
    if (!spec.environment.isEmpty())
        p.setProcessEnvironment(spec.environment);
    if (spec.mergeChannels)
        p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QIODevice::ReadOnly);
    if (!p.waitForStarted())
        return fail(QStringLiteral("cannot run %1: %2").arg(spec.program, p.errorString()));
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return fail(QStringLiteral("%1 did not finish in time").arg(spec.program));
    }
    ProcessOutput out;
    out.exitCode = p.exitCode();
    out.crashed = p.exitStatus() == QProcess::CrashExit;
    out.stdOut = p.readAllStandardOutput();
    out.stdErr = p.readAllStandardError();
    return out;
}

} // namespace kiln
