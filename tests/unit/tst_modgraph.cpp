// Unit tests of the pieces under loadModuleSet: module path escaping, Go
// version order, minimal version selection on in-memory graphs, and the
// vendor/modules.txt and go.sum readers.
#include "load/gosum.h"
#include "load/goversion.h"
#include "load/modcache.h"
#include "load/modgraph.h"
#include "load/mvs.h"
#include "load/vendormodules.h"
#include "support/tempmodule.h"

#include <QtTest>

using namespace kiln::load;

namespace
{

// "a@v1.0.0" → {a, v1.0.0}; "main" → {main, ""}.
ModuleVersion mv(const QString &s)
{
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    return at < 0 ? ModuleVersion{s, QString()} : ModuleVersion{s.left(at), s.mid(at + 1)};
}

QString str(const QList<ModuleVersion> &list)
{
    QStringList out;
    for (const ModuleVersion &m : list)
        out << moduleVersionString(m);
    return out.join(QLatin1Char(' '));
}

int cmpVersion(const QString &p, const QString &a, const QString &b)
{
    if (b.isEmpty())
        return a.isEmpty() ? 0 : -1;
    if (a.isEmpty())
        return 1;
    return gover::modCompare(p, a, b);
}

// A graph written as text, one module a line: "a@v1.0.0: b@v1.1.0 c@v1.0.0".
// Every reachable module's requirements are pushed breadth-first from main,
// as an unpruned load would.
MvsGraph loadAll(const QString &text)
{
    QHash<ModuleVersion, QList<ModuleVersion>> reqs;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString from = line.section(QLatin1Char(':'), 0, 0).trimmed();
        QList<ModuleVersion> to;
        for (const QString &r :
             line.section(QLatin1Char(':'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            to.append(mv(r));
        reqs.insert(mv(from), to);
    }
    MvsGraph g(cmpVersion, {mv(QStringLiteral("main"))});
    QList<ModuleVersion> queue{mv(QStringLiteral("main"))};
    QSet<ModuleVersion> seen{queue.first()};
    while (!queue.isEmpty()) {
        const ModuleVersion m = queue.takeFirst();
        const QList<ModuleVersion> r = reqs.value(m);
        g.require(m, r);
        for (const ModuleVersion &dep : r)
            if (!seen.contains(dep)) {
                seen.insert(dep);
                queue.append(dep);
            }
    }
    return g;
}

} // namespace

class TestModGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escape_data();
    void escape();
    void cacheDir();
    void goVersions_data();
    void goVersions();
    void fromToolchain();
    void sortModulesOrder();
    void mvs_data();
    void mvs();
    void selectedNoneAndReachable();
    void duplicateRoots();
    void findPath();
    void vendorModules();
    void vendorForWorkspace();
    void goSum();
    void goSumMalformed();
    void modulesForImportPath();
};

void TestModGraph::escape_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("want");
    QTest::newRow("lower") << "example.com/a/b"
                           << "example.com/a/b";
    QTest::newRow("upper") << "github.com/Azure/azure-sdk"
                           << "github.com/!azure/azure-sdk";
    QTest::newRow("several") << "example.com/ABc"
                             << "example.com/!a!bc";
    QTest::newRow("version") << "v1.0.0-RC1"
                             << "v1.0.0-!r!c1";
}

void TestModGraph::escape()
{
    QFETCH(QString, in);
    QFETCH(QString, want);
    QCOMPARE(escapeModulePath(in), want);
    QCOMPARE(escapeModuleVersion(in), want);
}

void TestModGraph::cacheDir()
{
    QCOMPARE(moduleCacheDir(QStringLiteral("/c"), QStringLiteral("example.com/Upper"),
                            QStringLiteral("v1.0.0-RC1")),
             QStringLiteral("/c/example.com/!upper@v1.0.0-!r!c1"));
    const ModuleCache cache(QStringLiteral("/c"));
    QCOMPARE(cache.cacheFile(QStringLiteral("example.com/Upper"), QStringLiteral("v1.2.0"),
                             QStringLiteral("mod")),
             QStringLiteral("/c/cache/download/example.com/!upper/@v/v1.2.0.mod"));
    QCOMPARE(cache.goMod(QStringLiteral("example.com/x"), QStringLiteral("v1.0.0")).error().message,
             QStringLiteral("module lookup disabled by GOPROXY=off"));
}

