// The cache table's proxy over CacheEntryModel: sorts by SortRole (sizes
// and times as numbers) and shows the entries that pass both filters:
//   group    the entries of one group (grouping + key, "" = the entries
//            without that name), as chosen in the group table or the chart;
//            none: every entry
//   search   words that must all occur (case-insensitive) in the package,
//            module, kind, toolchain, build ID or the key's hex digits
// Rows keep following the source while a scan appends them.
#pragma once

#include "models/cachegrouping.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace kiln::gui
{

class CacheEntryModel;

class CacheFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CacheFilterModel(CacheEntryModel *source, QObject *parent = nullptr);

    void setGroup(CacheGrouping grouping, const QString &key);
    void clearGroup();
    std::optional<std::pair<CacheGrouping, QString>> group() const { return m_group; }
    void setSearch(const QString &text);
    QString search() const { return m_words.join(QLatin1Char(' ')); }

    // The source rows (index entries) of the rows shown, in view order.
    QList<int> entryRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CacheEntryModel *m_source;
    std::optional<std::pair<CacheGrouping, QString>> m_group;
    QStringList m_words;
};

} // namespace kiln::gui
