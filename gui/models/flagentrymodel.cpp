#include "models/flagentrymodel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace kiln::gui
{

namespace
{

using Column = FlagEntryModel::Column;

QString entryList(const QList<int> &entries)
{
    QStringList out;
    for (int e : entries)
        out.append(QString::number(e + 1));
    return out.join(QStringLiteral(", "));
}

} // namespace

FlagEntryModel::FlagEntryModel(QObject *parent) : QAbstractTableModel(parent) {}

void FlagEntryModel::setEntries(const QList<flags::ScopeEntry> &entries,
                                const QList<flags::EntryScope> &scopes)
{
    if (entries.size() == m_entries.size()) {
        m_entries = entries;
        m_scopes = scopes;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, int(Column::Count) - 1));
        return;
    }
    beginResetModel();
    m_entries = entries;
    m_scopes = scopes;
    endResetModel();
}

QString FlagEntryModel::problemWord(flags::EntryProblem problem)
{
    switch (problem) {
    case flags::EntryProblem::None:
        return {};
    case flags::EntryProblem::Invalid:
        return tr("rejected");
    case flags::EntryProblem::MatchesNothing:
        return tr("no match");
    case flags::EntryProblem::Shadowed:
        return tr("shadowed");
    }
    return {};
}

QString FlagEntryModel::warningText(const flags::EntryScope &scope)
{
    switch (scope.problem) {
    case flags::EntryProblem::None:
        return {};
    case flags::EntryProblem::Invalid:
        return tr("go rejects it: %1").arg(scope.error);
    case flags::EntryProblem::MatchesNothing:
        return tr("matches no package of the build");
    case flags::EntryProblem::Shadowed:
        return tr("no effect: later entries decide all its packages (%1)")
            .arg(entryList(scope.takenBy));
    }
    return {};
}

int FlagEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FlagEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant FlagEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const flags::ScopeEntry &e = m_entries[index.row()];
    const flags::EntryScope s = m_scopes.value(index.row());
    const bool editable = e.source == flags::EntrySource::CommandLine;
    const auto column = Column(index.column());
    if (role == ProblemRole)
        return int(s.problem);
    if (role == EditableRole)
        return editable;
    if (role == Qt::EditRole && column == Column::Entry)
        return e.text;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Number:
            return index.row() + 1;
        case Column::Source:
            return editable ? tr("settings") : QStringLiteral("GOFLAGS");
        case Column::Entry:
            return e.text.isEmpty() ? tr("(empty: no flags)") : e.text;
        case Column::Matches:
            return s.problem == flags::EntryProblem::Invalid ? QVariant() : s.matched.size();
        case Column::Decides:
            return s.problem == flags::EntryProblem::Invalid ? QVariant() : s.decided.size();
        case Column::Warning:
            return problemWord(s.problem);
        case Column::Count:
            break;
        }
    }
    if (role == Qt::DecorationRole && column == Column::Warning &&
        s.problem != flags::EntryProblem::None)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::FontRole && column == Column::Entry && e.text.isEmpty()) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ForegroundRole && !editable)
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole) {
        if (!editable)
            return tr("From GOFLAGS: go applies it before the build settings' entries. Change "
                      "GOFLAGS in the build settings.");
        if (column == Column::Warning || s.problem != flags::EntryProblem::None)
            return warningText(s);
        if (column == Column::Entry)
            return s.pattern.isEmpty()
                       ? tr("No pattern: applies to the packages named on the command line.")
                       : tr("Pattern %1: the packages it matches get exactly these flags unless "
                            "a later entry matches them too.")
                             .arg(s.pattern);
    }
    if (role == Qt::TextAlignmentRole &&
        (column == Column::Number || column == Column::Matches || column == Column::Decides))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool FlagEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || Column(index.column()) != Column::Entry ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    emit entryEdited(index.row(), value.toString());
    return true;
}

Qt::ItemFlags FlagEntryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && Column(index.column()) == Column::Entry &&
        m_entries.value(index.row()).source == flags::EntrySource::CommandLine)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FlagEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Number:
        return tr("#");
    case Column::Source:
        return tr("From");
    case Column::Entry:
        return tr("[pattern=]flags");
    case Column::Matches:
        return tr("Matches");
    case Column::Decides:
        return tr("Decides");
    case Column::Warning:
        return tr("Warning");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kiln::gui
