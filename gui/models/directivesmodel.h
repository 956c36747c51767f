// The go.mod directives that name other modules or settings, one row each:
// require (with its "// indirect" mark), replace, exclude, retract, godebug,
// tool and ignore, in that order and in file order within each kind. The
// Directive column uses go.mod's own keywords.
#pragma once

#include "load/modfile.h"

#include <QAbstractTableModel>

namespace kiln::gui
{

class DirectivesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Directive, Module, Version, Note, Line, Count };
    enum Role {
        IsIndirectRole = Qt::UserRole + 1, // bool: a require marked // indirect
    };

    explicit DirectivesModel(QObject *parent = nullptr);

    void setModFile(const load::ModFile &file);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString directive;
        QString module;
        QString version;
        QString note;
        int line = 0; // 0: unknown
        bool indirect = false;
    };

    QVariant toolTip(const Row &row, Column column) const;

    QList<Row> m_rows;
};

} // namespace kiln::gui
