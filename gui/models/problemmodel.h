// The problems of the last build (models/problemparser.h) as a table: one
// row per problem, in the order go printed them — location
// ("lib/lib.go:5:2", with an error or warning icon), message (its first
// line; the tooltip has all of it) and package. setProblems() resets the
// model. Sorting goes through a QSortFilterProxyModel (SortRole: location
// sorts by file, then line and column as numbers).
#pragma once

#include "models/problemparser.h"

#include <QAbstractTableModel>

namespace kiln::gui
{

class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Location, Message, Package, Count };
    enum Role {
        ActionRole = Qt::UserRole + 1, // int: the problem's action (-1: none)
        SortRole,
    };

    explicit ProblemModel(QObject *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    const QList<Problem> &problems() const { return m_problems; }
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Problem> m_problems;
};

} // namespace kiln::gui
