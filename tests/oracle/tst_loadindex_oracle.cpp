// Oracle: the loader's DirIndex (core/load/dirindex.h) against `go list`.
// kiln-cli list runs with a private GOCACHE, first with no index (every
// directory read), then with the index it wrote (GOROOT and aged module
// directories taken from it): both outputs must equal go's byte for byte.
// A library load shows the warm run really used the index; edits with a new
// mtime or size, and fresh files, are read again; GODEBUG=goindex=0 and
// GOCACHE=off turn the index off, as they do go's.
#include "goenv/goenv.h"
#include "goenv/toolchain.h"
#include "load/loader.h"
#include "load/loadsession.h"
#include "support/listoutput.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QDateTime>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;

namespace
{

// Every file under dir gets an mtime an hour (plus extra seconds) ago, so go
// and Kiln may index its directories.
bool ageTree(const QString &dir, int extra = 0)
{
    const QDateTime old = QDateTime::currentDateTime().addSecs(-3600 - extra);
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadWrite) || !f.setFileTime(old, QFileDevice::FileModificationTime))
            return false;
    }
    return true;
}

int indexFiles(const QString &gocache)
{
    return int(QDir(gocache + QStringLiteral("/kiln/loadindex")).entryList(QDir::Files).size());
}

} // namespace

class TestLoadIndexOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void coldAndWarm_data();
    void coldAndWarm();
    void editsAreReread();
    void indexOff_data();
    void indexOff();

private:
    // "" when kiln-cli list args in dir prints what go list prints.
    QString compare(const QStringList &args, const QString &dir,
                    const QProcessEnvironment &kilnEnv) const;
    // The DirIndex hits of a library load of patterns in dir (-1: setup failed).
    int libraryHits(const QStringList &patterns, const QString &dir,
                    const QProcessEnvironment &env) const;

    test::OracleGo m_go;
};

void TestLoadIndexOracle::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
}

QString TestLoadIndexOracle::compare(const QStringList &args, const QString &dir,
                                     const QProcessEnvironment &kilnEnv) const
{
    // The same GOCACHE for both: test mains' paths name it. go's own index
    // lives in its shards, Kiln's under kiln/loadindex.
    const QStringList list = QStringList{QStringLiteral("list")} + args;
    const ProcessOutput go = m_go.runWithEnv(list, dir, kilnEnv);
    return test::listDifference(go, test::runKilnCli(list, dir, kilnEnv));
}

int TestLoadIndexOracle::libraryHits(const QStringList &patterns, const QString &dir,
                                     const QProcessEnvironment &env) const
{
    goenv::DiscoveryInput din;
    din.environment = env;
    const auto tc = goenv::discoverToolchain(din);
    if (!tc) {
        qWarning() << tc.error().toString();
        return -1;
    }
    goenv::EnvInput in;
    in.toolchain = *tc;
    in.environment = env;
    in.workingDir = dir;
    in.names = {QStringLiteral("GOOS"), QStringLiteral("GOARCH")}; // as kiln-cli list
    const auto goEnv = goenv::GoEnv::compute(in);
    if (!goEnv) {
        qWarning() << goEnv.error().toString();
        return -1;
    }
    const auto config = load::makeLoaderConfig(*goEnv, {}, dir);
    if (!config) {
        qWarning() << config.error().toString();
        return -1;
    }
    return load::loadPackages(*config, patterns).dirIndexHits;
}

void TestLoadIndexOracle::coldAndWarm_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("example"); // "" = no module
    QTest::addColumn<QString>("goos");
    QTest::addColumn<QString>("cgo");
    const QStringList stdCmd = {QStringLiteral("-json"), QStringLiteral("-deps"),
                                QStringLiteral("std"), QStringLiteral("cmd")};
    QTest::newRow("std cmd linux cgo")
        << stdCmd << QString() << QStringLiteral("linux") << QStringLiteral("1");
    QTest::newRow("std cmd windows")
        << stdCmd << QString() << QStringLiteral("windows") << QStringLiteral("0");
    QTest::newRow("pipeline -test -deps")
        << QStringList{QStringLiteral("-json"), QStringLiteral("-test"), QStringLiteral("-deps"),
                       QStringLiteral("./...")}
        << QStringLiteral("pipeline") << QStringLiteral("linux") << QStringLiteral("1");
    QTest::newRow("cgodemo -deps")
        << QStringList{QStringLiteral("-json"), QStringLiteral("-deps"), QStringLiteral("./...")}
        << QStringLiteral("cgodemo") << QStringLiteral("linux") << QStringLiteral("1");
}

