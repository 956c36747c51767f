// Pruning through the Cache view in the real main window (offscreen), on a
// cache made by real go (go build + go test of a small module into a
// GOCACHE of the test's own):
//   - the prune dialog is a dry run: whatever the criteria (go's 5d1h rule,
//     a package, Force, a duration that does not parse — the core's message),
//     nothing in the cache changes until Prune, and Cancel leaves every file
//     as it was; the preview counts what would go and what is kept because
//     it was used within the hour, exactly as core's planPrune does;
//   - pruning a package's group (with Force: go just wrote it) removes
//     exactly the index entries and outputs the preview planned, the panel
//     shows the result and the rescanned cache, and `go build -x` then
//     compiles that package again while the standard library stays cached.
#include "cachetest.h"

#include "cache/cacheunits.h"
#include "cache/pruneplan.h"
#include "controllers/prunecontroller.h"
#include "models/cachegroupmodel.h"
#include "models/prunepreviewmodel.h"
#include "panels/cacheactivitybar.h"
#include "panels/prunecriteriaform.h"
#include "panels/prunedialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace kiln;
using namespace kiln::gui;

namespace
{

QSet<QByteArray> indexKeys(const QString &dir)
{
    QSet<QByteArray> keys;
    auto index = cache::scanCacheIndex(dir);
    if (index)
        for (const cache::CacheEntry &e : index->entries)
            keys.insert(digestHex(e.key) + (e.origin == cache::EntryOrigin::Index ? "-a" : "-d"));
    return keys;
}

// Waits until the dialog shows the plan of its fields.
[[nodiscard]] bool waitPreview(PruneDialog *dialog)
{
    return QTest::qWaitFor([dialog] { return dialog->isPreviewCurrent(); }, 20000);
}

int countPackage(const cache::CacheIndex &index, const QString &package)
{
    int n = 0;
    for (const cache::CacheEntry &e : index.entries)
        n += e.packagePath == package;
    return n;
}

} // namespace

class TstCachePrunePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { test::isolateSettings(QStringLiteral("tst_cacheprunepanel")); }
    void dryRunDeletesNothing();
    void pruneByPackage();

private:
    test::GoCacheFixture m_fixture;
};

