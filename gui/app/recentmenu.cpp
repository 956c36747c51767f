#include "app/recentmenu.h"

#include "app/recentmodules.h"

namespace kiln::gui
{

RecentMenu::RecentMenu(QWidget *parent) : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    refresh();
}

void RecentMenu::refresh()
{
    clear();
    const QStringList dirs = RecentModules::entries();
    for (int i = 0; i < dirs.size(); ++i) {
        const QString dir = dirs[i];
        QString text = dir;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (i < 9)
            text = QStringLiteral("&%1 %2").arg(i + 1).arg(text);
        QAction *action = addAction(text);
        // A folder path is data, not UI text (see ValueField).
        action->setProperty("kilnValue", true);
        connect(action, &QAction::triggered, this, [this, dir] { emit openRequested(dir); });
    }
    if (dirs.isEmpty())
        addAction(tr("No recent modules"))->setEnabled(false);
    addSeparator();
    QAction *clearList = addAction(tr("&Clear List"));
    clearList->setObjectName(QStringLiteral("clearRecentAction"));
    clearList->setEnabled(!dirs.isEmpty());
    connect(clearList, &QAction::triggered, this, [this] {
        RecentModules::clear();
        refresh();
    });
}

} // namespace kiln::gui
