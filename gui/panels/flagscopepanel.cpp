#include "panels/flagscopepanel.h"

#include "controllers/flagscopecontroller.h"
#include "models/actionstyle.h"
#include "models/flagentrymodel.h"
#include "models/forecastmodel.h"
#include "models/packageflagsmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{

using flags::ScopeFlag;

QTableView *makeTable(const char *objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

FlagScopePanel::FlagScopePanel(FlagScopeController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_entries(new FlagEntryModel(this)),
      m_packages(new PackageFlagsModel(this)), m_packageProxy(new QSortFilterProxyModel(this)),
      m_forecast(new ForecastModel(this))
{
    setObjectName(QStringLiteral("flagScopePanel"));
    m_packageProxy->setSourceModel(m_packages);
    m_packageProxy->setFilterKeyColumn(int(PackageFlagsModel::Column::Package));
    m_packageProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    // Tall and narrow, for the right column: the entries above, what they
    // do below (packages, forecast), the forecast's summary and the
    // buttons always in sight.
    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("flagScopeDetails"));
    m_details->setDocumentMode(true);
    m_details->addTab(makePackagesPane(), tr("Packages"));
    m_details->addTab(makeForecastPane(), tr("Forecast"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(makeEntriesPane());
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("forecastSummary"));
    m_summary->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("flagScopeStatus"));
    m_status->setWordWrap(true);
    m_status->setEnabled(false);
    m_copy = new QPushButton(tr("Copy Command Line"), this);
    m_copy->setObjectName(QStringLiteral("copyCommandLineButton"));
    m_copy->setToolTip(tr("Copy the go build command these settings run, quoted for a shell."));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertFlagsButton"));
    m_revert->setToolTip(tr("Go back to the entries of the build settings."));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyFlagsButton"));
    connect(m_copy, &QPushButton::clicked, this, &FlagScopePanel::copyCommandLine);
    connect(m_revert, &QPushButton::clicked, m_controller, &FlagScopeController::revert);
    connect(m_apply, &QPushButton::clicked, this,
            [this] { emit applyRequested(m_controller->draftSettings()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_controller, &FlagScopeController::changed, this, &FlagScopePanel::refresh);
    connect(m_controller, &FlagScopeController::loadingChanged, this, &FlagScopePanel::refresh);
    connect(m_entries, &FlagEntryModel::entryEdited, this, [this](int row, const QString &text) {
        m_controller->setEntryText(currentFlag(), row, text);
    });
    connect(m_tabs, &QTabBar::currentChanged, this, [this] {
        refresh();
        selectEntry(m_entries->rowCount() - 1);
    });
    refresh();
}

QWidget *FlagScopePanel::makeEntriesPane()
{
    auto *pane = new QWidget(this);
    m_tabs = new QTabBar(pane);
    m_tabs->setObjectName(QStringLiteral("flagTabs"));
    m_tabs->setProperty("kilnValue", true); // go's flag names
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (ScopeFlag flag : flags::AllScopeFlags)
        m_tabs->addTab(flags::flagName(flag));
    m_tabs->setTabToolTip(0, tr("Compiler flags: go tool compile, for each package."));
    m_tabs->setTabToolTip(1, tr("Assembler flags: go tool asm, for packages with .s files."));
    m_tabs->setTabToolTip(2, tr("Linker flags: go tool link, taken from the main package."));

    m_entryView = makeTable("flagEntryView", m_entries, pane);
    m_entryView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::SelectedClicked);
    QHeaderView *h = m_entryView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(int(FlagEntryModel::Column::Entry), QHeaderView::Stretch);
    h->setStretchLastSection(false);
    m_entryView->setToolTip(tr("go applies the entries in this order: each package gets the "
                               "flags of the last entry that matches it. Double-click to edit."));
    connect(m_entryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        refreshPackages();
        updateButtons();
        updateWarnings();
    });

    m_add = new QAction(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addFlagEntryAction"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_add->setToolTip(tr("Add an entry after the others (Insert)"));
    m_remove = new QAction(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeFlagEntryAction"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setToolTip(tr("Remove the selected entry (Delete)"));
    m_up = new QAction(tr("Up"), this);
    m_up->setObjectName(QStringLiteral("moveFlagEntryUpAction"));
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_up->setToolTip(tr("Move the entry before the previous one: it applies earlier (Ctrl+Up)"));
    m_down = new QAction(tr("Down"), this);
    m_down->setObjectName(QStringLiteral("moveFlagEntryDownAction"));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_down->setToolTip(tr("Move the entry after the next one: it applies later (Ctrl+Down)"));
    for (QAction *a : {m_add, m_remove, m_up, m_down}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_entryView->addAction(a);
    }
    connect(m_add, &QAction::triggered, this, &FlagScopePanel::addEntry);
    connect(m_remove, &QAction::triggered, this, &FlagScopePanel::removeEntry);
    connect(m_up, &QAction::triggered, this, [this] { moveEntry(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveEntry(1); });

    m_warnings = new QLabel(pane);
    m_warnings->setObjectName(QStringLiteral("flagWarnings"));
    m_warnings->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction *a : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(toolButton(a, pane));
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tabs);
    layout->addWidget(m_entryView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_warnings);
    return pane;
}

QWidget *FlagScopePanel::makePackagesPane()
{
    auto *pane = new QWidget(this);
    m_packageFilter = new QLineEdit(pane);
    m_packageFilter->setObjectName(QStringLiteral("flagPackageFilter"));
    m_packageFilter->setPlaceholderText(tr("Filter packages"));
    m_packageFilter->setClearButtonEnabled(true);
    connect(m_packageFilter, &QLineEdit::textChanged, m_packageProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_onlySelected = new QCheckBox(tr("Only the selected entry's"), pane);
    m_onlySelected->setObjectName(QStringLiteral("onlySelectedEntryCheck"));
    m_onlySelected->setChecked(true);
    m_onlySelected->setToolTip(tr("Show only the packages the selected entry matches; those a "
                                  "later entry decides are greyed."));
    connect(m_onlySelected, &QCheckBox::toggled, this, &FlagScopePanel::refreshPackages);

    m_packageView = makeTable("flagPackageView", m_packageProxy, pane);
    m_packageView->setSortingEnabled(true);
    m_packageView->sortByColumn(int(PackageFlagsModel::Column::Package), Qt::AscendingOrder);
    QHeaderView *h = m_packageView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(int(PackageFlagsModel::Column::Package), QHeaderView::Stretch);
    h->setStretchLastSection(false);
    m_packageView->setToolTip(tr("Double-click: select the package's build in the graph."));
    connect(m_packageView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit actionRequested(graph::Mode::Build,
                             index.data(PackageFlagsModel::PackageRole).toString());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_packageFilter, 1);
    top->addWidget(m_onlySelected);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_packageView, 1);
    return pane;
}

QWidget *FlagScopePanel::makeForecastPane()
{
    m_forecastView = makeTable("forecastView", m_forecast, this);
    QHeaderView *h = m_forecastView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(false);
    h->setSectionResizeMode(int(ForecastModel::Column::Why), QHeaderView::Stretch);
    h->setSectionResizeMode(int(ForecastModel::Column::LastBuild), QHeaderView::ResizeToContents);
    m_forecastView->setColumnWidth(int(ForecastModel::Column::Action), 190);
    m_forecastView->setToolTip(tr("Double-click: select the action in the graph."));
    connect(m_forecastView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit actionRequested(graph::Mode(index.data(ForecastModel::ModeRole).toInt()),
                             index.data(ForecastModel::PackageRole).toString());
    });
    return m_forecastView;
}

flags::ScopeFlag FlagScopePanel::currentFlag() const
{
    return flags::AllScopeFlags[std::clamp(m_tabs->currentIndex(), 0, flags::ScopeFlagCount - 1)];
}

void FlagScopePanel::setCurrentFlag(flags::ScopeFlag flag)
{
    m_tabs->setCurrentIndex(int(flag));
}

int FlagScopePanel::currentEntry() const
{
    const QModelIndex current = m_entryView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FlagScopePanel::selectEntry(int entry)
{
    if (entry < 0 || entry >= m_entries->rowCount()) {
        m_entryView->selectionModel()->clearCurrentIndex();
        m_entryView->clearSelection();
        refreshPackages();
        updateButtons();
        return;
    }
    m_entryView->selectionModel()->setCurrentIndex(
        m_entries->index(entry, int(FlagEntryModel::Column::Entry)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString FlagScopePanel::forecastText() const
{
    return m_summary->text();
}

QString FlagScopePanel::statusText() const
{
    return m_status->text();
}

void FlagScopePanel::refresh()
{
    const flags::FlagScopes &draft = m_controller->draft();
    for (ScopeFlag flag : flags::AllScopeFlags) {
        const qsizetype n = draft.of(flag).size();
        m_tabs->setTabText(int(flag),
                           n == 0 ? flags::flagName(flag)
                                  : QStringLiteral("%1 (%2)").arg(flags::flagName(flag)).arg(n));
    }
    const int current = currentEntry();
    const ScopeFlag flag = currentFlag();
    const flags::ScopeAnalysis &a = m_controller->analysis();
    m_entries->setEntries(draft.of(flag), a.of(flag));
    if (current >= m_entries->rowCount())
        selectEntry(m_entries->rowCount() - 1);

    updateWarnings();

    const exec::Forecast &f = m_controller->forecast();
    if (!m_controller->hasBuild()) {
        m_summary->setText(tr("The forecast needs the module's packages."));
        m_forecast->clear();
    } else if (!m_controller->isModified()) {
        m_summary->setText(tr("No change from the build settings: nothing is invalidated."));
        m_forecast->setForecast(f, *m_controller->build());
    } else {
        QString text = tr("%1 action IDs change: %2 by their own preimage, %3 through their "
                          "dependencies; %4 of them links.")
                           .arg(f.total())
                           .arg(f.direct)
                           .arg(f.propagated)
                           .arg(f.links);
        if (m_controller->hasLastBuild())
            text += QLatin1Char(' ') +
                    tr("They took %1 in the last build; %2 have no time (cache hits or not "
                       "built).")
                        .arg(ActionStyle::duration(f.knownNs))
                        .arg(f.unknownTimes);
        m_summary->setText(text);
        m_forecast->setForecast(f, *m_controller->build());
    }

    m_details->setTabText(1, tr("Forecast (%1)").arg(m_forecast->rowCount()));
    if (m_controller->isLoading())
        m_status->setText(tr("Loading the packages of the build…"));
    else if (!m_controller->loadError().isEmpty())
        m_status->setText(tr("Cannot load the build: %1").arg(m_controller->loadError()));
    else if (m_controller->hasBuild())
        m_status->setText(tr("%1 packages and %2 actions in the build of %3.")
                              .arg(m_controller->analysis().packages.size())
                              .arg(m_controller->build()->graph.actions.size())
                              .arg(m_controller->source().patterns.join(QLatin1Char(' '))));
    else
        m_status->setText(tr("Open a module to see its flag scopes."));
    refreshPackages();
    updateButtons();
}

// The selected entry's warning in full; else how many entries have one.
void FlagScopePanel::updateWarnings()
{
    const QList<flags::EntryScope> &entries = m_controller->analysis().of(currentFlag());
    const int entry = currentEntry();
    if (entry >= 0 && entry < entries.size() &&
        entries[entry].problem != flags::EntryProblem::None) {
        m_warnings->setText(
            tr("Entry %1: %2").arg(entry + 1).arg(FlagEntryModel::warningText(entries[entry])));
        return;
    }
    int problems = 0;
    for (const flags::EntryScope &e : entries)
        problems += e.problem != flags::EntryProblem::None;
    m_warnings->setText(problems == 0 ? QString()
                                      : tr("%1 of these entries need attention.").arg(problems));
}

void FlagScopePanel::refreshPackages()
{
    if (!m_controller->hasBuild()) {
        m_packages->clear();
        return;
    }
    const int focus = m_onlySelected->isChecked() ? currentEntry() : -1;
    m_packages->setAnalysis(m_controller->build()->load, m_controller->analysis(), currentFlag(),
                            focus);
    m_details->setTabText(0, tr("Packages (%1)").arg(m_packages->rowCount()));
}

void FlagScopePanel::updateButtons()
{
    const ScopeFlag flag = currentFlag();
    const int entry = currentEntry();
    m_remove->setEnabled(m_controller->isEditable(flag, entry));
    m_up->setEnabled(m_controller->isEditable(flag, entry - 1) &&
                     m_controller->isEditable(flag, entry));
    m_down->setEnabled(m_controller->isEditable(flag, entry) &&
                       m_controller->isEditable(flag, entry + 1));
    bool invalid = false;
    for (ScopeFlag f : flags::AllScopeFlags)
        for (const flags::EntryScope &e : m_controller->analysis().of(f))
            invalid |= e.problem == flags::EntryProblem::Invalid;
    m_apply->setEnabled(m_controller->isModified() && !invalid);
    m_apply->setToolTip(invalid ? tr("go would reject an entry: fix it first.")
                                : tr("Use these entries for the next build (saved in the build "
                                     "settings)."));
    m_revert->setEnabled(m_controller->isModified());
}

void FlagScopePanel::addEntry()
{
    const int entry = m_controller->addEntry(currentFlag(), QStringLiteral("all="));
    selectEntry(entry);
    m_entryView->edit(m_entries->index(entry, int(FlagEntryModel::Column::Entry)));
}

void FlagScopePanel::removeEntry()
{
    const int entry = currentEntry();
    m_controller->removeEntry(currentFlag(), entry);
    selectEntry(std::min(entry, m_entries->rowCount() - 1));
}

void FlagScopePanel::moveEntry(int delta)
{
    const int entry = currentEntry();
    if (!m_controller->isEditable(currentFlag(), entry + delta))
        return;
    m_controller->moveEntry(currentFlag(), entry, entry + delta);
    selectEntry(entry + delta);
}

void FlagScopePanel::copyCommandLine()
{
    const QString line = m_controller->commandLine();
    QApplication::clipboard()->setText(line);
    m_status->setText(tr("Copied: %1").arg(line));
}

} // namespace kiln::gui
