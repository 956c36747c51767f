#include "panels/inspectorpanel.h"

#include "controllers/actionselection.h"
#include "models/actionstyle.h"
#include "panels/rebuildreasonview.h"
#include "panels/valuefield.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{

ValueField *addRow(QFormLayout *form, const QString &label, const char *objectName)
{
    auto *field = new ValueField;
    field->setObjectName(QString::fromLatin1(objectName));
    form->addRow(label, field);
    return field;
}

QPlainTextEdit *makeText(const char *objectName, const QString &placeholder)
{
    auto *text = new QPlainTextEdit;
    text->setObjectName(QString::fromLatin1(objectName));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlaceholderText(placeholder);
    return text;
}

QListWidget *makeLinks(const char *objectName)
{
    auto *list = new QListWidget;
    list->setObjectName(QString::fromLatin1(objectName));
    list->setUniformItemSizes(true);
    return list;
}

} // namespace

InspectorPanel::InspectorPanel(ActionSelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_title(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_commands(makeText("commandsText", tr("No tool ran for this action."))),
      m_preimage(makeText("preimageText", tr("This action has no action ID."))),
      m_rebuild(new RebuildReasonView), m_deps(makeLinks("dependencyList")),
      m_users(makeLinks("dependentList")), m_copy(new QToolButton(this))
{
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_mode = addRow(form, tr("Mode:"), "modeValue");
    m_package = addRow(form, tr("Package:"), "packageValue");
    m_status = addRow(form, tr("State:"), "statusValue");
    m_cache = addRow(form, tr("Cache:"), "cacheValue");
    m_objdir = addRow(form, tr("Objdir:"), "objdirValue");
    m_target = addRow(form, tr("Target:"), "targetValue");
    m_built = addRow(form, tr("Output file:"), "builtValue");
    m_actionId = addRow(form, tr("Action ID:"), "actionIdValue");
    m_buildId = addRow(form, tr("Build ID:"), "buildIdValue");
    m_worker = addRow(form, tr("Worker:"), "workerValue");
    m_times = addRow(form, tr("Times:"), "timesValue");
    m_toolTime = addRow(form, tr("Tool time:"), "toolTimeValue");

    for (ValueField *f : {m_actionId, m_buildId})
        f->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *links = new QSplitter(Qt::Horizontal);
    links->setObjectName(QStringLiteral("linksSplitter"));
    auto *depsBox = new QWidget;
    auto *depsLayout = new QVBoxLayout(depsBox);
    depsLayout->setContentsMargins(0, 0, 0, 0);
    depsLayout->addWidget(new QLabel(tr("Depends on:")));
    depsLayout->addWidget(m_deps);
    auto *usersBox = new QWidget;
    auto *usersLayout = new QVBoxLayout(usersBox);
    usersLayout->setContentsMargins(0, 0, 0, 0);
    usersLayout->addWidget(new QLabel(tr("Used by:")));
    usersLayout->addWidget(m_users);
    links->addWidget(depsBox);
    links->addWidget(usersBox);

    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_commands, tr("Commands"));
    m_tabs->addTab(m_preimage, tr("Cache Key Inputs"));
    m_tabs->addTab(links, tr("Dependencies"));
    m_tabs->setTabToolTip(0, tr("The tool command lines the action ran, as go -x would show "
                                "them with absolute paths."));
    m_tabs->setTabToolTip(1, tr("Every line hashed into the action ID (go's "
                                "GODEBUG=gocachehash=1 text, without the version salt)."));
    m_tabs->setTabToolTip(2, tr("Double-click an action to inspect it."));
    m_tabs->addTab(m_rebuild, tr("Why Rebuilt"));
    m_tabs->setTabToolTip(3, tr("Why the action ran or hit the cache, and its cache key inputs "
                                "against the previous build of the module (Kiln's build "
                                "history)."));
    m_copy->setObjectName(QStringLiteral("inspectorCopy"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the commands or the cache key inputs shown below."));
    m_copy->setAutoRaise(true);
    m_tabs->setCornerWidget(m_copy, Qt::TopRightCorner);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        const QString text = m_tabs->currentIndex() == 0   ? m_commands->toPlainText()
                             : m_tabs->currentIndex() == 1 ? m_preimage->toPlainText()
                             : m_tabs->currentIndex() == 3 ? m_rebuild->toPlainText()
                                                           : QString();
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });

    for (QListWidget *list : {m_deps, m_users})
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            m_selection->select(item->data(Qt::UserRole).toInt());
        });
    connect(m_selection, &ActionSelection::changed, this, &InspectorPanel::showAction);

    // The fields scroll when the dock is short; the tabs take what is left.
    auto *fields = new QWidget;
    fields->setObjectName(QStringLiteral("inspectorFields"));
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_title);
    fieldsLayout->addLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("inspectorScroll"));
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("inspectorSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(scroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    m_tabs->setMinimumHeight(120);
    scroll->setMinimumHeight(120);
    split->setSizes({fields->sizeHint().height(), 300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    showAction(-1);
}

void InspectorPanel::setBuild(const BuildStart &start)
{
    m_start = start;
    m_runs = QList<ActionRun>(start.actions.size());
    m_dependents = QList<QList<int>>(start.actions.size());
    for (qsizetype a = 0; a < start.actions.size(); ++a)
        for (int d : start.actions[a].deps)
            m_dependents[d].append(int(a));
    m_reasons.clear();
    m_reasonNote.clear();
    showAction(-1);
}

void InspectorPanel::setRebuildReasons(
    const QList<std::optional<explain::ActionExplanation>> &reasons, const QString &note)
{
    m_reasons = reasons;
    m_reasonNote = note;
    refresh();
}

void InspectorPanel::updateActions(const QList<ActionUpdate> &updates)
{
    bool shown = false;
    for (const ActionUpdate &u : updates) {
        if (u.action < 0 || u.action >= m_runs.size())
            continue;
        m_runs[u.action] = u.run;
        shown |= u.action == m_action;
    }
    if (shown)
        refresh();
}

void InspectorPanel::showAction(int action)
{
    m_action = action >= 0 && action < m_start.actions.size() ? action : -1;
    refresh();
}

QString InspectorPanel::describe(int action) const
{
    const ActionInfo &info = m_start.actions[action];
    return info.packageDesc().isEmpty()
               ? ActionStyle::modeText(info.mode)
               : ActionStyle::modeText(info.mode) + QLatin1Char(' ') + info.packageDesc();
}

QString InspectorPanel::timesText(const ActionRun &run) const
{
    const auto at = [this](qint64 ns) {
        return ns > 0 ? QStringLiteral("+") + ActionStyle::duration(ns - m_start.startNs)
                      : QStringLiteral("–");
    };
    return tr("ready %1, start %2, done %3")
        .arg(at(run.readyNs), at(run.startNs), at(run.finished() ? run.doneNs : 0));
}

// A test run's binary is not a tool command (go's action graph has no Cmd
// for it): its time is the action's own, from start to done.
QString InspectorPanel::toolTimeText(const ActionInfo &info, const ActionRun &run) const
{
    const graph::ActionRecord &rec = run.record;
    if (!rec.cmds.isEmpty())
        return ActionStyle::duration(rec.cmdReal);
    if (info.mode == graph::Mode::TestRun && run.finished() && !rec.cacheHit && run.startNs > 0)
        return tr("%1 (the test binary)").arg(ActionStyle::duration(run.doneNs - run.startNs));
    return {};
}

void InspectorPanel::refresh()
{
    const bool none = m_action < 0;
    for (ValueField *f : {m_mode, m_package, m_status, m_cache, m_objdir, m_target, m_built,
                          m_actionId, m_buildId, m_worker, m_times, m_toolTime})
        f->setValue(QString());
    m_commands->clear();
    m_preimage->clear();
    m_deps->clear();
    m_users->clear();
    m_rebuild->setExplanation(none ? std::nullopt : m_reasons.value(m_action), m_reasonNote);
    if (none) {
        m_title->setText(
            tr("Select an action in the Actions, Graph or Timeline view to inspect it."));
        return;
    }
    const ActionInfo &info = m_start.actions[m_action];
    const ActionRun &run = m_runs[m_action];
    const graph::ActionRecord &rec = run.record;
    m_title->setText(describe(m_action));
    m_mode->setValue(ActionStyle::modeText(info.mode));
    m_mode->setToolTip(ActionStyle::modeToolTip(info.mode));
    m_package->setValue(info.packageDesc(), tr("none"));
    m_status->setValue(ActionStyle::statusText(run.status));
    m_status->setToolTip(ActionStyle::statusToolTip(run.status));
    m_objdir->setValue(info.objdir, tr("none"));
    m_target->setValue(info.target, tr("none"));
    m_built->setValue(rec.built, tr("none"));
    m_actionId->setValue(rec.actionID, run.finished() ? tr("none") : tr("not computed yet"));
    m_buildId->setValue(rec.buildID, tr("none"));
    m_worker->setValue(run.worker >= 0 ? QString::number(run.worker + 1) : QString(),
                       tr("not run on a worker"));
    m_times->setValue(timesText(run));
    m_times->setToolTip(m_times->text() + QLatin1Char('\n') +
                        tr("When the action became ready, started and was done, counted from "
                           "the start of the build."));
    m_toolTime->setValue(toolTimeText(info, run), tr("no tool ran"));

    QString cache;
    if (!run.finished())
        cache = QString();
    else if (rec.cacheHit)
        cache = tr("hit: no tool ran");
    else if (!rec.cmds.isEmpty())
        cache = rec.failed ? tr("miss: the tools ran and failed") : tr("miss: the tools ran");
    else if (rec.actionID.isEmpty())
        cache = tr("not cached: nothing to cache");
    else
        cache = tr("miss: nothing ran");
    m_cache->setValue(cache, tr("not decided yet"));

    m_commands->setPlainText(rec.cmds.join(QLatin1Char('\n')));
    QByteArray preimage;
    for (const QByteArray &line : rec.preimage) {
        preimage += line;
        if (!line.endsWith('\n'))
            preimage += '\n';
    }
    m_preimage->setPlainText(QString::fromUtf8(preimage));
    fillLinks(m_deps, info.deps);
    fillLinks(m_users, m_dependents.value(m_action));
}

void InspectorPanel::fillLinks(QListWidget *list, const QList<int> &actions)
{
    for (int a : actions) {
        auto *item = new QListWidgetItem(ActionStyle::statusIcon(m_runs[a].status), describe(a));
        item->setData(Qt::UserRole, a);
        item->setToolTip(ActionStyle::statusText(m_runs[a].status));
        list->addItem(item);
    }
}

QString InspectorPanel::fieldText(const QString &objectName) const
{
    const auto *field = findChild<ValueField *>(objectName);
    return field ? field->text() : QString();
}

QString InspectorPanel::commandsText() const
{
    return m_commands->toPlainText();
}

QString InspectorPanel::preimageText() const
{
    return m_preimage->toPlainText();
}

QString InspectorPanel::rebuildText() const
{
    return m_rebuild->toPlainText();
}

} // namespace kiln::gui
