// The entries of the scanned cache (CacheController::index()) as a table,
// one row per entry in scan order, growing while the scan runs: the
// controller announces each batch and the model inserts its rows
// (beginInsertRows/endInsertRows), a new scan resets it. The model keeps no
// copy of the entries.
//
// Columns: kind (go's word; a warning icon and the problem in the tooltip
// when the entry is not well formed), package, size (-a plus -d), last
// used (age at scan time; exact time in the tooltip), saved (the index
// line's time), toolchain, module, key (12 hex digits; all in the tooltip).
// SortRole gives numbers for sizes and times. Sorting and filtering go
// through CacheFilterModel.
#pragma once

#include <QAbstractTableModel>

namespace kiln::cache
{
struct CacheEntry;
}

namespace kiln::gui
{

class CacheController;

class CacheEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Kind, Package, Size, LastUsed, Saved, Toolchain, Module, Key, Count };
    enum Role {
        SortRole = Qt::UserRole + 1,
        EntryRole, // int: the row's index into CacheController::index().entries
    };

    explicit CacheEntryModel(CacheController *cache, QObject *parent = nullptr);

    CacheController *cache() const { return m_cache; }
    const cache::CacheEntry &entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const cache::CacheEntry &e, Column column) const;
    QVariant sortValue(const cache::CacheEntry &e, Column column) const;
    QVariant toolTip(const cache::CacheEntry &e, Column column) const;

    CacheController *m_cache;
    int m_rows = 0;
};

} // namespace kiln::gui
