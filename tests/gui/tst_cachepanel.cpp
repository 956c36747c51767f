// The Cache view and the Test Cache dock in the real main window
// (offscreen), on a cache made by real go (go build + go test of a small
// module into a GOCACHE of the test's own):
//   - the entry table has exactly the entries core's scanCacheIndex finds,
//     filled incrementally under QAbstractItemModelTester (every model of
//     the panel), with go's kinds and the module's packages;
//   - for each grouping, every group's entry count and bytes are the sums
//     over core's entries, the totals are the sums, and the chart's bars
//     are the groups' bytes, largest first;
//   - an archive's details show its build ID; go's build is "not recorded
//     by Kiln" until Kiln builds the module too, then the side index names
//     Kiln's build action; a test output shows what go test prints;
//   - the Test Cache dock lists the test result with its package, replays
//     exactly go test's "(cached)" line, and Clear Test Cache (after its
//     confirmation) deletes nothing and makes go test run the test again;
//   - a folder that is not a Go cache is refused with the core's message.
#include "cachetest.h"

#include "cache/cachescan.h"
#include "cache/sideindex.h"
#include "controllers/cachelocation.h"
#include "controllers/testcachecontroller.h"
#include "models/cachefiltermodel.h"
#include "models/cachegroupmodel.h"
#include "models/testcachemodel.h"
#include "panels/cacheactivitybar.h"
#include "panels/cachedetails.h"
#include "panels/cachelocationbar.h"
#include "panels/messagebanner.h"
#include "panels/testcachepanel.h"
#include "support/cachefixture.h"
#include "views/sizechart.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace kiln;
using namespace kiln::gui;

namespace
{

using Mode = QAbstractItemModelTester::FailureReportingMode;

cache::CacheIndex coreIndex(const QString &dir)
{
    auto index = cache::scanCacheIndex(dir);
    return index ? *index : cache::CacheIndex{};
}

// The row of the filter model whose entry has this kind and package (-1: none).
int rowOf(CachePanel *panel, cache::EntryKind kind, const QString &package)
{
    CacheFilterModel *f = panel->filterModel();
    for (int r = 0; r < f->rowCount(); ++r) {
        const cache::CacheEntry &e =
            panel->entryModel()->entry(f->mapToSource(f->index(r, 0)).row());
        if (e.kind == kind && e.packagePath == package)
            return r;
    }
    return -1;
}

void selectEntry(CachePanel *panel, int row)
{
    panel->entryView()->setCurrentIndex(panel->filterModel()->index(row, 0));
}

} // namespace

class TstCachePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { test::isolateSettings(QStringLiteral("tst_cachepanel")); }
    void indexShown();
    void groupingTotals();
    void details();
    void testCache();
    void nonCacheRefused();
    void incrementalScan();

private:
    test::GoCacheFixture m_fixture;
};

