// The window's build commands: Build, Test, Run, Clean, Stop and Build
// Settings as QActions with shortcuts, the Build toolbar that shows them
// next to the target pattern field ("./..." by default, persisted), and the
// Build Settings dialog (build and test settings). Which commands are
// enabled follows setState().
#pragma once

#include "controllers/buildsettings.h"

#include <QObject>

class QAction;
class QLineEdit;
class QMainWindow;
class QMenu;
class QToolBar;

namespace kiln::gui
{

struct BuildActionState {
    bool canBuild = false;   // a module and a toolchain are loaded
    bool hasCommand = false; // the module has a main package to run
    bool running = false;
    bool hasOutputs = false; // the last build wrote files Clean would remove
};

class BuildActions : public QObject
{
    Q_OBJECT
public:
    explicit BuildActions(QMainWindow *window);

    QAction *buildAction() const { return m_build; }
    QAction *testAction() const { return m_test; }
    QAction *runAction() const { return m_run; }
    QAction *cleanAction() const { return m_clean; }
    QAction *stopAction() const { return m_stop; }
    QAction *settingsAction() const { return m_settings; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *targetField() const { return m_targets; }

    void fillMenu(QMenu *menu) const;
    void setState(const BuildActionState &state);
    // The field's patterns (whitespace separated; "./..." when empty).
    QStringList targetPatterns() const;
    const BuildSettings &settings() const { return m_settingsValue; }
    // Saves settings and uses them for the next build (the Flag Scopes
    // panel's Apply); emits settingsChanged.
    void setSettings(const BuildSettings &settings);

signals:
    // The build settings changed (the dialog was accepted, or setSettings).
    void settingsChanged(const kiln::gui::BuildSettings &settings);
    void buildRequested();
    void runRequested();
    void cleanRequested();
    void stopRequested();
    void testRequested();

private:
    QAction *makeAction(const QString &text, const QString &tip, const QKeySequence &key,
                        const char *objectName);
    void showSettings();

    QMainWindow *m_window;
    QAction *m_build, *m_test, *m_run, *m_clean, *m_stop, *m_settings;
    QToolBar *m_toolBar;
    QLineEdit *m_targets;
    BuildSettings m_settingsValue;
};

} // namespace kiln::gui
