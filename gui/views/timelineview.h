// The Timeline view: a TimelineCanvas (one lane per worker, a bar per action)
// under a row of controls — zoom in, zoom out, fit, the critical path toggle
// (Ctrl+Shift+C, persisted) and the actions the window adds (Export Chrome
// Trace) — above a legend of the mode colours and the marks for cache hits,
// failures and the critical path, and a line that says what the critical
// path is while it is marked. Follows the shared ActionSelection; clicking a bar
// selects its action.
#pragma once

#include "controllers/buildrun.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

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
    QToolButton *criticalPathButton() const { return m_criticalPath; }
    QString pathText() const;
    // A button for action in the control row, after the view's own.
    void addToolAction(QAction *action);

private:
    QWidget *makeLegend();
    void updatePathText();

    ActionSelection *m_selection;
    TimelineCanvas *m_canvas;
    QToolButton *m_criticalPath;
    QLabel *m_pathText;
    QHBoxLayout *m_controls;
};

} // namespace kiln::gui
