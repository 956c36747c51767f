// DiskCache: go's GOCACHE format, and every bad entry a miss with a reason.
#include "cache/diskcache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::cache;

namespace
{

ActionID idOf(const char *s)
{
    return sha256Of(QByteArray(s));
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

} // namespace

class TestDiskCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openCreatesLayout();
    void putGetRoundTrip();
    void identicalOutputsShareOneFile();
    void badEntriesAreMisses_data();
    void badEntriesAreMisses();
    void missingOrShortOutputIsMiss();
    void relativeDirRefused();
};

void TestDiskCache::openCreatesLayout()
{
    QTemporaryDir tmp;
    auto c = DiskCache::open(tmp.filePath(QStringLiteral("c")));
    QVERIFY(c);
    QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("c/00"))).isDir());
    QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("c/ff"))).isDir());
    QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("c/README"))).isFile());
}

void TestDiskCache::putGetRoundTrip()
{
    QTemporaryDir tmp;
    auto c = DiskCache::open(tmp.path());
    QVERIFY(c);
    const auto out = c->put(idOf("a"), "hello");
    QVERIFY(out);
    QCOMPARE(*out, sha256Of("hello"));
    const Lookup l = c->getFile(idOf("a"));
    QVERIFY2(l.hit(), qPrintable(l.missReason));
    QCOMPARE(l.entry->size, 5);
    QFile entry(c->fileName(idOf("a"), 'a'));
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QCOMPARE(entry.size(), 175);
    QCOMPARE(DiskCache::formatEntry(idOf("a"), *l.entry), entry.readAll());
    QVERIFY(!c->get(idOf("b")).hit());
    QCOMPARE(c->get(idOf("b")).missReason, QStringLiteral("entry not found"));
}

void TestDiskCache::identicalOutputsShareOneFile()
{
    QTemporaryDir tmp;
    auto c = DiskCache::open(tmp.path());
    QVERIFY(c);
    const auto a = c->put(idOf("a"), "same");
    const auto b = c->put(idOf("b"), "same");
    QCOMPARE(*a, *b);
    QCOMPARE(QFileInfo(c->outputFile(*a)).size(), 4);
    // A shorter rewrite of an output truncates the old, longer bytes.
    writeFile(c->outputFile(sha256Of("xy")), "xyzzy-longer");
    QVERIFY(c->put(idOf("c"), "xy"));
    QCOMPARE(QFileInfo(c->outputFile(sha256Of("xy"))).size(), 2);
}

void TestDiskCache::badEntriesAreMisses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    const QByteArray good = DiskCache::formatEntry(idOf("a"), {sha256Of("x"), 1, 12345});
    QTest::newRow("empty") << QByteArray() << "empty entry";
    QTest::newRow("truncated") << good.left(100) << "incomplete entry";
    QTest::newRow("too long") << good + "x"
                              << "entry too long";
    QByteArray badPrefix = good;
    badPrefix[1] = '2';
    QTest::newRow("version") << badPrefix << "invalid entry header";
    QTest::newRow("other action") << DiskCache::formatEntry(idOf("b"), {sha256Of("x"), 1, 1})
                                  << "entry has wrong action ID";
    QByteArray badHex = good;
    badHex[70] = 'Z';
    QTest::newRow("output hex") << badHex << "invalid output ID";
    QByteArray badSize = good;
    badSize[150] = 'x';
    QTest::newRow("size") << badSize << "invalid size or time";
}

void TestDiskCache::badEntriesAreMisses()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    QTemporaryDir tmp;
    auto c = DiskCache::open(tmp.path());
    QVERIFY(c);
    writeFile(c->fileName(idOf("a"), 'a'), data);
    const Lookup l = c->get(idOf("a"));
    QVERIFY(!l.hit());
    QCOMPARE(l.missReason, reason);
}

void TestDiskCache::missingOrShortOutputIsMiss()
{
    QTemporaryDir tmp;
    auto c = DiskCache::open(tmp.path());
    QVERIFY(c);
    const auto out = c->put(idOf("a"), "content");
    QVERIFY(c->getFile(idOf("a")).hit());
    writeFile(c->outputFile(*out), "cont");
    QCOMPARE(c->getFile(idOf("a")).missReason, QStringLiteral("output file has wrong size"));
    QFile::remove(c->outputFile(*out));
    QCOMPARE(c->getFile(idOf("a")).missReason, QStringLiteral("output file not found"));
}

void TestDiskCache::relativeDirRefused()
{
    QVERIFY(!DiskCache::open(QStringLiteral("relative/cache")));
}

QTEST_GUILESS_MAIN(TestDiskCache)
#include "tst_diskcache.moc"
