#include "app/exportactions.h"

#include "controllers/buildcontroller.h"
#include "controllers/traceexport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMenu>
#include <QSaveFile>
#include <QtConcurrent>

namespace kiln::gui
{

namespace
{

// Worker thread: the whole file or nothing.
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

ExportActions::ExportActions(BuildController *build, QMainWindow *window)
    : QObject(window), m_build(build), m_window(window),
      m_chromeTrace(new QAction(tr("&Chrome Trace…"), this))
{
    m_chromeTrace->setObjectName(QStringLiteral("exportChromeTraceAction"));
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_chromeTrace->setShortcut(keys);
    m_chromeTrace->setStatusTip(tr("Save the last build's timeline as a Chrome trace (JSON), "
                                   "for Perfetto or chrome://tracing."));
    m_chromeTrace->setToolTip(tr("Export the timeline as a Chrome trace (%1)")
                                  .arg(keys.toString(QKeySequence::NativeText)));
    m_chromeTrace->setIconText(tr("Export Trace…"));
    connect(m_chromeTrace, &QAction::triggered, this, &ExportActions::askForFile);
    updateState();
}

void ExportActions::fillMenu(QMenu *menu) const
{
    menu->addAction(m_chromeTrace);
}

void ExportActions::updateState()
{
    m_chromeTrace->setEnabled(!m_build->isRunning() && m_build->hasOutcome() &&
                              m_build->lastOutcome().started);
}

// open(), not exec(): no nested event loop on the GUI thread.
void ExportActions::askForFile()
{
    if (!m_chromeTrace->isEnabled())
        return;
    auto *dialog = new QFileDialog(
        m_window, tr("Export Chrome Trace"),
        QDir(m_build->buildStart().workingDir).filePath(QStringLiteral("kiln-trace.json")),
        tr("Chrome trace (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportChromeTrace(path); });
    dialog->open();
}

QFuture<QString> ExportActions::exportChromeTrace(const QString &path)
{
    // The trace is made here (a copy of the build's values, milliseconds);
    // only the disk write runs on the worker.
    const QByteArray bytes = chromeTraceOf(m_build->buildStart(), m_build->runs());
    QFuture<QString> future = QtConcurrent::run(writeFile, path, bytes);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        emit exported(error.isEmpty() ? tr("Chrome trace written to %1").arg(path)
                                      : tr("Cannot write %1: %2").arg(path, error));
        watcher->deleteLater();
    });
    watcher->setFuture(future);
    return future;
}

} // namespace kiln::gui
