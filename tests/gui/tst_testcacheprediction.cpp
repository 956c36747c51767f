// The Test Cache dock's prediction and Invalidate Selected in the real main
// window (offscreen), against real go on the shared oracle cache (a temp
// module only this test builds; std stays compiled between runs):
//   - after `go test ./...`, the dock predicts both packages "cached" (every
//     model under QAbstractItemModelTester) and go agrees; package a's blind
//     spots name the file its test reads (mtime and size only); the test
//     logs of both packages show their package;
//   - an environment variable a's test reads changes in the build
//     environment: a "will re-run" with that variable named, b "cached";
//   - Invalidate Selected on a's row: the Cache tab's rescan has no saved
//     output of a left, the prediction says a has no cached result, and go
//     test runs a again while it replays b.
#include "cachetest.h"

#include "controllers/testcachecontroller.h"
#include "controllers/testcacheprediction.h"
#include "models/testcachemodel.h"
#include "models/testcachepredictionmodel.h"
#include "panels/testcachepanel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <fcntl.h>
#include <sys/stat.h>

using namespace kiln;
using namespace kiln::gui;

namespace
{

using Mode = QAbstractItemModelTester::FailureReportingMode;

const QString pkgA = QStringLiteral("example.com/gp/a");
const QString pkgB = QStringLiteral("example.com/gp/b");

const QByteArray testA = R"(package a

import (
	"os"
	"testing"
)

func TestA(t *testing.T) {
	_ = os.Getenv("KILN_GP_VAR")
	if _, err := os.ReadFile("data.txt"); err != nil {
		t.Fatal(err)
	}
}
)";

int rowOf(QAbstractItemModel *model, const QString &package)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == package)
            return r;
    return -1;
}

QString column(QAbstractItemModel *model, const QString &package,
               TestCachePredictionModel::Column c)
{
    const int r = rowOf(model, package);
    return r < 0 ? QString() : model->index(r, int(c)).data().toString();
}

} // namespace

class TstTestCachePrediction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { test::isolateSettings(QStringLiteral("tst_testcacheprediction")); }
    void predictAndInvalidate();

private:
    QProcessEnvironment env(const QString &var) const
    {
        return test::buildEnvironment(test::OracleGo::sharedCache(),
                                      {{QStringLiteral("KILN_GP_VAR"), var}});
    }
    QByteArray goTest(const QString &var) const
    {
        const kiln::ProcessOutput out =
            m_go.runWithEnv({"test", "./..."}, m_module.path(), env(var));
        return out.stdOut + out.stdErr;
    }
    // Waits for the dock's prediction to settle with both packages in it.
    bool waitPrediction(MainWindow &window, TestCachePanel *panel) const
    {
        return QTest::qWaitFor(
            [&] {
                return window.settleTracker()->isSettled() &&
                       !window.findChild<TestCacheController *>()->prediction()->isPredicting() &&
                       panel->predictionModel()->rowCount() == 2;
            },
            120000);
    }

    test::OracleGo m_go;
    test::TempModule m_module{
        {{"go.mod", "module example.com/gp\n\ngo 1.25\n"},
         {"a/a.go", "package a\n\nvar A = 1\n"},
         {"a/a_test.go", testA},
         {"a/data.txt", "data\n"},
         {"b/b.go", "package b\n\nvar B = 2\n"},
         {"b/b_test.go", "package b\n\nimport \"testing\"\n\nfunc TestB(t *testing.T) {\n"
                         "\tif B != 2 {\n\t\tt.Fatal(B)\n\t}\n}\n"}}};
};

void TstTestCachePrediction::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 60; // older than go's 2 s
    const timespec t[2] = {{past, 0}, {past, 0}};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(m_module.filePath("a/data.txt")).constData(), t,
                        0) == 0);
    const QByteArray out = goTest(QStringLiteral("one"));
    QVERIFY2(out.contains("ok  \t" + pkgA.toUtf8()) && out.contains("ok  \t" + pkgB.toUtf8()),
             out.constData());
}

