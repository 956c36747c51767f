// The German UI: the embedded catalog loads, the language is chosen from
// LANGUAGE / LC_ALL / LC_MESSAGES / LANG, every visible string of the main
// window (widgets, actions, menus, column headers, tooltips) differs from
// its English original, and translations/kiln_de.ts has nothing unfinished.
#include "guitest.h"

#include "app/translations.h"
#include "models/packagetreemodel.h"
#include "panels/packagepanel.h"
#include "support/testpaths.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabBar>
#include <QTranslator>

using namespace kiln;
using namespace kiln::gui;

namespace
{

using Texts = QMap<QString, QString>; // object path + what -> text

// Words that are the same in German (names, file names, go's own terms).
bool allowed(QString text)
{
    static const QStringList allow = {"GOROOT", "go.mod", "Kiln", "Version", "Variable"};
    text.remove(QLatin1Char('&'));
    text.remove(QRegularExpression(QStringLiteral("[:…]$")));
    return allow.contains(text.trimmed());
}

bool skipped(const QObject *o)
{
    const QString name = o->objectName();
    // Qt's own helpers (dock title buttons, the menu bar's extension button,
    // line edit actions) are Qt's to translate; values (paths, versions) are
    // data.
    return name.startsWith(QLatin1String("qt_dockwidget_")) ||
           name.startsWith(QLatin1String("qt_menubar_ext")) ||
           name.startsWith(QLatin1String("_q_")) || o->property("kilnValue").toBool();
}

QString pathOf(const QObject *o, const QObject *root)
{
    QStringList parts;
    for (; o && o != root; o = o->parent()) {
        QString part = o->objectName();
        if (part.isEmpty()) {
            int index = 0;
            if (o->parent()) {
                for (const QObject *sibling : o->parent()->children()) {
                    if (sibling == o)
                        break;
                    if (sibling->metaObject() == o->metaObject())
                        ++index;
                }
            }
            part =
                QStringLiteral("%1#%2").arg(QLatin1String(o->metaObject()->className())).arg(index);
        }
        parts.prepend(part);
    }
    return parts.join(QLatin1Char('/'));
}

void add(Texts &out, const QString &key, const QString &text)
{
    if (!text.trimmed().isEmpty())
        out.insert(key, text);
}

void collectWidget(QWidget *w, const QString &key, Texts &out)
{
    add(out, key + QStringLiteral(":toolTip"), w->toolTip());
    if (auto *label = qobject_cast<QLabel *>(w))
        add(out, key + QStringLiteral(":text"), label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        add(out, key + QStringLiteral(":text"), button->text());
    if (auto *box = qobject_cast<QGroupBox *>(w))
        add(out, key + QStringLiteral(":title"), box->title());
    if (auto *dock = qobject_cast<QDockWidget *>(w))
        add(out, key + QStringLiteral(":title"), dock->windowTitle());
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        add(out, key + QStringLiteral(":placeholder"), edit->placeholderText());
    if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            add(out, key + QStringLiteral(":tab%1").arg(i), tabs->tabText(i));
    }
    auto *view = qobject_cast<QAbstractItemView *>(w);
    if (view && view->model() && !qobject_cast<QHeaderView *>(w)) {
        for (int s = 0; s < view->model()->columnCount(); ++s) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                add(out, key + QStringLiteral(":header%1/%2").arg(s).arg(role),
                    view->model()->headerData(s, Qt::Horizontal, role).toString());
            }
        }
    }
}

// Everything a user can read in window: visible widgets, all menus and
// actions (menus are hidden until opened).
Texts collect(MainWindow &window)
{
    Texts out;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (skipped(w))
            continue;
        const bool menu = qobject_cast<QMenu *>(w) != nullptr;
        if (!menu && !w->isVisibleTo(&window))
            continue;
        collectWidget(w, pathOf(w, &window), out);
    }
    for (QAction *a : window.findChildren<QAction *>()) {
        if (skipped(a) || a->isSeparator())
            continue;
        const QString key = pathOf(a, &window);
        add(out, key + QStringLiteral(":text"), a->text());
        add(out, key + QStringLiteral(":statusTip"), a->statusTip());
    }
    // Model cells in UI words (the rest of the cells are data).
    const QAbstractItemModel *packages = window.packagePanel()->model();
    const auto walk = [&](const auto &self, const QModelIndex &parent) -> void {
        for (int row = 0; row < packages->rowCount(parent); ++row) {
            const QModelIndex index = packages->index(row, 0, parent);
            add(out,
                QStringLiteral("packages/%1:kind")
                    .arg(index.data(PackageTreeModel::RelPathRole).toString()),
                index.siblingAtColumn(int(PackageTreeModel::Column::Kind)).data().toString());
            self(self, index);
        }
    };
    walk(walk, QModelIndex());
    return out;
}

