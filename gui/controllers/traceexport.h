// The timeline's data as a Chrome trace (Trace Event Format, for Perfetto
// or chrome://tracing): graph::chromeTrace (core/graph/chrometrace.h) over a
// build as the GUI holds it. The engine's ActionGraph and LoadResult stay
// on the build's worker, so the graph is rebuilt from the BuildStart: the
// same modes, deps, root and import paths, which is all the trace reads.
// Each record gets its run's worker, start and end when the engine's record
// lacks them (an action the batches reported but whose record has not
// arrived), so the trace always shows what the timeline shows.
#pragma once

#include "controllers/buildrun.h"

#include <QByteArray>

namespace kiln::gui
{

// runs: one per action of start (BuildController::runs()). Pure.
QByteArray chromeTraceOf(const BuildStart &start, const QList<ActionRun> &runs);

// Each run's record, with the run's worker, start and end (and its cache hit
// or failure) where the record lacks them: what the trace and the
// timeline's critical path (graph::actionDurations) read.
QList<graph::ActionRecord> recordsOf(const QList<ActionRun> &runs);

} // namespace kiln::gui
