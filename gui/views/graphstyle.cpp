#include "views/graphstyle.h"

namespace kiln::gui
{

QList<NodeState> GraphStyle::allStates()
{
    return {NodeState::Waiting, NodeState::Ready,  NodeState::Running, NodeState::CacheHit,
            NodeState::Built,   NodeState::Failed, NodeState::Skipped, NodeState::Cancelled};
}

QString GraphStyle::stateText(NodeState state)
{
    switch (state) {
    case NodeState::Waiting:
        return tr("waiting");
    case NodeState::Ready:
        return tr("ready");
    case NodeState::Running:
        return tr("running");
    case NodeState::CacheHit:
        return tr("cache hit");
    case NodeState::Built:
        return tr("built");
    case NodeState::Failed:
        return tr("failed");
    case NodeState::Skipped:
        return tr("skipped");
    case NodeState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QColor GraphStyle::stateColor(NodeState state)
{
    switch (state) {
    case NodeState::Waiting:
        return QColor(0xc8, 0xcc, 0xd0);
    case NodeState::Ready:
        return QColor(0xf2, 0xc9, 0x4c);
    case NodeState::Running:
        return QColor(0x2f, 0x80, 0xed);
    case NodeState::CacheHit:
        return QColor(0x56, 0xcc, 0xf2);
    case NodeState::Built:
        return QColor(0x27, 0xae, 0x60);
    case NodeState::Failed:
        return QColor(0xeb, 0x57, 0x57);
    case NodeState::Skipped:
        return QColor(0xf2, 0x99, 0x4a);
    case NodeState::Cancelled:
        return QColor(0x82, 0x82, 0x82);
    }
    return Qt::gray;
}

NodeState GraphStyle::groupState(const QList<NodeState> &states)
{
    static const NodeState order[] = {NodeState::Failed,  NodeState::Running, NodeState::Ready,
                                      NodeState::Waiting, NodeState::Skipped, NodeState::Cancelled,
                                      NodeState::Built,   NodeState::CacheHit};
    for (NodeState s : order)
        if (states.contains(s))
            return s;
    return NodeState::Waiting;
}

} // namespace kiln::gui
