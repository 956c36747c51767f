#include "panels/cachepanel.h"

#include "controllers/cachecontroller.h"
#include "controllers/prunecontroller.h"
#include "models/cacheentrymodel.h"
#include "models/cachefiltermodel.h"
#include "models/cachegroupmodel.h"
#include "panels/cacheactivitybar.h"
#include "panels/cachedetails.h"
#include "panels/cachelocationbar.h"
#include "panels/messagebanner.h"
#include "panels/prunecriteriaform.h"
#include "panels/prunedialog.h"
#include "views/sizechart.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{
QTableView *makeTable(const char *name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}
} // namespace

CachePanel::CachePanel(CacheController *cache, PruneController *prune, CacheLocation *location,
                       SettleTracker *settle, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_pruner(prune), m_entries(new CacheEntryModel(cache, this)),
      m_filter(new CacheFilterModel(m_entries, this)), m_groups(new CacheGroupModel(cache, this)),
      m_locationBar(new CacheLocationBar(location, this)),
      m_activity(new CacheActivityBar(cache, prune, this)), m_banner(new MessageBanner(this)),
      m_search(new QLineEdit(this)), m_grouping(new QComboBox(this)), m_chart(new SizeChart(this)),
      m_details(new CacheDetails(settle, this))
{
    setObjectName(QStringLiteral("cachePanel"));
    auto *groupProxy = new QSortFilterProxyModel(this);
    groupProxy->setSourceModel(m_groups);
    groupProxy->setSortRole(CacheGroupModel::SortRole);
    groupProxy->setDynamicSortFilter(true);
    m_groupView = makeTable("cacheGroupView", groupProxy, this);
    m_entryView = makeTable("cacheEntryView", m_filter, this);
    createActions();
    setupViews();

    auto *left = new QSplitter(Qt::Vertical);
    left->setObjectName(QStringLiteral("cacheLeftSplitter"));
    left->addWidget(m_groupView);
    left->addWidget(m_chart);
    auto *right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("cacheRightSplitter"));
    right->addWidget(m_entryView);
    right->addWidget(m_details);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    auto *body = new QSplitter(Qt::Horizontal);
    body->setObjectName(QStringLiteral("cacheSplitter"));
    body->addWidget(left);
    body->addWidget(right);
    body->setStretchFactor(0, 2);
    body->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_locationBar);
    layout->addWidget(createTopBar());
    layout->addWidget(m_activity);
    layout->addWidget(m_banner);
    layout->addWidget(body, 1);

    connect(m_groups, &CacheGroupModel::totalsChanged, this, &CachePanel::updateChart);
    connect(cache, &CacheController::stateChanged, this, &CachePanel::updateState);
    connect(cache, &CacheController::resetDone, this, &CachePanel::showCurrentEntry);
    connect(prune, &PruneController::pruningChanged, this, &CachePanel::updateState);
    connect(m_chart, &SizeChart::barClicked, this, &CachePanel::selectGroup);
    updateState();
    updateChart();
}

QWidget *CachePanel::createTopBar()
{
    auto *bar = new QWidget(this);
    m_search->setObjectName(QStringLiteral("cacheSearch"));
    m_search->setPlaceholderText(tr("Search packages, kinds, toolchains, keys…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &CacheFilterModel::setSearch);
    m_grouping->setObjectName(QStringLiteral("cacheGrouping"));
    for (int g = 0; g < int(CacheGrouping::Count); ++g)
        m_grouping->addItem(groupingTitle(CacheGrouping(g)), g);
    m_grouping->setToolTip(tr("Group the entries by package, module, kind or toolchain."));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->clearGroup();
        m_groups->setGrouping(CacheGrouping(m_grouping->itemData(i).toInt()));
        m_chart->setTitle(sizeChartTitle(m_groups->grouping()));
    });
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(new QLabel(tr("Group by:"), bar));
    layout->addWidget(m_grouping);
    layout->addStretch(1);
    for (QAction *a : {m_allGroups, m_rescan, m_prune}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    return bar;
}

void CachePanel::createActions()
{
    auto make = [this](const QString &text, const char *name, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setStatusTip(tip);
        a->setToolTip(tip);
        return a;
    };
    m_rescan = make(tr("&Rescan Cache"), "rescanCacheAction", tr("Read the cache folder again."));
    m_rescan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    connect(m_rescan, &QAction::triggered, m_cache, &CacheController::rescan);
    m_prune = make(tr("&Prune Cache…"), "pruneCacheAction",
                   tr("Remove entries by age, size, package, module, kind or toolchain, after a "
                      "preview."));
    m_prune->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(m_prune, &QAction::triggered, this, [this] { openPruneDialog(); });
    m_pruneSelection = make(tr("Prune &Selected Entries…"), "pruneSelectionAction",
                            tr("Preview removing the entries selected in the table."));
    m_pruneSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_pruneSelection, &QAction::triggered, this, [this] {
        cache::PruneCriteria c;
        c.selection = selectedKeys();
        if (!c.selection.isEmpty())
            openPruneDialog(c);
    });
    m_pruneGroup = make(tr("Prune This &Group…"), "pruneGroupAction",
                        tr("Preview removing every entry of the selected group."));
    connect(m_pruneGroup, &QAction::triggered, this, [this] {
        cache::PruneCriteria c;
        if (setGroupFilter(c, m_groups->grouping(), currentGroupKey()))
            openPruneDialog(c);
    });
    m_allGroups =
        make(tr("Show All"), "showAllCacheAction", tr("Show the entries of every group."));
    connect(m_allGroups, &QAction::triggered, this,
            [this] { m_groupView->selectionModel()->clearSelection(); });
    m_find = make(tr("Find in Cache"), "findInCacheAction", tr("Search the cache's entries."));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(m_find);
}

