// Opens module folders: reads go.mod and scans packages in the background
// and publishes the result as a ModuleSnapshot. Opening another folder while
// a load runs drops the older result.
#pragma once

#include "controllers/jobtracker.h"
#include "controllers/moduleload.h"

#include <QObject>

namespace kiln::gui
{

class SettleTracker;

class ModuleController : public QObject
{
    Q_OBJECT
public:
    ModuleController(SettleTracker *settle, QObject *parent = nullptr);

    // Starts loading dir; loadStarted() now, loaded() when done.
    void open(const QString &dir);
    // Loads the current folder again (no-op before the first open()).
    void reload();

    QString dir() const { return m_dir; }
    bool isLoading() const { return m_jobs.isRunning(); }
    bool hasSnapshot() const { return m_hasSnapshot; }
    const ModuleSnapshot &snapshot() const { return m_snapshot; }

signals:
    void loadStarted(const QString &dir);
    void loaded(const kiln::gui::ModuleSnapshot &snapshot);

private:
    JobTracker<ModuleSnapshot> m_jobs;
    QString m_dir;
    ModuleSnapshot m_snapshot;
    bool m_hasSnapshot = false;
};

} // namespace kiln::gui
