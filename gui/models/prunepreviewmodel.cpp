#include "models/prunepreviewmodel.h"

#include "controllers/prunecontroller.h"
#include "models/cachegrouping.h"
#include "models/cachetext.h"

namespace kiln::gui
{

PrunePreviewModel::PrunePreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void PrunePreviewModel::setProposal(std::shared_ptr<const PruneProposal> proposal, qint64 nowNs)
{
    beginResetModel();
    m_proposal = std::move(proposal);
    m_nowNs = nowNs;
    endResetModel();
}

int PrunePreviewModel::removedRows() const
{
    return m_proposal ? int(m_proposal->plan.removals.size()) : 0;
}

int PrunePreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_proposal)
        return 0;
    return removedRows() + int(m_proposal->plan.keptRecent.size());
}

int PrunePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PrunePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_proposal || index.row() >= rowCount())
        return {};
    const cache::PrunePlan &plan = m_proposal->plan;
    const bool removed = index.row() < removedRows();
    const int entry =
        removed ? plan.removals[index.row()].entry : plan.keptRecent[index.row() - removedRows()];
    const cache::CacheEntry &e = m_proposal->index.entries.at(entry);
    const qint64 bytes = removed ? plan.removals[index.row()].bytes : entryBytes(e);
    const auto column = Column(index.column());
    if (role == EntryRole)
        return entry;
    if (role == RemovedRole)
        return removed;
    if (role == Qt::TextAlignmentRole && column == Column::Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Column::Outcome && !removed)
        return tr("Used within the last hour: a build may be using it now. Force removes it.");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (column) {
    case Column::Outcome:
        return removed ? tr("remove") : tr("keep: used within the hour");
    case Column::Kind:
        return CacheText::kindWord(e.kind);
    case Column::Package:
        return e.packagePath;
    case Column::Size:
        return sort ? QVariant(bytes) : QVariant(CacheText::bytes(bytes));
    case Column::LastUsed:
        return sort ? QVariant(e.lastUseNs()) : QVariant(CacheText::age(m_nowNs, e.lastUseNs()));
    case Column::Count:
        break;
    }
    return {};
}

QVariant PrunePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Outcome:
        return tr("Outcome");
    case Column::Kind:
        return tr("Kind");
    case Column::Package:
        return tr("Package");
    case Column::Size:
        return tr("Size");
    case Column::LastUsed:
        return tr("Last Used");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kiln::gui
