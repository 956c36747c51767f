// The Timeline view: a TimelineCanvas (one lane per worker, a bar per action)
// under a row of controls — zoom in, zoom out, fit — and a legend of the
// mode colours and the marks for cache hits and failures. Follows the shared
// ActionSelection; clicking a bar selects its action.
#pragma once

#include "controllers/buildrun.h"

#include <QWidget>

namespace kiln::gui
{

class ActionSelection;
class TimelineCanvas;

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    TimelineView(ActionSelection *selection, QWidget *parent = nullptr);

    void setBuild(const BuildStart &start);
    void updateActions(const QList<ActionUpdate> &updates);
    TimelineCanvas *canvas() const { return m_canvas; }

private:
    QWidget *makeLegend();

    ActionSelection *m_selection;
    TimelineCanvas *m_canvas;
};

} // namespace kiln::gui
