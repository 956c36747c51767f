#include "controllers/settletracker.h"

#include <QTimer>

namespace kiln::gui
{

SettleTracker::SettleTracker(QObject *parent) : QObject(parent) {}

void SettleTracker::begin()
{
    if (m_running++ == 0)
        emit busyChanged(true);
}

void SettleTracker::end()
{
    Q_ASSERT(m_running > 0);
    if (m_running > 0 && --m_running == 0)
        QTimer::singleShot(0, this, &SettleTracker::checkSettled);
}

void SettleTracker::checkSettled()
{
    if (m_running != 0)
        return;
    emit busyChanged(false);
    emit settled();
}

} // namespace kiln::gui