Texts openHelloAndCollect()
{
    MainWindow window;
    window.resize(MainWindow::defaultSize());
    window.openModule(test::exampleDir(QStringLiteral("hello")));
    window.show();
    if (!test::waitSettled(window))
        return {};
    return collect(window);
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_translation")); }
    void preferredLanguages_data();
    void preferredLanguages();
    void catalogFor_data();
    void catalogFor();
    void catalogLoads();
    void germanWindowIsTranslated();
    void tsFileIsComplete();
};

void TestTranslation::preferredLanguages_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("languages");
    QTest::newRow("nothing") << QStringList() << QStringList();
    QTest::newRow("LANGUAGE") << QStringList({"LANGUAGE=de"}) << QStringList({"de"});
    QTest::newRow("LANGUAGE list")
        << QStringList({"LANGUAGE=de_AT:fr"}) << QStringList({"de_AT", "fr"});
    QTest::newRow("LANGUAGE under C")
        << QStringList({"LANGUAGE=de", "LC_ALL=C"}) << QStringList({"de", "C"});
    QTest::newRow("LANG") << QStringList({"LANG=de_DE.UTF-8"}) << QStringList({"de_DE"});
    QTest::newRow("LC_ALL wins") << QStringList({"LC_ALL=en_GB.UTF-8", "LANG=de_DE.UTF-8"})
                                 << QStringList({"en_GB"});
    QTest::newRow("LC_MESSAGES") << QStringList({"LC_MESSAGES=de_CH@x", "LANG=fr_FR"})
                                 << QStringList({"de_CH"});
}

void TestTranslation::preferredLanguages()
{
    QFETCH(QStringList, env);
    QFETCH(QStringList, languages);
    QProcessEnvironment e;
    for (const QString &kv : env)
        e.insert(kv.section('=', 0, 0), kv.section('=', 1));
    QCOMPARE(gui::preferredLanguages(e), languages);
}

void TestTranslation::catalogFor_data()
{
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QString>("catalog");
    QTest::newRow("de") << QStringList({"de"}) << ":/i18n/kiln_de.qm";
    QTest::newRow("de_AT") << QStringList({"de_AT"}) << ":/i18n/kiln_de.qm";
    QTest::newRow("fr then de") << QStringList({"fr", "de_DE"}) << ":/i18n/kiln_de.qm";
    QTest::newRow("English first") << QStringList({"en_US", "de"}) << "";
    QTest::newRow("C") << QStringList({"C"}) << "";
    QTest::newRow("unknown") << QStringList({"fr"}) << "";
}

void TestTranslation::catalogFor()
{
    QFETCH(QStringList, languages);
    QFETCH(QString, catalog);
    QCOMPARE(gui::catalogFor(languages), catalog);
}

void TestTranslation::catalogLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kiln_de.qm")));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.translate("kiln::gui::MainWindow", "&File"), QStringLiteral("&Datei"));
}

void TestTranslation::germanWindowIsTranslated()
{
    const Texts english = openHelloAndCollect();
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kiln_de.qm")));
    QCoreApplication::installTranslator(&translator);
    const Texts german = openHelloAndCollect();
    QCoreApplication::removeTranslator(&translator);

    QStringList untranslated;
    int compared = 0;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (!german.contains(it.key()) || allowed(it.value()))
            continue;
        ++compared;
        if (german.value(it.key()) == it.value())
            untranslated.append(it.key() + QStringLiteral(" = ") + it.value());
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join('\n')));
    QVERIFY2(compared > 40, qPrintable(QString::number(compared)));
    QVERIFY2(german.size() >= english.size() - 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(german.size()).arg(english.size())));
}

void TestTranslation::tsFileIsComplete()
{
    QFile ts(test::sourceDir() + QStringLiteral("/translations/kiln_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    QVERIFY(text.contains("<message"));
    QVERIFY2(!text.contains("type=\"unfinished\""), "kiln_de.ts has unfinished translations");
    QVERIFY2(!text.contains("type=\"vanished\""), "kiln_de.ts has vanished entries");
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
