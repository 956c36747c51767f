// The real main window, offscreen: opening the bundled hello example shows
// its module path, package tree and toolchain; broken or missing go.mod
// files and a missing toolchain show located messages; drops, the recent
// list, layout persistence and --screenshot/--quit work.
#include "guitest.h"

#include "app/batchrun.h"
#include "app/recentmodules.h"
#include "goenv/toolchain.h"
#include "models/goenvmodel.h"
#include "models/packagetreemodel.h"
#include "panels/messagebanner.h"
#include "panels/packagepanel.h"
#include "panels/toolchainpanel.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QDockWidget>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace kiln;
using namespace kiln::gui;

namespace
{

QString fieldText(const QWidget &window, const char *name)
{
    auto *field = window.findChild<QLineEdit *>(QString::fromLatin1(name));
    return field ? field->text() : QStringLiteral("<no field %1>").arg(QLatin1String(name));
}

QString labelText(const QWidget &window, const char *name)
{
    auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

// Every row of a tree model, by RelPathRole, as shown through the proxy.
QMap<QString, QModelIndex> rowsByPath(const QAbstractItemModel *model,
                                      const QModelIndex &parent = {})
{
    QMap<QString, QModelIndex> out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out.insert(index.data(PackageTreeModel::RelPathRole).toString(), index);
        out.insert(rowsByPath(model, index));
    }
    return out;
}

goenv::Toolchain expectedToolchain()
{
    goenv::DiscoveryInput in;
    in.environment = QProcessEnvironment::systemEnvironment();
    auto tc = goenv::discoverToolchain(in);
    return tc ? *tc : goenv::Toolchain{};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init() { test::isolateSettings(QStringLiteral("tst_mainwindow")); }

    void showsHelloModule();
    void packageTree_data();
    void packageTree();
    void showsToolchain();
    void brokenGoModShowsLocatedError_data();
    void brokenGoModShowsLocatedError();
    void missingGoModIsExplained();
    void missingToolchainIsExplained();
    void dropOpensFolder();
    void recentModules();
    void layoutPersists();
    void shortcuts_data();
    void shortcuts();
    void batchRunSavesScreenshot();
    void executableScreenshotAndQuit_data();
    void executableScreenshotAndQuit();
};

void TestMainWindow::showsHelloModule()
{
    MainWindow window;
    window.openModule(test::exampleDir(QStringLiteral("hello")));
    window.show();
    QVERIFY(test::waitSettled(window));
    QCOMPARE(fieldText(window, "modulePathValue"), QStringLiteral("example.com/hello"));
    QCOMPARE(fieldText(window, "goVersionValue"), QStringLiteral("1.22"));
    QVERIFY(labelText(window, "statusModule").contains(QLatin1String("example.com/hello")));
    QVERIFY(window.windowTitle().contains(QLatin1String("example.com/hello")));
    QVERIFY(window.findChild<MessageBanner *>(QStringLiteral("moduleBanner"))->isHidden());
    QVERIFY2(window.loadFailures().isEmpty(), qPrintable(window.loadFailures().join('\n')));
}

void TestMainWindow::packageTree_data()
{
    QTest::addColumn<QString>("relPath");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isMain");
    QTest::addColumn<QString>("goFiles"); // what the build compiles on linux/amd64
    QTest::newRow("command") << "cmd/hello"
                             << "main" << true << "1";
    QTest::newRow("library") << "greet"
                             << "greet" << false << "1";
    QTest::newRow("nested") << "internal/text"
                            << "text" << false << "1";
    // 8 .go files on disk; the loader keeps the 4 this target builds.
    QTest::newRow("build constraints") << "platform"
                                       << "platform" << false << "4";
    QTest::newRow("folder only") << "cmd"
                                 << "" << false << "";
}

void TestMainWindow::packageTree()
{
    QFETCH(QString, relPath);
    QFETCH(QString, name);
    QFETCH(bool, isMain);
    QFETCH(QString, goFiles);
    MainWindow window;
    window.openModule(test::exampleDir(QStringLiteral("hello")));
    QVERIFY(test::waitSettled(window));
    const QSortFilterProxyModel *proxy = window.packagePanel()->proxy();
    const auto rows = rowsByPath(proxy);
    QVERIFY2(rows.contains(relPath), qPrintable(QStringList(rows.keys()).join(' ')));
    QVERIFY(!rows.contains(QStringLiteral("greet/testdata")));
    const QModelIndex index = rows.value(relPath);
    const auto column = [&](PackageTreeModel::Column c) {
        return index.siblingAtColumn(int(c)).data().toString();
    };
    QCOMPARE(column(PackageTreeModel::Column::Package), name);
    QCOMPARE(column(PackageTreeModel::Column::GoFiles), goFiles);
    QCOMPARE(index.data(PackageTreeModel::IsMainRole).toBool(), isMain);
    if (isMain) {
        QCOMPARE(column(PackageTreeModel::Column::Kind), QStringLiteral("command"));
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(column(PackageTreeModel::Column::ImportPath),
                 QStringLiteral("example.com/hello/cmd/hello"));
    }
    QVERIFY(labelText(window, "packageSummary").contains(QLatin1String("commands: 1")));
}

void TestMainWindow::showsToolchain()
{
    const goenv::Toolchain expected = expectedToolchain();
    QVERIFY2(!expected.goroot.isEmpty(), "no Go toolchain on this machine");
    MainWindow window;
    window.openModule(test::exampleDir(QStringLiteral("hello")));
    QVERIFY(test::waitSettled(window));
    QCOMPARE(fieldText(window, "gorootValue"), expected.goroot);
    QCOMPARE(fieldText(window, "toolchainVersionValue"), expected.version);
    QCOMPARE(fieldText(window, "gorootSourceValue"),
             ToolchainPanel::describeSource(expected.source));
    const GoEnvModel *env = window.toolchainPanel()->envModel();
    QCOMPARE(env->value(QStringLiteral("GOROOT")), expected.goroot);
    QCOMPARE(env->value(QStringLiteral("GOVERSION")), expected.version);
    QCOMPARE(env->value(QStringLiteral("GOMOD")),
             test::exampleDir(QStringLiteral("hello")) + QStringLiteral("/go.mod"));
    QVERIFY(labelText(window, "statusToolchain").contains(expected.version));
    QVERIFY(window.findChild<MessageBanner *>(QStringLiteral("toolchainBanner"))->isHidden());
}

void TestMainWindow::brokenGoModShowsLocatedError_data()
{
    QTest::addColumn<QByteArray>("goMod");
    QTest::addColumn<QString>("location");
    QTest::newRow("unknown directive")
        << QByteArray("module example.com/broken\n\ngo 1.22\nfrobnicate x\n") << "go.mod:4:";
    QTest::newRow("require without version")
        << QByteArray("module example.com/broken\n\nrequire example.com/other\n") << "go.mod:3:";
}

void TestMainWindow::brokenGoModShowsLocatedError()
{
    QFETCH(QByteArray, goMod);
    QFETCH(QString, location);
    test::TempModule module({{"go.mod", goMod}, {"a/a.go", "package a\n"}});
    MainWindow window;
    window.openModule(module.path());
    window.show();
    QVERIFY(test::waitSettled(window));
    auto *banner = window.findChild<MessageBanner *>(QStringLiteral("moduleBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->details().contains(location), qPrintable(banner->details()));
    QVERIFY(banner->details().contains(module.path()));
    QVERIFY(!window.loadFailures().isEmpty());
    QVERIFY(rowsByPath(window.packagePanel()->proxy()).contains(QStringLiteral("a")));
}

void TestMainWindow::missingGoModIsExplained()
{
    test::TempModule module({{"main.go", "package main\n"}});
    MainWindow window;
    window.openModule(module.path());
    window.show();
    QVERIFY(test::waitSettled(window));
    auto *banner = window.findChild<MessageBanner *>(QStringLiteral("moduleBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->headline().contains(QLatin1String("go.mod")), qPrintable(banner->headline()));
    QVERIFY(banner->details().contains(module.filePath(QStringLiteral("go.mod"))));
    QVERIFY(!window.loadFailures().isEmpty());
}

void TestMainWindow::missingToolchainIsExplained()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("GOROOT"), QStringLiteral("/nonexistent/go"));
    env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent/bin"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    MainWindow window;
    window.toolchainController()->setEnvironment(env);
    window.openModule(test::exampleDir(QStringLiteral("hello")));
    window.show();
    QVERIFY(test::waitSettled(window));
    auto *banner = window.findChild<MessageBanner *>(QStringLiteral("toolchainBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->details().contains(QLatin1String("/nonexistent/go")),
             qPrintable(banner->details()));
    QVERIFY(fieldText(window, "gorootValue").isEmpty());
    QCOMPARE(window.toolchainPanel()->envModel()->rowCount(), 0);
    QVERIFY(labelText(window, "statusToolchain").contains(QLatin1String("not found")));
    QCOMPARE(window.loadFailures().size(), 1);
}

void TestMainWindow::dropOpensFolder()
{
    test::TempModule module({{"go.mod", "module example.com/dropped\n"}});
    MainWindow window;
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(module.filePath(QStringLiteral("go.mod")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(test::waitSettled(window));
    QCOMPARE(fieldText(window, "modulePathValue"), QStringLiteral("example.com/dropped"));

    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.com/x"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &remote, Qt::LeftButton,
                            Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::recentModules()
{
    test::TempModule a({{"go.mod", "module example.com/a\n"}});
    test::TempModule b({{"go.mod", "module example.com/b\n"}});
    MainWindow window;
    window.openModule(a.path());
    window.openModule(b.path());
    window.openModule(a.path());
    QVERIFY(test::waitSettled(window));
    QCOMPARE(RecentModules::entries(), QStringList({a.path(), b.path()}));
    QCOMPARE(RecentModules::last(), a.path());
    // The newer open wins even if the older load finished last.
    QCOMPARE(fieldText(window, "modulePathValue"), QStringLiteral("example.com/a"));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY2(texts.first().endsWith(a.path()), qPrintable(texts.join('|')));
    QCOMPARE(RecentModules::withAdded({"x", "y"}, "y"), QStringList({"y", "x"}));
}

void TestMainWindow::layoutPersists()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(QStringLiteral("toolchainDock"))->hide();
        window.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("toolchainDock"))->isHidden());
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("moduleDock"))->isVisible());
}

void TestMainWindow::shortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("open") << "openAction" << QKeySequence(QKeySequence::Open);
    QTest::newRow("reload") << "reloadAction" << QKeySequence(QKeySequence::Refresh);
    QTest::newRow("quit") << "quitAction" << QKeySequence(QKeySequence::Quit);
    QTest::newRow("filter") << "filterPackagesAction" << QKeySequence(QKeySequence::Find);
}

void TestMainWindow::shortcuts()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, keys);
    MainWindow window;
    auto *a = window.findChild<QAction *>(action);
    QVERIFY(a);
    QCOMPARE(a->shortcut(), keys);
}

