// Every GUI model under QAbstractItemModelTester (directly and through its
// proxy), fed from readable fixtures, plus the rows and roles they promise.
#include "guitest.h"

#include "load/modfile.h"
#include "models/directivesmodel.h"
#include "models/goenvfiltermodel.h"
#include "models/goenvmodel.h"
#include "models/packagetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kiln;
using namespace kiln::gui;

namespace
{

using Mode = QAbstractItemModelTester::FailureReportingMode;

// "relPath name goFiles testFiles" per line; "." is the module root.
QList<PackageDir> packagesFrom(const char *text)
{
    QList<PackageDir> out;
    for (const QString &line : QString::fromLatin1(text).split('\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(' ', Qt::SkipEmptyParts);
        out.append(
            {f[0] == QLatin1String(".") ? QString() : f[0], f[1], f[2].toInt(), f[3].toInt()});
    }
    return out;
}

const char packageFixture[] = R"(
. root 1 1
cmd/a main 1 0
cmd/b main 2 0
internal/deep/x x 1 2
lib lib 3 0
)";

QList<goenv::EnvVar> envFixture()
{
    return {{"GOARCH", "amd64", false},
            {"GOFLAGS", "-mod=mod", true},
            {"GOROOT", "/usr/lib/go-1.25", false},
            {"GOVERSION", "go1.25.0", false}};
}

const char goModFixture[] = R"(module example.com/m

go 1.22

require (
	example.com/a v1.0.0
	example.com/b v1.2.0 // indirect
)

replace example.com/a => ../a

exclude example.com/b v1.1.0
)";

QStringList column(const QAbstractItemModel &model, int col, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out.append(model.index(row, col, parent).data().toString());
    return out;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void packageTreeModelTester();
    void packageTreeShape();
    void packageTreeFilterKeepsAncestors();
    void goEnvModelTester();
    void goEnvChangedOnly();
    void directivesModelTester();
    void directivesRows();
};

void TestModels::packageTreeModelTester()
{
    PackageTreeModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, Mode::QtTest);
    model.setPackages(QStringLiteral("example.com/m"), packagesFrom(packageFixture));
    proxy.sort(0, Qt::DescendingOrder);
    proxy.setFilterFixedString(QStringLiteral("x"));
    proxy.setFilterFixedString(QString());
    model.setPackages(QString(), {});
    model.setPackages(QStringLiteral("example.com/m"), packagesFrom(packageFixture));
}

void TestModels::packageTreeShape()
{
    PackageTreeModel model;
    model.setPackages(QStringLiteral("example.com/m"), packagesFrom(packageFixture));
    QCOMPARE(model.columnCount(), int(PackageTreeModel::Column::Count));
    QCOMPARE(column(model, 0), QStringList({".", "cmd", "internal", "lib"}));
    QCOMPARE(model.packageCount(), 5);
    QCOMPARE(model.commandCount(), 2);

    const QModelIndex cmd = model.index(1, 0);
    QVERIFY(!cmd.data(PackageTreeModel::IsPackageRole).toBool());
    QCOMPARE(column(model, 0, cmd), QStringList({"a", "b"}));
    const QModelIndex b = model.index(1, 0, cmd);
    QVERIFY(b.data(PackageTreeModel::IsMainRole).toBool());
    QCOMPARE(b.siblingAtColumn(int(PackageTreeModel::Column::ImportPath)).data().toString(),
             QStringLiteral("example.com/m/cmd/b"));
    QCOMPARE(b.siblingAtColumn(int(PackageTreeModel::Column::GoFiles)).data().toInt(), 2);
    QCOMPARE(b.siblingAtColumn(int(PackageTreeModel::Column::Kind)).data().toString(),
             QStringLiteral("command"));
    QCOMPARE(model.parent(b), cmd);

    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.siblingAtColumn(int(PackageTreeModel::Column::ImportPath)).data().toString(),
             QStringLiteral("example.com/m"));
    QCOMPARE(root.data(PackageTreeModel::RelPathRole).toString(), QString());
    QCOMPARE(model.rowCount(root), 0);
    const QModelIndex deep = model.index(0, 0, model.index(0, 0, model.index(2, 0)));
    QCOMPARE(deep.data(PackageTreeModel::RelPathRole).toString(),
             QStringLiteral("internal/deep/x"));
}

