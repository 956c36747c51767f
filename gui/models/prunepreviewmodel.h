// The prune dialog's preview: the entries a plan (cache::PrunePlan) would
// remove, then those it keeps only because they were used within the last
// hour (go refreshes an entry's time at most hourly, so a build may be using
// it right now; Force removes them too). One row per entry: outcome, kind,
// package, bytes (what the removal frees; a kept entry's own bytes), last
// used. setProposal() resets the model.
#pragma once

#include <QAbstractTableModel>
#include <memory>

namespace kiln::gui
{

struct PruneProposal;

class PrunePreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Outcome, Kind, Package, Size, LastUsed, Count };
    enum Role { SortRole = Qt::UserRole + 1, EntryRole, RemovedRole };

    explicit PrunePreviewModel(QObject *parent = nullptr);

    void setProposal(std::shared_ptr<const PruneProposal> proposal, qint64 nowNs);
    int removedRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const PruneProposal> m_proposal;
    qint64 m_nowNs = 0;
};

} // namespace kiln::gui
