// Counts the window's background work (module and toolchain loads now,
// builds later). The window has "settled" when nothing is running: the state
// a screenshot or a scripted --quit should see. Work reports begin()/end() in
// pairs; JobTracker does it for every job it starts, stale or not.
#pragma once

#include <QObject>

namespace kiln::gui
{

class SettleTracker : public QObject
{
    Q_OBJECT
public:
    explicit SettleTracker(QObject *parent = nullptr);

    void begin();
    void end();
    bool isSettled() const { return m_running == 0; }

signals:
    void busyChanged(bool busy);
    // Emitted from the event loop once the count has dropped to zero and
    // stayed there, so a job that starts another one on completion (a build
    // after a reload, say) does not produce a premature settle.
    void settled();

private:
    void checkSettled();

    int m_running = 0;
};

} // namespace kiln::gui
