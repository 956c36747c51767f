// ActionState: what the build engine knows about one action while it runs
// (go's Action.actionID/buildID/built/output). Written only by the worker
// running the action; read by dependents after it finished (the scheduler
// orders those accesses).
#pragma once

#include "base/sha256.h"
#include "exec/vetconfig.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kiln::exec
{

struct ActionState {
    std::optional<Digest> actionID;
    QString buildID; // placeholder while building, final afterwards; "" = none
    QString built;   // the file produced: objdir file, cache file or install target
    std::optional<QByteArray> output; // tool output being saved for the cache (go's a.output)
    bool failed = false;
    std::optional<VetConfig> vetCfg; // build actions with needVet, once written
};

} // namespace kiln::exec
