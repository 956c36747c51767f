// -debug-trace: the build as a Chrome trace (Trace Event Format), openable in
// Perfetto or chrome://tracing. One complete ("X") event per action that ran,
// on one lane per worker:
//   {"traceEvents":[{"name":"<mode> <pkg>","cat":"<mode>","ph":"X",
//     "ts":<µs since the first start>,"dur":<µs>,"pid":1,"tid":<worker+1>,
//     "args":{"actionID":…,"cacheHit":…}} …],"displayTimeUnit":"ms"}
// (go writes its own trace format here; Kiln's is the standard one.)
#pragma once

#include "graph/actiongraph.h"
#include "graph/actionrecord.h"

#include <QByteArray>

namespace kiln::graph
{

QByteArray chromeTrace(const ActionGraph &graph, const load::LoadResult &load,
                       const QList<ActionRecord> &records);

} // namespace kiln::graph
