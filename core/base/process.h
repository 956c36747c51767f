// Running a child process to completion and capturing its output. Blocking:
// call from worker threads or the CLI, never from the GUI thread.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace kiln
{

struct ProcessOutput {
    int exitCode = -1;
    bool crashed = false;
    QByteArray stdOut;
    QByteArray stdErr;
};

struct ProcessSpec {
    QString program;
    QStringList arguments;
    QString workingDir;              // empty: inherit
    QProcessEnvironment environment; // empty: inherit the caller's
    bool mergeChannels = false;      // stderr into stdOut
};

// Fails only when the program cannot be started; a non-zero exit is a value.
Result<ProcessOutput> runProcess(const ProcessSpec &spec, int timeoutMs = -1);

} // namespace kiln
