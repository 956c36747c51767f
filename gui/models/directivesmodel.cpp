#include "models/directivesmodel.h"

namespace kiln::gui
{

namespace
{

QString joinVersion(const load::ModuleVersion &mv)
{
    return mv.version.isEmpty() ? mv.path : mv.path + QLatin1Char(' ') + mv.version;
}

} // namespace

DirectivesModel::DirectivesModel(QObject *parent) : QAbstractTableModel(parent) {}

void DirectivesModel::setModFile(const load::ModFile &file)
{
    beginResetModel();
    m_rows.clear();
    for (const load::Require &r : file.requirements) {
        m_rows.append({QStringLiteral("require"), r.mod.path, r.mod.version,
                       r.indirect ? QStringLiteral("// indirect") : QString(), r.pos.line,
                       r.indirect});
    }
    for (const load::Replace &r : file.replaces) {
        m_rows.append({QStringLiteral("replace"), r.old.path, r.old.version,
                       QStringLiteral("=> ") + joinVersion(r.replacement), r.pos.line, false});
    }
    for (const load::ModuleVersion &e : file.excludes)
        m_rows.append({QStringLiteral("exclude"), e.path, e.version, QString(), 0, false});
    for (const load::VersionInterval &r : file.retracts) {
        const QString version =
            r.low == r.high ? r.low : QStringLiteral("[%1, %2]").arg(r.low, r.high);
        m_rows.append(
            {QStringLiteral("retract"), QString(), version, r.rationale, r.pos.line, false});
    }
    for (const load::GoDebugSetting &g : file.godebug) {
        m_rows.append({QStringLiteral("godebug"), g.key, g.value, QString(), g.pos.line, false});
    }
    for (const QString &t : file.tools)
        m_rows.append({QStringLiteral("tool"), t, QString(), QString(), 0, false});
    for (const QString &i : file.ignores)
        m_rows.append({QStringLiteral("ignore"), i, QString(), QString(), 0, false});
    endResetModel();
}

int DirectivesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DirectivesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant DirectivesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Directive:
            return row.directive;
        case Column::Module:
            return row.module;
        case Column::Version:
            return row.version;
        case Column::Note:
            return row.note;
        case Column::Line:
            return row.line > 0 ? QVariant(row.line) : QVariant();
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Line)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsIndirectRole:
        return row.indirect;
    }
    return {};
}

QVariant DirectivesModel::toolTip(const Row &row, Column column) const
{
    switch (column) {
    case Column::Module:
        return row.module.isEmpty() ? QVariant() : QVariant(row.module);
    case Column::Note:
        if (row.indirect)
            return tr("indirect: no package of the main module imports this module directly.");
        return row.note.isEmpty() ? QVariant() : QVariant(row.note);
    case Column::Directive:
        break;
    default:
        return {};
    }
    if (row.directive == QLatin1String("require"))
        return tr("require: the module needs at least this version of a dependency.");
    if (row.directive == QLatin1String("replace"))
        return tr("replace: use other contents (a version or a directory) for a module.");
    if (row.directive == QLatin1String("exclude"))
        return tr("exclude: this version must not be used.");
    if (row.directive == QLatin1String("retract"))
        return tr("retract: versions of this module that should not be used.");
    if (row.directive == QLatin1String("godebug"))
        return tr("godebug: a default GODEBUG setting for the main package.");
    if (row.directive == QLatin1String("tool"))
        return tr("tool: a package that go tool can run.");
    if (row.directive == QLatin1String("ignore"))
        return tr("ignore: a directory go ignores when matching package patterns.");
    return {};
}

QVariant DirectivesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Directive:
        return tr("Directive");
    case Column::Module:
        return tr("Module");
    case Column::Version:
        return tr("Version");
    case Column::Note:
        return tr("Note");
    case Column::Line:
        return tr("Line");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kiln::gui
