#include "views/graphstyle.h"

#include "models/actionstyle.h"

namespace kiln::gui
{

QColor GraphStyle::nodeFill(ActionStatus status)
{
    const QColor c = ActionStyle::statusColor(status);
    const float keep = 0.45f;
    return QColor::fromRgbF(c.redF() * keep + (1 - keep), c.greenF() * keep + (1 - keep),
                            c.blueF() * keep + (1 - keep));
}

QColor GraphStyle::nodeRim(ActionStatus status)
{
    return ActionStyle::statusColor(status).darker(135);
}

QColor GraphStyle::nodeText()
{
    return {0x1c, 0x1c, 0x1c};
}

QColor GraphStyle::nodeSecondaryText()
{
    return {0x3c, 0x3c, 0x3c};
}

QColor GraphStyle::edge()
{
    return {0x80, 0x88, 0x90}; // mid grey: visible on white and on a dark base
}

QColor GraphStyle::extraEdge()
{
    return ActionStyle::modeColor(graph::Mode::Link);
}

QColor GraphStyle::searchMatch()
{
    return {0xc0, 0x20, 0xc0};
}

ActionStatus GraphStyle::groupStatus(const QList<ActionStatus> &statuses)
{
    static const ActionStatus order[] = {ActionStatus::Failed,  ActionStatus::Running,
                                         ActionStatus::Ready,   ActionStatus::Waiting,
                                         ActionStatus::Skipped, ActionStatus::Cancelled,
                                         ActionStatus::Built,   ActionStatus::CacheHit};
    for (ActionStatus s : order)
        if (statuses.contains(s))
            return s;
    return ActionStatus::Waiting;
}

} // namespace kiln::gui
