// How the action graph view draws states: the state of an action as the
// graph shows it, its word and its colour. Words and colours are the ones
// every other action view uses (waiting grey, ready yellow, running blue,
// cache hit light blue, built green, failed red, skipped orange, cancelled
// dark grey); the word is always drawn next to the colour.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kiln::gui
{

enum class NodeState {
    Waiting,   // its dependencies have not finished
    Ready,     // can run, waiting for a worker
    Running,   // a worker runs it
    CacheHit,  // its result came from GOCACHE
    Built,     // its tools ran and succeeded
    Failed,    // its tools failed
    Skipped,   // not run: a dependency failed
    Cancelled, // not run or stopped: the build was stopped
};

class GraphStyle
{
    Q_DECLARE_TR_FUNCTIONS(kiln::gui::GraphStyle)
public:
    static QList<NodeState> allStates();
    static QString stateText(NodeState state); // "cache hit" …
    static QColor stateColor(NodeState state);
    // The state a group of actions shows: a failure first, then work in
    // progress, then what is still to do, then how the finished ones ended.
    static NodeState groupState(const QList<NodeState> &states);
};

} // namespace kiln::gui
