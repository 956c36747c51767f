#include "views/timelineview.h"

#include "controllers/actionselection.h"
#include "models/actionstyle.h"
#include "views/timelinecanvas.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{

QToolButton *makeButton(const QString &text, const QString &toolTip, const QKeySequence &key,
                        const char *objectName, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setText(text);
    b->setToolTip(toolTip);
    b->setShortcut(key);
    b->setAutoRaise(true);
    return b;
}

// A 22×12 swatch: the mode colour, hatched for a cache hit, red-framed for
// a failure.
QPixmap swatch(const QColor &color, ActionStatus status)
{
    QPixmap pm(22, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    QColor fill = status == ActionStatus::CacheHit ? color.lighter(145) : color;
    p.fillRect(pm.rect(), fill);
    if (status == ActionStatus::CacheHit)
        p.fillRect(pm.rect(), QBrush(fill.darker(150), Qt::BDiagPattern));
    p.setPen(status == ActionStatus::Failed
                 ? QPen(ActionStyle::statusColor(ActionStatus::Failed), 2)
                 : QPen(fill.darker(150), 1));
    p.drawRect(QRectF(pm.rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    return pm;
}

} // namespace

TimelineView::TimelineView(ActionSelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_canvas(new TimelineCanvas(this))
{
    setObjectName(QStringLiteral("timelineView"));
    auto *zoomIn = makeButton(tr("Zoom In"), tr("Show less time, in more detail (Ctrl+wheel)."),
                              QKeySequence::ZoomIn, "timelineZoomIn", this);
    auto *zoomOut = makeButton(tr("Zoom Out"), tr("Show more time (Ctrl+wheel)."),
                               QKeySequence::ZoomOut, "timelineZoomOut", this);
    auto *fit = makeButton(tr("Fit"), tr("Show the whole build."),
                           QKeySequence(Qt::CTRL | Qt::Key_0), "timelineFit", this);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(1.5); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(1 / 1.5); });
    connect(fit, &QToolButton::clicked, m_canvas, &TimelineCanvas::fit);
    connect(m_canvas, &TimelineCanvas::actionClicked, m_selection, &ActionSelection::select);
    connect(m_selection, &ActionSelection::changed, m_canvas, &TimelineCanvas::setSelectedAction);

    auto *top = new QHBoxLayout;
    top->addWidget(zoomIn);
    top->addWidget(zoomOut);
    top->addWidget(fit);
    top->addSpacing(16);
    top->addWidget(makeLegend(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_canvas, 1);
}

QWidget *TimelineView::makeLegend()
{
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("timelineLegend"));
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QPixmap &pm, const QString &text, const QString &tip) {
        auto *icon = new QLabel(legend);
        icon->setPixmap(pm);
        auto *label = new QLabel(text, legend);
        label->setToolTip(tip);
        row->addWidget(icon);
        row->addWidget(label);
        row->addSpacing(10);
    };
    const QColor build = ActionStyle::modeColor(graph::Mode::Build);
    add(swatch(build, ActionStatus::Built), tr("build"),
        ActionStyle::modeToolTip(graph::Mode::Build));
    add(swatch(ActionStyle::modeColor(graph::Mode::Link), ActionStatus::Built), tr("link"),
        ActionStyle::modeToolTip(graph::Mode::Link));
    add(swatch(ActionStyle::modeColor(graph::Mode::LinkInstall), ActionStatus::Built),
        tr("install"), ActionStyle::modeToolTip(graph::Mode::LinkInstall));
    add(swatch(ActionStyle::modeColor(graph::Mode::Nop), ActionStatus::Built), tr("other"),
        tr("nop, go build, built-in package: bookkeeping actions that run no tool."));
    add(swatch(build, ActionStatus::CacheHit), tr("cache hit"),
        ActionStyle::statusToolTip(ActionStatus::CacheHit));
    add(swatch(build, ActionStatus::Failed), tr("failed"),
        ActionStyle::statusToolTip(ActionStatus::Failed));
    row->addStretch(1);
    return legend;
}

void TimelineView::setBuild(const BuildStart &start)
{
    m_canvas->setBuild(start);
}

void TimelineView::updateActions(const QList<ActionUpdate> &updates)
{
    m_canvas->updateActions(updates);
}

} // namespace kiln::gui
