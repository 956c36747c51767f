// File > Open Recent: one action per recent module folder (Alt+digit
// mnemonics) and Clear List. Rebuilt by refresh() whenever the list changes.
#pragma once

#include <QMenu>

namespace kiln::gui
{

class RecentMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentMenu(QWidget *parent = nullptr);

    void refresh();

signals:
    void openRequested(const QString &dir);
};

} // namespace kiln::gui