void TestModels::packageTreeFilterKeepsAncestors()
{
    PackageTreeModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterKeyColumn(-1);
    model.setPackages(QStringLiteral("example.com/m"), packagesFrom(packageFixture));
    proxy.setFilterFixedString(QStringLiteral("deep/x"));
    QCOMPARE(column(proxy, 0), QStringList({"internal"}));
    const QModelIndex internal = proxy.index(0, 0);
    QCOMPARE(column(proxy, 0, internal), QStringList({"deep"}));
}

void TestModels::goEnvModelTester()
{
    GoEnvModel model;
    GoEnvFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, Mode::QtTest);
    model.setVariables(envFixture());
    proxy.setRows(GoEnvFilterModel::Rows::ChangedOnly);
    proxy.sort(1);
    proxy.setRows(GoEnvFilterModel::Rows::All);
    model.setVariables({});
    QCOMPARE(model.columnCount(), int(GoEnvModel::Column::Count));
}

void TestModels::goEnvChangedOnly()
{
    GoEnvModel model;
    GoEnvFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setVariables(envFixture());
    QCOMPARE(model.value(QStringLiteral("GOROOT")), QStringLiteral("/usr/lib/go-1.25"));
    QCOMPARE(model.value(QStringLiteral("NOPE")), QString());
    QCOMPARE(model.index(1, int(GoEnvModel::Column::Changed)).data().toString(),
             QStringLiteral("changed"));
    QCOMPARE(model.index(0, int(GoEnvModel::Column::Changed)).data().toString(), QString());
    proxy.setRows(GoEnvFilterModel::Rows::ChangedOnly);
    QCOMPARE(column(proxy, 0), QStringList({"GOFLAGS"}));
    proxy.setRows(GoEnvFilterModel::Rows::All);
    proxy.setFilterFixedString(QStringLiteral("go1.25"));
    QCOMPARE(column(proxy, 0), QStringList({"GOVERSION"}));
}

void TestModels::directivesModelTester()
{
    DirectivesModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, Mode::QtTest);
    const auto parse =
        load::parseModFile(QStringLiteral("go.mod"), goModFixture, load::Strictness::Strict);
    QVERIFY2(parse.ok(), qPrintable(load::describeErrors(parse)));
    model.setModFile(parse.file);
    proxy.sort(int(DirectivesModel::Column::Line), Qt::DescendingOrder);
    model.setModFile({});
}

void TestModels::directivesRows()
{
    DirectivesModel model;
    const auto parse =
        load::parseModFile(QStringLiteral("go.mod"), goModFixture, load::Strictness::Strict);
    model.setModFile(parse.file);
    QCOMPARE(model.columnCount(), int(DirectivesModel::Column::Count));
    QCOMPARE(column(model, int(DirectivesModel::Column::Directive)),
             QStringList({"require", "require", "replace", "exclude"}));
    QCOMPARE(column(model, int(DirectivesModel::Column::Module)),
             QStringList({"example.com/a", "example.com/b", "example.com/a", "example.com/b"}));
    QCOMPARE(column(model, int(DirectivesModel::Column::Note)),
             QStringList({"", "// indirect", "=> ../a", ""}));
    QVERIFY(model.index(1, 0).data(DirectivesModel::IsIndirectRole).toBool());
    QVERIFY(!model.index(0, 0).data(DirectivesModel::IsIndirectRole).toBool());
    QCOMPARE(model.index(1, int(DirectivesModel::Column::Line)).data().toInt(), 7);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
