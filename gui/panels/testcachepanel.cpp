#include "panels/testcachepanel.h"

#include "controllers/cachecontroller.h"
#include "controllers/testcachecontroller.h"
#include "controllers/testcacheprediction.h"
#include "models/cachetext.h"
#include "models/testcachemodel.h"
#include "models/testcachepredictionmodel.h"
#include "test/testlog.h"

#include <QAction>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kiln::gui
{

TestCachePanel::TestCachePanel(TestCacheController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(new TestCacheModel(controller, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_output(new QPlainTextEdit(this)), m_summary(new QLabel(this)),
      m_clear(new QAction(tr("Clear &Test Cache…"), this)),
      m_predictions(new TestCachePredictionModel(controller->prediction(), this)),
      m_predictionProxy(new QSortFilterProxyModel(this)), m_predictionView(new QTableView(this)),
      m_predictionStatus(new QLabel(this)),
      m_invalidate(new QAction(tr("&Invalidate Selected"), this))
{
    setObjectName(QStringLiteral("testCachePanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TestCacheModel::SortRole);
    m_view->setObjectName(QStringLiteral("testCacheView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Results first (a log names no package), then by their order in the cache.
    m_view->sortByColumn(int(TestCacheModel::Column::Kind), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(int(TestCacheModel::Column::Package),
                                                     QHeaderView::Stretch);
    m_output->setObjectName(QStringLiteral("testCacheOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setTabStopDistance(QFontMetricsF(m_output->font()).horizontalAdvance(u' ') *
                                 8); // go's tabs
    m_output->setPlaceholderText(tr("Select a result to see what go test replays for it."));
    m_summary->setObjectName(QStringLiteral("testCacheSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clear->setObjectName(QStringLiteral("clearTestCacheAction"));
    m_clear->setStatusTip(tr("go clean -testcache: go test runs every test again next time; "
                             "nothing is deleted."));
    m_clear->setToolTip(m_clear->statusTip());
    connect(m_clear, &QAction::triggered, this, &TestCachePanel::confirmClear);

    m_invalidate->setObjectName(QStringLiteral("invalidateTestResultsAction"));
    m_invalidate->setStatusTip(tr("Remove the selected packages' saved test results from the "
                                  "cache: the next go test runs exactly those again."));
    m_invalidate->setToolTip(m_invalidate->statusTip());
    connect(m_invalidate, &QAction::triggered, this, [this] {
        m_controller->prediction()->invalidate(selectedPackages());
        updateInvalidate();
    });

    m_predictionProxy->setSourceModel(m_predictions);
    m_predictionProxy->setSortRole(TestCachePredictionModel::SortRole);
    // Packages without test files have nothing to replay; the status line
    // counts them.
    m_predictionProxy->setFilterRole(TestCachePredictionModel::HasTestsRole);
    m_predictionProxy->setFilterFixedString(QStringLiteral("true"));
    m_predictionView->setObjectName(QStringLiteral("testPredictionView"));
    m_predictionView->setModel(m_predictionProxy);
    m_predictionView->setSortingEnabled(true);
    m_predictionView->sortByColumn(-1, Qt::AscendingOrder); // go's package order
    m_predictionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_predictionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_predictionView->verticalHeader()->hide();
    m_predictionView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_predictionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_predictionView->horizontalHeader()->setSectionResizeMode(
        int(TestCachePredictionModel::Column::Reason), QHeaderView::Stretch);
    m_predictionStatus->setObjectName(QStringLiteral("testPredictionStatus"));
    m_predictionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_predictionStatus->setWordWrap(true);

    auto *clear = new QToolButton(this);
    clear->setDefaultAction(m_clear);
    clear->setText(tr("Clear Test Cache…"));
    auto *invalidate = new QToolButton(this);
    invalidate->setObjectName(QStringLiteral("invalidateTestResultsButton"));
    invalidate->setDefaultAction(m_invalidate);
    invalidate->setText(tr("Invalidate Selected"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(invalidate);
    top->addWidget(clear);
    auto *predicted = new QWidget(this);
    auto *predictedLayout = new QVBoxLayout(predicted);
    predictedLayout->setContentsMargins(0, 0, 0, 0);
    predictedLayout->addWidget(m_predictionStatus);
    predictedLayout->addWidget(m_predictionView, 1);
    // Tabs rather than a vertical split: the dock shares the short bottom
    // area with the console, and each table wants its rows.
    auto *tables = new QTabWidget(this);
    tables->setObjectName(QStringLiteral("testCacheTabs"));
    tables->setDocumentMode(true);
    tables->addTab(predicted, tr("Next go test"));
    tables->addTab(m_view, tr("Cached results"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("testCacheSplitter"));
    split->addWidget(tables);
    split->addWidget(m_output);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    TestCachePrediction *prediction = controller->prediction();
    connect(prediction, &TestCachePrediction::snapshotChanged, this,
            &TestCachePanel::refreshPrediction);
    connect(prediction, &TestCachePrediction::predictingChanged, this,
            &TestCachePanel::refreshPrediction);
    connect(prediction, &TestCachePrediction::invalidated, this,
            [this](const InvalidateOutcome &outcome) {
                m_notice =
                    outcome.error.isEmpty()
                        ? tr("Invalidated: %n cache entries removed.", nullptr, outcome.removed)
                        : tr("Invalidating failed: %1").arg(outcome.error);
                refresh();
            });
    connect(m_predictionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TestCachePanel::showPrediction);
    connect(m_predictionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TestCachePanel::updateInvalidate);

    connect(controller, &TestCacheController::snapshotChanged, this, &TestCachePanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrent();
        updateInvalidate();
    });
    connect(controller, &TestCacheController::cleared, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_summary->setText(tr("go clean -testcache failed: %1").arg(error));
    });
    refresh();
    refreshPrediction();
}

void TestCachePanel::refreshPrediction()
{
    const TestCachePrediction *prediction = m_controller->prediction();
    const PredictionSnapshot &s = prediction->snapshot();
    QString text;
    if (prediction->isPredicting()) {
        text = tr("Predicting the next go test…");
    } else if (!s.error.isEmpty()) {
        text = tr("No prediction: %1").arg(s.error);
    } else if (s.moduleDir.isEmpty()) {
        text = tr("Open a module to see what its next go test replays.");
    } else {
        int cached = 0, rerun = 0, untested = 0;
        for (const test::PackagePrediction &p : s.packages) {
            cached += p.prediction == test::Prediction::Cached ? 1 : 0;
            rerun += p.prediction == test::Prediction::WillRun ? 1 : 0;
            untested += p.prediction == test::Prediction::NoTests ? 1 : 0;
        }
        text = tr("Next go test: %1 cached, %2 will re-run, %3 without test files (GOCACHE %4)")
                   .arg(cached)
                   .arg(rerun)
                   .arg(untested)
                   .arg(s.cacheDir);
    }
    m_predictionStatus->setText(text);
    updateInvalidate();
}

void TestCachePanel::showPrediction()
{
    const QModelIndex current = m_predictionView->currentIndex();
    if (!current.isValid())
        return;
    m_output->setPlainText(TestCachePredictionModel::detailsText(
        m_predictions->prediction(m_predictionProxy->mapToSource(current).row())));
}

QStringList TestCachePanel::selectedPackages() const
{
    QStringList out;
    for (const QModelIndex &row : m_predictionView->selectionModel()->selectedRows())
        out << row.data(TestCachePredictionModel::PackageRole).toString();
    if (out.isEmpty()) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            const TestCacheItem &item = m_model->item(m_proxy->mapToSource(current).row());
            QString package = item.packagePath;
            if (package.isEmpty())
                package = m_controller->prediction()->packageOfKey(item.key);
            if (!package.isEmpty())
                out << package;
        }
    }
    out.removeDuplicates();
    return out;
}

void TestCachePanel::updateInvalidate()
{
    const TestCachePrediction *prediction = m_controller->prediction();
    m_invalidate->setEnabled(!prediction->snapshot().cacheDir.isEmpty() &&
                             !prediction->isInvalidating() && !selectedPackages().isEmpty());
}

QString TestCachePanel::predictionStatusText() const
{
    return m_predictionStatus->text();
}

void TestCachePanel::refresh()
{
    const TestCacheSnapshot &s = m_controller->snapshot();
    int outputs = 0, expired = 0, logs = 0;
    for (const TestCacheItem &item : s.items) {
        if (item.kind == cache::EntryKind::TestLog) {
            ++logs;
            continue;
        }
        ++outputs;
        expired += isExpired(item, s.expireNs) ? 1 : 0;
    }
    QString text;
    if (s.dir.isEmpty())
        text = tr("No cache scanned.");
    else if (m_controller->isLoading() || m_controller->cache()->isScanning())
        text = tr("Reading the test results…");
    else
        text = tr("%1 test results (%2 expired), %3 test logs").arg(outputs).arg(expired).arg(logs);
    if (s.expireNs)
        text += tr(" · go clean -testcache last run %1").arg(CacheText::dateTime(*s.expireNs));
    if (!m_notice.isEmpty())
        text += QStringLiteral(" · ") + m_notice;
    m_summary->setText(text);
    m_clear->setEnabled(!s.dir.isEmpty());
    // Something to read at once: the first result.
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showCurrent();
}

void TestCachePanel::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_output->clear();
        return;
    }
    const TestCacheItem &item = m_model->item(m_proxy->mapToSource(current).row());
    if (item.kind == cache::EntryKind::TestLog) {
        QString text = tr("# The inputs go test checks before it replays a result:\n");
        for (const test::TestLogEntry &e : test::parseTestLog(item.content).entries)
            text += QString::fromUtf8(test::testLogOpName(e.op) + ' ' + e.name) + u'\n';
        m_output->setPlainText(text);
        return;
    }
    if (!item.replayed.isEmpty())
        m_output->setPlainText(QString::fromUtf8(item.replayed));
    else
        m_output->setPlainText(QString::fromUtf8(item.content));
}

QString TestCachePanel::summaryText() const
{
    return m_summary->text();
}

QMessageBox *TestCachePanel::confirmClear()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear Test Cache"),
                                tr("Clear the test cache of %1?").arg(m_controller->snapshot().dir),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("clearTestCacheBox"));
    box->setInformativeText(
        tr("This is go clean -testcache: nothing is deleted. Kiln writes the current time to "
           "testexpire.txt in the cache, as go does, and go test (and Kiln) no longer replay "
           "any result saved before it: the next go test runs every test again."));
    QPushButton *clear = box->addButton(tr("Clear Test Cache"), QMessageBox::AcceptRole);
    clear->setObjectName(QStringLiteral("confirmClearButton"));
    box->setDefaultButton(clear);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(clear, &QPushButton::clicked, m_controller, &TestCacheController::clearTestCache);
    box->open();
    return box;
}

} // namespace kiln::gui
