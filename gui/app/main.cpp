// kiln [DIR] [--screenshot FILE] [--quit]: see app/commandline.h.
#include "app/batchrun.h"
#include "app/commandline.h"
#include "app/mainwindow.h"
#include "app/recentmodules.h"
#include "app/startupdir.h"
#include "app/translations.h"

#include <QApplication>
#include <QProcessEnvironment>

using namespace kiln::gui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kiln"));
    QApplication::setApplicationName(QStringLiteral("kiln"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kiln"));
    QApplication::setApplicationVersion(QStringLiteral(KILN_VERSION));
    installTranslations(app, QProcessEnvironment::systemEnvironment());
    const CommandLine commandLine = parseCommandLine(QApplication::arguments());

    MainWindow window;
    if (commandLine.batch())
        window.resize(MainWindow::defaultSize()); // reproducible screenshots
    window.openModule(startupModuleDir(commandLine.moduleDir, RecentModules::last()));
    window.show();

    if (commandLine.batch()) {
        auto *batch = new BatchRun(&window, commandLine, &app);
        QObject::connect(batch, &BatchRun::finished, &app, [&commandLine](int status) {
            if (commandLine.afterSettle == AfterSettle::Quit)
                QCoreApplication::exit(status);
        });
        batch->start();
    }
    return QApplication::exec();
}