void TestModGraph::goVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("want");
    QTest::newRow("minor") << "1.20"
                           << "1.21" << -1;
    QTest::newRow("numeric, not string") << "1.9"
                                         << "1.10" << -1;
    QTest::newRow("old missing patch is .0") << "1.20"
                                             << "1.20.0" << 0;
    QTest::newRow("language version below rc") << "1.21"
                                               << "1.21rc1" << -1;
    QTest::newRow("rc below release") << "1.21rc2"
                                      << "1.21.0" << -1;
    QTest::newRow("beta below rc") << "1.22beta1"
                                   << "1.22rc1" << -1;
    QTest::newRow("patch") << "1.25.12"
                           << "1.25.9" << 1;
    QTest::newRow("major only") << "1"
                                << "1.0.0" << 0;
    QTest::newRow("invalid lowest") << "x"
                                    << "1.0" << -1;
    QTest::newRow("invalid equal") << "x"
                                   << "" << 0;
    QTest::newRow("leading zero invalid") << "1.021"
                                          << "1.2" << -1;
}

void TestModGraph::goVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, want);
    QCOMPARE(gover::compare(a, b), want);
    QCOMPARE(gover::compare(b, a), -want);
}

void TestModGraph::fromToolchain()
{
    QCOMPARE(gover::fromToolchain(QStringLiteral("go1.22.3")), QStringLiteral("1.22.3"));
    QCOMPARE(gover::fromToolchain(QStringLiteral("go1.22.3-bigcorp")), QStringLiteral("1.22.3"));
    QCOMPARE(gover::fromToolchain(QStringLiteral("1.22.3")), QString());
    QCOMPARE(gover::fromToolchain(QStringLiteral("go1.22/x")), QString());
    QVERIFY(gover::modCompare(QStringLiteral("toolchain"), QStringLiteral("go1.21.0"),
                              QStringLiteral("go1.9")) > 0);
    QVERIFY(gover::modCompare(QStringLiteral("go"), QStringLiteral("1.21"), QStringLiteral("1.9")) >
            0);
    QVERIFY(gover::modCompare(QStringLiteral("example.com/m"), QStringLiteral("v1.10.0"),
                              QStringLiteral("v1.9.0")) > 0);
}

void TestModGraph::sortModulesOrder()
{
    QList<ModuleVersion> list = {mv(QStringLiteral("go@1.21")),
                                 mv(QStringLiteral("example.com/b@v1.10.0")),
                                 mv(QStringLiteral("go@1.9")),
                                 mv(QStringLiteral("example.com/b@v1.9.0/go.mod")),
                                 mv(QStringLiteral("example.com/b@v1.9.0")),
                                 mv(QStringLiteral("example.com/a@v2.0.0"))};
    sortModules(list);
    QCOMPARE(str(list), QStringLiteral("example.com/a@v2.0.0 example.com/b@v1.9.0 "
                                       "example.com/b@v1.9.0/go.mod example.com/b@v1.10.0 go@1.9 "
                                       "go@1.21"));
}

