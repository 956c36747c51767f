// "Compare Builds": the actions of two recorded builds side by side
// (explain/buildcompare.h), one row per action key — the action (mode and
// package), how it differs (added, removed, changed inputs, same inputs),
// what it did in the earlier and in the later build (ran, cache hit,
// failed), and what changed in its preimage (the categories and the first
// subjects; the tooltip lists every changed line). setComparison() resets
// the model. Filtering and sorting go through a QSortFilterProxyModel:
// FilterRole holds "kind:<added|removed|changed|same>" and "rebuilt:yes"
// for actions that ran in the later build.
#pragma once

#include "explain/buildcompare.h"

#include <QAbstractTableModel>

namespace kiln::gui
{

class BuildCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Action, Difference, Before, After, Changes, Count };
    enum Role {
        KindRole = Qt::UserRole + 1, // int: explain::CompareKind
        FilterRole,                  // QString, see above
    };

    explicit BuildCompareModel(QObject *parent = nullptr);

    void setComparison(const explain::BuildComparison &comparison);
    const explain::BuildComparison &comparison() const { return m_comparison; }
    const explain::ActionComparison &action(int row) const { return m_comparison.actions[row]; }

    static QString kindText(explain::CompareKind kind);
    // "ran", "cache hit", "failed", "" (absent).
    static QString outcomeText(const cache::HistoryAction &action, bool present);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    explain::BuildComparison m_comparison;
};

} // namespace kiln::gui
