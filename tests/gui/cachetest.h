// Shared set-up of the cache panel tests: a small module (a library with a
// test, a command that uses it) built and tested by the real go command
// (OracleGo's isolated environment) into a GOCACHE the test owns — never the
// user's or the shared oracle cache, since the tests prune it — and the main
// window opened on that module with that cache as its build environment's.
#pragma once

#include "buildtest.h"
#include "guitest.h"

#include "app/mainwindow.h"
#include "controllers/cachecontroller.h"
#include "models/cacheentrymodel.h"
#include "panels/cachepanel.h"
#include "support/tempmodule.h"

#include <QAction>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

namespace kiln::test
{

class GoCacheFixture
{
public:
    GoCacheFixture()
        : m_module(
              {{"go.mod", "module example.com/m\n\ngo 1.25\n"},
               {"greet/greet.go", "package greet\n\nfunc Hello() string { return \"hello\" }\n"},
               {"greet/greet_test.go",
                "package greet\n\nimport \"testing\"\n\nfunc TestHello(t *testing.T) {\n"
                "\tif Hello() != \"hello\" {\n\t\tt.Fatal(\"bad\")\n\t}\n}\n"},
               {"cmd/hi/main.go", "package main\n\nimport (\n\t\"fmt\"\n\n"
                                  "\t\"example.com/m/greet\"\n)\n\n"
                                  "func main() { fmt.Println(greet.Hello()) }\n"}})
    {
    }

    QString moduleDir() const { return m_module.path(); }
    QString cacheDir() const { return m_cache.path(); }
    bool goAvailable() const { return m_go.available(); }
    QString goMissing() const { return m_go.reason(); }

    // go args... in the module with this GOCACHE.
    kiln::ProcessOutput go(const QStringList &args) const
    {
        return m_go.run(args, m_module.path(), {{QStringLiteral("GOCACHE"), m_cache.path()}});
    }

    // go build ./... and go test ./...: "" or what failed.
    QString fill() const
    {
        for (const QStringList &args :
             {QStringList{"build", "./..."}, QStringList{"test", "./..."}}) {
            const kiln::ProcessOutput out = go(args);
            if (out.exitCode != 0)
                return QStringLiteral("go %1: %2")
                    .arg(args.join(u' '), QString::fromUtf8(out.stdErr));
        }
        return {};
    }

private:
    TempModule m_module;
    QTemporaryDir m_cache;
    OracleGo m_go;
};

// Every file under dir: relative path → "size mtime" (for "nothing changed").
inline QMap<QString, QString> fileStates(const QString &dir)
{
    QMap<QString, QString> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo f(it.next());
        out.insert(QDir(dir).relativeFilePath(f.filePath()),
                   QStringLiteral("%1 %2").arg(f.size()).arg(f.lastModified().toMSecsSinceEpoch()));
    }
    return out;
}

// Opens the module in window with the fixture's cache and waits for the loads.
[[nodiscard]] inline bool openWithCache(gui::MainWindow &window, const GoCacheFixture &fixture)
{
    window.resize(gui::MainWindow::defaultSize());
    window.buildController()->setEnvironment(buildEnvironment(fixture.cacheDir()));
    window.openModule(fixture.moduleDir());
    window.show();
    return waitSettled(window);
}

// Shows the Cache tab (View > Cache) and waits until the scan is done.
[[nodiscard]] inline bool showCacheTab(gui::MainWindow &window)
{
    auto *show = window.findChild<QAction *>(QStringLiteral("showCacheAction"));
    if (!show)
        return false;
    show->trigger();
    auto *panel = window.findChild<gui::CachePanel *>();
    return panel && QTest::qWaitFor(
                        [&] {
                            return window.settleTracker()->isSettled() &&
                                   panel->entryModel()->cache()->state() ==
                                       gui::CacheController::State::Done;
                        },
                        120000);
}

} // namespace kiln::test
