// The go env table: every variable go env prints, its value, and whether it
// differs from go's default (what `go env -changed` would list).
#pragma once

#include "goenv/goenv.h"

#include <QAbstractTableModel>

namespace kiln::gui
{

class GoEnvModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Value, Changed, Count };
    enum Role {
        IsChangedRole = Qt::UserRole + 1, // bool
    };

    explicit GoEnvModel(QObject *parent = nullptr);

    void setVariables(const QList<goenv::EnvVar> &vars);
    // The value of name, "" when the table has no such row.
    QString value(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<goenv::EnvVar> m_vars;
};

} // namespace kiln::gui
