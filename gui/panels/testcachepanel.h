// The Test Cache panel: the test results saved in the cache the Cache view
// scanned (TestCacheController) — each test output with its package, the
// time the saved run took, when it was saved and whether go test replays it
// (or go clean -testcache expired it), each test log with the number of
// inputs it records — and the selected one's text: an output as go test
// replays it ("(cached)"), a log's inputs. Clear Test Cache is
// go clean -testcache after a confirmation that says what it does: nothing
// is deleted; results saved before now are no longer replayed.
//
// Above the results, the open module's prediction (TestCachePrediction):
// per tested package whether the next go test replays it or why it runs
// again, and what go cannot see; the selected package's details go to the
// text pane. Invalidate Selected removes the selected packages' results
// (the prediction rows selected, else the package of the current result)
// from GOCACHE; go test then runs exactly those again.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace kiln::gui
{

class TestCacheController;
class TestCacheModel;
class TestCachePredictionModel;

class TestCachePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TestCachePanel(TestCacheController *controller, QWidget *parent = nullptr);

    TestCacheModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *outputView() const { return m_output; }
    QAction *clearAction() const { return m_clear; }
    QString summaryText() const;
    TestCachePredictionModel *predictionModel() const { return m_predictions; }
    QTableView *predictionView() const { return m_predictionView; }
    QAction *invalidateAction() const { return m_invalidate; }
    QString predictionStatusText() const;
    // The packages Invalidate Selected acts on now.
    QStringList selectedPackages() const;

    // Clear Test Cache…: the confirmation (open(), not exec()); accepting it
    // clears. Returns the box, for tests.
    QMessageBox *confirmClear();

private:
    void refresh();
    void showCurrent();
    void showPrediction();
    void refreshPrediction();
    void updateInvalidate();

    TestCacheController *m_controller;
    TestCacheModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPlainTextEdit *m_output;
    QLabel *m_summary;
    QAction *m_clear;
    TestCachePredictionModel *m_predictions;
    QSortFilterProxyModel *m_predictionProxy;
    QTableView *m_predictionView;
    QLabel *m_predictionStatus;
    QAction *m_invalidate;
    QString m_notice; // the last invalidation's outcome, shown after the summary
};

} // namespace kiln::gui
