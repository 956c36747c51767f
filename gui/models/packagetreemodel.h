// The module's package directories as a tree of folders. Folders that only
// lead to packages (cmd/) are rows without package data; a package in the
// module root is a top-level row ".". The model owns a snapshot and is reset
// whole by setPackages(); sorting and filtering happen in a proxy.
#pragma once

#include "controllers/packagescan.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <vector>

namespace kiln::gui
{

class PackageTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column { Directory, Package, Kind, ImportPath, GoFiles, TestFiles, Count };
    enum Role {
        IsMainRole = Qt::UserRole + 1, // bool: a main package (a command)
        IsPackageRole,                 // bool: the folder holds .go files
        RelPathRole,                   // QString: path relative to the module root
    };

    explicit PackageTreeModel(QObject *parent = nullptr);

    // modulePath prefixes the import paths; "" leaves them empty (no go.mod).
    void setPackages(const QString &modulePath, const QList<PackageDir> &packages);
    int packageCount() const { return int(m_packages.size()); }
    int commandCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node {
        QString name; // last path element; "." for the root package
        QString relPath;
        int parent = -1;  // node index; node 0 is the invisible root
        int row = 0;      // position among the parent's children
        int package = -1; // index into m_packages, or -1 for a plain folder
        std::vector<int> children;
    };

    int nodeFor(const QString &relPath);
    int addChild(int parent, const QString &name, const QString &relPath);
    QVariant displayData(const Node &node, Column column) const;
    QVariant decoration(const Node &node) const;

    std::vector<Node> m_nodes;
    QList<PackageDir> m_packages;
    QString m_modulePath;
    QIcon m_commandIcon;
    QIcon m_packageIcon;
    QIcon m_errorIcon;
    QIcon m_folderIcon;
};

} // namespace kiln::gui
