// DirIndex (core/load/dirindex.h): a saved classification comes back field
// for field, only under the same stamp and build context; stamps change with
// a file's size, mtime or name and are absent where go would not index;
// a truncated or foreign index file is an empty index and is replaced.
#include "goenv/toolchain.h"
#include "load/buildcontext.h"
#include "load/dirfiles.h"
#include "load/dirindex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::load;

namespace
{

BuildContext linuxContext(bool cgo)
{
    TargetConfig t;
    t.goos = QStringLiteral("linux");
    t.goarch = QStringLiteral("amd64");
    t.cgo = cgo ? Cgo::Enabled : Cgo::Disabled;
    return *makeBuildContext(t);
}

// secondsAgo counts from the test's start, so equal arguments give equal mtimes.
bool writeOld(const QString &path, const QByteArray &data, int secondsAgo = 3600)
{
    static const QDateTime start = QDateTime::currentDateTime();
    QFile f(path);
    return QDir().mkpath(QFileInfo(path).path()) && f.open(QIODevice::WriteOnly) &&
           f.write(data) == data.size() && f.flush() &&
           f.setFileTime(secondsAgo == 0 ? QDateTime::currentDateTime()
                                         : start.addSecs(-secondsAgo),
                         QFileDevice::FileModificationTime);
}

// A package that fills most of DirFiles: cgo flags, a parse error, ignored
// and test files, embeds, directives, an unreadable-constraint .c file.
bool writeRichPackage(const QString &dir)
{
    return writeOld(dir + "/a.go", "// Package p is rich.\n//go:debug panicnil=1\npackage p\n\n"
                                   "// #cgo CFLAGS: -I${SRCDIR}/inc -DX=1\n"
                                   "// #cgo linux LDFLAGS: -lm\nimport \"C\"\n"
                                   "import (\n\t_ \"embed\"\n\t\"fmt\"\n)\n\n"
                                   "//go:embed a.go\nvar s string\nvar _ = fmt.Sprint\n") &&
           writeOld(dir + "/b_windows.go", "package p\n") &&
           writeOld(dir + "/c.go", "//go:build ignore\n\npackage p\n") &&
           writeOld(dir + "/d.go", "package p\nimport \"os\n") &&
           writeOld(dir + "/e.c", "int e;\n") && writeOld(dir + "/f.s", "\n") &&
           writeOld(dir + "/a_test.go", "package p\nimport \"testing\"\n"
                                        "func TestA(t *testing.T) {}\n") &&
           writeOld(dir + "/x_test.go", "package p_test\nimport _ \"strings\"\n");
}

} // namespace

class TestDirIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void keyedByContextAndStamp();
    void stamps();
    void brokenIndexFile_data();
    void brokenIndexFile();
    void saveWritesOnlyWhenChanged();
    void savingDropsVanishedDirectories();
    void indexDirFor();
};

void TestDirIndex::roundTrip_data()
{
    QTest::addColumn<QString>("dir"); // "" = the rich temp package
    QTest::addColumn<bool>("cgo");
    goenv::DiscoveryInput in;
    in.environment = QProcessEnvironment::systemEnvironment();
    const auto tc = goenv::discoverToolchain(in);
    QVERIFY2(tc, "no Go toolchain");
    const QString src = tc->goroot + QStringLiteral("/src/");
    QTest::newRow("rich package, cgo") << QString() << true;
    QTest::newRow("rich package, no cgo") << QString() << false;
    QTest::newRow("runtime") << src + "runtime" << false;
    QTest::newRow("runtime/cgo") << src + "runtime/cgo" << true;
    QTest::newRow("net") << src + "net" << true;
    QTest::newRow("embed") << src + "embed" << false;
    QTest::newRow("no Go files (an error)") << src + "cmd" << false;
}

