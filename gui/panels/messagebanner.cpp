#include "panels/messagebanner.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace kiln::gui
{

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_headline(new QLabel(this)),
      m_details(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_headline->setObjectName(QStringLiteral("bannerHeadline"));
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setProperty("kilnValue", true);
    for (QLabel *label : {m_headline, m_details}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
    }
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_icon->setAlignment(Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &headline, const QString &details)
{
    const bool error = kind == Kind::Error;
    const auto icon = error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, error ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xfe, 0xf3, 0xc7));
    pal.setColor(QPalette::WindowText, QColor(0x1f, 0x1f, 0x1f));
    setPalette(pal);
    m_headline->setText(headline);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    show();
}

void MessageBanner::clear()
{
    m_headline->clear();
    m_details->clear();
    hide();
}

QString MessageBanner::headline() const
{
    return m_headline->text();
}

QString MessageBanner::details() const
{
    return m_details->text();
}

} // namespace kiln::gui
