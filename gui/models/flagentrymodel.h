// The entries of one per-package flag (-gcflags, -asmflags or -ldflags) as
// a table, with what each does in the draft's analysis: its number (go
// applies them in this order; the last match wins), where it comes from
// (GOFLAGS or the build settings), its text — editable for the build
// settings' entries; setData emits entryEdited and changes nothing itself:
// the controller owns the entries —, how many packages it matches and
// decides, and its warning as a word (go rejects it, it matches nothing,
// later entries take every package it matches; the tooltip says it in full).
//
// setEntries() with as many rows as before only emits dataChanged, so
// selection and an open editor survive an edit's recomputation.
#pragma once

#include "flags/flagscope.h"

#include <QAbstractTableModel>

namespace kiln::gui
{

class FlagEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Number, Source, Entry, Matches, Decides, Warning, Count };
    enum Role {
        ProblemRole = Qt::UserRole + 1, // int: flags::EntryProblem
        EditableRole,                   // bool
    };

    explicit FlagEntryModel(QObject *parent = nullptr);

    // scopes: the analysis of entries (parallel; may be shorter before a load).
    void setEntries(const QList<flags::ScopeEntry> &entries,
                    const QList<flags::EntryScope> &scopes);
    const QList<flags::ScopeEntry> &entries() const { return m_entries; }

    // "rejected", "no match", "shadowed" (the Warning column); "" for none.
    static QString problemWord(flags::EntryProblem problem);
    // The sentence (tooltip, the panel's warning line); "" for no problem.
    static QString warningText(const flags::EntryScope &scope);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void entryEdited(int row, const QString &text);

private:
    QList<flags::ScopeEntry> m_entries;
    QList<flags::EntryScope> m_scopes;
};

} // namespace kiln::gui
