// The Tests panel: the packages of the last go test run with their verdicts
// and times (TestResultsModel), expandable to the tests the binaries
// reported, and beside them the selected row's output — a failing test's
// messages, a package's whole go test output. Rows fill in live while the
// run goes on; failed packages open by themselves. "Failures only" hides
// what passed. Clicking a package selects its "test run" action in the
// shared ActionSelection (graph, timeline, inspector follow). When a run
// ends and nothing is selected, the first failing test is.
#pragma once

#include "controllers/buildrun.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace kiln::gui
{

class ActionSelection;
class TestResultsModel;
struct TestTally;

class TestsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TestsPanel(ActionSelection *selection, QWidget *parent = nullptr);

    void runStarted();
    void addEvents(const QList<TestEvent> &events);
    void runFinished(const BuildOutcome &outcome);

    TestResultsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *outputView() const { return m_output; }
    QCheckBox *failuresOnly() const { return m_failuresOnly; }
    // The tally as one line ("packages ok: 3 (cached: 1) · failed: 1 · …").
    static QString tallyText(const TestTally &tally);

private:
    void showCurrent(const QModelIndex &index);
    void updateSummary();
    QModelIndex firstFailure(const QModelIndex &parent) const;

    ActionSelection *m_selection;
    TestResultsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QPlainTextEdit *m_output;
    QCheckBox *m_failuresOnly;
    QLabel *m_summary;
};

} // namespace kiln::gui
