// Shared set-up of the GUI tests: settings go to a folder of this process
// (removed at exit) under a per-test application name and start empty, so
// tests never read or change the user's Kiln settings — nor each other's:
// QStandardPaths' test mode alone puts every run's file at
// ~/.qttest/config/KilnTest/<test>.conf, shared by concurrent runs of the
// same test (other build directories), and QSettings re-reads a file another
// process changed (tst_mainwindow's recent modules picked up another run's).
#pragma once

#include "app/mainwindow.h"
#include "controllers/modulecontroller.h"
#include "controllers/settletracker.h"
#include "controllers/toolchaincontroller.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace kiln::test
{

inline void isolateSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
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
