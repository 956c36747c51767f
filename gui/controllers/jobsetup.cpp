#include "controllers/jobsetup.h"

namespace kiln::gui
{

exec::PipelineInput pipelineInputOf(const BuildJobInput &input, const std::atomic_bool *cancel)
{
    exec::PipelineInput pipeline;
    pipeline.toolchain = input.toolchain;
    pipeline.environment = input.environment;
    pipeline.workingDir = input.workingDir;
    pipeline.args = input.arguments;
    pipeline.cancel = cancel;
    return pipeline;
}

void printWarnings(const QStringList &warnings, BuildChannel &channel)
{
    for (const QString &w : warnings)
        channel.print(w.toUtf8() + '\n');
}

void reportPrepareFailure(const exec::PrepareFailure &failure, BuildChannel &channel,
                          BuildJobResult &result)
{
    printWarnings(failure.warnings, channel);
    result.error = failure.error.toString();
}

} // namespace kiln::gui
