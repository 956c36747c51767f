// Two preimages of one action side by side (explain::alignPreimages): one
// row per aligned line, the earlier build's line left, the later build's
// right; changed, removed and added rows are tinted (BackgroundRole) and say
// so in KindRole. setPreimages() resets the model.
#pragma once

#include "explain/preimagediff.h"

#include <QAbstractTableModel>

namespace kiln::gui
{

class PreimageDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Before, After, Count };
    enum Role { KindRole = Qt::UserRole + 1 }; // int: explain::LineDiff

    explicit PreimageDiffModel(QObject *parent = nullptr);

    void setPreimages(const QList<QByteArray> &before, const QList<QByteArray> &after);
    const QList<explain::AlignedLine> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<explain::AlignedLine> m_rows;
};

} // namespace kiln::gui
