// The scanned cache's entries grouped by package, module, kind or toolchain
// (cachegrouping.h): one row per group with its entry count, bytes and
// share of all entries' bytes. Rows follow the scan: each appended batch
// adds its entries to their groups (new groups are inserted at the end,
// changed ones report dataChanged); a new scan or another grouping resets
// the model. totalEntries()/totalBytes() are the sums over all groups.
//
// KeyRole is the group's key ("" for the entries without a name, shown as
// "(no package)" …); SortRole gives numbers for the counts.
#pragma once

#include "models/cachegrouping.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kiln::gui
{

class CacheController;

struct CacheGroup {
    QString key;
    qint64 entries = 0;
    qint64 bytes = 0;
};

class CacheGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Group, Entries, Size, Share, Count };
    enum Role { SortRole = Qt::UserRole + 1, KeyRole };

    explicit CacheGroupModel(CacheController *cache, QObject *parent = nullptr);

    void setGrouping(CacheGrouping grouping);
    CacheGrouping grouping() const { return m_grouping; }
    const QList<CacheGroup> &groups() const { return m_groups; }
    int rowOf(const QString &key) const { return m_rowOf.value(key, -1); }
    qint64 totalEntries() const { return m_totalEntries; }
    qint64 totalBytes() const { return m_totalBytes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The groups' numbers changed (after every batch, reset or regrouping).
    void totalsChanged();

private:
    void rebuild();
    void addEntries(int first, int last);

    CacheController *m_cache;
    CacheGrouping m_grouping = CacheGrouping::Package;
    QList<CacheGroup> m_groups;
    QHash<QString, int> m_rowOf;
    qint64 m_totalEntries = 0;
    qint64 m_totalBytes = 0;
};

} // namespace kiln::gui
