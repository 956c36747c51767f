// The forecast of the draft's change (exec/flagforecast.h) as a table: one
// row per action whose action ID changes, in action order — the action
// ("build fmt"), why (direct: its changed preimage line, after the change;
// propagated: the changed build it needs) and how long it took in the last
// build. Tooltips show every changed line before and after, and the new
// action ID when it is known.
#pragma once

#include "exec/flagforecast.h"
#include "exec/scopebuild.h"

#include <QAbstractTableModel>

namespace kiln::gui
{

class ForecastModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Action, Why, LastBuild, Count };
    enum Role {
        PackageRole = Qt::UserRole + 1, // QString: the action's import path
        ModeRole,                       // int: graph::Mode
        DirectRole,                     // bool
    };

    explicit ForecastModel(QObject *parent = nullptr);

    void setForecast(const exec::Forecast &forecast, const exec::ScopeBuild &build);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        graph::Mode mode = graph::Mode::Build;
        QString package;
        bool direct = false;
        QList<exec::LineChange> lines;
        QString cause; // "build fmt"
        qint64 lastNs = -1;
        QString newActionId;
    };
    QString toolTip(const Row &r) const;
    QList<Row> m_rows;
};

} // namespace kiln::gui
