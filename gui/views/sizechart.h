// A horizontal bar chart of sizes, drawn with QPainter: a title, then one
// row per bar — its label (elided at the left, so a package path keeps its
// last elements), a bar scaled to the largest, and the size in words — as
// many rows as fit, then "… N more (size)" for the rest. Bars come sorted
// by the caller. Clicking a bar emits barClicked(key); the selected key's
// bar is drawn in the highlight colour. The chart's colours are the
// palette's: a bar is an amount, not a state.
#pragma once

#include <QList>
#include <QWidget>

namespace kiln::gui
{

class SizeChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar {
        QString key;   // what barClicked reports
        QString label; // what the row shows
        qint64 bytes = 0;
    };

    explicit SizeChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setBars(const QList<Bar> &bars);
    void setSelectedKey(const QString &key);
    const QList<Bar> &bars() const { return m_bars; }
    // How many bars the current height shows.
    int visibleBars() const;
    // The bar under pos (-1: none).
    int barAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void barClicked(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int rowHeight() const;
    int top() const;
    QRect rowRect(int row) const;

    QString m_title;
    QList<Bar> m_bars;
    QString m_selected;
};

} // namespace kiln::gui
