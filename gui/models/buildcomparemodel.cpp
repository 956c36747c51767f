#include "models/buildcomparemodel.h"

#include "models/rebuildstyle.h"

namespace kiln::gui
{

using explain::CompareKind;

BuildCompareModel::BuildCompareModel(QObject *parent) : QAbstractTableModel(parent) {}

void BuildCompareModel::setComparison(const explain::BuildComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

QString BuildCompareModel::kindText(CompareKind kind)
{
    switch (kind) {
    case CompareKind::Added:
        return tr("added");
    case CompareKind::Removed:
        return tr("removed");
    case CompareKind::Changed:
        return tr("inputs changed");
    case CompareKind::Same:
        return tr("same inputs");
    }
    return {};
}

QString BuildCompareModel::outcomeText(const cache::HistoryAction &action, bool present)
{
    if (!present)
        return QString();
    switch (action.outcome) {
    case cache::HistoryOutcome::Ran:
        return tr("ran");
    case cache::HistoryOutcome::Hit:
        return tr("cache hit");
    case cache::HistoryOutcome::Failed:
        return tr("failed");
    }
    return {};
}

int BuildCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.actions.size());
}

int BuildCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant BuildCompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comparison.actions.size())
        return {};
    const explain::ActionComparison &a = m_comparison.actions[index.row()];
    if (role == KindRole)
        return int(a.kind);
    if (role == FilterRole) {
        static const char *const kinds[] = {"added", "removed", "changed", "same"};
        return QStringLiteral("kind:") + QLatin1String(kinds[int(a.kind)]) +
               (a.ranAfter() ? QStringLiteral(" rebuilt:yes") : QString());
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Action:
            return a.key();
        case Column::Difference:
            return kindText(a.kind);
        case Column::Before:
            return outcomeText(a.before, a.kind != CompareKind::Added);
        case Column::After:
            return outcomeText(a.after, a.kind != CompareKind::Removed);
        case Column::Changes: {
            QStringList parts;
            for (const explain::LineChange &c : a.changes) {
                const QString part =
                    c.category == explain::LineCategory::Dependency
                        ? RebuildStyle::categoryText(c.category)
                        : RebuildStyle::categoryText(c.category) + QLatin1Char(' ') + c.subject;
                if (!parts.contains(part))
                    parts << part;
            }
            if (parts.size() > 3)
                parts = parts.first(3) << QStringLiteral("…");
            return parts.join(QStringLiteral(", "));
        }
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole && column == Column::Changes && !a.changes.isEmpty()) {
        QStringList lines;
        for (const explain::LineChange &c : a.changes)
            lines << QStringLiteral("%1 %2: %3")
                         .arg(RebuildStyle::categoryText(c.category), c.subject, c.detail);
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant BuildCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Action:
        return tr("Action");
    case Column::Difference:
        return tr("Difference");
    case Column::Before:
        return tr("Earlier build");
    case Column::After:
        return tr("Later build");
    case Column::Changes:
        return tr("What changed");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kiln::gui
