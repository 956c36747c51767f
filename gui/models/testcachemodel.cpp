#include "models/testcachemodel.h"

#include "controllers/cachecontroller.h"
#include "controllers/testcachecontroller.h"
#include "controllers/testcacheprediction.h"
#include "models/cachetext.h"

namespace kiln::gui
{

TestCacheModel::TestCacheModel(TestCacheController *controller, QObject *parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
    connect(controller, &TestCacheController::snapshotChanged, this, [this] {
        beginResetModel();
        m_rows = int(m_controller->snapshot().items.size());
        endResetModel();
    });
    // A log's package can come from the prediction (its test ID is one go looks up).
    connect(controller->prediction(), &TestCachePrediction::snapshotChanged, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0, int(Column::Package)),
                             index(m_rows - 1, int(Column::Package)));
    });
    m_rows = int(controller->snapshot().items.size());
}

QString TestCacheModel::packageOf(const TestCacheItem &item) const
{
    return item.packagePath.isEmpty() ? m_controller->prediction()->packageOfKey(item.key)
                                      : item.packagePath;
}

const TestCacheItem &TestCacheModel::item(int row) const
{
    return m_controller->snapshot().items.at(row);
}

QString TestCacheModel::statusText(const TestCacheItem &item) const
{
    if (item.kind == cache::EntryKind::TestLog) {
        if (!item.problem.isEmpty())
            return item.problem;
        return tr("inputs: %1 env, %2 files").arg(item.envInputs).arg(item.fileInputs);
    }
    if (isExpired(item, m_controller->snapshot().expireNs))
        return tr("expired by go clean -testcache");
    if (!item.problem.isEmpty())
        return tr("not replayed: %1").arg(item.problem);
    return tr("replayed as (cached)");
}

int TestCacheModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TestCacheModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TestCacheModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const TestCacheItem &it = item(index.row());
    const auto column = Column(index.column());
    const qint64 now = m_controller->cache()->scanTimeNs();
    if (role == ItemRole)
        return index.row();
    if (role == ExpiredRole)
        return isExpired(it, m_controller->snapshot().expireNs);
    if (role == Qt::TextAlignmentRole && (column == Column::Size || column == Column::Elapsed))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == Column::Kind)
            return CacheText::kindToolTip(it.kind);
        if (column == Column::Saved)
            return CacheText::dateTime(it.putNs);
        if (column == Column::Package && it.kind == cache::EntryKind::TestLog &&
            packageOf(it).isEmpty())
            return tr("A test log is stored under a hash of the test binary and its "
                      "arguments; it does not name its package, and neither Kiln's record "
                      "nor the open module's prediction knows it.");
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (column) {
    case Column::Package:
        return packageOf(it);
    case Column::Kind:
        return CacheText::kindWord(it.kind);
    case Column::Elapsed:
        return it.elapsed;
    case Column::Saved:
        return sort ? QVariant(it.putNs) : QVariant(CacheText::age(now, it.putNs));
    case Column::Status:
        return statusText(it);
    case Column::Size:
        return sort ? QVariant(it.bytes) : QVariant(CacheText::bytes(it.bytes));
    case Column::Count:
        break;
    }
    return {};
}

QVariant TestCacheModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Package:
        return tr("Package");
    case Column::Kind:
        return tr("Kind");
    case Column::Elapsed:
        return tr("Elapsed");
    case Column::Saved:
        return tr("Saved");
    case Column::Status:
        return tr("Status");
    case Column::Size:
        return tr("Size");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kiln::gui
