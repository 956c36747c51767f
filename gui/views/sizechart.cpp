#include "views/sizechart.h"

#include "models/cachetext.h"

#include <QMouseEvent>
#include <QPainter>

namespace kiln::gui
{

namespace
{
constexpr int margin = 6;
constexpr int gap = 8;
} // namespace

SizeChart::SizeChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SizeChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void SizeChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    update();
}

void SizeChart::setSelectedKey(const QString &key)
{
    m_selected = key;
    update();
}

int SizeChart::rowHeight() const
{
    return fontMetrics().height() + 6;
}

int SizeChart::top() const
{
    return margin + fontMetrics().height() + margin;
}

int SizeChart::visibleBars() const
{
    const int rows = std::max(0, (height() - top() - margin) / rowHeight());
    if (rows >= m_bars.size())
        return int(m_bars.size());
    return std::max(0, rows - 1); // the last row says how many more
}

QRect SizeChart::rowRect(int row) const
{
    return QRect(margin, top() + row * rowHeight(), width() - 2 * margin, rowHeight());
}

int SizeChart::barAt(const QPoint &pos) const
{
    for (int i = 0; i < visibleBars(); ++i)
        if (rowRect(i).contains(pos))
            return i;
    return -1;
}

QSize SizeChart::sizeHint() const
{
    return {360, top() + 12 * rowHeight() + margin};
}

QSize SizeChart::minimumSizeHint() const
{
    return {200, top() + 3 * rowHeight() + margin};
}

void SizeChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(margin, margin, width() - 2 * margin, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());
    if (m_bars.isEmpty())
        return;
    const int shown = visibleBars();
    qint64 largest = 1;
    int sizeWidth = 0;
    for (int i = 0; i < shown; ++i) {
        largest = std::max(largest, m_bars[i].bytes);
        sizeWidth = std::max(sizeWidth, fm.horizontalAdvance(CacheText::bytes(m_bars[i].bytes)));
    }
    const int labelWidth = std::min(width() * 2 / 5, 260);
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor bar = highlight;
    bar.setAlpha(110);
    for (int i = 0; i < shown; ++i) {
        const Bar &b = m_bars[i];
        const QRect row = rowRect(i);
        const QRect label(row.left(), row.top(), labelWidth, row.height());
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideLeft, labelWidth));
        const int barLeft = label.right() + gap;
        const int barSpace = std::max(0, row.right() - barLeft - gap - sizeWidth);
        const int barWidth = std::max(b.bytes > 0 ? 2 : 0,
                                      int(double(barSpace) * double(b.bytes) / double(largest)));
        const QRect barRect(barLeft, row.top() + 3, barWidth, row.height() - 6);
        p.fillRect(barRect, b.key == m_selected ? highlight : bar);
        p.drawText(QRect(barRect.right() + gap, row.top(), sizeWidth + gap, row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, CacheText::bytes(b.bytes));
    }
    if (shown < m_bars.size()) {
        qint64 rest = 0;
        for (qsizetype i = shown; i < m_bars.size(); ++i)
            rest += m_bars[i].bytes;
        const QRect row = rowRect(shown);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(
            row.adjusted(labelWidth + gap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            tr("… %n more (%1)", nullptr, int(m_bars.size() - shown)).arg(CacheText::bytes(rest)));
    }
}

void SizeChart::mousePressEvent(QMouseEvent *event)
{
    const int bar = barAt(event->position().toPoint());
    if (bar >= 0 && event->button() == Qt::LeftButton)
        emit barClicked(m_bars[bar].key);
    QWidget::mousePressEvent(event);
}

} // namespace kiln::gui
