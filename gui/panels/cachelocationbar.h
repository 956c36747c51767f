// The cache panel's first row: which GOCACHE it shows (selectable path),
// where that came from ("go env GOCACHE of the build environment" or
// "chosen"), Choose… (a folder dialog, opened without a nested event loop)
// and Use go env GOCACHE. Why there is no cache (GOCACHE=off, no
// toolchain) shows in place of the path.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace kiln::gui
{

class CacheLocation;
class ValueField;

class CacheLocationBar : public QWidget
{
    Q_OBJECT
public:
    explicit CacheLocationBar(CacheLocation *location, QWidget *parent = nullptr);

    QAction *chooseAction() const { return m_choose; }
    QAction *useGoEnvAction() const { return m_useGoEnv; }
    QString pathText() const;
    QString sourceText() const;

    // Opens the folder dialog (Choose…).
    void showChooseDialog();

private:
    void refresh();

    CacheLocation *m_location;
    ValueField *m_path;
    QLabel *m_source;
    QAction *m_choose;
    QAction *m_useGoEnv;
};

} // namespace kiln::gui
