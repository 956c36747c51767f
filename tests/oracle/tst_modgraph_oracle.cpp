// Oracle tests of loadModuleSet: for each module tree under
// tests/data/modgraph, Kiln's build list must equal `go list -m -e -json all`
// (path, version, replace, dir, go.mod, go version, indirect, main, error),
// and Kiln's errors must equal what go prints.
//
// No network: initTestCase turns tests/data/modules into a GOPROXY file tree
// with tests/data/tools/mkproxy, and each case fills its own GOMODCACHE with
// `go mod download` (and friends) from that proxy. Kiln and go then read the
// same cache with GOPROXY=off. go also runs with GOSUMDB=off: Kiln never
// checks hashes, and without it go would ask the checksum database about
// go.mod files missing from go.sum.
#include "load/modgraph.h"
#include "support/fakeproxy.h"
#include "support/golden.h"
#include "support/jsonstream.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::load;

namespace
{

// One module tree and how to prepare it.
struct Case {
    QString fixture;          // tests/data/modgraph/<fixture>
    QString subdir;           // where go and Kiln run, relative to the tree
    QList<QStringList> prep;  // go commands filling GOMODCACHE (in the tree's root)
    QString modFlag;          // -mod for the comparison ("" = unset)
    QString gowork;           // GOWORK ("" = unset; "$ROOT" is the tree's root)
    QList<QStringList> edits; // {file, from, to} applied after prep
    QStringList goArgs;       // for failures: the go command whose stderr Kiln matches
    QStringList goModSums;    // path@version whose go.mod checksum go.sum gets after prep
};

using Files = QMap<QString, QByteArray>;
using Env = QMap<QString, QString>;

const QStringList download = {QStringLiteral("mod"), QStringLiteral("download")};
const QStringList downloadAll = {QStringLiteral("mod"), QStringLiteral("download"),
                                 QStringLiteral("all")};
const QStringList listAll = {QStringLiteral("list"), QStringLiteral("-m"), QStringLiteral("all")};

// The fields compared, from go's JSON.
QJsonObject project(const QJsonObject &in)
{
    QJsonObject out;
    for (const char *key : {"Path", "Version", "Main", "Indirect", "Dir", "GoMod", "GoVersion"})
        if (in.contains(QLatin1String(key)))
            out.insert(QLatin1String(key), in.value(QLatin1String(key)));
    if (in.contains(QLatin1String("Replace")))
        out.insert(QStringLiteral("Replace"),
                   project(in.value(QLatin1String("Replace")).toObject()));
    if (in.contains(QLatin1String("Error")))
        out.insert(QStringLiteral("Error"),
                   in.value(QLatin1String("Error")).toObject().value(QLatin1String("Err")));
    return out;
}

// The same fields from Kiln's ModuleInfo.
QJsonObject toJson(const ModuleInfo &m)
{
    QJsonObject out;
    auto add = [&out](const char *key, const QString &v) {
        if (!v.isEmpty())
            out.insert(QLatin1String(key), v);
    };
    add("Path", m.path);
    add("Version", m.version);
    if (m.main)
        out.insert(QStringLiteral("Main"), true);
    if (m.indirect)
        out.insert(QStringLiteral("Indirect"), true);
    add("Dir", m.dir);
    add("GoMod", m.goMod);
    add("GoVersion", m.goVersion);
    if (m.replace)
        out.insert(QStringLiteral("Replace"), toJson(*m.replace));
    add("Error", m.error);
    return out;
}

QByteArray why(const Result<ModuleSet> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

QByteArray render(const QList<QJsonObject> &objects)
{
    QJsonArray arr;
    for (const QJsonObject &o : objects)
        arr.append(o);
    return QJsonDocument(arr).toJson();
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestModGraphOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void buildLists_data();
    void buildLists();
    void vendorMode_data();
    void vendorMode();
    void failures_data();
    void failures();
    void inlineTrees_data();
    void inlineTrees();
    void errors_data();
    void errors();
    void tempRootGoMod();
    void noMainModule_data();
    void noMainModule();

private:
    // A prepared tree: the case copied, GOMODCACHE filled, edits applied.
    struct Prepared {
        std::unique_ptr<test::TempModule> tree;
        std::shared_ptr<QTemporaryDir> cache;
        QString dir; // where go and Kiln run
        QString gowork;
        QMap<QString, QByteArray> files; // the prepared tree, for restore()
        // go -mod=mod rewrites go.mod and go.sum: each go command starts from
        // the prepared tree.
        void restore() const
        {
            for (auto it = files.begin(); it != files.end(); ++it)
                tree->write(it.key(), it.value());
        }
    };
    Prepared prepare(const Case &c);
    std::shared_ptr<QTemporaryDir> newCache();
    void seedCache(const QString &cache, const QString &moduleAtVersion);
    QMap<QString, QString> goEnv(const Prepared &p, const QString &modFlag) const;
    ModuleLoadOptions kilnOptions(const Prepared &p, const QString &modFlag) const;
    void checkGoEnv(const Prepared &p, const QString &modFlag, const ModuleSet &set);

    test::OracleGo m_go;
    test::FakeModuleProxy m_proxy;
};

void TestModGraphOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    QString error;
    QVERIFY2(m_proxy.build(m_go, &error), qPrintable(error));
}

std::shared_ptr<QTemporaryDir> TestModGraphOracle::newCache()
{
    return test::FakeModuleProxy::newCache();
}

// Puts path@version's .mod and .info from the proxy into the cache, for
// modules go refuses to download (a go line newer than go).
void TestModGraphOracle::seedCache(const QString &cache, const QString &moduleAtVersion)
{
    const QString path = moduleAtVersion.section(QLatin1Char('@'), 0, 0);
    const QString version = moduleAtVersion.section(QLatin1Char('@'), 1);
    const QString from =
        m_proxy.path() + QLatin1Char('/') + escapeModulePath(path) + QStringLiteral("/@v/");
    const QString to = cache + QStringLiteral("/cache/download/") + escapeModulePath(path) +
                       QStringLiteral("/@v/");
    QDir().mkpath(to);
    for (const char *ext : {".mod", ".info"})
        QVERIFY(
            QFile::copy(from + version + QLatin1String(ext), to + version + QLatin1String(ext)));
}

TestModGraphOracle::Prepared TestModGraphOracle::prepare(const Case &c)
{
    Prepared p;
    p.tree = std::make_unique<test::TempModule>();
    p.cache = newCache();
    const QString fixture = test::testDataDir(QStringLiteral("modgraph/") + c.fixture);
    p.tree->copyTree(fixture);
    const QMap<QString, QString> env = m_proxy.downloadEnv(p.cache->path());
    for (const QStringList &args : c.prep) {
        const ProcessOutput out = m_go.run(args, p.tree->path(), env);
        if (out.exitCode != 0)
            qWarning("prep %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                     out.stdErr.constData());
    }
    // go mod download may have rewritten go.mod (-mod=mod): restore the
    // fixture, keeping what prep added (go.sum, vendor/).
    p.tree->copyTree(fixture);
    for (const QString &m : c.goModSums) {
        const ProcessOutput out = m_go.run(
            {QStringLiteral("mod"), QStringLiteral("download"), QStringLiteral("-json"), m},
            p.tree->path(), env);
        const QJsonObject info = test::parseJsonStream(out.stdOut).value(0);
        QFile sum(p.tree->filePath(QStringLiteral("go.sum")));
        if (!sum.open(QIODevice::Append))
            qWarning("cannot append to go.sum");
        sum.write(QStringLiteral("%1 %2/go.mod %3\n")
                      .arg(info.value(QLatin1String("Path")).toString(),
                           info.value(QLatin1String("Version")).toString(),
                           info.value(QLatin1String("GoModSum")).toString())
                      .toUtf8());
    }
    for (const QStringList &e : c.edits) {
        QFile f(p.tree->filePath(e[0]));
        f.open(QIODevice::ReadOnly);
        QByteArray data = f.readAll();
        f.close();
        data.replace(e[1].toUtf8(), e[2].toUtf8());
        p.tree->write(e[0], data);
    }
    QDirIterator it(p.tree->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            p.files.insert(QDir(p.tree->path()).relativeFilePath(f.fileName()), f.readAll());
    }
    p.dir = c.subdir.isEmpty() ? p.tree->path() : p.tree->filePath(c.subdir);
    p.gowork = QString(c.gowork).replace(QLatin1String("$ROOT"), p.tree->path());
    return p;
}

QMap<QString, QString> TestModGraphOracle::goEnv(const Prepared &p, const QString &modFlag) const
{
    QMap<QString, QString> env = {
        {QStringLiteral("GOSUMDB"), QStringLiteral("off")},
        {QStringLiteral("GONOSUMDB"), QStringLiteral("*")},
        {QStringLiteral("GOMODCACHE"), p.cache->path()},
        {QStringLiteral("GOFLAGS"),
         modFlag.isEmpty() ? QString() : QStringLiteral("-mod=") + modFlag}};
    if (!p.gowork.isEmpty())
        env.insert(QStringLiteral("GOWORK"), p.gowork);
    return env;
}

ModuleLoadOptions TestModGraphOracle::kilnOptions(const Prepared &p, const QString &modFlag) const
{
    ModuleLoadOptions o;
    o.workingDir = p.dir;
    o.gomodcache = p.cache->path();
    o.gowork = p.gowork;
    o.modFlag = modFlag;
    o.gorootSrc = m_go.goroot() + QStringLiteral("/src");
    o.gotoolchain = QStringLiteral("local");
    o.gopath = QDir::homePath() + QStringLiteral("/go");
    return o;
}

// GOMOD and GOWORK as go env reports them (go env prints GOWORK=off as
// "off"; Kiln says "" for no workspace).
void TestModGraphOracle::checkGoEnv(const Prepared &p, const QString &modFlag, const ModuleSet &set)
{
    const ProcessOutput env =
        m_go.run({QStringLiteral("env"), QStringLiteral("GOMOD"), QStringLiteral("GOWORK")}, p.dir,
                 goEnv(p, modFlag));
    const QStringList lines = QString::fromUtf8(env.stdOut).split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), set.goModFile);
    QCOMPARE(lines.value(1) == QLatin1String("off") ? QString() : lines.value(1), set.goWorkFile);
}

