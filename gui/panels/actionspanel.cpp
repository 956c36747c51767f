#include "panels/actionspanel.h"

#include "controllers/actionselection.h"
#include "models/actionmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kiln::gui
{

ActionsPanel::ActionsPanel(ActionSelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_filter(new QLineEdit(this)),
      m_summary(new QLabel(this)), m_model(new ActionModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTreeView(this))
{
    m_filter->setObjectName(QStringLiteral("actionFilter"));
    m_filter->setPlaceholderText(tr("Filter actions…"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("actionSummary"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActionModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("actionView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ActionModel::Column::Start), Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideMiddle); // import paths: keep both ends
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(ActionModel::Column::Package), QHeaderView::Stretch);
    const QList<std::pair<ActionModel::Column, int>> widths = {
        {ActionModel::Column::Status, 100},  {ActionModel::Column::Mode, 84},
        {ActionModel::Column::Worker, 60},   {ActionModel::Column::Start, 76},
        {ActionModel::Column::Duration, 76}, {ActionModel::Column::ToolTime, 80},
        {ActionModel::Column::Objdir, 96}};
    for (const auto &[column, width] : widths)
        header->resizeSection(int(column), width);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selection->select(current.data(ActionModel::ActionRole).toInt());
            });
    connect(m_selection, &ActionSelection::changed, this, &ActionsPanel::showSelection);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    updateSummary();
}

void ActionsPanel::setBuild(const BuildStart &start)
{
    m_model->setBuild(start);
    updateSummary();
}

void ActionsPanel::updateActions(const QList<ActionUpdate> &updates)
{
    m_model->updateActions(updates);
    updateSummary();
}

void ActionsPanel::showSelection(int action)
{
    if (action < 0 || action >= m_model->actionCount()) {
        m_view->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfAction(action));
    if (!index.isValid() || index == m_view->currentIndex())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ActionsPanel::updateSummary()
{
    const int total = m_model->actionCount();
    if (total == 0) {
        m_summary->setText(tr("No build yet"));
        return;
    }
    m_summary->setText(tr("Actions: %1, built: %2, cache hits: %3, failed: %4")
                           .arg(total)
                           .arg(m_model->countWithStatus(ActionStatus::Built))
                           .arg(m_model->countWithStatus(ActionStatus::CacheHit))
                           .arg(m_model->countWithStatus(ActionStatus::Failed)));
}

} // namespace kiln::gui
