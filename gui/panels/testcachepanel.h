// The Test Cache panel: the test results saved in the cache the Cache view
// scanned (TestCacheController) — each test output with its package, the
// time the saved run took, when it was saved and whether go test replays it
// (or go clean -testcache expired it), each test log with the number of
// inputs it records — and the selected one's text: an output as go test
// replays it ("(cached)"), a log's inputs. Clear Test Cache is
// go clean -testcache after a confirmation that says what it does: nothing
// is deleted; results saved before now are no longer replayed.
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

    // Clear Test Cache…: the confirmation (open(), not exec()); accepting it
    // clears. Returns the box, for tests.
    QMessageBox *confirmClear();

private:
    void refresh();
    void showCurrent();

    TestCacheController *m_controller;
    TestCacheModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPlainTextEdit *m_output;
    QLabel *m_summary;
    QAction *m_clear;
};

} // namespace kiln::gui
