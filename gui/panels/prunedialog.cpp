#include "panels/prunedialog.h"

#include "controllers/cachecontroller.h"
#include "controllers/prunecontroller.h"
#include "models/cachetext.h"
#include "models/prunepreviewmodel.h"
#include "panels/prunecriteriaform.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{

QLabel *wrappingLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PruneDialog::PruneDialog(PruneController *prune, CacheController *cache, QWidget *parent)
    : QDialog(parent), m_prune(prune), m_form(new PruneCriteriaForm(cache->index(), this)),
      m_error(wrappingLabel("pruneError")), m_preview(new PrunePreviewModel(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("pruneDialog"));
    setWindowTitle(tr("Prune Cache"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &PruneDialog::requestPlan);
    connect(prune, &PruneController::planned, this, &PruneDialog::onPlanned);
    connect(m_form, &PruneCriteriaForm::changed, this, &PruneDialog::schedulePlan);
    m_error->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 3px;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_pruneButton = buttons->addButton(tr("Prune"), QDialogButtonBox::AcceptRole);
    m_pruneButton->setObjectName(QStringLiteral("pruneButton"));
    m_pruneButton->setToolTip(tr("Remove the entries the preview lists, in the background."));
    connect(buttons, &QDialogButtonBox::accepted, this, &PruneDialog::startPrune);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(createPreview(), 1);
    layout->addWidget(buttons);
    resize(820, 620);
    schedulePlan();
    updateButton();
}

QWidget *PruneDialog::createPreview()
{
    auto *box = new QGroupBox(tr("Preview (a dry run: nothing has been deleted)"));
    auto *layout = new QVBoxLayout(box);
    m_summary = wrappingLabel("pruneSummary");
    m_recent = wrappingLabel("pruneRecent");
    m_notes = wrappingLabel("pruneNotes");
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("prunePreview"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_preview);
    proxy->setSortRole(PrunePreviewModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(int(PrunePreviewModel::Column::Package),
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(int(PrunePreviewModel::Column::Outcome), 190);
    layout->addWidget(m_summary);
    layout->addWidget(m_recent);
    layout->addWidget(m_notes);
    layout->addWidget(m_table, 1);
    return box;
}

void PruneDialog::schedulePlan()
{
    m_debounce->start();
    updateButton();
}

void PruneDialog::requestPlan()
{
    const auto c = m_form->criteria();
    if (!c) {
        m_proposal.reset();
        m_preview->setProposal(nullptr, 0);
        m_error->setText(c.error());
        m_error->show();
        m_summary->clear();
        m_recent->clear();
        m_notes->clear();
        updateButton();
        return;
    }
    m_request = m_prune->plan(*c);
    m_summary->setText(tr("Computing the preview…"));
    updateButton();
}

void PruneDialog::onPlanned(const PlanOutcome &outcome)
{
    if (outcome.request != m_request)
        return;
    m_shownRequest = outcome.request;
    m_proposal = outcome.proposal;
    m_preview->setProposal(m_proposal, m_proposal ? m_proposal->plan.nowNs : 0);
    m_error->setVisible(!outcome.error.isEmpty());
    m_error->setText(outcome.error);
    m_summary->clear();
    m_recent->clear();
    m_notes->clear();
    if (m_proposal) {
        const cache::PrunePlan &p = m_proposal->plan;
        m_summary->setText(
            tr("Would remove %1 entries (%2). Keeps %3 entries (%4); the cache "
               "goes from %5 to %6.")
                .arg(p.removeEntries)
                .arg(CacheText::bytes(p.removeBytes))
                .arg(p.keptEntries)
                .arg(CacheText::bytes(p.keptBytes))
                .arg(CacheText::bytes(p.bytesBefore), CacheText::bytes(p.bytesAfter())));
        if (!p.keptRecent.isEmpty())
            m_recent->setText(tr("Kept because used within the last hour: %1 entries (%2). "
                                 "Force removes them too.")
                                  .arg(p.keptRecent.size())
                                  .arg(CacheText::bytes(p.keptRecentBytes)));
        m_notes->setText(p.notes.join(QLatin1Char('\n')));
    }
    m_recent->setVisible(!m_recent->text().isEmpty());
    m_notes->setVisible(!m_notes->text().isEmpty());
    updateButton();
}

bool PruneDialog::isPreviewCurrent() const
{
    return m_proposal && m_shownRequest == m_request && !m_debounce->isActive();
}

void PruneDialog::updateButton()
{
    m_pruneButton->setEnabled(isPreviewCurrent() && !m_prune->isPruning() &&
                              !m_proposal->plan.removals.isEmpty());
}

void PruneDialog::startPrune()
{
    if (!isPreviewCurrent() || m_proposal->plan.removals.isEmpty())
        return;
    m_prune->execute(m_proposal);
    accept();
}

QString PruneDialog::summaryText() const
{
    return m_summary->text();
}

QString PruneDialog::recentText() const
{
    return m_recent->text();
}

QString PruneDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

} // namespace kiln::gui
