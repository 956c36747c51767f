#include "models/problemmodel.h"

#include <QApplication>
#include <QStyle>

namespace kiln::gui
{

namespace
{

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error:
        return ProblemModel::tr("error");
    case Severity::Warning:
        return ProblemModel::tr("warning");
    case Severity::Note:
        return ProblemModel::tr("note");
    }
    return {};
}

QIcon severityIcon(Severity s)
{
    QStyle *style = QApplication::style();
    switch (s) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Note:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

ProblemModel::ProblemModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemModel::setProblems(const QList<Problem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ProblemModel::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [](const Problem &p) { return p.severity == Severity::Error; }));
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &p = m_problems[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Location:
            return p.location().isEmpty() ? severityText(p.severity) : p.location();
        case Column::Message:
            return p.message.section(QLatin1Char('\n'), 0, 0);
        case Column::Package:
            return p.package;
        case Column::Count:
            break;
        }
        return {};
    case Qt::DecorationRole:
        return column == Column::Location ? QVariant(severityIcon(p.severity)) : QVariant();
    case Qt::ToolTipRole:
        if (column == Column::Location && !p.path.isEmpty())
            return p.path;
        return QStringLiteral("%1: %2").arg(severityText(p.severity), p.message);
    case ActionRole:
        return p.action;
    case SortRole:
        switch (column) {
        case Column::Location:
            return QStringLiteral("%1:%2:%3")
                .arg(p.file)
                .arg(p.line, 8, 10, QLatin1Char('0'))
                .arg(p.column, 8, 10, QLatin1Char('0'));
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Column::Location:
            return tr("Location");
        case Column::Message:
            return tr("Message");
        case Column::Package:
            return tr("Package");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::Location:
            return tr("Where go reported it: file:line:column, relative to the module folder.");
        case Column::Message:
            return tr("What the compiler, vet, cgo or the linker said (first line; the tooltip "
                      "has all of it).");
        case Column::Package:
            return tr("The package whose action failed.");
        case Column::Count:
            break;
        }
    }
    return {};
}

} // namespace kiln::gui
