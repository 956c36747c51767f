// How the action graph view draws what ActionStyle defines. The state words
// and colours are ActionStyle's (the one source for the table, the timeline,
// the inspector and this view); this class only derives the graph's own
// paint from them: a node's fill (the state colour washed towards white, so
// dark text stays readable on it on light and dark palettes alike), its rim,
// the colours of edges and search marks, and the state a group node shows.
// The selection frame is the palette's highlight; the critical path's mark
// is ActionStyle::criticalPathColor(), as in the timeline.
#pragma once

#include "controllers/buildrun.h"

#include <QColor>
#include <QList>

namespace kiln::gui
{

class GraphStyle
{
public:
    // The box: a light fill and a darker rim of the state colour.
    static QColor nodeFill(ActionStatus status);
    static QColor nodeRim(ActionStatus status);
    // The same for any colour (the "why rebuilt" colouring's, RebuildStyle).
    static QColor nodeFill(const QColor &color);
    static QColor nodeRim(const QColor &color);
    // Text on a node fill (always light, whatever the palette).
    static QColor nodeText();
    static QColor nodeSecondaryText();
    static QColor edge();
    static QColor extraEdge(); // a direct dependency the reduction does not draw
    static QColor searchMatch();

    // The state a group of actions shows: a failure first, then work in
    // progress, then what is still to do, then how the finished ones ended.
    static ActionStatus groupStatus(const QList<ActionStatus> &statuses);
};

} // namespace kiln::gui
