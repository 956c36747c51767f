#include "views/graphitems.h"

#include "models/actionstyle.h"
#include "views/graphstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <cmath>

namespace kiln::gui
{

namespace
{

constexpr double Padding = 8;      // px around the text
constexpr double DiscSize = 10;    // the state disc before the mode
constexpr double DiscGap = 6;      // between the disc and the mode
constexpr double MaxPackage = 340; // longer package paths are elided in the middle
constexpr double Radius = 5;

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QString separatedState(ActionStatus state)
{
    return QStringLiteral("  ") + ActionStyle::statusText(state);
}

} // namespace

GraphNodeItem::GraphNodeItem(int node, const QRectF &rect, const NodeText &text, const QFont &font)
    : m_node(node), m_rect(rect), m_text(text), m_font(font), m_small(smallFont(font)),
      m_fullScale(fullDetailScale(font))
{
    const QFontMetricsF fm(m_small);
    m_briefWidth = std::min(fm.horizontalAdvance(m_text.brief),
                            fm.horizontalAdvance(m_text.brief.left(3) + QChar(0x2026)));
    m_smallHeight = fm.height();
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
}

QSizeF GraphNodeItem::sizeFor(const NodeText &text, const QFont &font)
{
    const QFontMetricsF fm(font), bold(boldFont(font));
    double widestState = 0;
    for (ActionStatus s : ActionStyle::allStatuses())
        widestState = std::max(widestState, fm.horizontalAdvance(separatedState(s)));
    const double line1 =
        Padding + DiscSize + DiscGap + bold.horizontalAdvance(text.mode) + widestState + Padding;
    const double line2 =
        Padding + std::min(MaxPackage, fm.horizontalAdvance(text.package)) + Padding;
    const double height = Padding * 2 + fm.lineSpacing() * 2;
    return {std::ceil(std::max(line1, line2)), std::ceil(height)};
}

double GraphNodeItem::fullDetailScale(const QFont &font)
{
    return MinTextPx / QFontMetricsF(font).height();
}

QFont GraphNodeItem::smallFont(const QFont &font)
{
    QFont small = font;
    small.setPixelSize(int(std::max(MinTextPx, QFontMetricsF(font).height() * 0.8)));
    return small;
}

LabelDetail GraphNodeItem::labelDetail(double scale) const
{
    if (scale >= m_fullScale)
        return LabelDetail::Full;
    const double width = m_rect.width() * scale - 4, height = m_rect.height() * scale - 2;
    if (m_text.brief.isEmpty() || height < m_smallHeight || width < m_briefWidth)
        return LabelDetail::None;
    return LabelDetail::Short;
}

void GraphNodeItem::setState(ActionStatus state)
{
    if (state == m_state)
        return;
    m_state = state;
    update();
}

void GraphNodeItem::setPaintOverride(const std::optional<NodePaint> &paint)
{
    if (paint == m_paint)
        return;
    m_paint = paint;
    update();
}

QColor GraphNodeItem::fillColor() const
{
    return m_paint ? GraphStyle::nodeFill(m_paint->color) : GraphStyle::nodeFill(m_state);
}

QColor GraphNodeItem::rimColor() const
{
    return m_paint ? GraphStyle::nodeRim(m_paint->color) : GraphStyle::nodeRim(m_state);
}

void GraphNodeItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? 0.25 : 1.0);
    setZValue(emphasis == Emphasis::Highlighted ? 2 : 1);
    update();
}

void GraphNodeItem::setMatched(bool matched)
{
    if (matched == m_matched)
        return;
    m_matched = matched;
    update();
}