void TestLoadIndexOracle::coldAndWarm()
{
    QFETCH(QStringList, args);
    QFETCH(QString, example);
    QFETCH(QString, goos);
    QFETCH(QString, cgo);
    test::TempModule dir;
    if (!example.isEmpty()) {
        dir.copyTree(test::exampleDir(example));
        QVERIFY(ageTree(dir.path()));
    }
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    const QProcessEnvironment env =
        m_go.environment({{QStringLiteral("GOOS"), goos},
                          {QStringLiteral("GOARCH"), QStringLiteral("amd64")},
                          {QStringLiteral("CGO_ENABLED"), cgo},
                          {QStringLiteral("GOCACHE"), cache.path()}});
    QString diff = compare(args, dir.path(), env);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("cold: ") + diff));
    QCOMPARE(indexFiles(cache.path()), 1);
    diff = compare(args, dir.path(), env);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("warm: ") + diff));
    QCOMPARE(indexFiles(cache.path()), 1);

    // A library load: the index is per Kiln binary, so this test's first
    // load reads every directory and writes its own index; the second reads
    // GOROOT's directories (and the module's) from it.
    QStringList patterns = args.filter(QRegularExpression(QStringLiteral("^[^-]")));
    QCOMPARE(libraryHits(patterns, dir.path(), env), 0);
    QCOMPARE(indexFiles(cache.path()), 2);
    const int hits = libraryHits(patterns, dir.path(), env);
    QVERIFY2(hits > (example.isEmpty() ? 300 : 10), qPrintable(QString::number(hits)));
}

void TestLoadIndexOracle::editsAreReread()
{
    test::TempModule m(
        {{QStringLiteral("go.mod"), "module example.com/m\n\ngo 1.22\n"},
         {QStringLiteral("p/p.go"), "package p\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n"},
         {QStringLiteral("main.go"), "package main\n\nimport _ \"example.com/m/p\"\n\n"
                                     "func main() {}\n"}});
    QVERIFY(ageTree(m.path()));
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    const QProcessEnvironment env = m_go.environment({{QStringLiteral("GOCACHE"), cache.path()}});
    const QStringList args = {QStringLiteral("-json"), QStringLiteral("-deps"),
                              QStringLiteral("./...")};
    QString diff = compare(args, m.path(), env);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Same size, older mtime: the stamp changes and p is read again.
    m.write(QStringLiteral("p/p.go"), "package p\n\nimport \"sort\"\n\nvar _ = sort.Ints\n");
    QVERIFY(ageTree(m.path(), 60));
    diff = compare(args, m.path(), env);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after an edit: ") + diff));

    // A fresh file: go reads the directory directly, and so does Kiln.
    m.write(QStringLiteral("p/q.go"),
            "package p\n\nimport \"strings\"\n\nvar _ = strings.ToUpper\n");
    diff = compare(args, m.path(), env);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("fresh file: ") + diff));

    // A bad file with the old stamp rules: a parse error is listed the same way.
    m.write(QStringLiteral("p/q.go"), "package p\n\nimport \"strings\n");
    QVERIFY(ageTree(m.path(), 120));
    diff = compare(args, m.path(), env);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("parse error: ") + diff));
    diff = compare(args, m.path(), env);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("parse error, warm: ") + diff));
}

void TestLoadIndexOracle::indexOff_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("GODEBUG=goindex=0") << QStringLiteral("GODEBUG") << QStringLiteral("goindex=0");
    QTest::newRow("GOCACHE=off") << QStringLiteral("GOCACHE") << QStringLiteral("off");
}

void TestLoadIndexOracle::indexOff()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    test::TempModule m;
    m.copyTree(test::exampleDir(QStringLiteral("hello")));
    QVERIFY(ageTree(m.path()));
    QProcessEnvironment env = m_go.environment({{QStringLiteral("GOCACHE"), cache.path()}});
    env.insert(name, value);
    // With GOCACHE=off, go list fails where it needs the cache (-json's
    // Stale fields, -test's test mains) and lists the rest.
    for (const QString &args : {QStringLiteral("-json -deps ./..."), QStringLiteral("-deps ./..."),
                                QStringLiteral("-test ./...")}) {
        const QString diff = compare(args.split(QLatin1Char(' ')), m.path(), env);
        QVERIFY2(diff.isEmpty(), qPrintable(args + QStringLiteral(": ") + diff));
    }
    QCOMPARE(indexFiles(cache.path()), 0);
    QCOMPARE(libraryHits({QStringLiteral("./...")}, m.path(), env), 0);
}

QTEST_GUILESS_MAIN(TestLoadIndexOracle)
#include "tst_loadindex_oracle.moc"
