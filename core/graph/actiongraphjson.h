// The -debug-actiongraph file: go's actionGraphJSON (work/action.go).
//
//   file   = json.MarshalIndent([]action, "", "\t"), no trailing newline
//   action = {ID, Mode, Package, Deps?, IgnoreFail?, Args?, Link?, Objdir?,
//             Target?, Priority?, Failed?, Built?, VetxOnly?, NeedVet?,
//             NeedBuild?, ActionID?, BuildID?, TimeReady, TimeStart,
//             TimeDone, Cmd, CmdReal?, CmdUser?, CmdSys?}   (? = omitempty)
//
// ID is the BFS index from the root; Deps lists dep IDs in order; Priority
// is the post-order index. Like go, Built is the value before execution
// (set only for links and installs) and times are RFC 3339 with
// nanoseconds in the local zone ("0001-01-01T00:00:00Z" when unset); Cmd is
// null when no tool ran. $WORK in objdirs and targets becomes workDir.
#pragma once

#include "graph/actiongraph.h"
#include "graph/actionrecord.h"

#include <QByteArray>

namespace kiln::graph
{

// records may be empty (the file go writes before execution), else one per action.
QByteArray actionGraphJson(const ActionGraph &graph, const load::LoadResult &load,
                           const QList<ActionRecord> &records, const QString &workDir);

// Go's time.Time JSON form (RFC 3339, nanoseconds without trailing zeros).
QString goTimeJson(qint64 unixNanos);

} // namespace kiln::graph
