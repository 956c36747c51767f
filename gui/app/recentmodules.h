// The module folders opened most recently, newest first, at most MaxEntries,
// kept in QSettings under "recentModules". The last entry opened is also
// what the GUI reopens at the next start.
#pragma once

#include <QStringList>

namespace kiln::gui
{

class RecentModules
{
public:
    static constexpr int MaxEntries = 8;

    static QStringList entries();
    static QString last();
    // Moves dir to the front (adding it if new) and saves the list.
    static void add(const QString &dir);
    static void clear();

    // The pure list operation behind add().
    static QStringList withAdded(QStringList list, const QString &dir);
};

} // namespace kiln::gui