void TestDirIndex::roundTrip()
{
    QFETCH(QString, dir);
    QFETCH(bool, cgo);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    if (dir.isEmpty()) {
        dir = tmp.filePath(QStringLiteral("src/p"));
        QVERIFY(writeRichPackage(dir));
    }
    const BuildContext ctx = linuxContext(cgo);
    const DirFiles files = classifyDir(dir, ctx, DirReader::ModuleIndex);
    const QString indexDir = tmp.filePath(QStringLiteral("index"));
    {
        DirIndex index(indexDir, ctx);
        QVERIFY(!index.find(dir, "stamp"));
        index.insert(dir, "stamp", files);
        QVERIFY(index.save());
    }
    DirIndex reread(indexDir, ctx);
    const std::optional<DirFiles> back = reread.find(dir, "stamp");
    QVERIFY(back);
    QVERIFY(*back == files);
    QCOMPARE(reread.hits(), 1);
    // The rich package's parse error and cmd's missing Go files are errors.
    QCOMPARE(bool(files.error), dir.startsWith(tmp.path()) || dir.endsWith(QLatin1String("/cmd")));
    if (dir.startsWith(tmp.path())) { // the rich package really is rich
        QVERIFY(!files.problems.isEmpty());
        QVERIFY(!files.ignoreReasons.isEmpty());
        QCOMPARE(!files.embedPatterns.isEmpty(), cgo); // a.go imports "C"
        QCOMPARE(!files.directives.isEmpty(), cgo);
        QVERIFY(!files.xtestImports.isEmpty());
        QVERIFY(!cgo || !files.cgo.cflags.isEmpty());
    }
}

void TestDirIndex::keyedByContextAndStamp()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("p"));
    QVERIFY(writeRichPackage(dir));
    const BuildContext cgo = linuxContext(true);
    {
        DirIndex index(tmp.filePath(QStringLiteral("index")), cgo);
        index.insert(dir, "one", classifyDir(dir, cgo, DirReader::ModuleIndex));
        QVERIFY(index.save());
    }
    QVERIFY(DirIndex(tmp.filePath(QStringLiteral("index")), cgo).find(dir, "one"));
    QVERIFY(!DirIndex(tmp.filePath(QStringLiteral("index")), cgo).find(dir, "two"));
    QVERIFY(!DirIndex(tmp.filePath(QStringLiteral("index")), cgo).find(dir + "x", "one"));
    QVERIFY(!DirIndex(tmp.filePath(QStringLiteral("index")), linuxContext(false)).find(dir, "one"));
    BuildContext tagged = cgo;
    tagged.buildTags << QStringLiteral("debug");
    QVERIFY(!DirIndex(tmp.filePath(QStringLiteral("index")), tagged).find(dir, "one"));
}

void TestDirIndex::stamps()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.path();
    QVERIFY(writeOld(dir + "/a.go", "package p\n"));
    QVERIFY(QDir().mkpath(dir + "/sub"));
    const DirStamp first = stampDir(dir, false);
    QCOMPARE(first.reader, DirReader::ModuleIndex);
    QCOMPARE(first.stamp.size(), 32);
    QCOMPARE(stampDir(dir, false).stamp, first.stamp);
    QVERIFY(stampDir(dir, true).stamp != QByteArray()); // modcache: same rule when all is old

    QVERIFY(writeOld(dir + "/a.go", "package p\n", 7200)); // only the mtime moves
    const QByteArray older = stampDir(dir, false).stamp;
    QVERIFY(older != first.stamp);
    QVERIFY(writeOld(dir + "/a.go", "package q\n", 7200)); // same size and mtime: unseen, as in go
    QCOMPARE(stampDir(dir, false).stamp, older);
    QVERIFY(writeOld(dir + "/a.go", "package pp\n", 7200)); // size
    QVERIFY(stampDir(dir, false).stamp != older);
    QVERIFY(QFile::rename(dir + "/a.go", dir + "/b.go")); // name
    const QByteArray renamed = stampDir(dir, false).stamp;
    QVERIFY(!renamed.isEmpty());
    QVERIFY(writeOld(dir + "/sub/x.go", "package x\n")); // subdirectories do not count
    QCOMPARE(stampDir(dir, false).stamp, renamed);

    QVERIFY(writeOld(dir + "/c.go", "package p\n", 0)); // fresh: go reads it directly
    const DirStamp fresh = stampDir(dir, false);
    QCOMPARE(fresh.reader, DirReader::Direct);
    QVERIFY(fresh.stamp.isEmpty());
    QCOMPARE(stampDir(dir, true).reader, DirReader::ModuleIndex);
    QVERIFY(stampDir(dir, true).stamp.isEmpty());
    QVERIFY(stampDir(dir + "/missing", false).stamp.isEmpty());
}

