#include "views/graphitems.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

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

const QColor TextColor(0x1c, 0x1c, 0x1c);
const QColor StateTextColor(0x40, 0x40, 0x40);
const QColor SelectedColor(0x20, 0x20, 0x20);
const QColor HighlightColor(0xff, 0x8c, 0x00);
const QColor MatchColor(0xc0, 0x20, 0xc0);
const QColor EdgeColor(0x70, 0x78, 0x80);
const QColor ExtraEdgeColor(0x9b, 0x6b, 0xc4);

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QString separatedState(NodeState state)
{
    return QStringLiteral("  ") + GraphStyle::stateText(state);
}

// The state colour washed towards white, so black text stays readable on it.
QColor fillFor(NodeState state)
{
    const QColor c = GraphStyle::stateColor(state);
    const double keep = 0.55;
    return QColor::fromRgbF(float(c.redF() * keep + (1 - keep)),
                            float(c.greenF() * keep + (1 - keep)),
                            float(c.blueF() * keep + (1 - keep)));
}

} // namespace

GraphNodeItem::GraphNodeItem(int node, const QRectF &rect, const NodeText &text, const QFont &font)
    : m_node(node), m_rect(rect), m_text(text), m_font(font)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setState(NodeState::Waiting);
}

QSizeF GraphNodeItem::sizeFor(const NodeText &text, const QFont &font)
{
    const QFontMetricsF fm(font), bold(boldFont(font));
    double widestState = 0;
    for (NodeState s : GraphStyle::allStates())
        widestState = std::max(widestState, fm.horizontalAdvance(separatedState(s)));
    const double line1 =
        Padding + DiscSize + DiscGap + bold.horizontalAdvance(text.mode) + widestState + Padding;
    const double line2 =
        Padding + std::min(MaxPackage, fm.horizontalAdvance(text.package)) + Padding;
    const double height = Padding * 2 + fm.lineSpacing() * 2;
    return {std::ceil(std::max(line1, line2)), std::ceil(height)};
}

void GraphNodeItem::setState(NodeState state)
{
    m_state = state;
    setToolTip(
        QStringLiteral("%1 %2\n%3").arg(m_text.mode, m_text.package, GraphStyle::stateText(state)));
    update();
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

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QColor c = GraphStyle::stateColor(m_state);
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_emphasis == Emphasis::Highlighted || isSelected() || m_matched) {
        QPen outline(isSelected() ? SelectedColor : m_matched ? MatchColor : HighlightColor, 3.5);
        if (m_matched && !isSelected())
            outline.setStyle(Qt::DashLine);
        painter->setPen(outline);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(-3, -3, 3, 3), Radius + 2, Radius + 2);
    }
    painter->setPen(QPen(c.darker(150), m_state == NodeState::Running ? 2.5 : 1.2));
    painter->setBrush(fillFor(m_state));
    painter->drawRoundedRect(m_rect, Radius, Radius);

    // Far out, text is unreadable anyway: boxes only.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.35)
        return;
    const QFontMetricsF fm(m_font);
    const double line = fm.lineSpacing();
    const double x = m_rect.left() + Padding;
    const double y = m_rect.top() + Padding;
    painter->setPen(QPen(c.darker(170), 1));
    painter->setBrush(c);
    painter->drawEllipse(QRectF(x, y + (line - DiscSize) / 2, DiscSize, DiscSize));

    const QFont bold = boldFont(m_font);
    const double modeX = x + DiscSize + DiscGap;
    painter->setFont(bold);
    painter->setPen(TextColor);
    painter->drawText(QRectF(modeX, y, m_rect.right() - modeX, line),
                      Qt::AlignLeft | Qt::AlignVCenter, m_text.mode);
    const double stateX = modeX + QFontMetricsF(bold).horizontalAdvance(m_text.mode);
    painter->setFont(m_font);
    painter->setPen(StateTextColor);
    painter->drawText(QRectF(stateX, y, m_rect.right() - stateX, line),
                      Qt::AlignLeft | Qt::AlignVCenter, separatedState(m_state));
    painter->setPen(TextColor);
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
    QColor color = m_kind == EdgeKind::Extra ? ExtraEdgeColor : EdgeColor;
    double width = 1.2;
    if (m_emphasis == Emphasis::Highlighted) {
        color = m_kind == EdgeKind::Extra ? ExtraEdgeColor : HighlightColor;
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
