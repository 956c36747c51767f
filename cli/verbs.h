// The verbs of kiln-cli. Each takes the arguments after the verb and returns
// the process exit status (0 ok, 1 failure, 2 usage error), printing go-style
// messages to the context's streams.
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace kiln::cli
{

int runBuild(CliContext &ctx, const QStringList &args);
int runCache(CliContext &ctx, const QStringList &args);
int runClean(CliContext &ctx, const QStringList &args);
int runEnv(CliContext &ctx, const QStringList &args);
int runList(CliContext &ctx, const QStringList &args);
int runTest(CliContext &ctx, const QStringList &args);
int runVersion(CliContext &ctx, const QStringList &args);

} // namespace kiln::cli
