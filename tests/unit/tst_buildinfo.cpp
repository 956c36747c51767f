// Unit tests of the BuildInfo text (runtime/debug.BuildInfo.String's
// quoting, the blank line after a replacement), gover.ModSort, the settings
// setBuildInfo derives from a synthetic package table (deps, -pgo re-sort,
// -trimpath, which packages get no info), modInfoData's sentinels and
// pseudo-versions.
#include "load/buildinfo.h"
#include "load/buildvcs.h"
#include "load/mvs.h"

#include <QtTest>

using namespace kiln::load;

namespace
{

using Settings = QList<std::pair<QString, QString>>;

BuildInfoModule mod(const QString &path, const QString &version, const QString &sum = {})
{
    return BuildInfoModule{path, version, sum, nullptr};
}

std::shared_ptr<ModuleInfo> moduleInfo(const QString &path, const QString &version,
                                       const QString &sum = {})
{
    auto m = std::make_shared<ModuleInfo>();
    m->path = path;
    m->version = version;
    m->sum = sum;
    return m;
}

// A main package importing "lib" (module example.com/m), which imports
// a.com/x and b.com/y; a.com/x imports std "fmt" (no module).
LoadResult table()
{
    LoadResult r;
    auto main = moduleInfo(QStringLiteral("example.com/m"), QString());
    auto a =
        moduleInfo(QStringLiteral("a.com"), QStringLiteral("v1.10.0"), QStringLiteral("h1:A="));
    auto b = moduleInfo(QStringLiteral("b.com"), QStringLiteral("v0.1.0"));
    b->replace = moduleInfo(QStringLiteral("../b"), QString());
    auto add = [&](QString path, QString name, std::shared_ptr<ModuleInfo> m, QList<int> imports) {
        Package p;
        p.importPath = path;
        p.name = name;
        p.dir = QStringLiteral("/src/") + path;
        p.goFiles = {QStringLiteral("x.go")};
        p.module = m;
        p.internalImports = imports;
        r.packages.append(p);
    };
    add(QStringLiteral("example.com/m/cmd"), QStringLiteral("main"), main, {1, 4});
    add(QStringLiteral("example.com/m/lib"), QStringLiteral("lib"), main, {2, 3});
    add(QStringLiteral("a.com/x"), QStringLiteral("x"), a, {4});
    add(QStringLiteral("b.com/y"), QStringLiteral("y"), b, {2});
    add(QStringLiteral("fmt"), QStringLiteral("fmt"), nullptr, {});
    r.packages[0].defaultGODEBUG = QStringLiteral("panicnil=1");
    return r;
}

BuildSettings linuxSettings()
{
    BuildSettings s;
    s.goos = QStringLiteral("linux");
    s.goarch = QStringLiteral("amd64");
    s.archVar = QStringLiteral("GOAMD64");
    s.archValue = QStringLiteral("v1");
    s.buildvcs = BuildVcs::False;
    return s;
}

} // namespace

class TestBuildInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void format_data();
    void format();
    void sortModules_data();
    void sortModules();
    void fromPackages_data();
    void fromPackages();
    void noBuildInfo_data();
    void noBuildInfo();
    void modInfoData();
    void pseudoVersions_data();
    void pseudoVersions();
};