void TstCachePanel::initTestCase()
{
    if (!m_fixture.goAvailable())
        QFAIL(qPrintable(m_fixture.goMissing()));
    const QString failed = m_fixture.fill();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstCachePanel::indexShown()
{
    MainWindow window;
    auto *panel = window.findChild<CachePanel *>();
    QVERIFY(panel);
    auto *testPanel = window.findChild<TestCachePanel *>();
    QVERIFY(testPanel);
    // Testers from the start: the rows arrive in batches during the scan.
    QAbstractItemModelTester t1(panel->entryModel(), Mode::QtTest);
    QAbstractItemModelTester t2(panel->filterModel(), Mode::QtTest);
    QAbstractItemModelTester t3(panel->groupModel(), Mode::QtTest);
    QAbstractItemModelTester t4(panel->groupView()->model(), Mode::QtTest);
    QAbstractItemModelTester t5(testPanel->model(), Mode::QtTest);
    QVERIFY(test::openWithCache(window, m_fixture));
    QCOMPARE(panel->entryModel()->rowCount(), 0); // not scanned while nobody looks
    QVERIFY(test::showCacheTab(window));
    QCOMPARE(window.views()->currentWidget(), panel);
    QCOMPARE(panel->locationBar()->pathText(), QDir::cleanPath(m_fixture.cacheDir()));

    const cache::CacheIndex core = coreIndex(m_fixture.cacheDir());
    QVERIFY(core.entries.size() > 100);
    QCOMPARE(panel->entryModel()->rowCount(), core.entries.size());
    QCOMPARE(panel->filterModel()->rowCount(), core.entries.size());
    for (qsizetype i = 0; i < core.entries.size(); ++i)
        QCOMPARE(panel->entryModel()->entry(int(i)).key, core.entries[i].key);

    QSet<QString> kinds, packages;
    QAbstractItemModel *m = panel->entryModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        kinds.insert(m->index(r, int(CacheEntryModel::Column::Kind)).data().toString());
        packages.insert(m->index(r, int(CacheEntryModel::Column::Package)).data().toString());
    }
    for (const char *kind : {"archive", "srcfiles", "stdout", "testlog", "testoutput", "modindex"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    for (const char *package : {"example.com/m/greet", "main", "fmt", "runtime"})
        QVERIFY2(packages.contains(QLatin1String(package)), package);
    QVERIFY(panel->activityBar()->statusText().contains(QString::number(core.entries.size())));

    // Search narrows the rows; the key's hex digits are searchable too.
    panel->searchField()->setText(QStringLiteral("example.com/m/greet"));
    QVERIFY(panel->filterModel()->rowCount() > 0);
    QVERIFY(panel->filterModel()->rowCount() < 10);
    panel->searchField()->setText(QString::fromLatin1(digestHex(core.entries[5].key).left(16)));
    QCOMPARE(panel->filterModel()->rowCount(), 1);
    panel->searchField()->clear();
    QCOMPARE(panel->filterModel()->rowCount(), core.entries.size());
}

void TstCachePanel::groupingTotals()
{
    MainWindow window;
    QVERIFY(test::openWithCache(window, m_fixture));
    QVERIFY(test::showCacheTab(window));
    auto *panel = window.findChild<CachePanel *>();
    const cache::CacheIndex core = coreIndex(m_fixture.cacheDir());
    for (int g = 0; g < int(CacheGrouping::Count); ++g) {
        const auto grouping = CacheGrouping(g);
        panel->groupingCombo()->setCurrentIndex(g);
        CacheGroupModel *groups = panel->groupModel();
        QCOMPARE(groups->grouping(), grouping);
        QMap<QString, std::pair<qint64, qint64>> expected; // key → entries, bytes
        qint64 total = 0;
        for (const cache::CacheEntry &e : core.entries) {
            auto &[count, bytes] = expected[groupKey(e, grouping)];
            ++count;
            bytes += e.indexBytes + e.outputBytes;
            total += e.indexBytes + e.outputBytes;
        }
        QCOMPARE(groups->rowCount(), expected.size());
        qint64 sumEntries = 0, sumBytes = 0;
        for (int r = 0; r < groups->rowCount(); ++r) {
            const QString key = groups->index(r, 0).data(CacheGroupModel::KeyRole).toString();
            const auto want = expected.value(key);
            const auto entries = groups->index(r, int(CacheGroupModel::Column::Entries));
            const auto size = groups->index(r, int(CacheGroupModel::Column::Size));
            QCOMPARE(entries.data(CacheGroupModel::SortRole).toLongLong(), want.first);
            QCOMPARE(size.data(CacheGroupModel::SortRole).toLongLong(), want.second);
            sumEntries += want.first;
            sumBytes += size.data(CacheGroupModel::SortRole).toLongLong();
        }
        QCOMPARE(groups->totalEntries(), core.entries.size());
        QCOMPARE(groups->totalEntries(), sumEntries);
        QCOMPARE(groups->totalBytes(), total);
        QCOMPARE(groups->totalBytes(), sumBytes);
        // The chart: the groups' bytes, largest first.
        const QList<SizeChart::Bar> &bars = panel->chart()->bars();
        QCOMPARE(bars.size(), expected.size());
        for (qsizetype i = 0; i < bars.size(); ++i) {
            QCOMPARE(bars[i].bytes, expected.value(bars[i].key).second);
            if (i > 0)
                QVERIFY(bars[i - 1].bytes >= bars[i].bytes);
        }
        QVERIFY(panel->chart()->visibleBars() > 0);
    }
    // A bar click shows that group's entries only.
    panel->groupingCombo()->setCurrentIndex(int(CacheGrouping::Package));
    panel->selectGroup(QStringLiteral("example.com/m/greet"));
    CacheFilterModel *f = panel->filterModel();
    QVERIFY(f->rowCount() > 0);
    for (int r = 0; r < f->rowCount(); ++r)
        QCOMPARE(f->index(r, int(CacheEntryModel::Column::Package)).data().toString(),
                 QStringLiteral("example.com/m/greet"));
    const int greetRows = f->rowCount();
    qint64 greetEntries = 0;
    for (const cache::CacheEntry &e : core.entries)
        greetEntries += e.packagePath == QLatin1String("example.com/m/greet");
    QCOMPARE(greetRows, greetEntries);
}

void TstCachePanel::details()
{
    MainWindow window;
    QVERIFY(test::openWithCache(window, m_fixture));
    QVERIFY(test::showCacheTab(window));
    auto *panel = window.findChild<CachePanel *>();
    CacheDetails *details = panel->details();
    const cache::CacheIndex core = coreIndex(m_fixture.cacheDir());
    int row = rowOf(panel, cache::EntryKind::Archive, QStringLiteral("example.com/m/greet"));
    QVERIFY(row >= 0);
    selectEntry(panel, row);
    const cache::CacheEntry archive = panel->entryModel()->entry(
        panel->filterModel()->mapToSource(panel->filterModel()->index(row, 0)).row());
    QVERIFY(!archive.buildID.isEmpty());
    QCOMPARE(details->fieldText(QStringLiteral("buildIdValue")), archive.buildID);
    QCOMPARE(details->fieldText(QStringLiteral("keyValue")),
             QString::fromLatin1(digestHex(archive.key)));
    QCOMPARE(details->fieldText(QStringLiteral("toolchainValue")), QStringLiteral("go1.25.12"));
    QVERIFY2(details->fieldText(QStringLiteral("producedByValue"))
                 .contains(QLatin1String("not recorded by Kiln")),
             qPrintable(details->fieldText(QStringLiteral("producedByValue"))));
    QVERIFY(!QFile::exists(cache::sideIndexFile(m_fixture.cacheDir())));

    // A test output: what go test prints when it replays it.
    row = rowOf(panel, cache::EntryKind::TestOutput, QStringLiteral("example.com/m/greet"));
    QVERIFY(row >= 0);
    selectEntry(panel, row);
    QTRY_COMPARE(details->contentText(), QStringLiteral("ok  \texample.com/m/greet\t(cached)\n"));
    QVERIFY(details->contentTitle().contains(QLatin1String("Replayed")));

    // Kiln builds the module into the same cache: its side index names the
    // action behind the (same) archive, and the cache is scanned again.
    QSignalSpy finished(window.buildController(), &BuildController::finished);
    window.startBuild(BuildKind::Build);
    QVERIFY(finished.wait(300000));
    QVERIFY(finished.first().first().value<BuildOutcome>().ok());
    QTRY_VERIFY_WITH_TIMEOUT(window.settleTracker()->isSettled() &&
                                 panel->entryModel()->cache()->state() ==
                                     CacheController::State::Done,
                             60000);
    // go's build of greet and go test's build of it for the test binary are
    // two archives; Kiln's build hit the first: that one is named now.
    QStringList producedBy;
    for (int r = 0; r < panel->filterModel()->rowCount(); ++r) {
        const cache::CacheEntry &e = panel->entryModel()->entry(
            panel->filterModel()->mapToSource(panel->filterModel()->index(r, 0)).row());
        if (e.kind != cache::EntryKind::Archive ||
            e.packagePath != QLatin1String("example.com/m/greet"))
            continue;
        selectEntry(panel, r);
        producedBy.append(details->fieldText(QStringLiteral("producedByValue")));
    }
    QCOMPARE(producedBy.size(), 2);
    QCOMPARE(producedBy.count(QStringLiteral("Kiln's build action for example.com/m/greet")), 1);
}

void TstCachePanel::testCache()
{
    MainWindow window;
    QVERIFY(test::openWithCache(window, m_fixture));
    auto *toggle = window.findChild<QAction *>(QStringLiteral("testCacheToggle"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::ALT | Qt::Key_9));
    auto *testPanel = window.findChild<TestCachePanel *>();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("testCacheDock"));
    if (!dock->isVisible())
        toggle->trigger();
    dock->raise();
    TestCacheModel *model = testPanel->model();
    QTRY_VERIFY_WITH_TIMEOUT(window.settleTracker()->isSettled() && model->rowCount() > 0, 120000);

    // go test replays the result now: the panel's text is go's line.
    const kiln::ProcessOutput cached = m_fixture.go({"test", "./greet"});
    QCOMPARE(cached.exitCode, 0);
    QCOMPARE(QString::fromUtf8(cached.stdOut),
             QStringLiteral("ok  \texample.com/m/greet\t(cached)\n"));
    QSortFilterProxyModel *proxy = testPanel->proxy();
    int outputRow = -1, logs = 0;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const auto kind = proxy->index(r, int(TestCacheModel::Column::Kind)).data().toString();
        logs += kind == QLatin1String("testlog");
        if (kind == QLatin1String("testoutput") && outputRow < 0)
            outputRow = r;
    }
    QVERIFY(outputRow >= 0);
    QVERIFY(logs >= 1);
    QCOMPARE(proxy->index(outputRow, int(TestCacheModel::Column::Package)).data().toString(),
             QStringLiteral("example.com/m/greet"));
    QVERIFY(!proxy->index(outputRow, 0).data(TestCacheModel::ExpiredRole).toBool());
    QVERIFY(proxy->index(outputRow, int(TestCacheModel::Column::Elapsed))
                .data()
                .toString()
                .endsWith(u's'));
    testPanel->view()->setCurrentIndex(proxy->index(outputRow, 0));
    QCOMPARE(testPanel->outputView()->toPlainText(), QString::fromUtf8(cached.stdOut));

    // Clear: the confirmation says nothing is deleted; nothing is.
    const QMap<QString, QString> before = test::fileStates(m_fixture.cacheDir());
    QSignalSpy cleared(window.findChild<TestCacheController *>(), &TestCacheController::cleared);
    QMessageBox *box = testPanel->confirmClear();
    QVERIFY(box->informativeText().contains(QLatin1String("nothing is deleted")));
    box->findChild<QPushButton *>(QStringLiteral("confirmClearButton"))->click();
    QVERIFY(cleared.wait(10000));
    QCOMPARE(cleared.first().first().toString(), QString());
    QMap<QString, QString> after = test::fileStates(m_fixture.cacheDir());
    QVERIFY(after.contains(QStringLiteral("testexpire.txt")));
    after.remove(QStringLiteral("testexpire.txt"));
    QMap<QString, QString> beforeWithoutMark = before;
    beforeWithoutMark.remove(QStringLiteral("testexpire.txt"));
    QCOMPARE(after, beforeWithoutMark);
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (proxy->index(r, int(TestCacheModel::Column::Kind)).data().toString() ==
            QLatin1String("testoutput"))
            QVERIFY(proxy->index(r, 0).data(TestCacheModel::ExpiredRole).toBool());
    QVERIFY(testPanel->summaryText().contains(QLatin1String("go clean -testcache")));

    // go agrees: the test runs again.
    const kiln::ProcessOutput rerun = m_fixture.go({"test", "./greet"});
    QCOMPARE(rerun.exitCode, 0);
    QVERIFY2(!rerun.stdOut.contains("(cached)"), rerun.stdOut.constData());
    QVERIFY(rerun.stdOut.startsWith("ok  \texample.com/m/greet\t"));
}

