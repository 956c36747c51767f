// Shared set-up of the GUI tests: settings go to QStandardPaths' test
// location under a per-test application name and start empty, so tests
// never read or change the user's Kiln settings.
#pragma once

#include "app/mainwindow.h"
#include "controllers/modulecontroller.h"
#include "controllers/settletracker.h"
#include "controllers/toolchaincontroller.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace kiln::test
{

inline void isolateSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KilnTest"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
}

// Waits until the window's module and toolchain loads have both delivered
// and nothing is running any more.
[[nodiscard]] inline bool waitSettled(gui::MainWindow &window, int timeoutMs = 60000)
{
    return QTest::qWaitFor(
        [&] {
            return window.settleTracker()->isSettled() &&
                   window.moduleController()->hasSnapshot() &&
                   window.toolchainController()->hasSnapshot();
        },
        timeoutMs);
}

} // namespace kiln::test
