// Unit tests of core/load's semver helpers and go.mod parser robustness.
#include "load/modfile.h"
#include "load/semver.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace kiln::load;

class TestModFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonical_data();
    void canonical();
    void compare_data();
    void compare();
    void splitPath_data();
    void splitPath();
    void laxIgnoresMainOnlyDirectives();
    void positionsKept();
    void binaryInputNeverCrashes();
};

void TestModFile::canonical_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("want");
    QTest::newRow("full") << "v1.2.3"
                          << "v1.2.3";
    QTest::newRow("shorthand") << "v1.2"
                               << "v1.2.0";
    QTest::newRow("major only") << "v1"
                                << "v1.0.0";
    QTest::newRow("prerelease") << "v1.2.3-pre.1"
                                << "v1.2.3-pre.1";
    QTest::newRow("build dropped") << "v1.2.3+meta"
                                   << "v1.2.3";
    QTest::newRow("incompatible kept") << "v2.0.0+incompatible"
                                       << "v2.0.0+incompatible";
    QTest::newRow("leading zero") << "v01.2.3"
                                  << "";
    QTest::newRow("no v") << "1.2.3"
                          << "";
    QTest::newRow("shorthand prerelease") << "v1.2-pre"
                                          << "";
    QTest::newRow("numeric prerelease leading zero") << "v1.2.3-01"
                                                     << "";
    QTest::newRow("pseudo") << "v0.0.0-20200101000000-abcdefabcdef"
                            << "v0.0.0-20200101000000-abcdefabcdef";
}

void TestModFile::canonical()
{
    QFETCH(QString, in);
    QFETCH(QString, want);
    QCOMPARE(canonicalModuleVersion(in), want);
}

void TestModFile::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("want");
    QTest::newRow("patch") << "v1.2.3"
                           << "v1.2.10" << -1;
    QTest::newRow("prerelease before release") << "v1.0.0-rc.1"
                                               << "v1.0.0" << -1;
    QTest::newRow("numeric ids") << "v1.0.0-alpha.2"
                                 << "v1.0.0-alpha.10" << -1;
    QTest::newRow("numeric before alpha") << "v1.0.0-1"
                                          << "v1.0.0-a" << -1;
    QTest::newRow("invalid first") << "bad"
                                   << "v0.0.1" << -1;
    QTest::newRow("equal shorthand") << "v1.2"
                                     << "v1.2.0" << 0;
}

void TestModFile::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, want);
    QCOMPARE(compareSemver(a, b), want);
    QCOMPARE(compareSemver(b, a), -want);
}

void TestModFile::splitPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("major");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "example.com/m"
                           << "example.com/m"
                           << "" << true;
    QTest::newRow("v2") << "example.com/m/v2"
                        << "example.com/m"
                        << "/v2" << true;
    QTest::newRow("v1 invalid") << "example.com/m/v1"
                                << "example.com/m/v1"
                                << "" << false;
    QTest::newRow("v2.1 invalid") << "example.com/m/v2.1"
                                  << "example.com/m/v2.1"
                                  << "" << false;
    QTest::newRow("gopkg.in") << "gopkg.in/yaml.v3"
                              << "gopkg.in/yaml"
                              << ".v3" << true;
    QTest::newRow("gopkg.in unstable") << "gopkg.in/x.v2-unstable"
                                       << "gopkg.in/x"
                                       << ".v2-unstable" << true;
}

void TestModFile::splitPath()
{
    QFETCH(QString, path);
    QFETCH(QString, prefix);
    QFETCH(QString, major);
    QFETCH(bool, ok);
    const PathVersionSplit s = splitPathVersion(path);
    QCOMPARE(s.prefix, prefix);
    QCOMPARE(s.pathMajor, major);
    QCOMPARE(s.ok, ok);
}

void TestModFile::laxIgnoresMainOnlyDirectives()
{
    const QByteArray text = "module example.com/dep\ngo 1.21rc1\nreplace a => ../a\nfrobnicate\n"
                            "require example.com/x v1.2\n";
    const ModFileParse strict = parseModFile(QStringLiteral("go.mod"), text, Strictness::Strict);
    QVERIFY(!strict.ok());
    const ModFileParse lax = parseModFile(QStringLiteral("go.mod"), text, Strictness::Lax);
    QVERIFY2(lax.ok(), qPrintable(describeErrors(lax)));
    QCOMPARE(lax.file.replaces.size(), 0);
    QCOMPARE(lax.file.requirements.size(), 1);
    QCOMPARE(lax.file.requirements[0].mod.version, QStringLiteral("v1.2.0"));
    QCOMPARE(lax.file.goVersion, QStringLiteral("1.21rc1"));
}

void TestModFile::positionsKept()
{
    const ModFileParse p =
        parseModFile(QStringLiteral("go.mod"), "module m\n\nrequire (\n\texample.com/a v1.0.0\n)\n",
                     Strictness::Strict);
    QVERIFY(p.ok());
    QCOMPARE(p.file.modulePos.line, 1);
    QCOMPARE(p.file.requirements[0].pos.line, 4);
    QCOMPARE(p.file.requirements[0].pos.column, 2);
}

void TestModFile::binaryInputNeverCrashes()
{
    QRandomGenerator rng(42);
    for (int i = 0; i < 2000; ++i) {
        QByteArray data(rng.bounded(1, 200), Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.bounded(256));
        if (i % 2) // half of them look almost like go.mod
            data.prepend("module x\nrequire (\n");
        const ModFileParse p = parseModFile(QStringLiteral("go.mod"), data, Strictness::Strict);
        for (const kiln::Error &e : p.errors)
            QVERIFY(!e.message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestModFile)
#include "tst_modfile.moc"
