// The actions of the current build as a table, one row per action (row =
// action index in the graph): state, mode, package, worker, start (since
// the build began), duration, tool time and objdir. The model owns a copy of
// the build's actions: setBuild() resets it, updateActions() changes rows in
// place (dataChanged only), so views keep their selection while a build
// runs. Sorting and filtering happen in a QSortFilterProxyModel (SortRole
// gives numbers for the numeric columns).
#pragma once

#include "controllers/buildrun.h"

#include <QAbstractTableModel>

namespace kiln::gui
{

class ActionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Status, Mode, Package, Worker, Start, Duration, ToolTime, Objdir, Count };
    enum Role {
        ActionRole = Qt::UserRole + 1, // int: the action's index in the graph
        StatusRole,                    // int: ActionStatus
        SortRole,                      // the column's value for sorting
    };

    explicit ActionModel(QObject *parent = nullptr);

    void setBuild(const BuildStart &start);
    void updateActions(const QList<ActionUpdate> &updates);
    void clear();

    const ActionInfo &info(int action) const { return m_infos[action]; }
    const ActionRun &run(int action) const { return m_runs[action]; }
    int actionCount() const { return int(m_infos.size()); }
    int countWithStatus(ActionStatus status) const;
    // The proxy-independent index of action's row in column.
    QModelIndex indexOfAction(int action, Column column = Column::Status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int action, Column column) const;
    QVariant sortValue(int action, Column column) const;
    QVariant toolTip(int action, Column column) const;

    QList<ActionInfo> m_infos;
    QList<ActionRun> m_runs;
    qint64 m_startNs = 0;
};

} // namespace kiln::gui