QRectF GraphNodeItem::boundingRect() const
{
    return m_rect.adjusted(-5, -5, 5, 5);
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    const QColor c = m_paint ? m_paint->color : ActionStyle::statusColor(m_state);
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_emphasis == Emphasis::Highlighted || isSelected() || m_matched) {
        const QColor selected = widget ? widget->palette().color(QPalette::Highlight)
                                       : option->palette.color(QPalette::Highlight);
        QPen outline(isSelected() ? selected
                     : m_matched  ? GraphStyle::searchMatch()
                                  : ActionStyle::criticalPathColor(),
                     3.5);
        if (m_matched && !isSelected())
            outline.setStyle(Qt::DashLine);
        painter->setPen(outline);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(-3, -3, 3, 3), Radius + 2, Radius + 2);
    }
    painter->setPen(QPen(rimColor(), m_state == ActionStatus::Running ? 2.5 : 1.2));
    painter->setBrush(fillColor());
    painter->drawRoundedRect(m_rect, Radius, Radius);

    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    switch (labelDetail(scale)) {
    case LabelDetail::None:
        return;
    case LabelDetail::Short: {
        // In device pixels: the small font keeps its size whatever the zoom.
        painter->save();
        painter->translate(m_rect.center());
        painter->scale(1 / scale, 1 / scale);
        const QRectF area(-m_rect.width() * scale / 2 + 2, -m_rect.height() * scale / 2,
                          m_rect.width() * scale - 4, m_rect.height() * scale);
        painter->setFont(m_small);
        painter->setPen(GraphStyle::nodeText());
        painter->drawText(
            area, Qt::AlignCenter,
            QFontMetricsF(m_small).elidedText(m_text.brief, Qt::ElideRight, area.width()));
        painter->restore();
        return;
    }
    case LabelDetail::Full:
        break;
    }
    const QFontMetricsF fm(m_font);
    const double line = fm.lineSpacing();
    const double x = m_rect.left() + Padding;
    const double y = m_rect.top() + Padding;
    painter->setPen(QPen(c.darker(150), 1));
    painter->setBrush(c);
    painter->drawEllipse(QRectF(x, y + (line - DiscSize) / 2, DiscSize, DiscSize));

    const QFont bold = boldFont(m_font);
    const double modeX = x + DiscSize + DiscGap;
    painter->setFont(bold);
    painter->setPen(GraphStyle::nodeText());
    painter->drawText(QRectF(modeX, y, m_rect.right() - modeX, line),
                      Qt::AlignLeft | Qt::AlignVCenter, m_text.mode);
    const double stateX = modeX + QFontMetricsF(bold).horizontalAdvance(m_text.mode);
    painter->setFont(m_font);
    painter->setPen(GraphStyle::nodeSecondaryText());
    const QRectF stateRect(stateX, y, m_rect.right() - stateX, line);
    painter->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter,
                      m_paint ? fm.elidedText(QStringLiteral("  ") + m_paint->word, Qt::ElideRight,
                                              stateRect.width())
                              : separatedState(m_state));
    painter->setPen(GraphStyle::nodeText());
    const double width = m_rect.width() - 2 * Padding;
    painter->drawText(QRectF(x, y + line, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(m_text.package, Qt::ElideMiddle, width));
}

GraphEdgeItem::GraphEdgeItem(int edge, const QList<QPointF> &path, std::optional<QPointF> tip,
                             EdgeKind kind)
    : m_edge(edge), m_kind(kind)
{
    if (!path.isEmpty()) {
        m_path.moveTo(path.first());
        for (qsizetype i = 1; i + 2 < path.size(); i += 3)
            m_path.cubicTo(path[i], path[i + 1], path[i + 2]);
    }
    if (tip && !path.isEmpty()) {
        const QPointF base = path.last();
        QPointF d = *tip - base;
        const double length = std::hypot(d.x(), d.y());
        if (length > 0) {
            const QPointF normal(-d.y() / length * 4.5, d.x() / length * 4.5);
            m_arrow << *tip << base + normal << base - normal;
        }
    }
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-3, -3, 3, 3);
    setZValue(0);
}

void GraphEdgeItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? 0.15 : 1.0);
    setZValue(emphasis == Emphasis::Highlighted ? 1.5 : 0);
    update();
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath GraphEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(m_path);
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QColor color = m_kind == EdgeKind::Extra ? GraphStyle::extraEdge() : GraphStyle::edge();
    double width = 1.2;
    if (m_emphasis == Emphasis::Highlighted) {
        color =
            m_kind == EdgeKind::Extra ? GraphStyle::extraEdge() : ActionStyle::criticalPathColor();
        width = 2.5;
    }
    QPen pen(color, width);
    pen.setCosmetic(true); // stays visible when zoomed out
    if (m_kind == EdgeKind::Extra)
        pen.setStyle(Qt::DashLine);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (!m_arrow.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
    }
}

} // namespace kiln::gui
