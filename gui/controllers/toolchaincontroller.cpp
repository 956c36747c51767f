#include "controllers/toolchaincontroller.h"

#include <QSettings>

namespace kiln::gui
{

ToolchainController::ToolchainController(SettleTracker *settle, QObject *parent)
    : QObject(parent), m_jobs(this, settle), m_environment(QProcessEnvironment::systemEnvironment())
{
}

void ToolchainController::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

QString ToolchainController::gorootSettingKey()
{
    return QStringLiteral("toolchain/goroot");
}

void ToolchainController::load(const QString &workingDir)
{
    ToolchainRequest request;
    // QSettings is read here, on the GUI thread; the job gets plain values.
    request.gorootSetting = QSettings().value(gorootSettingKey()).toString();
    request.environment = m_environment;
    request.workingDir = workingDir;
    emit loadStarted();
    m_jobs.start([request] { return loadToolchain(request); },
                 [this](const ToolchainSnapshot &snap) {
                     m_snapshot = snap;
                     m_hasSnapshot = true;
                     emit loaded(m_snapshot);
                 });
}

} // namespace kiln::gui