void TestMainWindow::batchRunSavesScreenshot()
{
    QTemporaryDir out;
    CommandLine cmd;
    cmd.screenshotPath = out.filePath(QStringLiteral("shots/main.png"));
    MainWindow window;
    window.resize(MainWindow::defaultSize());
    window.openModule(test::exampleDir(QStringLiteral("hello")));
    window.show();
    BatchRun batch(&window, cmd);
    QSignalSpy finished(&batch, &BatchRun::finished);
    batch.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toInt(), 0);
    const QImage shot(cmd.screenshotPath);
    QCOMPARE(shot.size(), MainWindow::defaultSize() * window.devicePixelRatio());
}

void TestMainWindow::executableScreenshotAndQuit_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<int>("status");
    QTest::newRow("hello") << test::exampleDir(QStringLiteral("hello")) << 0;
    QTest::newRow("missing folder") << QStringLiteral("/nonexistent/module") << 1;
}

void TestMainWindow::executableScreenshotAndQuit()
{
    QFETCH(QString, dir);
    QFETCH(int, status);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess kiln;
    kiln.setProcessEnvironment(env);
    const QString shot = home.filePath(QStringLiteral("kiln.png"));
    kiln.start(test::kilnGui(),
               {dir, QStringLiteral("--screenshot"), shot, QStringLiteral("--quit")});
    QVERIFY(kiln.waitForFinished(120000));
    QCOMPARE(kiln.exitStatus(), QProcess::NormalExit);
    QVERIFY2(kiln.exitCode() == status, kiln.readAllStandardError().constData());
    QVERIFY(!QImage(shot).isNull());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
