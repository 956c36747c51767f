#include "models/packageflagsmodel.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>

namespace kiln::gui
{

using Column = PackageFlagsModel::Column;

PackageFlagsModel::PackageFlagsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PackageFlagsModel::setAnalysis(const load::LoadResult &load,
                                    const flags::ScopeAnalysis &analysis, flags::ScopeFlag flag,
                                    int focus)
{
    const int f = int(flag);
    const QList<flags::EntryScope> &entries = analysis.of(flag);
    const QList<int> packages =
        focus >= 0 && focus < entries.size() ? entries[focus].matched : analysis.packages;
    QList<Row> rows;
    for (int p : packages) {
        const load::Package &pkg = load.packages[p];
        if (pkg.importPath == QLatin1String("unsafe"))
            continue; // built in: nothing is compiled
        const flags::PackageScope &s = analysis.perPackage[p];
        rows.append({pkg.importPath, s.flags[f], s.entry[f], pkg.standard,
                     focus >= 0 && s.entry[f] != focus});
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PackageFlagsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int PackageFlagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackageFlagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PackageFlagsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case PackageRole:
        return r.package;
    case EntryRole:
        return r.entry;
    case TakenRole:
        return r.taken;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Package:
            return r.package;
        case Column::Flags:
            return r.flags.join(QLatin1Char(' '));
        case Column::DecidedBy:
            return r.entry < 0 ? tr("none") : tr("entry %1").arg(r.entry + 1);
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (r.entry < 0)
            return tr("No entry matches %1: it gets no flags.").arg(r.package);
        if (r.taken)
            return tr("Matched by the selected entry, but entry %1 comes later and decides "
                      "its flags.")
                .arg(r.entry + 1);
        return tr("Entry %1 is the last one matching %2.").arg(r.entry + 1).arg(r.package);
    case Qt::ForegroundRole:
        if (r.taken)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (Column(index.column()) == Column::Flags)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    default:
        break;
    }
    return {};
}

QVariant PackageFlagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Package:
        return tr("Package");
    case Column::Flags:
        return tr("Effective flags");
    case Column::DecidedBy:
        return tr("Decided by");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kiln::gui
