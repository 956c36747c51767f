// The Flag Scopes dock in the real main window (offscreen) on a temp copy of
// the hello example, with a GOCACHE of the test's own: View > Flag Scopes
// loads the build; entries are added, edited inline, reordered and removed
// through the panel's actions and models, and after each step the entry
// table (matches, decides, warnings), the packages' effective flags with
// their deciding entry and the forecast count are checked against what go's
// rules give for hello. Apply writes the build settings; Copy Command Line
// quotes like `go help build`. After a real build, the forecast of one more
// entry is timed from the build's records, and the new action ID it
// predicts for the changed leaf package equals the ID the next build
// computes.
#include "buildtest.h"
#include "guitest.h"

#include "app/buildactions.h"
#include "controllers/flagscopecontroller.h"
#include "models/flagentrymodel.h"
#include "models/forecastmodel.h"
#include "models/packageflagsmodel.h"
#include "panels/flagscopepanel.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>

using namespace kiln;
using namespace kiln::gui;
using flags::ScopeFlag;

namespace
{

QAbstractItemModel *modelOf(QTableView *view)
{
    return view->model();
}

QString cell(QTableView *view, int row, int column, int role = Qt::DisplayRole)
{
    return modelOf(view)->index(row, column).data(role).toString();
}

// "package=flags@entry" of the packages shown (sorted by package).
QStringList packageRows(FlagScopePanel *panel)
{
    QStringList out;
    QAbstractItemModel *m = modelOf(panel->packageView());
    for (int r = 0; r < m->rowCount(); ++r)
        out.append(m->index(r, 0).data().toString() + u'=' + m->index(r, 1).data().toString() +
                   u'@' +
                   QString::number(m->index(r, 0).data(PackageFlagsModel::EntryRole).toInt() + 1));
    return out;
}

QString rowFor(FlagScopePanel *panel, const QString &package)
{
    for (const QString &row : packageRows(panel))
        if (row.startsWith(package + u'='))
            return row;
    return {};
}

void editEntry(FlagScopePanel *panel, int row, const QString &text)
{
    QAbstractItemModel *m = modelOf(panel->entryView());
    QVERIFY(m->setData(m->index(row, int(FlagEntryModel::Column::Entry)), text));
}

int forecastRows(FlagScopePanel *panel)
{
    return modelOf(panel->forecastView())->rowCount();
}

// The window with the dock at a readable height, saved under
// $KILN_BINARY_DIR/screenshots/ for a look.
void saveScreenshot(MainWindow &window, const QString &file)
{
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("flagScopeDock"));
    window.resizeDocks({dock}, {560}, Qt::Horizontal);
    QTest::qWait(200);
    const QString dir = test::binaryDir() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(window.grab().save(dir + QLatin1Char('/') + file));
}

