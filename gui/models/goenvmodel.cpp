#include "models/goenvmodel.h"

#include <QFont>

namespace kiln::gui
{

GoEnvModel::GoEnvModel(QObject *parent) : QAbstractTableModel(parent) {}

void GoEnvModel::setVariables(const QList<goenv::EnvVar> &vars)
{
    beginResetModel();
    m_vars = vars;
    endResetModel();
}

QString GoEnvModel::value(const QString &name) const
{
    for (const goenv::EnvVar &var : m_vars) {
        if (var.name == name)
            return var.value;
    }
    return {};
}

int GoEnvModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vars.size());
}

int GoEnvModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant GoEnvModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const goenv::EnvVar &var = m_vars[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return var.name;
        case Column::Value:
            return var.value;
        case Column::Changed:
            return var.changed ? tr("changed") : QString();
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Value)
            return var.value;
        if (column == Column::Changed && var.changed)
            return tr("Differs from go's default: go env -changed lists it.");
        return {};
    case Qt::FontRole:
        if (var.changed && column == Column::Name) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IsChangedRole:
        return var.changed;
    }
    return {};
}

QVariant GoEnvModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Name:
            return tr("Variable");
        case Column::Value:
            return tr("Value");
        case Column::Changed:
            return tr("Changed");
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole && column == Column::Changed) {
        return tr("Whether the value differs from go's default.");
    }
    return {};
}

} // namespace kiln::gui
