#include "controllers/modulecontroller.h"

#include <QDir>

namespace kiln::gui
{

ModuleController::ModuleController(SettleTracker *settle, QObject *parent)
    : QObject(parent), m_jobs(this, settle)
{
}

void ModuleController::open(const QString &dir)
{
    m_dir = QDir::cleanPath(QDir(dir).absolutePath());
    emit loadStarted(m_dir);
    const QString target = m_dir;
    m_jobs.start([target](const CancelFlag &cancel) { return loadModule(target, cancel.get()); },
                 [this](const ModuleSnapshot &snap) {
                     m_snapshot = snap;
                     m_hasSnapshot = true;
                     emit loaded(m_snapshot);
                 });
}

void ModuleController::reload()
{
    if (!m_dir.isEmpty())
        open(m_dir);
}

} // namespace kiln::gui