// Every text of the panel a user reads: labels, buttons, placeholders, tab
// and column titles, tooltips and its actions, by object path.
QMap<QString, QString> panelTexts(FlagScopePanel *panel)
{
    QMap<QString, QString> out;
    auto add = [&](const QString &key, const QString &text) {
        if (!text.trimmed().isEmpty())
            out.insert(key, text);
    };
    int n = 0;
    for (QWidget *w : panel->findChildren<QWidget *>()) {
        if (w->property("kilnValue").toBool() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QString key =
            QStringLiteral("%1#%2").arg(QLatin1String(w->metaObject()->className())).arg(n++);
        add(key + QStringLiteral(":tip"), w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(key, l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(key, b->text());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(key, e->placeholderText());
        if (auto *t = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < t->count(); ++i)
                add(key + QString::number(i), t->tabText(i));
        if (auto *v = qobject_cast<QTableView *>(w))
            for (int c = 0; c < v->model()->columnCount(); ++c)
                add(key + QString::number(c), v->model()->headerData(c, Qt::Horizontal).toString());
    }
    for (QAction *a : panel->findChildren<QAction *>()) {
        add(a->objectName(), a->text());
        add(a->objectName() + QStringLiteral(":tip"), a->toolTip());
    }
    return out;
}

} // namespace

class TestFlagScopePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { test::isolateSettings(QStringLiteral("tst_flagscopepanel")); }
    void editEntries();
    void forecastFromRecords();
    void germanPanel();

private:
    QTemporaryDir m_cache;
    test::TempModule m_hello;
};

void TestFlagScopePanel::initTestCase()
{
    QVERIFY(m_cache.isValid());
    m_hello.copyTree(test::exampleDir(QStringLiteral("hello")));
}

void TestFlagScopePanel::editEntries()
{
    MainWindow window;
    window.resize(MainWindow::defaultSize());
    window.buildController()->setEnvironment(test::buildEnvironment(m_cache.path()));
    window.openModule(m_hello.path());
    window.show();
    QVERIFY(test::waitSettled(window));
    auto *panel = window.findChild<FlagScopePanel *>();
    QVERIFY(panel);
    FlagScopeController *controller = panel->controller();
    QVERIFY(!controller->hasBuild()); // hidden: nothing loaded yet
    auto *toggle = window.findChild<QAction *>(QStringLiteral("flagScopeAction"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::ALT | Qt::Key_6));
    toggle->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasBuild(), 60000);
    QVERIFY2(panel->statusText().contains(QLatin1String("./...")), qPrintable(panel->statusText()));
    QCOMPARE(modelOf(panel->entryView())->rowCount(), 0);
    QVERIFY(!panel->applyButton()->isEnabled());
    // No entry: every package shows, with no flags.
    QVERIFY(packageRows(panel).size() > 30);
    QCOMPARE(rowFor(panel, "fmt"), QStringLiteral("fmt=@0"));

    // Add: a new "all=" entry, edited inline to std=-N.
    panel->addEntryAction()->trigger();
    QCOMPARE(modelOf(panel->entryView())->rowCount(), 1);
    QCOMPARE(panel->currentEntry(), 0);
    editEntry(panel, 0, QStringLiteral("std=-N"));
    QCOMPARE(controller->draft().of(ScopeFlag::Gc).first().text, QStringLiteral("std=-N"));
    const int stdCount = cell(panel->entryView(), 0, int(FlagEntryModel::Column::Matches)).toInt();
    QVERIFY(stdCount > 30);
    QCOMPARE(cell(panel->entryView(), 0, int(FlagEntryModel::Column::Decides)).toInt(), stdCount);
    QCOMPARE(packageRows(panel).size(), stdCount - 1); // unsafe is not compiled
    QCOMPARE(rowFor(panel, "fmt"), QStringLiteral("fmt=-N@1"));
    QCOMPARE(rowFor(panel, "example.com/hello/greet"), QString());
    // std changes below everything: every build and the link.
    const exec::Forecast &f1 = controller->forecast();
    QCOMPARE(forecastRows(panel), f1.total());
    QCOMPARE(f1.links, 1);
    QVERIFY(f1.direct >= stdCount - 1);
    QVERIFY(panel->forecastText().contains(QString::number(f1.total())));
    QVERIFY(panel->applyButton()->isEnabled());

    // A second entry for the module's packages.
    panel->addEntryAction()->trigger();
    editEntry(panel, 1, QStringLiteral("example.com/hello/...=-l"));
    QCOMPARE(cell(panel->entryView(), 1, int(FlagEntryModel::Column::Matches)).toInt(), 6);
    QCOMPARE(rowFor(panel, "example.com/hello/greet"),
             QStringLiteral("example.com/hello/greet=-l@2"));
    panel->onlySelectedCheck()->setChecked(false);
    QCOMPARE(rowFor(panel, "fmt"), QStringLiteral("fmt=-N@1"));
    QCOMPARE(rowFor(panel, "example.com/hello/cmd/hello"),
             QStringLiteral("example.com/hello/cmd/hello=-l@2"));
    panel->onlySelectedCheck()->setChecked(true);

    // A third entry, all=-B, shadows both.
    panel->addEntryAction()->trigger();
    editEntry(panel, 2, QStringLiteral("all=-B"));
    for (int row : {0, 1}) {
        QCOMPARE(
            modelOf(panel->entryView())->index(row, 0).data(FlagEntryModel::ProblemRole).toInt(),
            int(flags::EntryProblem::Shadowed));
        QCOMPARE(cell(panel->entryView(), row, int(FlagEntryModel::Column::Decides)).toInt(), 0);
        QCOMPARE(cell(panel->entryView(), row, int(FlagEntryModel::Column::Warning)),
                 QStringLiteral("shadowed"));
        QVERIFY(cell(panel->entryView(), row, int(FlagEntryModel::Column::Warning), Qt::ToolTipRole)
                    .contains(QLatin1String("later entries decide all its packages (3)")));
    }
    panel->selectEntry(0);
    // The std packages are still listed for entry 1, decided by entry 3.
    QCOMPARE(rowFor(panel, "fmt"), QStringLiteral("fmt=-B@3"));
    QVERIFY(modelOf(panel->packageView())->index(0, 0).data(PackageFlagsModel::TakenRole).toBool());
    saveScreenshot(window, QStringLiteral("flagscope-shadowed.png"));
    const int allShadowing = controller->forecast().total();

    // Reorder: all=-B moves to the front; now the other two decide, and as
    // every package of hello is in std or the module, all=-B is shadowed.
    panel->selectEntry(2);
    QVERIFY(panel->moveUpAction()->isEnabled());
    QVERIFY(!panel->moveDownAction()->isEnabled());
    panel->moveUpAction()->trigger();
    panel->moveUpAction()->trigger();
    QCOMPARE(panel->currentEntry(), 0);
    QStringList texts;
    for (const flags::ScopeEntry &e : controller->draft().of(ScopeFlag::Gc))
        texts.append(e.text);
    QCOMPARE(texts, QStringList({"all=-B", "std=-N", "example.com/hello/...=-l"}));
    for (int row : {0, 1, 2})
        QCOMPARE(
            modelOf(panel->entryView())->index(row, 0).data(FlagEntryModel::ProblemRole).toInt(),
            int(row == 0 ? flags::EntryProblem::Shadowed : flags::EntryProblem::None));
    QCOMPARE(controller->analysis().of(ScopeFlag::Gc)[0].takenBy, QList<int>({1, 2}));
    panel->onlySelectedCheck()->setChecked(false);
    QCOMPARE(rowFor(panel, "fmt"), QStringLiteral("fmt=-N@2"));
    QCOMPARE(rowFor(panel, "example.com/hello/greet"),
             QStringLiteral("example.com/hello/greet=-l@3"));
    QCOMPARE(controller->forecast().total(), allShadowing); // every action still changes
    QCOMPARE(forecastRows(panel), allShadowing);

    // Remove the first two: only the module's packages change now.
    panel->selectEntry(0);
    panel->removeEntryAction()->trigger();
    panel->removeEntryAction()->trigger();
    QCOMPARE(modelOf(panel->entryView())->rowCount(), 1);
    QCOMPARE(rowFor(panel, "fmt"), QStringLiteral("fmt=@0"));
    const exec::Forecast &f2 = controller->forecast();
    QCOMPARE(f2.total(), 7); // six module builds and the link
    QCOMPARE(f2.direct, 6);
    QCOMPARE(forecastRows(panel), 7);

    // An entry go rejects blocks Apply.
    panel->addEntryAction()->trigger();
    editEntry(panel, 1, QStringLiteral("nopattern"));
    QCOMPARE(modelOf(panel->entryView())->index(1, 0).data(FlagEntryModel::ProblemRole).toInt(),
             int(flags::EntryProblem::Invalid));
    QVERIFY(!panel->applyButton()->isEnabled());
    panel->selectEntry(1);
    panel->removeEntryAction()->trigger();

    // Copy and Apply.
    panel->copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("go build -gcflags=example.com/hello/...=-l ./..."));
    panel->applyButton()->click();
    QCOMPARE(window.buildActions()->settings().gcflags, QStringList{"example.com/hello/...=-l"});
    QCOMPARE(BuildSettings::load().gcflags, QStringList{"example.com/hello/...=-l"});
    QVERIFY(!controller->isModified());
    QCOMPARE(controller->forecast().total(), 0);
    QVERIFY(!panel->applyButton()->isEnabled());
    QVERIFY(panel->forecastText().contains(QLatin1String("No change")));

    // Other kinds: -ldflags has its own list.
    panel->setCurrentFlag(ScopeFlag::Ld);
    QCOMPARE(modelOf(panel->entryView())->rowCount(), 0);
    panel->addEntryAction()->trigger();
    editEntry(panel, 0, QStringLiteral("-s -w"));
    QCOMPARE(rowFor(panel, "example.com/hello/cmd/hello"),
             QStringLiteral("example.com/hello/cmd/hello=-s -w@1"));
    QCOMPARE(controller->forecast().links, 1);
    QCOMPARE(controller->commandLine(),
             QStringLiteral("go build -gcflags=example.com/hello/...=-l -ldflags='-s -w' ./..."));
}