void TestDirIndex::brokenIndexFile_data()
{
    QTest::addColumn<int>("keep"); // bytes of the saved file kept; -1: foreign bytes
    QTest::newRow("truncated") << 100;
    QTest::newRow("header only") << 12;
    QTest::newRow("empty") << 0;
    QTest::newRow("foreign") << -1;
}

void TestDirIndex::brokenIndexFile()
{
    QFETCH(int, keep);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("p"));
    QVERIFY(writeRichPackage(dir));
    const BuildContext ctx = linuxContext(true);
    const QString indexDir = tmp.filePath(QStringLiteral("index"));
    const DirFiles files = classifyDir(dir, ctx, DirReader::ModuleIndex);
    {
        DirIndex index(indexDir, ctx);
        index.insert(dir, "s", files);
        QVERIFY(index.save());
    }
    const QStringList names = QDir(indexDir).entryList(QDir::Files);
    QCOMPARE(names.size(), 1);
    QFile f(indexDir + QLatin1Char('/') + names.first());
    QVERIFY(f.open(QIODevice::ReadWrite));
    if (keep < 0) {
        QVERIFY(f.resize(0));
        f.write("v1 this is not a Kiln index\n");
    } else {
        QVERIFY(f.resize(keep));
    }
    f.close();
    DirIndex broken(indexDir, ctx);
    QVERIFY(!broken.find(dir, "s"));
    broken.insert(dir, "s", files);
    QVERIFY(broken.save());
    const std::optional<DirFiles> back = DirIndex(indexDir, ctx).find(dir, "s");
    QVERIFY(back && *back == files);
}

void TestDirIndex::saveWritesOnlyWhenChanged()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString indexDir = tmp.filePath(QStringLiteral("index"));
    DirIndex index(indexDir, linuxContext(false));
    QVERIFY(index.save());
    QVERIFY(!QFileInfo::exists(indexDir));
}

void TestDirIndex::savingDropsVanishedDirectories()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString kept = tmp.filePath(QStringLiteral("kept")),
                  gone = tmp.filePath(QStringLiteral("gone"));
    QVERIFY(writeRichPackage(kept) && writeRichPackage(gone));
    const BuildContext ctx = linuxContext(false);
    const QString indexDir = tmp.filePath(QStringLiteral("index"));
    {
        DirIndex index(indexDir, ctx);
        index.insert(kept, "k", classifyDir(kept, ctx, DirReader::ModuleIndex));
        index.insert(gone, "g", classifyDir(gone, ctx, DirReader::ModuleIndex));
        QVERIFY(QDir(gone).removeRecursively());
        QVERIFY(index.save());
    }
    DirIndex reread(indexDir, ctx);
    QVERIFY(reread.find(kept, "k"));
    QVERIFY(!reread.find(gone, "g"));
}

void TestDirIndex::indexDirFor()
{
    QCOMPARE(dirIndexDirFor(QStringLiteral("/c")), QStringLiteral("/c/kiln/loadindex"));
    QCOMPARE(dirIndexDirFor(QStringLiteral("off")), QString());
    QCOMPARE(dirIndexDirFor(QString()), QString());
    QCOMPARE(dirIndexDirFor(QStringLiteral("rel/cache")), QString());
}

QTEST_GUILESS_MAIN(TestDirIndex)
#include "tst_dirindex.moc"