void TestModGraph::mvs_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("buildList");
    QTest::newRow("no deps") << "main:"
                             << "main";
    QTest::newRow("max wins") << "main: a@v1.0.0 b@v1.0.0\n"
                                 "a@v1.0.0: c@v1.1.0\n"
                                 "b@v1.0.0: c@v1.2.0\n"
                              << "main a@v1.0.0 b@v1.0.0 c@v1.2.0";
    // Russ Cox's "Minimal Version Selection", figure 1: the requirements of
    // versions that end up unselected (D 1.3) still count.
    QTest::newRow("rsc figure 1") << "main: b@v1.2.0 c@v1.2.0\n"
                                     "b@v1.2.0: d@v1.3.0\n"
                                     "c@v1.2.0: d@v1.4.0\n"
                                     "d@v1.3.0: e@v1.2.0\n"
                                     "d@v1.4.0: e@v1.1.0\n"
                                  << "main b@v1.2.0 c@v1.2.0 d@v1.4.0 e@v1.2.0";
    QTest::newRow("semver, not string order") << "main: a@v1.9.0 b@v1.0.0\n"
                                                 "b@v1.0.0: a@v1.10.0\n"
                                              << "main a@v1.10.0 b@v1.0.0";
    QTest::newRow("prerelease below release") << "main: a@v1.0.0-rc.1 b@v1.0.0\n"
                                                 "b@v1.0.0: a@v1.0.0\n"
                                              << "main a@v1.0.0 b@v1.0.0";
    QTest::newRow("cycle") << "main: a@v1.0.0\n"
                              "a@v1.0.0: b@v1.0.0\n"
                              "b@v1.0.0: a@v1.1.0\n"
                              "a@v1.1.0: b@v1.0.0\n"
                           << "main a@v1.1.0 b@v1.0.0";
    QTest::newRow("main module wins over its versions") << "main: a@v1.0.0\n"
                                                           "a@v1.0.0: main@v2.0.0\n"
                                                        << "main a@v1.0.0";
    QTest::newRow("go pseudo-module sorts by Go version") << "main: a@v1.0.0 go@1.21\n"
                                                             "a@v1.0.0: go@1.9\n"
                                                          << "main a@v1.0.0 go@1.21";
    QTest::newRow("rest sorted by path") << "main: z@v1.0.0\n"
                                            "z@v1.0.0: m@v1.0.0 b@v1.0.0\n"
                                         << "main b@v1.0.0 m@v1.0.0 z@v1.0.0";
}

void TestModGraph::mvs()
{
    QFETCH(QString, graph);
    QFETCH(QString, buildList);
    QCOMPARE(str(loadAll(graph).buildList()), buildList);
}

void TestModGraph::selectedNoneAndReachable()
{
    MvsGraph g(cmpVersion, {mv(QStringLiteral("main"))});
    g.require(mv(QStringLiteral("main")), {mv(QStringLiteral("a@v1.0.0"))});
    QCOMPARE(g.selected(QStringLiteral("a")), QStringLiteral("v1.0.0"));
    QCOMPARE(g.selected(QStringLiteral("b")), QStringLiteral("none"));
    QVERIFY(g.isReachable(mv(QStringLiteral("a@v1.0.0"))));
    QVERIFY(!g.requiredBy(mv(QStringLiteral("a@v1.0.0"))).has_value()); // pruned out
    QCOMPARE(g.requiredBy(mv(QStringLiteral("main")))->size(), 1);
}

void TestModGraph::duplicateRoots()
{
    // A workspace-style graph whose roots repeat a path: only the selected
    // version of each root path is listed, once, in root order.
    MvsGraph g(cmpVersion, {mv(QStringLiteral("x@v1.0.0")), mv(QStringLiteral("x@v1.2.0")),
                            mv(QStringLiteral("m"))});
    g.require(mv(QStringLiteral("m")), {mv(QStringLiteral("a@v1.0.0"))});
    QCOMPARE(str(g.buildList()), QStringLiteral("x@v1.2.0 m a@v1.0.0"));
}

void TestModGraph::findPath()
{
    MvsGraph g = loadAll(QStringLiteral("main: a@v1.0.0 b@v1.0.0\n"
                                        "a@v1.0.0: c@v1.0.0\n"
                                        "b@v1.0.0: d@v1.0.0\n"
                                        "c@v1.0.0: d@v1.0.0\n"));
    const auto path = g.findPath([](const ModuleVersion &m) { return m.path == "d"; });
    QCOMPARE(str(path), QStringLiteral("main b@v1.0.0 d@v1.0.0")); // shortest, breadth-first
    QVERIFY(g.findPath([](const ModuleVersion &m) { return m.path == "zz"; }).isEmpty());
}

