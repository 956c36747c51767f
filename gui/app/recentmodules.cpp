#include "app/recentmodules.h"

#include <QSettings>

namespace kiln::gui
{

namespace
{

QString key()
{
    return QStringLiteral("recentModules");
}

} // namespace

QStringList RecentModules::entries()
{
    return QSettings().value(key()).toStringList();
}

QString RecentModules::last()
{
    const QStringList list = entries();
    return list.isEmpty() ? QString() : list.first();
}

void RecentModules::add(const QString &dir)
{
    QSettings().setValue(key(), withAdded(entries(), dir));
}

void RecentModules::clear()
{
    QSettings().remove(key());
}

QStringList RecentModules::withAdded(QStringList list, const QString &dir)
{
    list.removeAll(dir);
    list.prepend(dir);
    while (list.size() > MaxEntries)
        list.removeLast();
    return list;
}

} // namespace kiln::gui
