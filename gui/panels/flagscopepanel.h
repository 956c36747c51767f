// The Flag Scopes panel: edits the -gcflags, -asmflags and -ldflags entries
// of the build settings and shows, before anything is built, what go makes
// of them (FlagScopeController). Laid out for a tall, narrow dock:
//
//   entries    one tab per flag; the entries in go's order (GOFLAGS' first,
//              greyed and read-only), editable inline, added (Insert),
//              removed (Delete), moved (Ctrl+Up/Down); per entry the packages
//              it matches and decides and its warning (the selected entry's
//              in full below the table)
//   Packages   the build's packages with their effective flags and the
//              entry that decided them; only the selected entry's packages
//              when "Only the selected entry's" is checked
//   Forecast   one row per action whose action ID the draft changes, with
//              why and the last build's time for it
//   below      the forecast's summary (how many action IDs change: direct,
//              propagated, links; their time in the last build), the load's
//              status, Copy Command Line, Revert, Apply (writes the build
//              settings through applyRequested; disabled while go would
//              reject an entry)
//
// Double-clicking a package or a forecast row emits actionRequested, so the
// window can select that action of the last build in the graph view.
#pragma once

#include "controllers/buildsettings.h"
#include "flags/flagscope.h"
#include "graph/action.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabBar;
class QTabWidget;
class QTableView;

namespace kiln::gui
{

class FlagEntryModel;
class FlagScopeController;
class ForecastModel;
class PackageFlagsModel;

class FlagScopePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FlagScopePanel(FlagScopeController *controller, QWidget *parent = nullptr);

    FlagScopeController *controller() const { return m_controller; }
    flags::ScopeFlag currentFlag() const;
    void setCurrentFlag(flags::ScopeFlag flag);
    // The selected entry of the current flag, -1 for none.
    int currentEntry() const;
    void selectEntry(int entry);

    QAction *addEntryAction() const { return m_add; }
    QAction *removeEntryAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *copyButton() const { return m_copy; }
    QTableView *entryView() const { return m_entryView; }
    QTableView *packageView() const { return m_packageView; }
    QTableView *forecastView() const { return m_forecastView; }
    QCheckBox *onlySelectedCheck() const { return m_onlySelected; }
    QString forecastText() const;
    QString statusText() const;

signals:
    void applyRequested(const kiln::gui::BuildSettings &settings);
    void actionRequested(graph::Mode mode, const QString &package);

private:
    QWidget *makeEntriesPane();
    QWidget *makePackagesPane();
    QWidget *makeForecastPane();
    void refresh();
    void refreshPackages();
    void updateButtons();
    void updateWarnings();
    void addEntry();
    void removeEntry();
    void moveEntry(int delta);
    void copyCommandLine();

    FlagScopeController *m_controller;
    FlagEntryModel *m_entries;
    PackageFlagsModel *m_packages;
    QSortFilterProxyModel *m_packageProxy;
    ForecastModel *m_forecast;
    QTabBar *m_tabs;
    QTabWidget *m_details;
    QTableView *m_entryView;
    QTableView *m_packageView;
    QTableView *m_forecastView;
    QLabel *m_warnings;
    QLineEdit *m_packageFilter;
    QCheckBox *m_onlySelected;
    QLabel *m_summary;
    QLabel *m_status;
    QAction *m_add, *m_remove, *m_up, *m_down;
    QPushButton *m_copy, *m_revert, *m_apply;
};

} // namespace kiln::gui