void CachePanel::setupViews()
{
    m_groupView->sortByColumn(int(CacheGroupModel::Column::Size), Qt::DescendingOrder);
    m_groupView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupView->horizontalHeader()->setSectionResizeMode(int(CacheGroupModel::Column::Group),
                                                          QHeaderView::Stretch);
    for (auto c : {CacheGroupModel::Column::Entries, CacheGroupModel::Column::Size,
                   CacheGroupModel::Column::Share})
        m_groupView->horizontalHeader()->setSectionResizeMode(int(c),
                                                              QHeaderView::ResizeToContents);
    m_groupView->addAction(m_pruneGroup);
    m_groupView->addAction(m_allGroups);
    connect(m_groupView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CachePanel::currentGroupChanged);

    m_entryView->sortByColumn(int(CacheEntryModel::Column::Size), Qt::DescendingOrder);
    m_entryView->horizontalHeader()->setSectionResizeMode(int(CacheEntryModel::Column::Package),
                                                          QHeaderView::Stretch);
    const int digit = m_entryView->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_entryView->setColumnWidth(int(CacheEntryModel::Column::Kind), 11 * digit);
    m_entryView->setColumnWidth(int(CacheEntryModel::Column::Size), 11 * digit);
    m_entryView->setColumnWidth(int(CacheEntryModel::Column::LastUsed), 12 * digit);
    m_entryView->setColumnWidth(int(CacheEntryModel::Column::Saved), 12 * digit);
    m_entryView->setColumnWidth(int(CacheEntryModel::Column::Toolchain), 12 * digit);
    m_entryView->setColumnWidth(int(CacheEntryModel::Column::Module), 16 * digit);
    m_entryView->setColumnWidth(int(CacheEntryModel::Column::Key), 15 * digit);
    m_entryView->addAction(m_pruneSelection);
    connect(m_entryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CachePanel::showCurrentEntry);
    connect(m_entryView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CachePanel::updateState);
    m_chart->setObjectName(QStringLiteral("cacheSizeChart"));
    m_chart->setTitle(sizeChartTitle(m_groups->grouping()));
    m_chart->setToolTip(tr("Click a bar to list that group's entries."));
}

PruneDialog *CachePanel::openPruneDialog()
{
    cache::PruneCriteria c;
    c.olderThanNs = cache::goTrimAgeNs;
    return openPruneDialog(c);
}

PruneDialog *CachePanel::openPruneDialog(const cache::PruneCriteria &criteria)
{
    if (m_cache->state() != CacheController::State::Done || m_pruner->isPruning())
        return nullptr;
    auto *dialog = new PruneDialog(m_pruner, m_cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->form()->setCriteria(criteria);
    dialog->open();
    return dialog;
}

void CachePanel::selectGroup(const QString &key)
{
    const int row = m_groups->rowOf(key);
    if (row < 0)
        return;
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_groupView->model());
    const QModelIndex index = proxy->mapFromSource(m_groups->index(row, 0));
    m_groupView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_groupView->scrollTo(index);
}

QString CachePanel::currentGroupKey() const
{
    const QModelIndexList rows = m_groupView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CacheGroupModel::KeyRole).toString();
}

void CachePanel::currentGroupChanged()
{
    const QModelIndexList rows = m_groupView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_filter->clearGroup();
        m_chart->setSelectedKey({});
    } else {
        const QString key = rows.first().data(CacheGroupModel::KeyRole).toString();
        m_filter->setGroup(m_groups->grouping(), key);
        m_chart->setSelectedKey(key);
    }
    updateState();
}

QList<Digest> CachePanel::selectedKeys() const
{
    QList<Digest> keys;
    for (const QModelIndex &row : m_entryView->selectionModel()->selectedRows())
        keys.append(m_entries->entry(m_filter->mapToSource(row).row()).key);
    return keys;
}

void CachePanel::showCurrentEntry()
{
    const QModelIndex current = m_entryView->currentIndex();
    if (!current.isValid() || m_cache->index().entries.isEmpty()) {
        m_details->showEntry({}, std::nullopt, 0);
        return;
    }
    m_details->showEntry(m_cache->dir(), m_entries->entry(m_filter->mapToSource(current).row()),
                         m_cache->scanTimeNs());
}

void CachePanel::updateChart()
{
    QList<SizeChart::Bar> bars;
    for (const CacheGroup &g : m_groups->groups())
        bars.append({g.key, g.key.isEmpty() ? unnamedGroup(m_groups->grouping()) : g.key, g.bytes});
    std::stable_sort(bars.begin(), bars.end(),
                     [](const auto &a, const auto &b) { return a.bytes > b.bytes; });
    m_chart->setBars(bars);
}

void CachePanel::updateState()
{
    const bool done = m_cache->state() == CacheController::State::Done && !m_pruner->isPruning();
    m_prune->setEnabled(done);
    m_pruneSelection->setEnabled(done && m_entryView->selectionModel()->hasSelection());
    m_pruneGroup->setEnabled(done && !currentGroupKey().isEmpty());
    m_allGroups->setEnabled(m_groupView->selectionModel()->hasSelection());
    m_rescan->setEnabled(!m_cache->dir().isEmpty() && !m_pruner->isPruning());
    if (m_cache->state() == CacheController::State::Failed)
        m_banner->showMessage(MessageBanner::Kind::Error, tr("This folder cannot be shown"),
                              m_cache->error());
    else
        m_banner->clear();
}

} // namespace kiln::gui
