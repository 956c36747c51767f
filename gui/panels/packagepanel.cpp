#include "panels/packagepanel.h"

#include "models/packagetreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kiln::gui
{

PackagePanel::PackagePanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_model(new PackageTreeModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTreeView(this))
{
    m_filter->setObjectName(QStringLiteral("packageFilter"));
    m_filter->setPlaceholderText(tr("Filter packages…"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("packageSummary"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, m_view, &QTreeView::expandAll);

    m_view->setObjectName(QStringLiteral("packageView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(PackageTreeModel::Column::Directory), Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(PackageTreeModel::Column::ImportPath), QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    showLoading();
}

void PackagePanel::showLoading()
{
    m_summary->setText(tr("Scanning…"));
}

void PackagePanel::showSnapshot(const ModuleSnapshot &snapshot)
{
    m_model->setPackages(snapshot.parse.file.module.path, snapshot.packages);
    m_view->expandAll();
    updateSummary();
}

void PackagePanel::updateSummary()
{
    const int packages = m_model->packageCount();
    if (packages == 0) {
        m_summary->setText(tr("No folder of this module holds .go files."));
        return;
    }
    m_summary->setText(tr("Packages: %1, commands: %2").arg(packages).arg(m_model->commandCount()));
}

} // namespace kiln::gui