void TestFlagScopePanel::forecastFromRecords()
{
    MainWindow window;
    window.resize(MainWindow::defaultSize());
    window.buildController()->setEnvironment(test::buildEnvironment(m_cache.path()));
    window.openModule(m_hello.path());
    window.show();
    QVERIFY(test::waitSettled(window));
    auto *panel = window.findChild<FlagScopePanel *>();
    FlagScopeController *controller = panel->controller();
    window.findChild<QAction *>(QStringLiteral("flagScopeAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasBuild(), 60000);
    panel->addEntryAction()->trigger();
    editEntry(panel, 0, QStringLiteral("example.com/hello/...=-l"));
    panel->applyButton()->click();

    QSignalSpy finished(window.buildController(), &BuildController::finished);
    window.startBuild(BuildKind::Build);
    QVERIFY(finished.wait(600000));
    QVERIFY(finished.first().first().value<BuildOutcome>().ok());
    QVERIFY(controller->hasLastBuild());

    // One more entry: the leaf internal/text gets -N as well.
    panel->addEntryAction()->trigger();
    editEntry(panel, 1, QStringLiteral("./internal/text=-N -l"));
    const exec::Forecast &f = controller->forecast();
    QVERIFY(f.knownNs > 0);
    QVERIFY(panel->forecastText().contains(QLatin1String("last build")));
    saveScreenshot(window, QStringLiteral("flagscope-forecast.png"));
    QString predicted;
    for (const exec::ForecastAction &a : f.actions) {
        const graph::Action &act = controller->build()->graph.actions[a.action];
        const QString path = controller->build()->load.packages[act.package].importPath;
        if (act.mode == graph::Mode::Build &&
            path == QLatin1String("example.com/hello/internal/text")) {
            QCOMPARE(a.why, exec::Invalidation::Direct);
            QCOMPARE(a.lines.size(), 1);
            QVERIFY(a.lines[0].before.endsWith("[] [\"-l\"]"));
            QVERIFY(a.lines[0].after.endsWith("[] [\"-N\" \"-l\"]"));
            QVERIFY(a.lastNs > 0);
            predicted = a.newActionId;
        }
    }
    QVERIFY(!predicted.isEmpty());

    // Build with it: the ID the build computes is the predicted one.
    panel->applyButton()->click();
    finished.clear();
    window.startBuild(BuildKind::Build);
    QVERIFY(finished.wait(600000));
    const BuildStart &start = window.buildController()->buildStart();
    QString actual;
    for (qsizetype i = 0; i < start.actions.size(); ++i)
        if (start.actions[i].mode == graph::Mode::Build &&
            start.actions[i].package == QLatin1String("example.com/hello/internal/text"))
            actual = window.buildController()->runs()[i].record.actionID;
    QCOMPARE(actual, predicted);
}

// Every text of the panel, its dock and its View action is German under the
// German catalog (tst_translation sees only the visible dock tabs).
void TestFlagScopePanel::germanPanel()
{
    auto texts = [this](QString *action, QString *dock) {
        MainWindow window;
        window.buildController()->setEnvironment(test::buildEnvironment(m_cache.path()));
        window.openModule(m_hello.path());
        window.show();
        if (!test::waitSettled(window))
            return QMap<QString, QString>();
        auto *panel = window.findChild<FlagScopePanel *>();
        auto *show = window.findChild<QAction *>(QStringLiteral("flagScopeAction"));
        show->trigger();
        if (!QTest::qWaitFor([&] { return panel->controller()->hasBuild(); }, 60000))
            return QMap<QString, QString>();
        panel->addEntryAction()->trigger();
        editEntry(panel, 0, QStringLiteral("example.com/nope=-N"));
        *action = show->text() + u'|' + show->statusTip();
        *dock = window.findChild<QDockWidget *>(QStringLiteral("flagScopeDock"))->windowTitle();
        return panelTexts(panel);
    };
    QString englishAction, englishDock, germanAction, germanDock;
    const QMap<QString, QString> english = texts(&englishAction, &englishDock);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kiln_de.qm")));
    QCoreApplication::installTranslator(&translator);
    const QMap<QString, QString> german = texts(&germanAction, &germanDock);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(english.size() > 30);
    QCOMPARE(german.keys(), english.keys());
    QStringList same;
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        if (german.value(it.key()) == it.value())
            same.append(it.key() + QStringLiteral(" = ") + it.value());
    QVERIFY2(same.isEmpty(), qPrintable(same.join(u'\n')));
    QVERIFY(germanAction != englishAction);
    QCOMPARE(germanDock, QStringLiteral("Flag-Geltungsbereiche"));
}

QTEST_MAIN(TestFlagScopePanel)
#include "tst_flagscopepanel.moc"
