#include "models/goenvfiltermodel.h"

#include "models/goenvmodel.h"

namespace kiln::gui
{

GoEnvFilterModel::GoEnvFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void GoEnvFilterModel::setRows(Rows rows)
{
    if (rows == m_rows)
        return;
    m_rows = rows;
    invalidateRowsFilter();
}

bool GoEnvFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_rows == Rows::ChangedOnly) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!index.data(GoEnvModel::IsChangedRole).toBool())
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace kiln::gui