void TstCachePanel::nonCacheRefused()
{
    MainWindow window;
    QVERIFY(test::openWithCache(window, m_fixture));
    QVERIFY(test::showCacheTab(window));
    auto *panel = window.findChild<CachePanel *>();
    QTemporaryDir plain;
    const auto refusal = cache::checkGoCache(QDir::cleanPath(plain.path()));
    QVERIFY(!refusal);
    window.findChild<CacheLocation *>()->choose(plain.path());
    QTRY_COMPARE(panel->entryModel()->cache()->state(), CacheController::State::Failed);
    QCOMPARE(panel->banner()->details(), refusal.error().toString());
    QVERIFY(panel->banner()->isVisible());
    QVERIFY(!panel->pruneAction()->isEnabled());
    QCOMPARE(panel->entryModel()->rowCount(), 0);
    QCOMPARE(panel->locationBar()->sourceText(), QStringLiteral("(chosen)"));
    // Back to go env's cache.
    panel->locationBar()->useGoEnvAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel->entryModel()->cache()->state() == CacheController::State::Done,
                             60000);
    QVERIFY(!panel->banner()->isVisible());
    QVERIFY(panel->pruneAction()->isEnabled());
}

void TstCachePanel::incrementalScan()
{
    // A synthetic cache big enough to arrive in several batches: 30 000
    // compiler outputs of 40 packages.
    test::FakeCache fake;
    constexpr int entries = 30000;
    for (int i = 0; i < entries; ++i)
        fake.put(test::keyOf("entry" + QByteArray::number(i)),
                 "# example.com/p" + QByteArray::number(i % 40) + "\nline " +
                     QByteArray::number(i) + "\n",
                 3600 * (i % 200));
    MainWindow window;
    auto *panel = window.findChild<CachePanel *>();
    QAbstractItemModelTester t1(panel->entryModel(), Mode::QtTest);
    QAbstractItemModelTester t2(panel->filterModel(), Mode::QtTest);
    QAbstractItemModelTester t3(panel->groupModel(), Mode::QtTest);
    QAbstractItemModelTester t4(panel->groupView()->model(), Mode::QtTest);
    CacheController *cache = panel->entryModel()->cache();
    int batches = 0, batchesWhileScanning = 0;
    connect(cache, &CacheController::entriesAppended, this, [&] {
        ++batches;
        batchesWhileScanning += cache->isScanning() ? 1 : 0;
    });
    QVERIFY(test::openWithCache(window, m_fixture));
    window.findChild<CacheLocation *>()->choose(fake.path());
    QVERIFY(test::showCacheTab(window));
    QCOMPARE(cache->dir(), QDir::cleanPath(fake.path()));
    QCOMPARE(panel->entryModel()->rowCount(), entries);
    QCOMPARE(panel->filterModel()->rowCount(), entries);
    QCOMPARE(panel->groupModel()->rowCount(), 40);
    QCOMPARE(panel->groupModel()->totalEntries(), entries);
    QVERIFY2(batches > 1 && batchesWhileScanning > 0,
             qPrintable(QStringLiteral("%1 batches, %2 while scanning")
                            .arg(batches)
                            .arg(batchesWhileScanning)));
    // The sorted view's largest first (the rows were inserted while sorted).
    const auto sizeAt = [&](int row) {
        return panel->filterModel()
            ->index(row, int(CacheEntryModel::Column::Size))
            .data(CacheEntryModel::SortRole)
            .toLongLong();
    };
    QVERIFY(sizeAt(0) >= sizeAt(entries - 1));

    // Stop: the scan ends early, what it found stays.
    cache->rescan();
    cache->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!cache->isScanning(), 30000);
    QCOMPARE(cache->state(), CacheController::State::Cancelled);
    QVERIFY(panel->entryModel()->rowCount() < entries);
    QVERIFY(panel->activityBar()->statusText().contains(QLatin1String("stopped")));
}

QTEST_MAIN(TstCachePanel)
#include "tst_cachepanel.moc"