void TstTestCachePrediction::predictAndInvalidate()
{
    MainWindow window;
    window.resize(MainWindow::defaultSize());
    window.buildController()->setEnvironment(env(QStringLiteral("one")));
    window.openModule(m_module.path());
    window.show();
    QVERIFY(test::waitSettled(window));
    auto *panel = window.findChild<TestCachePanel *>();
    QAbstractItemModelTester predictionTester(panel->predictionModel(), Mode::QtTest);
    QAbstractItemModelTester resultTester(panel->model(), Mode::QtTest);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("testCacheDock"));
    if (!dock->isVisible())
        window.findChild<QAction *>(QStringLiteral("testCacheToggle"))->trigger();
    dock->raise();
    QVERIFY(waitPrediction(window, panel));

    // Unchanged: both cached, and go agrees.
    QSortFilterProxyModel *rows =
        qobject_cast<QSortFilterProxyModel *>(panel->predictionView()->model());
    using Col = TestCachePredictionModel::Column;
    QCOMPARE(column(rows, pkgA, Col::Prediction), QStringLiteral("cached"));
    QCOMPARE(column(rows, pkgB, Col::Prediction), QStringLiteral("cached"));
    QVERIFY(panel->predictionStatusText().contains(QLatin1String("2 cached")));
    const QByteArray replay = goTest(QStringLiteral("one"));
    QVERIFY2(replay.contains("ok  \t" + pkgA.toUtf8() + "\t(cached)") &&
                 replay.contains("ok  \t" + pkgB.toUtf8() + "\t(cached)"),
             replay.constData());

    // a's blind spot: data.txt is checked by size and mtime only.
    const int rowA = rowOf(rows, pkgA);
    QVERIFY(rows->index(rowA, int(Col::BlindSpots))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(m_module.filePath("a/data.txt")));
    panel->predictionView()->setCurrentIndex(rows->index(rowA, 0));
    QVERIFY(panel->outputView()->toPlainText().contains(QLatin1String("size and modification")));

    // The test logs name their packages (Kiln learned them from the prediction).
    QTRY_VERIFY_WITH_TIMEOUT(window.settleTracker()->isSettled() && panel->model()->rowCount() > 0,
                             120000);
    QStringList logPackages;
    for (int r = 0; r < panel->model()->rowCount(); ++r)
        if (panel->model()->item(r).kind == cache::EntryKind::TestLog)
            logPackages
                << panel->model()->index(r, int(TestCacheModel::Column::Package)).data().toString();
    QVERIFY2(logPackages.contains(pkgA) && logPackages.contains(pkgB),
             qPrintable(logPackages.join(u' ')));

    // The build environment changes a variable a's test reads.
    window.buildController()->setEnvironment(env(QStringLiteral("two")));
    dock->hide(); // shown again: predicted again
    dock->show();
    dock->raise();
    QTRY_VERIFY_WITH_TIMEOUT(
        column(rows, pkgA, Col::Prediction) == QLatin1String("will re-run") &&
            !window.findChild<TestCacheController *>()->prediction()->isPredicting(),
        120000);
    QCOMPARE(column(rows, pkgA, Col::Reason),
             QStringLiteral("environment variable KILN_GP_VAR changed"));
    QCOMPARE(column(rows, pkgB, Col::Prediction), QStringLiteral("cached"));
    window.buildController()->setEnvironment(env(QStringLiteral("one")));
    dock->hide();
    dock->show();
    dock->raise();
    QTRY_VERIFY_WITH_TIMEOUT(column(rows, pkgA, Col::Prediction) == QLatin1String("cached"),
                             120000);

    // Invalidate Selected on a.
    QVERIFY(test::showCacheTab(window));
    auto *cachePanel = window.findChild<CachePanel *>();
    auto outputsOfA = [&] {
        int n = 0;
        CacheEntryModel *entries = cachePanel->entryModel();
        for (int r = 0; r < entries->rowCount(); ++r)
            // Index entries: the outputs stay as orphans until go's trim.
            n += entries->entry(r).kind == cache::EntryKind::TestOutput &&
                 entries->entry(r).origin == cache::EntryOrigin::Index &&
                 entries->entry(r).packagePath == pkgA;
        return n;
    };
    QVERIFY(outputsOfA() > 0);
    dock->raise();
    QVERIFY(waitPrediction(window, panel));
    panel->predictionView()->clearSelection();
    panel->predictionView()->selectRow(rowOf(rows, pkgA));
    QCOMPARE(panel->selectedPackages(), QStringList{pkgA});
    QVERIFY(panel->invalidateAction()->isEnabled());
    QSignalSpy invalidated(window.findChild<TestCacheController *>()->prediction(),
                           &TestCachePrediction::invalidated);
    panel->invalidateAction()->trigger();
    QVERIFY(invalidated.wait(60000));
    QVERIFY(panel->summaryText().contains(QLatin1String("Invalidated")));
    QTRY_VERIFY_WITH_TIMEOUT(
        window.settleTracker()->isSettled() &&
            cachePanel->entryModel()->cache()->state() == CacheController::State::Done &&
            !window.findChild<TestCacheController *>()->prediction()->isPredicting(),
        120000);
    QCOMPARE(outputsOfA(), 0);
    QCOMPARE(column(rows, pkgA, Col::Prediction), QStringLiteral("will re-run"));
    QCOMPARE(column(rows, pkgA, Col::Reason),
             QStringLiteral("no cached result for this test binary and flags"));
    QCOMPARE(column(rows, pkgB, Col::Prediction), QStringLiteral("cached"));

    // go agrees: a runs again, b is replayed.
    const QByteArray after = goTest(QStringLiteral("one"));
    QVERIFY2(after.contains("ok  \t" + pkgA.toUtf8() + '\t') &&
                 !after.contains("ok  \t" + pkgA.toUtf8() + "\t(cached)") &&
                 after.contains("ok  \t" + pkgB.toUtf8() + "\t(cached)"),
             after.constData());
}

QTEST_MAIN(TstTestCachePrediction)
#include "tst_testcacheprediction.moc"
