#include "app/batchrun.h"

#include "app/mainwindow.h"
#include "controllers/settletracker.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace kiln::gui
{

namespace
{

// After the last result reaches the models, let the views lay out and paint
// (column sizes, tree expansion) before grabbing.
constexpr int PaintDelayMs = 200;

} // namespace

BatchRun::BatchRun(MainWindow *window, const CommandLine &commandLine, QObject *parent)
    : QObject(parent), m_window(window), m_commandLine(commandLine)
{
}

void BatchRun::start()
{
    connect(m_window->settleTracker(), &SettleTracker::settled, this, &BatchRun::onSettled);
    if (m_window->settleTracker()->isSettled())
        onSettled();
}

void BatchRun::onSettled()
{
    QTimer::singleShot(PaintDelayMs, this, [this] {
        // New work may have started in the meantime; its settle comes later.
        if (m_window->settleTracker()->isSettled())
            complete();
    });
}

void BatchRun::complete()
{
    if (m_done)
        return;
    m_done = true;
    bool ok = true;
    if (!m_commandLine.screenshotPath.isEmpty())
        ok = saveScreenshot();
    const QStringList failures = m_window->loadFailures();
    for (const QString &failure : failures)
        fprintf(stderr, "kiln: %s\n", qPrintable(failure));
    emit finished(ok && failures.isEmpty() ? 0 : 1);
}

bool BatchRun::saveScreenshot()
{
    const QString path = QFileInfo(m_commandLine.screenshotPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_window->grab().save(path)) {
        fprintf(stderr, "kiln: cannot write screenshot %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace kiln::gui
