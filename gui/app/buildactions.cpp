#include "app/buildactions.h"

#include "panels/buildsettingsdialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QStyle>
#include <QToolBar>

namespace kiln::gui
{

BuildActions::BuildActions(QMainWindow *window)
    : QObject(window), m_window(window), m_toolBar(new QToolBar(tr("Build"), window)),
      m_targets(new QLineEdit(window)), m_settingsValue(BuildSettings::load())
{
    QStyle *style = window->style();
    m_build = makeAction(tr("&Build"), tr("Build the target packages (go build)."),
                         QKeySequence(Qt::CTRL | Qt::Key_B), "buildAction");
    m_build->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
    m_test = makeAction(tr("&Test"), tr("Test the target packages (go test)."),
                        QKeySequence(Qt::CTRL | Qt::Key_T), "testAction");
    m_test->setIcon(style->standardIcon(QStyle::SP_DialogYesButton));
    m_run = makeAction(tr("&Run"), tr("Build the main package and run it (go run)."),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "runAction");
    m_run->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    m_clean = makeAction(tr("&Clean"),
                         tr("Remove the files the last build wrote (the build cache stays)."),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), "cleanAction");
    m_clean->setIcon(style->standardIcon(QStyle::SP_TrashIcon));
    m_stop = makeAction(tr("&Stop"), tr("Stop the build or the running program."),
                        QKeySequence(Qt::CTRL | Qt::Key_Period), "stopAction");
    m_stop->setIcon(style->standardIcon(QStyle::SP_BrowserStop));
    m_settings = makeAction(tr("Build &Settings…"),
                            tr("Set -p, build tags, -trimpath, GOFLAGS, tool flags and go test's "
                               "flags."),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "buildSettingsAction");
    connect(m_build, &QAction::triggered, this, &BuildActions::buildRequested);
    connect(m_run, &QAction::triggered, this, &BuildActions::runRequested);
    connect(m_clean, &QAction::triggered, this, &BuildActions::cleanRequested);
    connect(m_stop, &QAction::triggered, this, &BuildActions::stopRequested);
    connect(m_test, &QAction::triggered, this, &BuildActions::testRequested);
    connect(m_settings, &QAction::triggered, this, &BuildActions::showSettings);

    m_targets->setObjectName(QStringLiteral("targetPatterns"));
    m_targets->setPlaceholderText(QStringLiteral("./..."));
    m_targets->setProperty("kilnValue", true);
    m_targets->setToolTip(tr("The packages to build: go's patterns, separated by spaces "
                             "(./... is every package of the module)."));
    m_targets->setText(loadTargetPatterns());
    m_targets->setMinimumWidth(220);
    m_targets->setMaximumWidth(420);
    connect(m_targets, &QLineEdit::editingFinished, this,
            [this] { saveTargetPatterns(m_targets->text()); });
    connect(m_targets, &QLineEdit::returnPressed, m_build, &QAction::trigger);

    m_toolBar->setObjectName(QStringLiteral("buildToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *label = new QLabel(tr("Targets:"), m_toolBar);
    label->setObjectName(QStringLiteral("targetPatternsLabel"));
    label->setBuddy(m_targets);
    label->setContentsMargins(4, 0, 4, 0);
    m_toolBar->addWidget(label);
    m_toolBar->addWidget(m_targets);
    m_toolBar->addSeparator();
    for (QAction *a : {m_build, m_test, m_run, m_stop, m_clean})
        m_toolBar->addAction(a);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_settings);
    setState({});
}

QAction *BuildActions::makeAction(const QString &text, const QString &tip, const QKeySequence &key,
                                  const char *objectName)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(objectName));
    a->setStatusTip(tip);
    a->setShortcut(key);
    // The shortcut in the toolbar's tooltip, as menus show it.
    a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return a;
}

void BuildActions::fillMenu(QMenu *menu) const
{
    for (QAction *a : {m_build, m_test, m_run, m_stop, m_clean})
        menu->addAction(a);
    menu->addSeparator();
    menu->addAction(m_settings);
}

void BuildActions::setState(const BuildActionState &s)
{
    m_build->setEnabled(s.canBuild && !s.running);
    m_test->setEnabled(s.canBuild && !s.running);
    m_run->setEnabled(s.canBuild && s.hasCommand && !s.running);
    m_clean->setEnabled(s.hasOutputs && !s.running);
    m_stop->setEnabled(s.running);
}

QStringList BuildActions::targetPatterns() const
{
    return splitTargetPatterns(m_targets->text());
}

void BuildActions::showSettings()
{
    auto *dialog = new BuildSettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_settingsValue);
    connect(dialog, &BuildSettingsDialog::settingsChanged, this, [this](const BuildSettings &s) {
        m_settingsValue = s;
        emit settingsChanged(s);
    });
    dialog->open();
}

void BuildActions::setSettings(const BuildSettings &settings)
{
    settings.save();
    m_settingsValue = settings;
    emit settingsChanged(settings);
}

} // namespace kiln::gui