void TestModGraphOracle::buildLists_data()
{
    QTest::addColumn<Case>("c");
    const QString ws = QStringLiteral("workspace");
    QTest::newRow("no dependencies") << Case{QStringLiteral("nodeps")};
    QTest::newRow("MVS picks the max; pruned-out go.mod unread")
        << Case{QStringLiteral("mvs"), {}, {download}, QStringLiteral("mod")};
    QTest::newRow("readonly: only what go.sum covers")
        << Case{QStringLiteral("mvs"), {}, {download}};
    QTest::newRow("readonly, everything downloaded")
        << Case{QStringLiteral("mvs"), {}, {downloadAll}};
    QTest::newRow("pruned root's requirements in, theirs not")
        << Case{QStringLiteral("pruned"), {}, {download}, QStringLiteral("mod")};
    QTest::newRow("go 1.16 dependency: whole graph, raises f")
        << Case{QStringLiteral("unpruned"), {}, {download}, QStringLiteral("mod")};
    QTest::newRow("go 1.16 main module: whole graph")
        << Case{QStringLiteral("unprunedmain"), {}, {download}};
    QTest::newRow("no go line, readonly: 1.16") << Case{QStringLiteral("nogo"), {}, {download}};
    QTest::newRow("no go line, -mod=mod: local go version")
        << Case{QStringLiteral("nogo"), {}, {download}, QStringLiteral("mod")};
    QTest::newRow("exclude drops a transitive requirement")
        << Case{QStringLiteral("exclude"), {}, {downloadAll}, QStringLiteral("mod")};
    QTest::newRow("exclude, readonly") << Case{QStringLiteral("exclude"), {}, {download}};
    QTest::newRow("excluded root dropped (-mod=mod)")
        << Case{QStringLiteral("excluderoot"), {}, {download}, QStringLiteral("mod")};
    QTest::newRow("replace: directory, other module, other version")
        << Case{QStringLiteral("replace"), {}, {download}, QStringLiteral("mod")};
    QTest::newRow("replace, readonly, all downloaded")
        << Case{QStringLiteral("replace"), {}, {downloadAll}};
    QTest::newRow("untidy root updated (-mod=mod)")
        << Case{QStringLiteral("untidy"), {}, {download}, QStringLiteral("mod")};
    QTest::newRow("go version raised by a dependency (-mod=mod)")
        << Case{QStringLiteral("goraise"), {}, {download}, QStringLiteral("mod")};
    QTest::newRow("upper-case path and version")
        << Case{QStringLiteral("upper"), {}, {download}, QStringLiteral("mod")};
    QTest::newRow("upper-case, readonly") << Case{QStringLiteral("upper"), {}, {downloadAll}};
    QTest::newRow("workspace") << Case{ws, {}, {download}};
    QTest::newRow("workspace from a module directory")
        << Case{ws, QStringLiteral("m1"), {download}};
    QTest::newRow("workspace via GOWORK") << Case{
        ws, QStringLiteral("m2/nomodlocal"), {download}, {}, QStringLiteral("$ROOT/go.work")};
    QTest::newRow("GOWORK=off in a workspace module")
        << Case{ws, QStringLiteral("m2"), {download}, QStringLiteral("mod"), QStringLiteral("off")};
    QTest::newRow("vendor directory ignored with -mod=mod") << Case{
        QStringLiteral("vendor"), {}, {downloadAll, {"mod", "vendor"}}, QStringLiteral("mod")};
    QTest::newRow("vendor directory ignored with -mod=readonly") << Case{
        QStringLiteral("vendor"), {}, {downloadAll, {"mod", "vendor"}}, QStringLiteral("readonly")};
}

