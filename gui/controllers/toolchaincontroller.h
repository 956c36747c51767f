// Finds the Go toolchain and computes go env for the open module in the
// background, publishing a ToolchainSnapshot. GOROOT comes from the
// "toolchain/goroot" setting when set, else discovery (see goenv/toolchain.h).
#pragma once

#include "controllers/jobtracker.h"
#include "controllers/toolchainload.h"

#include <QObject>
#include <QProcessEnvironment>

namespace kiln::gui
{

class SettleTracker;

class ToolchainController : public QObject
{
    Q_OBJECT
public:
    ToolchainController(SettleTracker *settle, QObject *parent = nullptr);

    // The environment discovery and go env consult; the process environment
    // unless set (tests use this to simulate a missing toolchain).
    void setEnvironment(const QProcessEnvironment &environment);
    // Starts discovery and go env for workingDir; loaded() when done.
    void load(const QString &workingDir);

    bool isLoading() const { return m_jobs.isRunning(); }
    bool hasSnapshot() const { return m_hasSnapshot; }
    const ToolchainSnapshot &snapshot() const { return m_snapshot; }

    static QString gorootSettingKey();

signals:
    void loadStarted();
    void loaded(const kiln::gui::ToolchainSnapshot &snapshot);

private:
    JobTracker<ToolchainSnapshot> m_jobs;
    QProcessEnvironment m_environment;
    ToolchainSnapshot m_snapshot;
    bool m_hasSnapshot = false;
};

} // namespace kiln::gui
