#include "models/cachegroupmodel.h"

#include "controllers/cachecontroller.h"
#include "models/cachetext.h"

#include <QLocale>

namespace kiln::gui
{

CacheGroupModel::CacheGroupModel(CacheController *cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache)
{
    connect(cache, &CacheController::resetDone, this, &CacheGroupModel::rebuild);
    connect(cache, &CacheController::entriesAppended, this, &CacheGroupModel::addEntries);
    rebuild();
}

void CacheGroupModel::setGrouping(CacheGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void CacheGroupModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    m_rowOf.clear();
    m_totalEntries = 0;
    m_totalBytes = 0;
    const QList<cache::CacheEntry> &entries = m_cache->index().entries;
    for (const cache::CacheEntry &e : entries) {
        const QString key = groupKey(e, m_grouping);
        auto it = m_rowOf.find(key);
        if (it == m_rowOf.end()) {
            it = m_rowOf.insert(key, int(m_groups.size()));
            m_groups.append({key, 0, 0});
        }
        CacheGroup &g = m_groups[*it];
        ++g.entries;
        g.bytes += entryBytes(e);
        ++m_totalEntries;
        m_totalBytes += entryBytes(e);
    }
    endResetModel();
    emit totalsChanged();
}

void CacheGroupModel::addEntries(int first, int last)
{
    const QList<cache::CacheEntry> &entries = m_cache->index().entries;
    QList<CacheGroup> added;
    int low = int(m_groups.size()), high = -1;
    for (int i = first; i <= last; ++i) {
        const cache::CacheEntry &e = entries[i];
        const QString key = groupKey(e, m_grouping);
        CacheGroup *g = nullptr;
        if (const auto it = m_rowOf.constFind(key); it != m_rowOf.cend()) {
            g = *it < m_groups.size() ? &m_groups[*it] : &added[*it - m_groups.size()];
            if (*it < m_groups.size()) {
                low = std::min(low, *it);
                high = std::max(high, *it);
            }
        } else {
            m_rowOf.insert(key, int(m_groups.size() + added.size()));
            added.append({key, 0, 0});
            g = &added.last();
        }
        ++g->entries;
        g->bytes += entryBytes(e);
        ++m_totalEntries;
        m_totalBytes += entryBytes(e);
    }
    if (high >= 0)
        emit dataChanged(index(low, 0), index(high, int(Column::Count) - 1));
    if (!added.isEmpty()) {
        const int start = int(m_groups.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        m_groups.append(added);
        endInsertRows();
    }
    // Every share changes with the total.
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, int(Column::Share)),
                         index(int(m_groups.size()) - 1, int(Column::Share)));
    emit totalsChanged();
}

int CacheGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int CacheGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CacheGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const CacheGroup &g = m_groups[index.row()];
    const auto column = Column(index.column());
    const double share = m_totalBytes > 0 ? 100.0 * double(g.bytes) / double(m_totalBytes) : 0;
    if (role == KeyRole)
        return g.key;
    if (role == Qt::TextAlignmentRole && column != Column::Group)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case Column::Group:
            return g.key.isEmpty() ? unnamedGroup(m_grouping) : g.key;
        case Column::Entries:
            return sort ? QVariant(g.entries) : QVariant(QLocale().toString(g.entries));
        case Column::Size:
            return sort ? QVariant(g.bytes) : QVariant(CacheText::bytes(g.bytes));
        case Column::Share:
            return sort ? QVariant(share) : QVariant(QLocale().toString(share, 'f', 1) + u'%');
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole && column == Column::Size)
        return tr("%1 bytes").arg(g.bytes);
    if (role == Qt::ToolTipRole && column == Column::Group && m_grouping == CacheGrouping::Kind)
        if (const auto kind = cache::kindFromName(g.key))
            return CacheText::kindToolTip(*kind);
    return {};
}

QVariant CacheGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Column::Group:
            return groupingTitle(m_grouping);
        case Column::Entries:
            return tr("Entries");
        case Column::Size:
            return tr("Size");
        case Column::Share:
            return tr("Share");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole && Column(section) == Column::Share)
        return tr("The group's part of all entries' bytes.");
    return {};
}

} // namespace kiln::gui
