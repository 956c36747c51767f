#include "views/graphstyle.h"

#include "models/actionstyle.h"

namespace kiln::gui
{

QColor GraphStyle::nodeFill(ActionStatus status)
{
    return nodeFill(ActionStyle::statusColor(status));
}

QColor GraphStyle::nodeRim(ActionStatus status)
{
    return nodeRim(ActionStyle::statusColor(status));
}

QColor GraphStyle::nodeFill(const QColor &c)
{
    const float keep = 0.45f;
    return QColor::fromRgbF(c.redF() * keep + (1 - keep), c.greenF() * keep + (1 - keep),
                            c.blueF() * keep + (1 - keep));
}

QColor GraphStyle::nodeRim(const QColor &c)
{
    return c.darker(135);
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
