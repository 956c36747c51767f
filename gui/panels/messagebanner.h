// A banner over a panel for what went wrong (or what is missing): an icon, a
// headline in UI words and details in monospace (go's own error text, with
// file:line:col), both selectable. Hidden while there is nothing to say.
#pragma once

#include <QFrame>

class QLabel;

namespace kiln::gui
{

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &headline, const QString &details = {});
    void clear();

    QString headline() const;
    QString details() const;

private:
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_details;
};

} // namespace kiln::gui
