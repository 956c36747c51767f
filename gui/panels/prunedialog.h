// Cache > Prune…: what to prune (PruneCriteriaForm: age, size cap,
// package, module, kind, toolchain, selection, Force) and, always first,
// the dry run. Each change of the fields re-plans in the
// background (PruneController::plan) and the preview says what would go,
// what stays, and what stays only because it was used within the hour.
// Prune is enabled only while the preview shown is the plan of the fields
// shown; it hands exactly that plan to PruneController::execute and closes.
// Errors (a duration or size that does not parse, no criterion at all) are
// the core's messages under the fields.
#pragma once

#include "cache/pruneplan.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace kiln::gui
{

class CacheController;
class PruneCriteriaForm;
class PrunePreviewModel;
class PruneController;
struct PlanOutcome;
struct PruneProposal;

class PruneDialog : public QDialog
{
    Q_OBJECT
public:
    PruneDialog(PruneController *prune, CacheController *cache, QWidget *parent = nullptr);

    PruneCriteriaForm *form() const { return m_form; }
    bool isPreviewCurrent() const;
    std::shared_ptr<const PruneProposal> proposal() const { return m_proposal; }
    PrunePreviewModel *preview() const { return m_preview; }
    QString summaryText() const;
    QString recentText() const;
    QString errorText() const;
    QPushButton *pruneButton() const { return m_pruneButton; }

private:
    QWidget *createPreview();
    void schedulePlan();
    void requestPlan();
    void onPlanned(const PlanOutcome &outcome);
    void updateButton();
    void startPrune();

    PruneController *m_prune;
    PruneCriteriaForm *m_form;
    QLabel *m_error;
    QLabel *m_summary = nullptr, *m_recent = nullptr, *m_notes = nullptr;
    QTableView *m_table = nullptr;
    PrunePreviewModel *m_preview;
    QPushButton *m_pruneButton = nullptr;
    QTimer *m_debounce;
    quint64 m_request = 0;      // the plan asked for last
    quint64 m_shownRequest = 0; // the plan the preview shows
    std::shared_ptr<const PruneProposal> m_proposal;
};

} // namespace kiln::gui
