#include "models/preimagediffmodel.h"

#include <QColor>
#include <QFontDatabase>

namespace kiln::gui
{

using explain::LineDiff;

PreimageDiffModel::PreimageDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void PreimageDiffModel::setPreimages(const QList<QByteArray> &before,
                                     const QList<QByteArray> &after)
{
    beginResetModel();
    m_rows = explain::alignPreimages(before, after);
    endResetModel();
}

int PreimageDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreimageDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PreimageDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const explain::AlignedLine &row = m_rows[index.row()];
    const bool left = Column(index.column()) == Column::Before;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return QString::fromUtf8(left ? row.before : row.after);
    case KindRole:
        return int(row.kind);
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::BackgroundRole:
        // Translucent, so the tint reads on light and dark palettes.
        if (row.kind == LineDiff::Changed)
            return QColor(0xc0, 0x90, 0x20, 60);
        if (row.kind == LineDiff::Removed && left)
            return QColor(0xd6, 0x45, 0x3d, 60);
        if (row.kind == LineDiff::Added && !left)
            return QColor(0x21, 0x96, 0x53, 60);
        return {};
    default:
        return {};
    }
}

QVariant PreimageDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return Column(section) == Column::Before ? tr("Earlier build") : tr("Later build");
}

} // namespace kiln::gui
