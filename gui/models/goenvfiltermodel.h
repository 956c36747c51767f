// The proxy in front of GoEnvModel: case-insensitive text filter over name
// and value, optionally only the changed variables, sortable by column.
#pragma once

#include <QSortFilterProxyModel>

namespace kiln::gui
{

class GoEnvFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Rows { All, ChangedOnly };

    explicit GoEnvFilterModel(QObject *parent = nullptr);

    void setRows(Rows rows);
    Rows rows() const { return m_rows; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Rows m_rows = Rows::All;
};

} // namespace kiln::gui