void TestModGraph::vendorModules()
{
    const QByteArray text = "# example.com/a v1.0.0 => ./local/a\n"
                            "## explicit; go 1.21\n"
                            "example.com/a\n"
                            "example.com/a/sub\n"
                            "# example.com/b v1.0.0 => example.com/forkb v1.0.0\n"
                            "## explicit\n"
                            "## go 1.18\n"
                            "example.com/b\n"
                            "# example.com/c v1.1.0\n"
                            "example.com/c\n"
                            "# example.com/d v1.0.0\n"
                            "## explicit; go 1.99\n"
                            "# junk\n"
                            "example.com/d\n"
                            "# example.com/a => ./local/a\n";
    const VendorModules v = parseVendorModules(text, QStringLiteral("1.25.12"));
    QCOMPARE(str(v.list),
             QStringLiteral("example.com/a@v1.0.0 example.com/b@v1.0.0 example.com/c@v1.1.0 "
                            "example.com/d@v1.0.0"));
    QCOMPARE(str(v.replaced),
             QStringLiteral("example.com/a@v1.0.0 example.com/b@v1.0.0 example.com/a"));
    const VendorMeta b = v.meta.value(mv(QStringLiteral("example.com/b@v1.0.0")));
    QVERIFY(b.isExplicit);
    QCOMPARE(b.goVersion, QStringLiteral("1.18"));
    QCOMPARE(moduleVersionString(b.replacement), QStringLiteral("example.com/forkb@v1.0.0"));
    QVERIFY(!v.meta.value(mv(QStringLiteral("example.com/c@v1.1.0"))).isExplicit);
    QCOMPARE(v.meta.value(mv(QStringLiteral("example.com/a"))).replacement.path,
             QStringLiteral("./local/a"));
    // "# junk" has too few fields: the package after it stays with d.
    QCOMPARE(moduleVersionString(v.packageModule.value(QStringLiteral("example.com/d"))),
             QStringLiteral("example.com/d@v1.0.0"));
    QVERIFY(v.tooNew.has_value());
    QCOMPARE(v.tooNew->first, QStringLiteral("example.com/d"));
    QVERIFY(!modulesTextIsForWorkspace(text));
}

void TestModGraph::vendorForWorkspace()
{
    QVERIFY(modulesTextIsForWorkspace("## workspace\n# example.com/a v1.0.0\n"));
    QVERIFY(modulesTextIsForWorkspace("## foo; workspace\n"));
    QVERIFY(!modulesTextIsForWorkspace("# example.com/a v1.0.0\n## workspace\n"));
}

void TestModGraph::goSum()
{
    kiln::test::TempModule m(
        {{QStringLiteral("go.sum"),
          "example.com/a v1.0.0 h1:abc=\n"
          "example.com/a v1.0.0/go.mod h1:def=\n\n"
          "example.com/b v1.0.0/go.mod h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=\n"
          "example.com/c v1.0.0 h2:future=\n"}});
    const auto sum = GoSum::read(
        {m.filePath(QStringLiteral("go.sum")), m.filePath(QStringLiteral("missing.sum"))});
    QVERIFY(sum.has_value());
    QVERIFY(sum->has(QStringLiteral("example.com/a"), QStringLiteral("v1.0.0")));
    QVERIFY(sum->has(QStringLiteral("example.com/a"), QStringLiteral("v1.0.0/go.mod")));
    QVERIFY(!sum->has(QStringLiteral("example.com/b"), QStringLiteral("v1.0.0/go.mod")));
    QVERIFY(!sum->has(QStringLiteral("example.com/c"), QStringLiteral("v1.0.0")));
}

void TestModGraph::goSumMalformed()
{
    kiln::test::TempModule m({{QStringLiteral("go.sum"), "example.com/a v1.0.0\n"}});
    const QString file = m.filePath(QStringLiteral("go.sum"));
    const auto sum = GoSum::read({file});
    QVERIFY(!sum.has_value());
    QCOMPARE(sum.error().message,
             QStringLiteral("malformed go.sum:\n%1:1: wrong number of fields 2\n").arg(file));
}

void TestModGraph::modulesForImportPath()
{
    ModuleSet set;
    for (const char *p : {"example.com/a", "example.com/a/b", "example.com/ab", "go"}) {
        ModuleInfo m;
        m.path = QString::fromLatin1(p);
        set.buildList.append(m);
    }
    QStringList got;
    for (const ModuleInfo *m : set.modulesForImportPath(QStringLiteral("example.com/a/b/c")))
        got << m->path;
    QCOMPARE(got,
             QStringList({QStringLiteral("example.com/a/b"), QStringLiteral("example.com/a")}));
    QCOMPARE(set.modulesForImportPath(QStringLiteral("example.com/ab")).size(), 1);
    QVERIFY(set.modulesForImportPath(QStringLiteral("example.com/abc")).isEmpty());
}

QTEST_GUILESS_MAIN(TestModGraph)
#include "tst_modgraph.moc"
