#include "models/packagetreemodel.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace kiln::gui
{

PackageTreeModel::PackageTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_nodes.push_back(Node{});
    QStyle *style = QApplication::style();
    m_commandIcon = style->standardIcon(QStyle::SP_MediaPlay);
    m_packageIcon = style->standardIcon(QStyle::SP_FileDialogDetailedView);
    m_errorIcon = style->standardIcon(QStyle::SP_MessageBoxWarning);
    m_folderIcon = style->standardIcon(QStyle::SP_DirIcon);
}

void PackageTreeModel::setPackages(const QString &modulePath, const QList<PackageDir> &packages)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.push_back(Node{});
    m_packages = packages;
    m_modulePath = modulePath;
    for (int i = 0; i < int(m_packages.size()); ++i) {
        const QString &rel = m_packages[i].relPath;
        const int node = rel.isEmpty() ? addChild(0, QStringLiteral("."), rel) : nodeFor(rel);
        m_nodes[node].package = i;
    }
    endResetModel();
}

int PackageTreeModel::commandCount() const
{
    return int(std::count_if(m_packages.cbegin(), m_packages.cend(),
                             [](const PackageDir &p) { return p.isMain(); }));
}

// The node for relPath, creating it and its ancestors as needed. Packages
// arrive sorted by path, so children stay in path order.
int PackageTreeModel::nodeFor(const QString &relPath)
{
    int node = 0;
    QString path;
    for (const QString &part : relPath.split(QLatin1Char('/'))) {
        path = path.isEmpty() ? part : path + QLatin1Char('/') + part;
        int found = -1;
        for (int child : m_nodes[node].children) {
            if (m_nodes[child].relPath == path)
                found = child;
        }
        node = found >= 0 ? found : addChild(node, part, path);
    }
    return node;
}

int PackageTreeModel::addChild(int parent, const QString &name, const QString &relPath)
{
    Node child;
    child.name = name;
    child.relPath = relPath;
    child.parent = parent;
    child.row = int(m_nodes[parent].children.size());
    m_nodes.push_back(child);
    const int index = int(m_nodes.size()) - 1;
    m_nodes[parent].children.push_back(index);
    return index;
}

QModelIndex PackageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int parentNode = parent.isValid() ? int(parent.internalId()) : 0;
    return createIndex(row, column, quintptr(m_nodes[parentNode].children[row]));
}

QModelIndex PackageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[child.internalId()].parent;
    if (parentNode <= 0)
        return {};
    return createIndex(m_nodes[parentNode].row, 0, quintptr(parentNode));
}

int PackageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int node = parent.isValid() ? int(parent.internalId()) : 0;
    return int(m_nodes[node].children.size());
}

int PackageTreeModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

QVariant PackageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[index.internalId()];
    const auto column = Column(index.column());
    const PackageDir *pkg = node.package >= 0 ? &m_packages[node.package] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, column);
    case Qt::DecorationRole:
        return column == Column::Directory ? decoration(node) : QVariant();
    case Qt::ToolTipRole:
        if (pkg && !pkg->error.isEmpty())
            return pkg->error;
        if (column == Column::Kind && pkg)
            return pkg->isMain() ? tr("A main package: go build makes an executable of it.")
                                 : tr("A package other packages import.");
        return {};
    case Qt::FontRole:
        if (pkg && pkg->isMain()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::GoFiles || column == Column::TestFiles)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsMainRole:
        return pkg && pkg->isMain();
    case IsPackageRole:
        return pkg != nullptr;
    case RelPathRole:
        return node.relPath;
    }
    return {};
}

QVariant PackageTreeModel::displayData(const Node &node, Column column) const
{
    if (column == Column::Directory)
        return node.name;
    if (node.package < 0)
        return {};
    const PackageDir &pkg = m_packages[node.package];
    switch (column) {
    case Column::Package:
        return pkg.name;
    case Column::Kind:
        if (!pkg.error.isEmpty())
            return tr("error");
        return pkg.isMain() ? tr("command") : tr("library");
    case Column::ImportPath:
        if (!pkg.importPath.isEmpty())
            return pkg.importPath;
        if (m_modulePath.isEmpty())
            return {};
        return pkg.relPath.isEmpty() ? m_modulePath : m_modulePath + QLatin1Char('/') + pkg.relPath;
    case Column::GoFiles:
        return pkg.goFiles;
    case Column::TestFiles:
        return pkg.testFiles;
    case Column::Directory:
    case Column::Count:
        break;
    }
    return {};
}

QVariant PackageTreeModel::decoration(const Node &node) const
{
    if (node.package < 0)
        return m_folderIcon;
    if (!m_packages[node.package].error.isEmpty())
        return m_errorIcon;
    return m_packages[node.package].isMain() ? m_commandIcon : m_packageIcon;
}

QVariant PackageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Directory:
            return tr("Directory");
        case Column::Package:
            return tr("Package");
        case Column::Kind:
            return tr("Kind");
        case Column::ImportPath:
            return tr("Import path");
        case Column::GoFiles:
            return tr("Go files");
        case Column::TestFiles:
            return tr("Test files");
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Package:
            return tr("The name in the package clause of the first Go file.");
        case Column::Kind:
            return tr("command: a main package, built into an executable.");
        case Column::GoFiles:
            return tr(".go files that are not tests (before build constraints).");
        case Column::TestFiles:
            return tr("_test.go files.");
        default:
            break;
        }
    }
    return {};
}

} // namespace kiln::gui
