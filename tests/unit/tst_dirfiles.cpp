// The directory reads under the loader's scans: readDirTyped (readdir's
// d_type instead of a stat per entry) must list what base's readDirRaw lists,
// with the same names, order and directory flags, plus whether each entry is
// a symbolic link; goReaderFor picks go's module index unless the directory
// holds a symbolic link, a non-regular file or a file modified in the last
// two seconds.
#include "base/rawdir.h"
#include "load/dirfiles.h"
#include "load/dirindex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kiln;
using namespace kiln::load;

namespace
{

// A tree from lines: "f name" file, "d name" directory, "l name target"
// symbolic link, "p name" named pipe, "x name" file with a non-UTF-8 byte
// appended to its name. Files are made old unless the line is "F name".
bool populate(const QString &root, const QStringList &spec)
{
    const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
    for (const QString &line : spec) {
        const QStringList f = line.split(QLatin1Char(' '));
        const QString path = root + QLatin1Char('/') + f[1];
        const QByteArray raw = QFile::encodeName(path);
        bool ok = true;
        if (f[0] == QLatin1String("d")) {
            ok = QDir().mkpath(path);
        } else if (f[0] == QLatin1String("l")) {
            ok = ::symlink(f[2].toUtf8().constData(), raw.constData()) == 0;
        } else if (f[0] == QLatin1String("p")) {
            ok = ::mkfifo(raw.constData(), 0644) == 0;
        } else if (f[0] == QLatin1String("x")) {
            // Raw bytes: a QString name would turn the byte into valid UTF-8.
            const int fd = ::open((raw + "\xff").constData(), O_WRONLY | O_CREAT, 0644);
            ok = fd >= 0 && ::close(fd) == 0;
        } else {
            QFile file(path);
            // Flushed before the time is set: the write must not move it again.
            ok = file.open(QIODevice::WriteOnly) && file.write("package p\n") > 0 && file.flush();
            if (ok && f[0] == QLatin1String("f"))
                ok = file.setFileTime(old, QFileDevice::FileModificationTime);
        }
        if (!ok)
            return false;
    }
    return true;
}

// QTemporaryDir cannot remove a name that is not UTF-8: unlink those first.
void removeNonUtf8Names(const QString &root)
{
    if (const auto entries = readDirRaw(root))
        for (const RawDirEntry &e : *entries)
            if (!e.validUtf8)
                ::unlink((QFile::encodeName(root) + '/' + e.rawName).constData());
}

QString describe(const TypedDirEntry &e)
{
    return e.name + (e.isDir ? QStringLiteral(" dir") : QString()) +
           (e.isSymlink ? QStringLiteral(" link") : QString()) +
           (e.validUtf8 ? QString() : QStringLiteral(" bad-utf8"));
}

} // namespace

class TestDirFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readDirTyped_data();
    void readDirTyped();
    void readDirTypedMissing();
    void goReaderFor_data();
    void goReaderFor();
};

void TestDirFiles::readDirTyped_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<QStringList>("expected"); // describe() of each entry, in order
    QTest::newRow("empty") << QStringList{} << QStringList{};
    QTest::newRow("files and dirs") << QStringList{QStringLiteral("f b.go"), QStringLiteral("d a"),
                                                   QStringLiteral("f a.go"), QStringLiteral("d B")}
                                    << QStringList{QStringLiteral("B dir"), QStringLiteral("a dir"),
                                                   QStringLiteral("a.go"), QStringLiteral("b.go")};
    QTest::newRow("links") << QStringList{QStringLiteral("d sub"), QStringLiteral("f x.go"),
                                          QStringLiteral("l tosub sub"),
                                          QStringLiteral("l tox x.go"),
                                          QStringLiteral("l dangling nowhere")}
                           << QStringList{QStringLiteral("dangling link"),
                                          QStringLiteral("sub dir"),
                                          QStringLiteral("tosub dir link"),
                                          QStringLiteral("tox link"), QStringLiteral("x.go")};
    QTest::newRow("pipe and hidden")
        << QStringList{QStringLiteral("p fifo"), QStringLiteral("f .hidden"),
                       QStringLiteral("d .git")}
        << QStringList{QStringLiteral(".git dir"), QStringLiteral(".hidden"),
                       QStringLiteral("fifo")};
    QTest::newRow("non-UTF-8 name")
        << QStringList{QStringLiteral("x bad"), QStringLiteral("f good.go")}
        << QStringList{QStringLiteral("bad\uFFFD bad-utf8"), QStringLiteral("good.go")};
}

void TestDirFiles::readDirTyped()
{
    QFETCH(QStringList, spec);
    QFETCH(QStringList, expected);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const auto cleanup = qScopeGuard([&] { removeNonUtf8Names(tmp.path()); });
    QVERIFY(populate(tmp.path(), spec));
    const auto typed = kiln::load::readDirTyped(tmp.path());
    QVERIFY(typed.has_value());
    QStringList got;
    for (const TypedDirEntry &e : *typed)
        got << describe(e);
    QCOMPARE(got, expected);
    // The same listing as readDirRaw, which stats every entry.
    const auto raw = readDirRaw(tmp.path());
    QVERIFY(raw.has_value());
    QCOMPARE(typed->size(), raw->size());
    for (qsizetype i = 0; i < raw->size(); ++i) {
        QCOMPARE((*typed)[i].rawName, (*raw)[i].rawName);
        QCOMPARE((*typed)[i].name, (*raw)[i].name);
        QCOMPARE((*typed)[i].validUtf8, (*raw)[i].validUtf8);
        QCOMPARE((*typed)[i].isDir, (*raw)[i].isDir);
    }
}

void TestDirFiles::readDirTypedMissing()
{
    QTemporaryDir tmp;
    const QString missing = tmp.path() + QStringLiteral("/nope");
    const auto typed = kiln::load::readDirTyped(missing);
    const auto raw = readDirRaw(missing);
    QVERIFY(!typed && !raw);
    QCOMPARE(typed.error().message, raw.error().message);
    QCOMPARE(typed.error().file, missing);
}

void TestDirFiles::goReaderFor_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<bool>("indexed"); // DirReader::ModuleIndex
    QTest::newRow("empty") << QStringList{} << true;
    QTest::newRow("old files") << QStringList{QStringLiteral("f a.go"), QStringLiteral("f b.s")}
                               << true;
    QTest::newRow("fresh file") << QStringList{QStringLiteral("f a.go"), QStringLiteral("F b.go")}
                                << false;
    QTest::newRow("fresh subdirectory")
        << QStringList{QStringLiteral("f a.go"), QStringLiteral("d sub")} << true;
    QTest::newRow("link to a file")
        << QStringList{QStringLiteral("f a.go"), QStringLiteral("l b.go a.go")} << false;
    QTest::newRow("dangling link") << QStringList{QStringLiteral("l b.go nowhere")} << false;
    QTest::newRow("named pipe") << QStringList{QStringLiteral("f a.go"), QStringLiteral("p fifo")}
                                << false;
}

void TestDirFiles::goReaderFor()
{
    QFETCH(QStringList, spec);
    QFETCH(bool, indexed);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(populate(tmp.path(), spec));
    QCOMPARE(kiln::load::goReaderFor(tmp.path()) == DirReader::ModuleIndex, indexed);
    // Kiln's DirIndex keeps exactly the directories go's index would.
    QCOMPARE(!stampDir(tmp.path(), false).stamp.isEmpty(), indexed);
}

QTEST_GUILESS_MAIN(TestDirFiles)
#include "tst_dirfiles.moc"
