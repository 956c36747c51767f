// The action inspector: everything Kiln knows about the selected action —
// mode (with what it does), package, state, objdir, target, action ID, build
// ID, cache verdict, worker and times — and, in tabs, the exact tool command
// lines, the lines hashed into its action ID (go's gocachehash preimage,
// without the salt) and its dependencies and dependents (double-click to
// inspect one), and why it ran (RebuildReasonView: the build history's
// verdict and its preimage diff against the previous build). Every value is
// selectable; "Copy" copies the open tab.
// Follows the shared ActionSelection and refreshes as the action changes.
#pragma once

#include "controllers/buildrun.h"
#include "explain/rebuildreason.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;

namespace kiln::gui
{

class ActionSelection;
class RebuildReasonView;
class ValueField;

class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    InspectorPanel(ActionSelection *selection, QWidget *parent = nullptr);

    void setBuild(const BuildStart &start);
    void updateActions(const QList<ActionUpdate> &updates);
    // Why each action ran (per action of the build; setBuild clears them).
    // note: why there are none, for the tab's placeholder ("" for the default).
    void setRebuildReasons(const QList<std::optional<explain::ActionExplanation>> &reasons,
                           const QString &note = QString());

    int action() const { return m_action; }
    // The text of a field by its object name ("actionIdValue" …) for tests.
    QString fieldText(const QString &objectName) const;
    QString commandsText() const;
    QString preimageText() const;
    QString rebuildText() const;

private:
    void showAction(int action);
    void refresh();
    void fillLinks(QListWidget *list, const QList<int> &actions);
    QString describe(int action) const;
    QString timesText(const ActionRun &run) const;
    QString toolTimeText(const ActionInfo &info, const ActionRun &run) const;

    ActionSelection *m_selection;
    BuildStart m_start;
    QList<ActionRun> m_runs;
    QList<QList<int>> m_dependents;
    QList<std::optional<explain::ActionExplanation>> m_reasons;
    QString m_reasonNote;
    int m_action = -1;

    QLabel *m_title;
    ValueField *m_mode, *m_package, *m_status, *m_objdir, *m_target, *m_actionId, *m_buildId,
        *m_cache, *m_built, *m_worker, *m_times, *m_toolTime;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_commands;
    QPlainTextEdit *m_preimage;
    RebuildReasonView *m_rebuild;
    QListWidget *m_deps;
    QListWidget *m_users;
    QToolButton *m_copy;
};

} // namespace kiln::gui
