// "Compare Builds…": pick any two recorded builds of the open module (Kiln's
// build history, newest first; by default the two newest) and see their
// actions side by side — added, removed, inputs changed, same inputs, and
// what each did in either build (BuildCompareModel, filterable: all, added,
// removed, changed, rebuilt in the later build) — and, for the selected
// action, both preimages aligned line by line (PreimageDiffModel). A summary
// line counts each kind. The history is read off the UI thread through a
// RebuildExplainer; "Reload" reads it again.
#pragma once

#include "controllers/rebuildexplainer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kiln::gui
{

class BuildCompareModel;
class PreimageDiffModel;

class CompareBuildsDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads the history of input's module with explainer (which it uses,
    // not owns) when shown and on Reload.
    CompareBuildsDialog(RebuildExplainer *explainer, const HistoryInput &input,
                        QWidget *parent = nullptr);

    // The builds to choose from (what a history load delivers).
    void setHistory(const ModuleHistory &history);
    // Picks the builds by their index in the history (oldest first).
    void selectBuilds(int earlier, int later);
    // Shows only the rows of a filter: "", "added", "removed", "changed",
    // "same", "rebuilt".
    void setFilter(const QString &filter);
    void reload();

    BuildCompareModel *compareModel() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    PreimageDiffModel *diffModel() const { return m_diff; }
    QTableView *actionsView() const { return m_actions; }
    QString summaryText() const;

private:
    void compare();
    void showActionDiff();
    QString buildLabel(const cache::HistoryBuild &build) const;

    RebuildExplainer *m_explainer;
    HistoryInput m_input;
    ModuleHistory m_history;
    QComboBox *m_earlier;
    QComboBox *m_later;
    QComboBox *m_filter;
    QLabel *m_summary;
    QLabel *m_actionLabel;
    BuildCompareModel *m_model;
    QSortFilterProxyModel *m_proxy;
    PreimageDiffModel *m_diff;
    QTableView *m_actions;
    QTableView *m_lines;
};

} // namespace kiln::gui
