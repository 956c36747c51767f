// What a GUI build job and a GUI test job (controllers/buildjob.h,
// testjob.h) do alike before their pipelines run: the core's PipelineInput
// made from the job's input, and go's warnings and start failures reported
// into the job's BuildChannel the way the CLI prints them (each warning a
// line on stderr, before the failure's text).
// Called on the job's worker thread; no state.
#pragma once

#include "controllers/buildjob.h"
#include "exec/buildpipeline.h"

namespace kiln::gui
{

// The pipeline's input for the job: toolchain, environment, working
// directory, arguments (what follows the go verb) and cancel flag.
exec::PipelineInput pipelineInputOf(const BuildJobInput &input, const std::atomic_bool *cancel);

// go's "go: warning: …" lines, each printed with its newline.
void printWarnings(const QStringList &warnings, BuildChannel &channel);

// A pipeline that stopped before the build: its warnings printed, its
// error's text as the result's error (result.started stays false).
void reportPrepareFailure(const exec::PrepareFailure &failure, BuildChannel &channel,
                          BuildJobResult &result);

} // namespace kiln::gui
