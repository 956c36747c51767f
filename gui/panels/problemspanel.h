// The Problems panel: the last build's problems (ProblemModel) as a sortable
// list. Clicking a problem (or moving to it with the keys, Next Problem F8,
// Previous Problem Shift+F8) selects its action in the shared
// ActionSelection, so the graph view, the timeline and the inspector show
// it. Double-click (or Enter) opens the file at the line in a SourceViewer.
// The panel collects what go prints during a build and parses it when
// the build ends (go reports a failure as it happens, and the build goes on
// with the actions that do not depend on it).
#pragma once

#include "controllers/buildrun.h"

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace kiln::gui
{

class ActionSelection;
class ProblemModel;
class SourceViewer;

class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(ActionSelection *selection, QWidget *parent = nullptr);

    void buildStarted();
    void appendOutput(const QString &text, OutputKind kind);
    // workingDir: where the build ran (for a build that did not start, the
    // module folder): relative file names are resolved against it.
    void buildFinished(const BuildOutcome &outcome, const BuildStart &start,
                       const QList<ActionRun> &runs, const QString &workingDir);

    ProblemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    int count() const;
    // Opens the problem's file at its line (nullptr when it names no file).
    SourceViewer *openSource(const QModelIndex &index);

signals:
    void countChanged(int problems);

private:
    void step(int delta);
    void showCurrent(const QModelIndex &index);

    ActionSelection *m_selection;
    ProblemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLabel *m_empty;
    QAction *m_next;
    QAction *m_previous;
    QString m_output;     // what the build printed (OutputKind::Build)
    QString m_testOutput; // go test's stdout (OutputKind::TestOut): failing tests' lines
};

} // namespace kiln::gui
