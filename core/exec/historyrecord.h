// What Kiln's build history (cache/buildhistory.h) keeps of a finished
// build: its module, command and toolchain, and per action that computed an
// action ID (compile, link, PGO preprocessing) its key, ID, preimage,
// outcome, content ID and wall time. finishBuild records it.
#pragma once

#include "cache/buildhistory.h"
#include "exec/buildpipeline.h"

namespace kiln::exec
{

// records = Builder::records() of the build; timeNs = when it finished.
// Actions without an action ID (nop, install, vet, never started) are left
// out. Pure.
cache::HistoryBuild historyBuildOf(const PreparedBuild &build,
                                   const QList<graph::ActionRecord> &records, qint64 timeNs);

} // namespace kiln::exec