void TestBuildInfo::format_data()
{
    QTest::addColumn<BuildInfo>("info");
    QTest::addColumn<QString>("text");

    BuildInfo plain;
    plain.path = QStringLiteral("example.com/m/cmd");
    plain.main = mod(QStringLiteral("example.com/m"), QStringLiteral("(devel)"));
    plain.deps = {mod(QStringLiteral("a.com"), QStringLiteral("v1.0.0"), QStringLiteral("h1:x="))};
    plain.append(QStringLiteral("-compiler"), QStringLiteral("gc"));
    QTest::newRow("main, dep, setting")
        << plain
        << QStringLiteral("path\texample.com/m/cmd\nmod\texample.com/m\t(devel)\t\n"
                          "dep\ta.com\tv1.0.0\th1:x=\nbuild\t-compiler=gc\n");

    BuildInfo replaced;
    replaced.path = QStringLiteral("p");
    BuildInfoModule dep = mod(QStringLiteral("b.com"), QStringLiteral("v1.0.0"));
    dep.replace =
        std::make_shared<BuildInfoModule>(mod(QStringLiteral("../b"), QStringLiteral("(devel)")));
    replaced.deps = {
        dep, mod(QStringLiteral("c.com"), QStringLiteral("v1.1.0"), QStringLiteral("h1:c="))};
    replaced.append(QStringLiteral("GOOS"), QStringLiteral("linux"));
    QTest::newRow("replace leaves a blank line")
        << replaced
        << QStringLiteral("path\tp\ndep\tb.com\tv1.0.0\n=>\t../b\t(devel)\t\n\n"
                          "dep\tc.com\tv1.1.0\th1:c=\nbuild\tGOOS=linux\n");

    BuildInfo quoting;
    quoting.path = QStringLiteral("p");
    const Settings rows = {{QString(), QStringLiteral("v")},
                           {QStringLiteral("a=b"), QStringLiteral("x=y")},
                           {QStringLiteral("k k"), QStringLiteral("v")},
                           {QStringLiteral("-gcflags"), QStringLiteral("all=-N -l")},
                           {QStringLiteral("tab"), QStringLiteral("a\tb")},
                           {QStringLiteral("quote"), QStringLiteral("say \"hi\"")},
                           {QStringLiteral("back"), QStringLiteral("a`b")},
                           {QStringLiteral("cr"), QStringLiteral("a\rb")},
                           {QStringLiteral("nl"), QStringLiteral("a\nb")},
                           {QStringLiteral("utf8"), QStringLiteral("héllo")},
                           {QStringLiteral("ctl"), QStringLiteral("a\x01 b")},
                           {QStringLiteral("empty"), QString()}};
    for (const auto &[k, v] : rows)
        quoting.append(k, v);
    QTest::newRow("quoting") << quoting
                             << QStringLiteral(
                                    "path\tp\nbuild\t\"\"=v\nbuild\t\"a=b\"=x=y\nbuild\t\"k k\"=v\n"
                                    "build\t-gcflags=\"all=-N -l\"\nbuild\ttab=\"a\\tb\"\n"
                                    "build\tquote=\"say \\\"hi\\\"\"\nbuild\tback=\"a`b\"\n"
                                    "build\tcr=\"a\\rb\"\nbuild\tnl=\"a b\"\nbuild\tutf8=héllo\n"
                                    "build\tctl=\"a\\x01 b\"\nbuild\tempty=\n");

    BuildInfo gopath;
    gopath.path = QStringLiteral("command-line-arguments");
    gopath.append(QStringLiteral("CGO_ENABLED"), QStringLiteral("0"));
    QTest::newRow("no module") << gopath
                               << QStringLiteral(
                                      "path\tcommand-line-arguments\nbuild\tCGO_ENABLED=0\n");
}

void TestBuildInfo::format()
{
    QFETCH(BuildInfo, info);
    QFETCH(QString, text);
    QCOMPARE(info.toString(), text);
}

void TestBuildInfo::sortModules_data()
{
    QTest::addColumn<QStringList>("in");
    QTest::addColumn<QStringList>("out");
    QTest::newRow("paths by bytes")
        << QStringList{"a/b@v1.0.0", "a-b@v1.0.0", "A@v1.0.0", "a@v1.0.0"}
        << QStringList{"A@v1.0.0", "a@v1.0.0", "a-b@v1.0.0", "a/b@v1.0.0"};
    QTest::newRow("semver order") << QStringList{"m@v1.10.0", "m@v1.9.0", "m@v1.10.0-rc.1",
                                                 "m@v2.0.0+incompatible", "m@bad"}
                                  << QStringList{"m@bad", "m@v1.9.0", "m@v1.10.0-rc.1", "m@v1.10.0",
                                                 "m@v2.0.0+incompatible"};
    QTest::newRow("go versions") << QStringList{"go@1.21.0", "go@1.21rc1", "go@1.9", "go@1.21"}
                                 << QStringList{"go@1.9", "go@1.21", "go@1.21rc1", "go@1.21.0"};
    QTest::newRow("toolchain") << QStringList{"toolchain@go1.22.0", "toolchain@go1.21.3"}
                               << QStringList{"toolchain@go1.21.3", "toolchain@go1.22.0"};
    QTest::newRow("file suffix") << QStringList{"m@v1.0.0/go.mod", "m@v1.0.0", "m@v0.9.0/go.mod"}
                                 << QStringList{"m@v0.9.0/go.mod", "m@v1.0.0", "m@v1.0.0/go.mod"};
}