void TestModGraphOracle::buildLists()
{
    QFETCH(Case, c);
    const Prepared p = prepare(c);
    const auto kiln = loadModuleSet(kilnOptions(p, c.modFlag));
    const ProcessOutput go =
        m_go.run({QStringLiteral("list"), QStringLiteral("-m"), QStringLiteral("-e"),
                  QStringLiteral("-json"), QStringLiteral("all")},
                 p.dir, goEnv(p, c.modFlag));
    QVERIFY2(go.exitCode == 0, go.stdErr.constData());
    QVERIFY2(kiln.has_value(), why(kiln).constData());
    QVERIFY(kiln->mode != ModMode::Vendor);
    checkGoEnv(p, c.modFlag, *kiln);

    QList<QJsonObject> want, got;
    for (const QJsonObject &o : test::parseJsonStream(go.stdOut))
        want.append(project(o));
    for (const ModuleInfo &m : kiln->buildList)
        got.append(toJson(m));
    QString diff = test::firstDifference(render(want), render(got));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // go -e prints module errors in the JSON; the rest of stderr is warnings.
    const QByteArray warnings = kiln->warnings.isEmpty()
                                    ? QByteArray()
                                    : kiln->warnings.join(QLatin1Char('\n')).toUtf8() + '\n';
    diff = test::firstDifference(go.stdErr, warnings);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // The main modules, as `go list -m -json` prints them (go.work use order).
    p.restore();
    const ProcessOutput mains =
        m_go.run({QStringLiteral("list"), QStringLiteral("-m"), QStringLiteral("-json")}, p.dir,
                 goEnv(p, c.modFlag));
    QVERIFY2(mains.exitCode == 0, mains.stdErr.constData());
    want.clear();
    got.clear();
    for (const QJsonObject &o : test::parseJsonStream(mains.stdOut))
        want.append(project(o));
    for (const ModuleInfo &m : kiln->mainModules)
        got.append(toJson(m));
    diff = test::firstDifference(render(want), render(got));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestModGraphOracle::vendorMode_data()
{
    QTest::addColumn<Case>("c");
    const QList<QStringList> vendored = {downloadAll, {"mod", "vendor"}};
    QTest::newRow("automatic: go >= 1.14 and vendor/ exists")
        << Case{QStringLiteral("vendor"), {}, vendored};
    QTest::newRow("explicit -mod=vendor")
        << Case{QStringLiteral("vendor"), {}, vendored, QStringLiteral("vendor")};
    QTest::newRow("workspace: go work vendor")
        << Case{QStringLiteral("workspace"), {}, {download, {"work", "vendor"}}};
    QTest::newRow("go 1.16: unpruned vendor graph")
        << Case{QStringLiteral("vendor"), {}, vendored, {}, {}, {{"go.mod", "go 1.21", "go 1.16"}}};
}

void TestModGraphOracle::vendorMode()
{
    QFETCH(Case, c);
    const Prepared p = prepare(c);
    const auto kiln = loadModuleSet(kilnOptions(p, c.modFlag));
    QVERIFY2(kiln.has_value(), why(kiln).constData());
    QCOMPARE(kiln->mode, ModMode::Vendor);
    QCOMPARE(kiln->vendorDir, p.tree->filePath(QStringLiteral("vendor")));
    checkGoEnv(p, c.modFlag, *kiln);

    // go refuses "all" in vendor mode: that is how its mode shows.
    const ProcessOutput all = m_go.run(listAll, p.dir, goEnv(p, c.modFlag));
    QCOMPARE(all.stdErr, QByteArray("go: can't compute 'all' using the vendor directory\n"
                                    "\t(Use -mod=mod or -mod=readonly to bypass.)\n"));
    QStringList args = {QStringLiteral("list"), QStringLiteral("-m"), QStringLiteral("-json")};
    QList<QJsonObject> want, got;
    for (const ModuleInfo &m : kiln->buildList) {
        got.append(toJson(m));
        if (!m.main)
            args << m.path;
    }
    p.restore();
    const ProcessOutput mains =
        m_go.run({QStringLiteral("list"), QStringLiteral("-m"), QStringLiteral("-json")}, p.dir,
                 goEnv(p, c.modFlag));
    p.restore();
    const ProcessOutput deps = m_go.run(args, p.dir, goEnv(p, c.modFlag));
    QVERIFY2(mains.exitCode == 0 && deps.exitCode == 0, (mains.stdErr + deps.stdErr).constData());
    for (const QJsonObject &o : test::parseJsonStream(mains.stdOut + deps.stdOut))
        want.append(project(o));
    const QString diff = test::firstDifference(render(want), render(got));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestModGraphOracle::failures_data()
{
    QTest::addColumn<Case>("c");
    const QList<QStringList> vendored = {downloadAll, {"mod", "vendor"}};
    const QStringList listM = {QStringLiteral("list"), QStringLiteral("-m")};
    QTest::newRow("missing from GOMODCACHE")
        << Case{QStringLiteral("mvs"), {}, {}, QStringLiteral("mod"), {}, {}, listAll};
    QTest::newRow("missing below a go 1.16 module")
        << Case{QStringLiteral("unpruned"),
                {},
                {{"mod", "download", "example.com/d@v1.0.0", "example.com/h@v1.0.0"}},
                QStringLiteral("mod"),
                {},
                {},
                listAll};
    QTest::newRow("missing go.sum entry (readonly)")
        << Case{QStringLiteral("untidy"), {}, {download}, {}, {}, {}, listAll};
    QTest::newRow("untidy root (readonly)") << Case{QStringLiteral("untidy"),
                                                    {},
                                                    {download},
                                                    {},
                                                    {},
                                                    {},
                                                    listAll,
                                                    {QStringLiteral("example.com/c@v1.1.0")}};
    QTest::newRow("go version raised (readonly)")
        << Case{QStringLiteral("goraise"), {}, {download}, {}, {}, {}, listAll};
    QTest::newRow("excluded root (readonly)")
        << Case{QStringLiteral("excluderoot"), {}, {downloadAll}, {}, {}, {}, listAll};
    QTest::newRow("explicit -mod=readonly wording") << Case{
        QStringLiteral("goraise"), {}, {download}, QStringLiteral("readonly"), {}, {}, listAll};
    QTest::newRow("inconsistent vendoring")
        << Case{QStringLiteral("vendor"),
                {},
                vendored,
                {},
                {},
                {{"go.mod", "example.com/c v1.1.0", "example.com/c v1.2.0"},
                 {"go.mod", "replace example.com/a => ./local/a", ""}},
                listM};
    QTest::newRow("inconsistent vendoring, replaced differently")
        << Case{QStringLiteral("vendor"),
                {},
                vendored,
                QStringLiteral("vendor"),
                {},
                {{"go.mod", "./local/a", "./local/../local/a"}},
                listM};
    QTest::newRow("vendoring before go 1.14 (-mod=vendor)")
        << Case{QStringLiteral("vendor"),
                {},
                vendored,
                QStringLiteral("vendor"),
                {},
                {{"go.mod", "go 1.21", "go 1.13"},
                 {"go.mod", "example.com/c v1.1.0", "example.com/c v1.2.0"}},
                listM};
    QTest::newRow("-mod=vendor without vendor/")
        << Case{QStringLiteral("mvs"), {}, {download}, QStringLiteral("vendor"), {}, {}, listM};
    QTest::newRow("go 1.13 does not use vendor/: reason in error")
        << Case{QStringLiteral("vendor"),           {},     vendored, {}, {},
                {{"go.mod", "go 1.21", "go 1.13"}}, listAll};
    QTest::newRow("workspace: -mod=mod refused") << Case{
        QStringLiteral("workspace"), {}, {download}, QStringLiteral("mod"), {}, {}, listAll};
}

void TestModGraphOracle::failures()
{
    QFETCH(Case, c);
    const Prepared p = prepare(c);
    const auto kiln = loadModuleSet(kilnOptions(p, c.modFlag));
    const ProcessOutput go = m_go.run(c.goArgs, p.dir, goEnv(p, c.modFlag));
    QVERIFY2(go.exitCode != 0, "go succeeded");
    QVERIFY2(!kiln.has_value(), "Kiln succeeded");
    // go may print module errors or warnings first; its last error is Kiln's.
    const QByteArray want = kiln.error().message.toUtf8() + '\n';
    if (!go.stdErr.endsWith(want)) {
        const QString diff = test::firstDifference(go.stdErr, want);
        QFAIL(qPrintable(diff));
    }
}

void TestModGraphOracle::inlineTrees_data()
{
    // Trees written inline that go accepts: files, modules to seed into the
    // cache, extra environment.
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("seed");
    QTest::addColumn<Env>("env");
    const QString gomod = QStringLiteral("go.mod");
    const Env mod{{QStringLiteral("GOFLAGS"), QStringLiteral("-mod=mod")}};
    QTest::newRow("toolchain line kept")
        << Files{{gomod, "module x\ngo 1.21\ntoolchain go1.22.0\n"}} << QStringList() << Env();
    QTest::newRow("duplicate exclude") << Files{{gomod, "module x\ngo 1.21\nexclude example.com/a "
                                                        "v1.0.0\nexclude example.com/a v1.0.0\n"}}
                                       << QStringList() << Env();
    QTest::newRow("requires itself (-mod=mod)")
        << Files{{gomod, "module x\ngo 1.21\nrequire x v1.0.0\n"}} << QStringList() << mod;
    QTest::newRow("duplicate requirement (-mod=mod)")
        << Files{{gomod, "module x\ngo 1.21\nrequire example.com/a v1.0.0\nrequire example.com/a "
                         "v1.1.0\n"}}
        << QStringList{QStringLiteral("example.com/a@v1.0.0"),
                       QStringLiteral("example.com/a@v1.1.0"),
                       QStringLiteral("example.com/c@v1.1.0")}
        << mod;
    QTest::newRow("module without go.mod: no go version, unpruned")
        << Files{{gomod, "module x\ngo 1.21\nrequire example.com/nomod v1.0.0\n"}}
        << QStringList{QStringLiteral("example.com/nomod@v1.0.0")} << mod;
    QTest::newRow("replace all versions by a directory, wildcard and exact")
        << Files{{gomod, "module x\ngo 1.21\nrequire example.com/a v1.0.0\nreplace example.com/a "
                         "=> ./a\nreplace example.com/a v1.0.0 => ./a2\n"},
                 {QStringLiteral("a/go.mod"), "module example.com/a\n"},
                 {QStringLiteral("a2/go.mod"), "module whatever\ngo 1.17\n"}}
        << QStringList() << mod;
    QTest::newRow("go.mod in GOPATH ignored")
        << Files{{gomod, "module x\ngo 1.21\n"}, {QStringLiteral("gp/go.mod"), "module gp\n"}}
        << QStringList() << Env{{QStringLiteral("GOPATH"), QStringLiteral("$ROOT/gp")}};
}

void TestModGraphOracle::inlineTrees()
{
    QFETCH(Files, files);
    QFETCH(QStringList, seed);
    QFETCH(Env, env);
    test::TempModule tree(files);
    const auto cache = newCache();
    for (const QString &m : seed)
        seedCache(cache->path(), m);
    for (QString &v : env)
        v.replace(QLatin1String("$ROOT"), tree.path());
    env.insert(QStringLiteral("GOMODCACHE"), cache->path());
    env.insert(QStringLiteral("GOSUMDB"), QStringLiteral("off"));
    ModuleLoadOptions o;
    o.workingDir = tree.path();
    o.gopath = env.value(QStringLiteral("GOPATH"));
    o.gomodcache = cache->path();
    o.modFlag = env.value(QStringLiteral("GOFLAGS")).section(QLatin1Char('='), 1);
    o.gorootSrc = m_go.goroot() + QStringLiteral("/src");
    o.gotoolchain = QStringLiteral("local");
    const auto kiln = loadModuleSet(o);
    const ProcessOutput go =
        m_go.run({QStringLiteral("list"), QStringLiteral("-m"), QStringLiteral("-e"),
                  QStringLiteral("-json"), QStringLiteral("all")},
                 tree.path(), env);
    QVERIFY2(go.exitCode == 0, go.stdErr.constData());
    QVERIFY2(kiln.has_value(), why(kiln).constData());
    QList<QJsonObject> want, got;
    for (const QJsonObject &obj : test::parseJsonStream(go.stdOut))
        want.append(project(obj));
    for (const ModuleInfo &m : kiln->buildList)
        got.append(toJson(m));
    const QString diff = test::firstDifference(render(want), render(got));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(go.stdErr, kiln->warnings.isEmpty()
                            ? QByteArray()
                            : kiln->warnings.join(QLatin1Char('\n')).toUtf8() + '\n');
}

void TestModGraphOracle::errors_data()
{
    // Inline trees: files, the directory to run in, modules to seed into the
    // cache, extra environment (GOWORK, GO111MODULE, GOFLAGS), go's command.
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("subdir");
    QTest::addColumn<QStringList>("seed");
    QTest::addColumn<Env>("env");
    QTest::addColumn<QStringList>("goArgs");
    const QString gomod = QStringLiteral("go.mod");
    const QString gowork = QStringLiteral("go.work");
    QTest::newRow("go.mod requires newer go") << Files{{gomod, "module x\n\ngo 1.99\n"}}
                                              << QString() << QStringList() << Env() << listAll;
    QTest::newRow("too new and broken") << Files{{gomod, "module x\ngo 1.99\nfrobnicate\n"}}
                                        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("parse error") << Files{{gomod, "module x\nrequire\n"}} << QString()
                                 << QStringList() << Env() << listAll;
    QTest::newRow("missing module declaration")
        << Files{{gomod, "go 1.21\n"}} << QString() << QStringList() << Env() << listAll;
    QTest::newRow("dependency requires newer go")
        << Files{{gomod, "module x\ngo 1.21\nrequire example.com/toonew v1.0.0\n"}} << QString()
        << QStringList{QStringLiteral("example.com/toonew@v1.0.0")}
        << Env{{QStringLiteral("GOFLAGS"), QStringLiteral("-mod=mod")}} << listAll;
    QTest::newRow("dependency declares another path")
        << Files{{gomod, "module x\ngo 1.21\nrequire example.com/badpath v1.0.0\n"}} << QString()
        << QStringList{QStringLiteral("example.com/badpath@v1.0.0")}
        << Env{{QStringLiteral("GOFLAGS"), QStringLiteral("-mod=mod")}} << listAll;
    QTest::newRow("replaced by a missing directory")
        << Files{{gomod, "module x\ngo 1.21\nrequire example.com/a v1.0.0\nreplace "
                         "example.com/a => ./nope\n"}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("replaced by a missing version")
        << Files{{gomod, "module x\ngo 1.16\nrequire example.com/a v1.0.0\nreplace "
                         "example.com/a => example.com/a v1.1.0\n"}}
        << QString() << QStringList{QStringLiteral("example.com/a@v1.0.0")}
        << Env{{QStringLiteral("GOFLAGS"), QStringLiteral("-mod=mod")}} << listAll;
    QTest::newRow("duplicate requirement (readonly)")
        << Files{{gomod, "module x\ngo 1.21\nrequire example.com/a v1.0.0\nrequire example.com/a "
                         "v1.1.0\n"}}
        << QString()
        << QStringList{QStringLiteral("example.com/a@v1.0.0"),
                       QStringLiteral("example.com/a@v1.1.0")}
        << Env() << listAll;
    QTest::newRow("toolchain line implied by go line (readonly)")
        << Files{{gomod, "module x\ngo 1.21.0\ntoolchain go1.21.0\n"}} << QString() << QStringList()
        << Env() << listAll;
    QTest::newRow("toolchain line below go1.21 (readonly)")
        << Files{{gomod, "module x\ngo 1.21\ntoolchain go1.20\n"}} << QString() << QStringList()
        << Env() << listAll;
    QTest::newRow("requires itself (readonly)")
        << Files{{gomod, "module x\ngo 1.21\nrequire x v1.0.0\n"}} << QString() << QStringList()
        << Env() << listAll;
    QTest::newRow("unknown GO111MODULE")
        << Files{{gomod, "module x\n"}} << QString() << QStringList()
        << Env{{QStringLiteral("GO111MODULE"), QStringLiteral("maybe")}} << listAll;
    QTest::newRow("unknown -mod") << Files{{gomod, "module x\n"}} << QString() << QStringList()
                                  << Env{{QStringLiteral("GOFLAGS"), QStringLiteral("-mod=foo")}}
                                  << listAll;
    QTest::newRow("unknown godebug in go.mod")
        << Files{{gomod, "module x\ngo 1.21\ngodebug nosuchsetting=1\n"}} << QString()
        << QStringList() << Env() << listAll;
    QTest::newRow("relative GOWORK")
        << Files{{gomod, "module x\n"}} << QString() << QStringList()
        << Env{{QStringLiteral("GOWORK"), QStringLiteral("go.work")}} << listAll;
    const QByteArray a = "module a\ngo 1.21\n";
    QTest::newRow("go.work: use without go.mod")
        << Files{{gowork, "go 1.22\nuse ./a\nuse ./c\n"}, {QStringLiteral("a/go.mod"), a}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("go.work: module twice") << Files{{gowork, "go 1.22\nuse ./a\nuse ./b\n"},
                                                    {QStringLiteral("a/go.mod"), a},
                                                    {QStringLiteral("b/go.mod"), a}}
                                           << QString() << QStringList() << Env() << listAll;
    QTest::newRow("go.work: directory twice")
        << Files{{gowork, "go 1.22\nuse ./a\nuse ./a/\n"}, {QStringLiteral("a/go.mod"), a}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("go.work older than a module")
        << Files{{gowork, "go 1.21\nuse ./a\n"},
                 {QStringLiteral("a/go.mod"), "module a\ngo 1.22\n"}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("go.work without go line")
        << Files{{gowork, "use ./a\n"}, {QStringLiteral("a/go.mod"), "module a\ngo 1.22\n"}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("go.work requires newer go")
        << Files{{gowork, "go 1.99\nuse ./a\n"}, {QStringLiteral("a/go.mod"), a}} << QString()
        << QStringList() << Env() << listAll;
    QTest::newRow("go.work: module requires newer go")
        << Files{{gowork, "go 1.22\nuse ./a\n"},
                 {QStringLiteral("a/go.mod"), "module a\ngo 1.99\n"}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("go.work: module without module line")
        << Files{{gowork, "go 1.22\nuse ./a\nuse ./b\n"},
                 {QStringLiteral("a/go.mod"), a},
                 {QStringLiteral("b/go.mod"), "go 1.21\n"}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("go.work replaces a workspace module everywhere")
        << Files{{gowork, "go 1.22\nuse ./a\nreplace a => ./b\n"},
                 {QStringLiteral("a/go.mod"), a},
                 {QStringLiteral("b/go.mod"), "module b\n"}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("go.work: conflicting module replacements")
        << Files{{gowork, "go 1.22\nuse ./a\nuse ./b\n"},
                 {QStringLiteral("a/go.mod"), "module a\ngo 1.21\nreplace x.com/q => ./q\n"},
                 {QStringLiteral("b/go.mod"), "module b\ngo 1.21\nreplace x.com/q => ./r\n"}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("go.work: unknown godebug")
        << Files{{gowork, "go 1.22\nuse ./a\ngodebug foo=1\n"}, {QStringLiteral("a/go.mod"), a}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("go.work: parse error")
        << Files{{gowork, "go 1.22\nrequire x v1.0.0\n"}, {QStringLiteral("a/go.mod"), a}}
        << QString() << QStringList() << Env() << listAll;
    QTest::newRow("GOWORK names a missing file")
        << Files{{QStringLiteral("a/go.mod"), a}} << QStringLiteral("a") << QStringList()
        << Env{{QStringLiteral("GOWORK"), QStringLiteral("$ROOT/nothere.work")}} << listAll;
}

void TestModGraphOracle::errors()
{
    QFETCH(Files, files);
    QFETCH(QString, subdir);
    QFETCH(QStringList, seed);
    QFETCH(Env, env);
    QFETCH(QStringList, goArgs);
    test::TempModule tree(files);
    const auto cache = newCache();
    for (const QString &m : seed)
        seedCache(cache->path(), m);
    for (QString &v : env)
        v.replace(QLatin1String("$ROOT"), tree.path());
    env.insert(QStringLiteral("GOMODCACHE"), cache->path());
    env.insert(QStringLiteral("GOSUMDB"), QStringLiteral("off"));
    const QString dir = subdir.isEmpty() ? tree.path() : tree.filePath(subdir);

    ModuleLoadOptions o;
    o.workingDir = dir;
    o.gomodcache = cache->path();
    o.gowork = env.value(QStringLiteral("GOWORK"));
    o.go111module = env.value(QStringLiteral("GO111MODULE"));
    o.modFlag = env.value(QStringLiteral("GOFLAGS")).section(QLatin1Char('='), 1);
    o.gorootSrc = m_go.goroot() + QStringLiteral("/src");
    o.gotoolchain = QStringLiteral("local");
    const auto kiln = loadModuleSet(o);
    const ProcessOutput go = m_go.run(goArgs, dir, env);
    QVERIFY2(go.exitCode != 0, "go succeeded");
    QVERIFY2(!kiln.has_value(), "Kiln succeeded");
    const QByteArray want = kiln.error().message.toUtf8() + '\n';
    if (!go.stdErr.endsWith(want))
        QFAIL(qPrintable(test::firstDifference(go.stdErr, want)));
}

void TestModGraphOracle::noMainModule_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("subdir");
    const QByteArray mainGo = "package main\n\nfunc main() {}\n";
    QTest::newRow("no go.mod") << Files{{QStringLiteral("x.go"), mainGo}} << QString();
    QTest::newRow(".git/config above")
        << Files{{QStringLiteral(".git/config"), "[core]\n"}, {QStringLiteral("sub/x.go"), mainGo}}
        << QStringLiteral("sub");
    QTest::newRow(".git/config here")
        << Files{{QStringLiteral(".git/config"), "[core]\n"}, {QStringLiteral("x.go"), mainGo}}
        << QString();
    QTest::newRow("go.work without use")
        << Files{{QStringLiteral("go.work"), "go 1.23\n"}, {QStringLiteral("x.go"), mainGo}}
        << QString();
}

void TestModGraphOracle::noMainModule()
{
    QFETCH(Files, files);
    QFETCH(QString, subdir);
    test::TempModule tree(files);
    const QString dir = subdir.isEmpty() ? tree.path() : tree.filePath(subdir);
    ModuleLoadOptions o;
    o.workingDir = dir;
    o.gorootSrc = m_go.goroot() + QStringLiteral("/src");
    const auto kiln = loadModuleSet(o);
    QVERIFY2(kiln.has_value(), why(kiln).constData());
    QCOMPARE(kiln->kind, ModuleSet::Kind::NoMainModule);

    const ProcessOutput list =
        m_go.run({QStringLiteral("list"), QStringLiteral("-m"), QStringLiteral("-json")}, dir);
    QVERIFY2(list.exitCode == 0, list.stdErr.constData());
    QList<QJsonObject> want, got;
    for (const QJsonObject &obj : test::parseJsonStream(list.stdOut))
        want.append(project(obj));
    for (const ModuleInfo &m : kiln->mainModules)
        got.append(toJson(m));
    QString diff = test::firstDifference(render(want), render(got));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // What go says once a command needs a module.
    const ProcessOutput build = m_go.run({QStringLiteral("build"), QStringLiteral(".")}, dir);
    QVERIFY(build.exitCode != 0);
    diff = test::firstDifference(build.stdErr, kiln->noMainModuleError.toUtf8() + '\n');
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// go ignores a go.mod in the system temp directory itself (and says so).
void TestModGraphOracle::tempRootGoMod()
{
    test::TempModule tree({{QStringLiteral("go.mod"), "module x\n"}});
    const QString tmp = QDir(tree.path()).canonicalPath();
    ModuleLoadOptions o;
    o.workingDir = tmp;
    o.gorootSrc = m_go.goroot() + QStringLiteral("/src");
    o.tempDir = tmp;
    const auto kiln = loadModuleSet(o);
    QVERIFY2(kiln.has_value(), why(kiln).constData());
    QCOMPARE(kiln->kind, ModuleSet::Kind::NoMainModule);
    const ProcessOutput go = m_go.run({QStringLiteral("list"), QStringLiteral("-m")}, tmp,
                                      {{QStringLiteral("TMPDIR"), tmp}});
    QCOMPARE(go.stdOut, QByteArray("command-line-arguments\n"));
    QCOMPARE(go.stdErr, kiln->warnings.join(QLatin1Char('\n')).toUtf8() + '\n');
}

QTEST_GUILESS_MAIN(TestModGraphOracle)
#include "tst_modgraph_oracle.moc"
