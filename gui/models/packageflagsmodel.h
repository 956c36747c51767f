// The packages of the build with their effective flags for one per-package
// flag and the entry that decided them (from the draft's analysis). With a
// focus entry only the packages it matches are rows; those a later entry
// takes show that entry and are greyed. Sorting and the text filter go
// through a QSortFilterProxyModel.
#pragma once

#include "flags/flagscope.h"
#include "load/loader.h"

#include <QAbstractTableModel>

namespace kiln::gui
{

class PackageFlagsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Package, Flags, DecidedBy, Count };
    enum Role {
        PackageRole = Qt::UserRole + 1, // QString: the import path
        EntryRole,                      // int: the deciding entry, -1: none
        TakenRole,                      // bool: focused, but another entry decides it
    };

    explicit PackageFlagsModel(QObject *parent = nullptr);

    // focus: an entry of flag, or -1 for every package of the build.
    void setAnalysis(const load::LoadResult &load, const flags::ScopeAnalysis &analysis,
                     flags::ScopeFlag flag, int focus);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString package;
        QStringList flags;
        int entry = -1;
        bool standard = false;
        bool taken = false;
    };
    QList<Row> m_rows;
};

} // namespace kiln::gui