void TestBuildInfo::sortModules()
{
    QFETCH(QStringList, in);
    QFETCH(QStringList, out);
    QList<ModuleVersion> list;
    for (const QString &s : in)
        list.append({s.section(QLatin1Char('@'), 0, 0), s.section(QLatin1Char('@'), 1)});
    kiln::load::sortModules(list);
    QStringList got;
    for (const ModuleVersion &m : list)
        got.append(m.path + QLatin1Char('@') + m.version);
    QCOMPARE(got, out);
}

void TestBuildInfo::fromPackages_data()
{
    QTest::addColumn<BuildSettings>("settings");
    QTest::addColumn<QString>("pgoProfile");
    QTest::addColumn<QString>("text");
    const QString head = QStringLiteral("path\texample.com/m/cmd\nmod\texample.com/m\t(devel)\t\n"
                                        "dep\ta.com\tv1.10.0\th1:A=\n"
                                        "dep\tb.com\tv0.1.0\n=>\t../b\t(devel)\t\n\n");
    BuildSettings s = linuxSettings();
    QTest::newRow("defaults") << s << QString()
                              << head +
                                     QStringLiteral("build\t-buildmode=exe\nbuild\t-compiler=gc\n"
                                                    "build\tDefaultGODEBUG=panicnil=1\n"
                                                    "build\tCGO_ENABLED=0\nbuild\tGOARCH=amd64\n"
                                                    "build\tGOOS=linux\nbuild\tGOAMD64=v1\n");
    s.cgoEnabled = true;
    s.cgoCflags = QStringLiteral("-O2 -g");
    s.asmflags = QString();
    s.gcflags = QStringLiteral("-N");
    s.ldflags = QStringLiteral("-s -w");
    s.tags = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    s.race = true;
    s.goexperiment = QStringLiteral("jsonv2");
    s.gofips140 = QStringLiteral("latest");
    QTest::newRow("flags and cgo")
        << s << QString()
        << head +
               QStringLiteral("build\t-asmflags=\nbuild\t-buildmode=exe\nbuild\t-compiler=gc\n"
                              "build\t-gcflags=-N\nbuild\t-ldflags=\"-s -w\"\nbuild\t-race=true\n"
                              "build\t-tags=a,b\nbuild\tDefaultGODEBUG=panicnil=1\n"
                              "build\tCGO_ENABLED=1\nbuild\tCGO_CFLAGS=\"-O2 -g\"\n"
                              "build\tCGO_CPPFLAGS=\nbuild\tCGO_CXXFLAGS=\nbuild\tCGO_LDFLAGS=\n"
                              "build\tGOARCH=amd64\nbuild\tGOEXPERIMENT=jsonv2\n"
                              "build\tGOFIPS140=latest\nbuild\tGOOS=linux\nbuild\tGOAMD64=v1\n");
    s.trimpath = true;
    QTest::newRow("trimpath drops -ldflags and CGO_ flags")
        << s << QString()
        << head + QStringLiteral("build\t-asmflags=\nbuild\t-buildmode=exe\nbuild\t-compiler=gc\n"
                                 "build\t-gcflags=-N\nbuild\t-race=true\n"
                                 "build\t-tags=a,b\nbuild\t-trimpath=true\n"
                                 "build\tDefaultGODEBUG=panicnil=1\nbuild\tCGO_ENABLED=1\n"
                                 "build\tGOARCH=amd64\nbuild\tGOEXPERIMENT=jsonv2\n"
                                 "build\tGOFIPS140=latest\nbuild\tGOOS=linux\nbuild\tGOAMD64=v1\n");
    BuildSettings pgo = linuxSettings();
    pgo.cgoEnabled = true;
    QTest::newRow("-pgo sorts every setting")
        << pgo << QStringLiteral("/src/example.com/m/cmd/default.pgo")
        << head + QStringLiteral("build\t-buildmode=exe\nbuild\t-compiler=gc\n"
                                 "build\t-pgo=/src/example.com/m/cmd/default.pgo\n"
                                 "build\tCGO_CFLAGS=\nbuild\tCGO_CPPFLAGS=\nbuild\tCGO_CXXFLAGS=\n"
                                 "build\tCGO_ENABLED=1\nbuild\tCGO_LDFLAGS=\n"
                                 "build\tDefaultGODEBUG=panicnil=1\nbuild\tGOAMD64=v1\n"
                                 "build\tGOARCH=amd64\nbuild\tGOOS=linux\n");
    pgo.trimpath = true;
    pgo.cgoEnabled = false;
    QTest::newRow("-pgo with -trimpath: base name")
        << pgo << QStringLiteral("/src/example.com/m/cmd/default.pgo")
        << head + QStringLiteral("build\t-buildmode=exe\nbuild\t-compiler=gc\n"
                                 "build\t-pgo=default.pgo\nbuild\t-trimpath=true\n"
                                 "build\tCGO_ENABLED=0\nbuild\tDefaultGODEBUG=panicnil=1\n"
                                 "build\tGOAMD64=v1\nbuild\tGOARCH=amd64\nbuild\tGOOS=linux\n");
    BuildSettings off = linuxSettings();
    off.pgo = QStringLiteral("off");
    off.buildmode = QStringLiteral("pie");
    QTest::newRow("-pgo=off, -buildmode=pie")
        << off << QStringLiteral("/src/example.com/m/cmd/default.pgo")
        << head + QStringLiteral("build\t-buildmode=pie\nbuild\t-compiler=gc\n"
                                 "build\tDefaultGODEBUG=panicnil=1\n"
                                 "build\tCGO_ENABLED=0\nbuild\tGOARCH=amd64\n"
                                 "build\tGOOS=linux\nbuild\tGOAMD64=v1\n");
}

