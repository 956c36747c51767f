#include "panels/testspanel.h"

#include "controllers/actionselection.h"
#include "models/testresultsmodel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{

// Keeps failed rows (and, through recursive filtering, their parents).
class FailuresProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFailuresOnly(bool on)
    {
        m_failuresOnly = on;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_failuresOnly)
            return true;
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        return TestVerdict(i.data(TestResultsModel::VerdictRole).toInt()) == TestVerdict::Failed;
    }

private:
    bool m_failuresOnly = false;
};

} // namespace

TestsPanel::TestsPanel(ActionSelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_model(new TestResultsModel(this)),
      m_proxy(new FailuresProxy(this)), m_view(new QTreeView(this)),
      m_output(new QPlainTextEdit(this)), m_failuresOnly(new QCheckBox(tr("Failures only"), this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("testsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TestResultsModel::SortRole);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view->setObjectName(QStringLiteral("testsView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the order the runs started
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(int(TestResultsModel::Column::Name),
                                           QHeaderView::Stretch);
    m_view->setColumnWidth(int(TestResultsModel::Column::Result), 170);
    m_view->setColumnWidth(int(TestResultsModel::Column::Elapsed), 80);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TestsPanel::showCurrent);
    connect(m_view, &QTreeView::clicked, this, &TestsPanel::showCurrent);
    // A failed package opens by itself to show its failed tests.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &i) {
        if (!i.parent().isValid() &&
            TestVerdict(i.data(TestResultsModel::VerdictRole).toInt()) == TestVerdict::Failed)
            m_view->expand(m_proxy->mapFromSource(i.siblingAtColumn(0)));
    });

    m_output->setObjectName(QStringLiteral("testOutput"));
    m_output->setReadOnly(true);
    m_output->setUndoRedoEnabled(false);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("Select a package or a test to see its output. Passing "
                                    "tests are listed with -v (Build Settings)."));
    m_output->setProperty("kilnValue", true);

    m_failuresOnly->setObjectName(QStringLiteral("testsFailuresOnly"));
    m_failuresOnly->setToolTip(tr("Show only the packages and tests that failed."));
    connect(m_failuresOnly, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<FailuresProxy *>(m_proxy)->setFailuresOnly(on);
        m_view->expandAll();
    });
    m_summary->setObjectName(QStringLiteral("testsSummary"));
    m_summary->setText(tr("No test run yet. Test (Ctrl+T) runs go test on the target "
                          "packages."));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_failuresOnly);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("testsSplitter"));
    split->addWidget(m_view);
    split->addWidget(m_output);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void TestsPanel::runStarted()
{
    m_model->reset();
    m_output->clear();
    m_summary->setText(tr("Testing…"));
}

void TestsPanel::addEvents(const QList<TestEvent> &events)
{
    m_model->addEvents(events);
    updateSummary();
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_output->setPlainText(current.data(TestResultsModel::OutputRole).toString());
}

void TestsPanel::runFinished(const BuildOutcome &outcome)
{
    updateSummary();
    if (!outcome.started)
        m_summary->setText(outcome.cancelled
                               ? tr("Stopped before the tests ran.")
                               : tr("go test could not start: %1")
                                     .arg(outcome.error.section(QLatin1Char('\n'), 0, 0)));
    else if (outcome.cancelled)
        m_summary->setText(tr("Stopped. %1").arg(tallyText(m_model->tally())));
    if (m_view->currentIndex().isValid())
        return;
    const QModelIndex failure = firstFailure({});
    if (failure.isValid()) {
        m_view->setCurrentIndex(failure);
        m_view->scrollTo(failure);
    }
}

// The deepest first failed row: a failed test rather than its package.
QModelIndex TestsPanel::firstFailure(const QModelIndex &parent) const
{
    for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
        const QModelIndex i = m_proxy->index(r, 0, parent);
        if (TestVerdict(i.data(TestResultsModel::VerdictRole).toInt()) != TestVerdict::Failed)
            continue;
        const QModelIndex deeper = firstFailure(i);
        return deeper.isValid() ? deeper : i;
    }
    return {};
}

void TestsPanel::showCurrent(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_output->setPlainText(index.data(TestResultsModel::OutputRole).toString());
    const int action = index.data(TestResultsModel::ActionRole).toInt();
    if (index.data(TestResultsModel::IsPackageRole).toBool() && action >= 0)
        m_selection->select(action);
}

void TestsPanel::updateSummary()
{
    m_summary->setText(tallyText(m_model->tally()));
}

QString TestsPanel::tallyText(const TestTally &t)
{
    QStringList parts;
    parts << (t.packagesCached > 0
                  ? tr("packages ok: %1 (cached: %2)").arg(t.packagesPassed).arg(t.packagesCached)
                  : tr("packages ok: %1").arg(t.packagesPassed));
    parts << tr("failed: %1").arg(t.packagesFailed);
    if (t.packagesNoTests > 0)
        parts << tr("without tests: %1").arg(t.packagesNoTests);
    const int tests = t.testsPassed + t.testsFailed + t.testsSkipped;
    if (tests > 0)
        parts << tr("tests: %1 passed, %2 failed, %3 skipped")
                     .arg(t.testsPassed)
                     .arg(t.testsFailed)
                     .arg(t.testsSkipped);
    return parts.join(QStringLiteral(" · "));
}

} // namespace kiln::gui
