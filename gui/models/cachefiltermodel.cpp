#include "models/cachefiltermodel.h"

#include "cache/cacheentry.h"
#include "models/cacheentrymodel.h"

namespace kiln::gui
{

CacheFilterModel::CacheFilterModel(CacheEntryModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(CacheEntryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void CacheFilterModel::setGroup(CacheGrouping grouping, const QString &key)
{
    m_group = std::pair{grouping, key};
    invalidateRowsFilter();
}

void CacheFilterModel::clearGroup()
{
    if (!m_group)
        return;
    m_group.reset();
    invalidateRowsFilter();
}

void CacheFilterModel::setSearch(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

QList<int> CacheFilterModel::entryRows() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        rows.append(mapToSource(index(r, 0)).row());
    return rows;
}

bool CacheFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const cache::CacheEntry &e = m_source->entry(sourceRow);
    if (m_group && groupKey(e, m_group->first) != m_group->second)
        return false;
    if (m_words.isEmpty())
        return true;
    QString hex;
    for (const QString &word : m_words) {
        auto in = [&](const QString &text) { return text.contains(word, Qt::CaseInsensitive); };
        if (in(e.packagePath) || in(e.module) || in(cache::kindName(e.kind)) || in(e.toolchain) ||
            in(e.buildID))
            continue;
        if (hex.isNull())
            hex = QString::fromLatin1(digestHex(e.key));
        if (!hex.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace kiln::gui