void TstCachePrunePanel::initTestCase()
{
    if (!m_fixture.goAvailable())
        QFAIL(qPrintable(m_fixture.goMissing()));
    const QString failed = m_fixture.fill();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstCachePrunePanel::dryRunDeletesNothing()
{
    MainWindow window;
    QVERIFY(test::openWithCache(window, m_fixture));
    QVERIFY(test::showCacheTab(window));
    auto *panel = window.findChild<CachePanel *>();
    const QMap<QString, QString> before = test::fileStates(m_fixture.cacheDir());
    const auto core = cache::scanCacheIndex(m_fixture.cacheDir());
    QVERIFY(core);
    const QString greet = QStringLiteral("example.com/m/greet");
    const int greetEntries = countPackage(*core, greet);
    QVERIFY(greetEntries >= 3);

    QCOMPARE(panel->pruneAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    panel->pruneAction()->trigger();
    auto *dialog = window.findChild<PruneDialog *>();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->preview(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    PruneCriteriaForm *form = dialog->form();
    // go's own rule: everything here was used just now.
    QVERIFY(form->ageCheck()->isChecked());
    QCOMPARE(form->ageCombo()->currentText(), QStringLiteral("5d1h"));
    QVERIFY(waitPreview(dialog));
    QCOMPARE(dialog->proposal()->criteria.olderThanNs, std::optional(cache::goTrimAgeNs));
    QCOMPARE(dialog->proposal()->plan.removeEntries, 0);
    QVERIFY(!dialog->pruneButton()->isEnabled());

    // One package: kept, because it was used within the hour.
    form->ageCheck()->setChecked(false);
    form->packageField()->setText(greet);
    QVERIFY(waitPreview(dialog));
    const cache::PrunePlan &recent = dialog->proposal()->plan;
    QCOMPARE(recent.removals.size(), 0);
    QCOMPARE(recent.keptRecent.size(), greetEntries);
    QCOMPARE(dialog->preview()->rowCount(), greetEntries);
    QVERIFY(dialog->recentText().contains(QString::number(greetEntries)));
    QVERIFY(!dialog->pruneButton()->isEnabled());

    // Force: they would go — still nothing is deleted.
    form->forceCheck()->setChecked(true);
    QVERIFY(waitPreview(dialog));
    const cache::PrunePlan &forced = dialog->proposal()->plan;
    QCOMPARE(forced.removeEntries, greetEntries);
    QCOMPARE(dialog->preview()->removedRows(), greetEntries);
    QVERIFY(dialog->summaryText().contains(QString::number(greetEntries)));
    QVERIFY(dialog->pruneButton()->isEnabled());
    // The same plan as the core's for the same criteria.
    cache::PruneCriteria c;
    c.packages = {greet};
    c.force = cache::PruneForce::Yes;
    const auto plan = cache::planPrune(*core, c, forced.nowNs);
    QVERIFY(plan);
    QCOMPARE(forced.removeBytes, plan->removeBytes);
    QCOMPARE(forced.keptEntries, plan->keptEntries);

    // A duration that does not parse: the core's message, no Prune.
    form->ageCheck()->setChecked(true);
    form->ageCombo()->setEditText(QStringLiteral("5x"));
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(dialog->errorText(), cache::parseDurationNs(QStringLiteral("5x")).error().message);
    QVERIFY(!dialog->pruneButton()->isEnabled());

    dialog->reject();
    QTest::qWait(300);
    QCOMPARE(test::fileStates(m_fixture.cacheDir()), before);
}

void TstCachePrunePanel::pruneByPackage()
{
    MainWindow window;
    QVERIFY(test::openWithCache(window, m_fixture));
    QVERIFY(test::showCacheTab(window));
    auto *panel = window.findChild<CachePanel *>();
    const QString greet = QStringLiteral("example.com/m/greet");
    const QSet<QByteArray> keysBefore = indexKeys(m_fixture.cacheDir());

    // The group's context menu: Prune This Group….
    panel->groupingCombo()->setCurrentIndex(int(CacheGrouping::Package));
    panel->selectGroup(greet);
    QVERIFY(panel->pruneGroupAction()->isEnabled());
    panel->pruneGroupAction()->trigger();
    auto *dialog = window.findChild<PruneDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->form()->packageField()->text(), greet);
    QVERIFY(!dialog->form()->ageCheck()->isChecked());
    dialog->form()->forceCheck()->setChecked(true);
    QVERIFY(waitPreview(dialog));
    const std::shared_ptr<const PruneProposal> proposal = dialog->proposal();
    QSet<QByteArray> plannedKeys;
    QStringList plannedOutputs;
    for (const cache::PlannedRemoval &r : proposal->plan.removals) {
        const cache::CacheEntry &e = proposal->index.entries[r.entry];
        QCOMPARE(e.packagePath, greet);
        if (r.removeIndex)
            plannedKeys.insert(digestHex(e.key) + "-a");
        if (r.removeOutput)
            plannedOutputs.append(cache::entryFileName(m_fixture.cacheDir(), e.outputID, 'd'));
    }
    QVERIFY(plannedKeys.size() >= 3);
    QVERIFY(!plannedOutputs.isEmpty());

    auto *pruner = window.findChild<PruneController *>();
    QSignalSpy finished(pruner, &PruneController::finished);
    dialog->pruneButton()->click();
    QVERIFY(finished.wait(60000));
    const PruneOutcome outcome = finished.first().first().value<PruneOutcome>();
    QCOMPARE(outcome.error, QString());
    QCOMPARE(outcome.result.removedEntries, qint64(plannedKeys.size()));
    QVERIFY(outcome.result.skipped.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.settleTracker()->isSettled() &&
                                 panel->entryModel()->cache()->state() ==
                                     CacheController::State::Done,
                             60000);

    // Exactly the planned entries went.
    const QSet<QByteArray> keysAfter = indexKeys(m_fixture.cacheDir());
    QCOMPARE(keysBefore - keysAfter, plannedKeys);
    QVERIFY((keysAfter - keysBefore).isEmpty());
    for (const QString &output : plannedOutputs)
        QVERIFY2(!QFileInfo::exists(output), qPrintable(output));
    QCOMPARE(panel->entryModel()->rowCount(), keysAfter.size());
    QCOMPARE(panel->groupModel()->rowOf(greet), -1);
    QVERIFY2(panel->activityBar()->pruneText().contains(
                 QStringLiteral("removed %1 of %1 entries").arg(plannedKeys.size())),
             qPrintable(panel->activityBar()->pruneText()));

    // go agrees that greet is gone: it compiles it again, and only it.
    const kiln::ProcessOutput build = m_fixture.go({"build", "-x", "./..."});
    QCOMPARE(build.exitCode, 0);
    const QString x = QString::fromUtf8(build.stdErr);
    QVERIFY2(x.contains(QLatin1String(" -p example.com/m/greet ")), qPrintable(x));
    QVERIFY2(!x.contains(QLatin1String(" -p fmt ")), qPrintable(x));
}

QTEST_MAIN(TstCachePrunePanel)
#include "tst_cacheprunepanel.moc"
