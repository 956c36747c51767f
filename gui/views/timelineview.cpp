#include "views/timelineview.h"

#include "controllers/actionselection.h"
#include "models/actionstyle.h"
#include "views/timelinecanvas.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSettings>
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
    : QWidget(parent), m_selection(selection), m_canvas(new TimelineCanvas(this)),
      m_criticalPath(makeButton(tr("Critical Path"),
                                tr("Outline the longest chain of actions that had to run one after "
                                   "another (Ctrl+Shift+C)."),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                "timelineCriticalPath", this)),
      m_pathText(new QLabel(this)), m_controls(new QHBoxLayout)
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
    m_criticalPath->setCheckable(true);
    connect(m_criticalPath, &QToolButton::toggled, this, [this](bool on) {
        m_canvas->setCriticalPathMark(on ? PathMark::Shown : PathMark::Hidden);
        updatePathText();
    });
    connect(m_canvas, &TimelineCanvas::criticalPathChanged, this, &TimelineView::updatePathText);
    m_pathText->setObjectName(QStringLiteral("timelinePathText"));
    m_pathText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathText->setWordWrap(true);
    m_pathText->setProperty("kilnValue", true); // package paths and times: data
    m_pathText->setContentsMargins(6, 0, 6, 2);
    m_pathText->hide();

    m_controls->addWidget(zoomIn);
    m_controls->addWidget(zoomOut);
    m_controls->addWidget(fit);
    m_controls->addSpacing(8);
    m_controls->addWidget(m_criticalPath);
    m_controls->setContentsMargins(4, 2, 4, 2);
    m_controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_controls);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(makeLegend());
    layout->addWidget(m_pathText);
    // The mark is a way of looking at builds: it stays on for the next one.
    m_criticalPath->setChecked(QSettings().value(QStringLiteral("timeline/criticalPath")).toBool());
    connect(m_criticalPath, &QToolButton::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("timeline/criticalPath"), on); });
}

void TimelineView::addToolAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    m_controls->insertWidget(m_controls->count() - 1, button); // before the stretch
}

QString TimelineView::pathText() const
{
    return m_pathText->text();
}

// "Critical path (actions: 12): 3.40 s of work one after another: go build ←
// link example.com/m/cmd/app ← build example.com/m/cmd/app ← …"
void TimelineView::updatePathText()
{
    const graph::CriticalPath &path = m_canvas->criticalPath();
    const bool shown = m_canvas->criticalPathMark() == PathMark::Shown;
    m_pathText->setVisible(shown);
    if (!shown)
        return;
    if (path.totalNs <= 0) {
        m_pathText->setText(tr("Critical path: none yet (no action has finished)."));
        return;
    }
    QStringList chain;
    for (int a : path.nodes) {
        const ActionInfo &info = m_canvas->buildStart().actions[a];
        chain.append(info.package.isEmpty()
                         ? ActionStyle::modeText(info.mode)
                         : ActionStyle::modeText(info.mode) + QLatin1Char(' ') + info.package);
    }
    m_pathText->setText(tr("Critical path (actions: %1): %2 of work one after another: %3")
                            .arg(QString::number(path.nodes.size()),
                                 ActionStyle::duration(path.totalNs),
                                 chain.join(QStringLiteral(" ← "))));
}

QWidget *TimelineView::makeLegend()
{
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("timelineLegend"));
    // A narrow view cuts the legend off at the right rather than growing.
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(6, 0, 6, 0);
    const auto add = [&](const QPixmap &pm, const QString &text, const QString &tip) {
        auto *icon = new QLabel(legend);
        icon->setPixmap(pm);
        auto *label = new QLabel(text, legend);
        label->setToolTip(tip);
        label->setMinimumWidth(label->sizeHint().width()); // cut off at the right, never squeezed
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
    add(swatch(ActionStyle::modeColor(graph::Mode::Vet), ActionStatus::Built), tr("vet"),
        ActionStyle::modeToolTip(graph::Mode::Vet));
    add(swatch(ActionStyle::modeColor(graph::Mode::TestRun), ActionStatus::Built), tr("test run"),
        ActionStyle::modeToolTip(graph::Mode::TestRun));
    add(swatch(ActionStyle::modeColor(graph::Mode::Nop), ActionStatus::Built), tr("other"),
        tr("nop, go build, go test, test clean and print, built-in package: bookkeeping actions "
           "that run no tool."));
    add(swatch(build, ActionStatus::CacheHit), tr("cache hit"),
        ActionStyle::statusToolTip(ActionStatus::CacheHit));
    add(swatch(build, ActionStatus::Failed), tr("failed"),
        ActionStyle::statusToolTip(ActionStatus::Failed));
    QPixmap path = swatch(build, ActionStatus::Built);
    {
        QPainter p(&path);
        p.setPen(QPen(ActionStyle::criticalPathColor(), 3));
        p.drawRect(QRectF(path.rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    add(path, tr("critical path"),
        tr("The longest chain of actions that had to run one after another: more workers cannot "
           "make the build faster than it."));
    row->addStretch(1);
    return legend;
}

void TimelineView::setBuild(const BuildStart &start)
{
    m_canvas->setBuild(start);
    updatePathText();
}

void TimelineView::updateActions(const QList<ActionUpdate> &updates)
{
    m_canvas->updateActions(updates);
}

} // namespace kiln::gui
