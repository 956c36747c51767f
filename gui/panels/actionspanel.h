// The Actions view: every action of the current build in a sortable,
// filterable table (ActionModel through a proxy) with a one-line summary.
// Clicking a row selects the action in the shared ActionSelection; a
// selection made elsewhere (timeline, graph) selects and shows its row.
#pragma once

#include "controllers/buildrun.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace kiln::gui
{

class ActionModel;
class ActionSelection;

class ActionsPanel : public QWidget
{
    Q_OBJECT
public:
    ActionsPanel(ActionSelection *selection, QWidget *parent = nullptr);

    void setBuild(const BuildStart &start);
    void updateActions(const QList<ActionUpdate> &updates);

    ActionModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }

private:
    void showSelection(int action);
    void updateSummary();

    ActionSelection *m_selection;
    QLineEdit *m_filter;
    QLabel *m_summary;
    ActionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
};

} // namespace kiln::gui