void TestBuildInfo::fromPackages()
{
    QFETCH(BuildSettings, settings);
    QFETCH(QString, pgoProfile);
    QFETCH(QString, text);
    LoadResult r = table();
    r.packages[0].pgoProfile = pgoProfile;
    const auto got = buildInfoText(r, 0, settings);
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(*got, text);
}

void TestBuildInfo::noBuildInfo_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("library") << "library";
    QTest::newRow("error") << "error";
    QTest::newRow("incomplete") << "incomplete";
    QTest::newRow("test copy of main") << "forTest";
    QTest::newRow("out of range") << "range";
}

void TestBuildInfo::noBuildInfo()
{
    QFETCH(QString, what);
    LoadResult r = table();
    int idx = 0;
    if (what == QLatin1String("library"))
        idx = 1;
    else if (what == QLatin1String("error"))
        r.packages[0].error = PackageError{};
    else if (what == QLatin1String("incomplete"))
        r.packages[0].incomplete = true;
    else if (what == QLatin1String("forTest"))
        r.packages[0].forTest = r.packages[0].importPath;
    else
        idx = 17;
    const auto got = buildInfoText(r, idx, linuxSettings());
    QVERIFY(got);
    QCOMPARE(*got, QString());
}

void TestBuildInfo::modInfoData()
{
    const QByteArray d = kiln::load::modInfoData(QStringLiteral("path\tp\n"));
    QCOMPARE(d.toHex(), QByteArray("3077af0c9274080241e1c107e6d618e6") +
                            QByteArray("path\tp\n").toHex() +
                            QByteArray("f932433186182072008242104116d8f2"));
}

void TestBuildInfo::pseudoVersions_data()
{
    QTest::addColumn<QString>("major");
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("want");
    // 2026-11-25T19:34:29Z, rev 2939333bdaf2
    QTest::newRow("no tag") << ""
                            << ""
                            << "v0.0.0-20261125193429-2939333bdaf2";
    QTest::newRow("v2 no tag") << "v2"
                               << ""
                               << "v2.0.0-20261125193429-2939333bdaf2";
    QTest::newRow("after release") << ""
                                   << "v1.2.3"
                                   << "v1.2.4-0.20261125193429-2939333bdaf2";
    QTest::newRow("patch carry") << ""
                                 << "v1.2.99"
                                 << "v1.2.100-0.20261125193429-2939333bdaf2";
    QTest::newRow("after prerelease") << ""
                                      << "v1.3.0-rc.1"
                                      << "v1.3.0-rc.1.0.20261125193429-2939333bdaf2";
    QTest::newRow("incompatible") << ""
                                  << "v2.0.0+incompatible"
                                  << "v2.0.1-0.20261125193429-2939333bdaf2+incompatible";
}

void TestBuildInfo::pseudoVersions()
{
    QFETCH(QString, major);
    QFETCH(QString, older);
    QFETCH(QString, want);
    const QString got = pseudoVersion(major, older, 1795635269, QStringLiteral("2939333bdaf2"));
    QCOMPARE(got, want);
    QVERIFY(isPseudoVersion(got));
    QVERIFY(!isPseudoVersion(older.isEmpty() ? QStringLiteral("v1.0.0") : older));
}

QTEST_GUILESS_MAIN(TestBuildInfo)
#include "tst_buildinfo.moc"
