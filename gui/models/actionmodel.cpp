#include "models/actionmodel.h"

#include "models/actionstyle.h"

namespace kiln::gui
{

ActionModel::ActionModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActionModel::setBuild(const BuildStart &start)
{
    beginResetModel();
    m_infos = start.actions;
    m_runs = QList<ActionRun>(m_infos.size());
    m_startNs = start.startNs;
    endResetModel();
}

void ActionModel::clear()
{
    setBuild(BuildStart{});
}

void ActionModel::updateActions(const QList<ActionUpdate> &updates)
{
    int first = -1, last = -1;
    for (const ActionUpdate &u : updates) {
        if (u.action < 0 || u.action >= m_runs.size())
            continue;
        m_runs[u.action] = u.run;
        first = first < 0 ? u.action : qMin(first, u.action);
        last = qMax(last, u.action);
    }
    // One signal for the span: a batch touches many rows, and views repaint
    // a span as cheaply as one row.
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, int(Column::Count) - 1));
}

int ActionModel::countWithStatus(ActionStatus status) const
{
    return int(std::count_if(m_runs.cbegin(), m_runs.cend(),
                             [status](const ActionRun &r) { return r.status == status; }));
}

QModelIndex ActionModel::indexOfAction(int action, Column column) const
{
    return index(action, int(column));
}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_infos.size());
}

int ActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int action = index.row();
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(action, column);
    case Qt::DecorationRole:
        if (column == Column::Status)
            return ActionStyle::statusIcon(m_runs[action].status);
        return {};
    case Qt::ToolTipRole:
        return toolTip(action, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Worker || column == Column::Start || column == Column::Duration ||
            column == Column::ToolTime)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ActionRole:
        return action;
    case StatusRole:
        return int(m_runs[action].status);
    case SortRole:
        return sortValue(action, column);
    default:
        return {};
    }
}

QVariant ActionModel::display(int action, Column column) const
{
    const ActionInfo &info = m_infos[action];
    const ActionRun &run = m_runs[action];
    switch (column) {
    case Column::Status:
        return ActionStyle::statusText(run.status);
    case Column::Mode:
        return ActionStyle::modeText(info.mode);
    case Column::Package:
        return info.packageDesc();
    case Column::Worker:
        return run.worker >= 0 ? QVariant(run.worker + 1) : QVariant();
    case Column::Start:
        return run.startNs > 0 ? ActionStyle::duration(run.startNs - m_startNs) : QString();
    case Column::Duration:
        return run.startNs > 0 && run.finished() ? ActionStyle::duration(run.doneNs - run.startNs)
                                                 : QString();
    case Column::ToolTime:
        return run.record.cmds.isEmpty() ? QString() : ActionStyle::duration(run.record.cmdReal);
    case Column::Objdir:
        return info.objdir;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ActionModel::sortValue(int action, Column column) const
{
    const ActionRun &run = m_runs[action];
    switch (column) {
    case Column::Status:
        return int(run.status);
    case Column::Worker:
        return run.worker;
    case Column::Start:
        return run.startNs > 0 ? run.startNs - m_startNs : -1;
    case Column::Duration:
        return run.startNs > 0 && run.finished() ? run.doneNs - run.startNs : -1;
    case Column::ToolTime:
        return run.record.cmdReal;
    case Column::Objdir:
        return m_infos[action].objdir.isEmpty() ? QStringLiteral("~") : m_infos[action].objdir;
    default:
        return display(action, column);
    }
}

QVariant ActionModel::toolTip(int action, Column column) const
{
    switch (column) {
    case Column::Status:
        return ActionStyle::statusToolTip(m_runs[action].status);
    case Column::Mode:
        return ActionStyle::modeToolTip(m_infos[action].mode);
    case Column::Package:
        return m_infos[action].packageDir;
    default:
        return {};
    }
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Status:
            return tr("State");
        case Column::Mode:
            return tr("Mode");
        case Column::Package:
            return tr("Package");
        case Column::Worker:
            return tr("Worker");
        case Column::Start:
            return tr("Start");
        case Column::Duration:
            return tr("Duration");
        case Column::ToolTime:
            return tr("Tool Time");
        case Column::Objdir:
            return tr("Objdir");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Status:
            return tr("What happened to the action: waiting, ready, running, cache hit, built, "
                      "failed, skipped or cancelled.");
        case Column::Mode:
            return tr("go's name for what the action does (build, link, …).");
        case Column::Package:
            return tr("The import path of the action's package.");
        case Column::Worker:
            return tr("The scheduler worker (1 to -p) that ran the action.");
        case Column::Start:
            return tr("When the action started, counted from the start of the build.");
        case Column::Duration:
            return tr("From start to done, including cache lookups.");
        case Column::ToolTime:
            return tr("Wall time of the tools the action ran (compile, asm, pack, link); empty "
                      "when no tool ran.");
        case Column::Objdir:
            return tr("The action's scratch directory under $WORK.");
        case Column::Count:
            break;
        }
    }
    return {};
}

} // namespace kiln::gui
