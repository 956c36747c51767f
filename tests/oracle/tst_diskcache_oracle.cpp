// Oracle: the GOCACHE go writes is the format Kiln reads and writes. After
// real go builds, every index entry go left must parse as a hit in Kiln, with
// its output file present at the recorded size, and Kiln's formatting of the
// parsed entry must reproduce go's 175 bytes exactly. A cache opened by Kiln
// must look like one opened by go (README, shard directories).
#include "cache/diskcache.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::cache;

class TestDiskCacheOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goEntriesReadByKiln();
    void layoutMatchesGo();
};

void TestDiskCacheOracle::goEntriesReadByKiln()
{
    test::OracleGo go;
    QVERIFY2(go.available(), qPrintable(go.reason()));
    QTemporaryDir gocache;
    test::TempModule m;
    m.copyTree(test::exampleDir(QStringLiteral("pipeline")));
    // A private cache: this test reads every entry in it.
    const ProcessOutput out = go.run({QStringLiteral("test"), QStringLiteral("./...")}, m.path(),
                                     {{QStringLiteral("GOCACHE"), gocache.path()}});
    QVERIFY2(out.exitCode == 0, out.stdErr.constData());
    auto c = DiskCache::open(gocache.path());
    QVERIFY(c);
    int entries = 0;
    QDirIterator it(gocache.path(), {QStringLiteral("*-a")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QByteArray hex = QFileInfo(file).fileName().left(64).toLatin1();
        ActionID id{};
        const QByteArray raw = QByteArray::fromHex(hex);
        std::copy(raw.begin(), raw.end(), id.begin());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const Lookup l = c->getFile(id);
        QVERIFY2(l.hit(), qPrintable(file + QStringLiteral(": ") + l.missReason));
        QCOMPARE(DiskCache::formatEntry(id, *l.entry), bytes);
        ++entries;
    }
    QVERIFY2(entries > 100, qPrintable(QString::number(entries)));
}

void TestDiskCacheOracle::layoutMatchesGo()
{
    test::OracleGo go;
    QVERIFY2(go.available(), qPrintable(go.reason()));
    QTemporaryDir goDir, kilnDir;
    test::TempModule m({{QStringLiteral("go.mod"), "module example.com/m\n"},
                        {QStringLiteral("m.go"), "package m\n"}});
    const ProcessOutput out = go.run({QStringLiteral("build"), QStringLiteral(".")}, m.path(),
                                     {{QStringLiteral("GOCACHE"), goDir.path()}});
    QVERIFY2(out.exitCode == 0, out.stdErr.constData());
    QVERIFY(DiskCache::open(kilnDir.path()));
    QFile a(goDir.filePath(QStringLiteral("README"))),
        b(kilnDir.filePath(QStringLiteral("README")));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
    for (int i = 0; i < 256; ++i) {
        const QString shard = QStringLiteral("%1").arg(i, 2, 16, QLatin1Char('0'));
        QCOMPARE(QFileInfo(kilnDir.filePath(shard)).isDir(),
                 QFileInfo(goDir.filePath(shard)).isDir());
    }
}

QTEST_GUILESS_MAIN(TestDiskCacheOracle)
#include "tst_diskcache_oracle.moc"
