#include "panels/cacheactivitybar.h"

#include "controllers/cachecontroller.h"
#include "controllers/prunecontroller.h"
#include "models/cachetext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QToolButton>

namespace kiln::gui
{

CacheActivityBar::CacheActivityBar(CacheController *cache, PruneController *prune, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_prune(prune), m_status(new QLabel(this)),
      m_pruneResult(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QAction(tr("Stop"), this))
{
    setObjectName(QStringLiteral("cacheActivity"));
    m_status->setObjectName(QStringLiteral("cacheStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pruneResult->setObjectName(QStringLiteral("pruneResult"));
    m_pruneResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pruneResult->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("cacheProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelCacheWorkAction"));
    m_cancel->setToolTip(tr("Stop the scan or the prune (what is done stays done)."));
    connect(m_cancel, &QAction::triggered, this, [this] {
        m_cache->cancel();
        m_prune->cancel();
    });
    m_stop = new QToolButton(this);
    m_stop->setDefaultAction(m_cancel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_stop);
    layout->addWidget(m_status);
    layout->addWidget(m_pruneResult, 1);

    connect(cache, &CacheController::progressChanged, this, &CacheActivityBar::refresh);
    connect(cache, &CacheController::stateChanged, this, &CacheActivityBar::refresh);
    connect(prune, &PruneController::pruningChanged, this, &CacheActivityBar::refresh);
    connect(prune, &PruneController::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::max<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });
    connect(prune, &PruneController::finished, this,
            [this](const PruneOutcome &outcome) { m_pruneResult->setText(describe(outcome)); });
    refresh();
}

void CacheActivityBar::refresh()
{
    using S = CacheController::State;
    const bool pruning = m_prune->isPruning();
    const bool busy = pruning || m_cache->isScanning();
    m_progress->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_stop->setVisible(busy);
    const cache::ScanProgress &p = m_cache->progress();
    const QLocale locale;
    if (pruning) {
        m_status->setText(tr("Pruning…"));
        return;
    }
    if (m_cache->isScanning()) {
        m_progress->setRange(0, p.shardsTotal);
        m_progress->setValue(p.shardsDone);
        m_status->setText(tr("Scanning… %1 entries").arg(locale.toString(p.entries)));
        return;
    }
    const cache::CacheIndex &index = m_cache->index();
    const cache::ScanTotals &t = index.summary.totals;
    QString text;
    switch (m_cache->state()) {
    case S::Empty:
    case S::Failed:
        text = tr("No cache scanned.");
        break;
    case S::Done:
    case S::Cancelled:
        text = tr("%1 entries · %2 (%3 on disk)")
                   .arg(locale.toString(qint64(index.entries.size())),
                        CacheText::bytes(t.fileBytes()), CacheText::bytes(t.diskBytes));
        if (m_cache->state() == S::Cancelled)
            text += tr(" · scan stopped: %1 of %2 shards").arg(p.shardsDone).arg(p.shardsTotal);
        if (!index.summary.problems.isEmpty())
            text += tr(" · %1 files are not entries").arg(index.summary.problems.size());
        break;
    case S::Scanning:
        break;
    }
    m_status->setText(text);
    m_status->setToolTip(index.summary.problems.mid(0, 20).join(QLatin1Char('\n')));
}

QString CacheActivityBar::describe(const PruneOutcome &o)
{
    if (!o.error.isEmpty())
        return tr("Prune failed: %1").arg(o.error);
    const cache::PruneResult &r = o.result;
    QString text = (r.cancelled ? tr("Prune stopped: removed %1 of %2 entries (%3).")
                                : tr("Pruned: removed %1 of %2 entries (%3)."))
                       .arg(r.removedEntries)
                       .arg(o.plannedEntries)
                       .arg(CacheText::bytes(r.removedBytes));
    QMap<QString, int> skipped;
    for (const cache::PruneSkip &s : r.skipped)
        ++skipped[cache::skipReasonText(s.reason)];
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        text += tr(" Skipped %1 files: %2.").arg(it.value()).arg(it.key());
    if (r.trimRecorded)
        text += tr(" trim.txt updated, as go's own trim does.");
    return text;
}

QString CacheActivityBar::statusText() const
{
    return m_status->text();
}

QString CacheActivityBar::pruneText() const
{
    return m_pruneResult->text();
}

} // namespace kiln::gui
