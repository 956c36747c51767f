#include "models/forecastmodel.h"

#include "models/actionstyle.h"

#include <QFontDatabase>

namespace kiln::gui
{

using Column = ForecastModel::Column;

ForecastModel::ForecastModel(QObject *parent) : QAbstractTableModel(parent) {}

void ForecastModel::setForecast(const exec::Forecast &forecast, const exec::ScopeBuild &build)
{
    auto label = [&](int action) {
        const graph::Action &a = build.graph.actions[action];
        return graph::modeName(a.mode) + QLatin1Char(' ') +
               build.load.packages[a.package].importPath;
    };
    QList<Row> rows;
    for (const exec::ForecastAction &f : forecast.actions) {
        const graph::Action &a = build.graph.actions[f.action];
        Row r;
        r.mode = a.mode;
        r.package = build.load.packages[a.package].importPath;
        r.direct = f.why == exec::Invalidation::Direct;
        r.lines = f.lines;
        if (f.cause >= 0)
            r.cause = label(f.cause);
        r.lastNs = f.lastNs;
        r.newActionId = f.newActionId;
        rows.append(r);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ForecastModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ForecastModel::toolTip(const Row &r) const
{
    if (!r.direct)
        return tr("Its action ID hashes the output of %1, which changes.").arg(r.cause);
    QStringList out;
    for (const exec::LineChange &c : r.lines)
        out.append(tr("before: %1\nafter:  %2")
                       .arg(QString::fromUtf8(c.before), QString::fromUtf8(c.after)));
    if (!r.newActionId.isEmpty())
        out.append(tr("new action ID: %1").arg(r.newActionId));
    return out.join(QStringLiteral("\n\n"));
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case PackageRole:
        return r.package;
    case ModeRole:
        return int(r.mode);
    case DirectRole:
        return r.direct;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Action:
            return graph::modeName(r.mode) + QLatin1Char(' ') + r.package;
        case Column::Why:
            if (!r.direct)
                return tr("needs %1").arg(r.cause);
            return r.lines.isEmpty() ? QString() : QString::fromUtf8(r.lines.first().after);
        case Column::LastBuild:
            return r.lastNs < 0 ? tr("unknown") : ActionStyle::duration(r.lastNs);
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::LastBuild)
            return r.lastNs < 0 ? tr("It did not run in the last build (a cache hit, or not "
                                     "part of it): its cost is unknown.")
                                : tr("How long it ran in the last build.");
        return toolTip(r);
    case Qt::FontRole:
        if (Column(index.column()) == Column::Why && r.direct)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::TextAlignmentRole:
        if (Column(index.column()) == Column::LastBuild)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Action:
        return tr("Action");
    case Column::Why:
        return tr("Why its action ID changes");
    case Column::LastBuild:
        return tr("Last build");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kiln::gui
