// Kiln's build history (core/cache/buildhistory.h): the file grammar written
// out by hand and read back, round trips, the deduplication of lines and
// preimages across actions and builds, what readers skip (partial lines,
// unknown lines, incomplete builds, bad fields), lookups of the previous
// build of an action, and the bounds (builds per module, bytes) both in
// boundedHistory and through recordBuild on a real directory.
#include "cache/buildhistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::cache;

namespace
{

// A 20-character action ID made from a label.
QString id(const char *label)
{
    QString s = QString::fromLatin1(label);
    s.replace(QLatin1Char(' '), QLatin1Char('_'));
    return (s + QStringLiteral("____________________")).left(20);
}

HistoryAction action(const char *mode, const char *package, const char *actionId,
                     QList<QByteArray> preimage, HistoryOutcome outcome = HistoryOutcome::Ran,
                     const char *content = "content")
{
    HistoryAction a;
    a.mode = QString::fromLatin1(mode);
    a.package = QString::fromLatin1(package);
    a.actionID = id(actionId);
    a.contentID = content ? id(content) : QString();
    a.outcome = outcome;
    a.durationNs = 1'234'000;
    a.preimage = std::move(preimage);
    return a;
}

HistoryBuild build(qint64 time, const char *module = "example.com/m", const char *root = "/src/m")
{
    HistoryBuild b;
    b.timeNs = time;
    b.module = QString::fromLatin1(module);
    b.moduleRoot = QString::fromLatin1(root);
    b.toolchain = QStringLiteral("go1.25.12");
    b.command = QStringLiteral("build -o out ./cmd/x");
    b.actions = {action("build", "example.com/m/a", "a1", {"compile\n", "file a.go H1\n"}),
                 action("link", "example.com/m/cmd/x", "l1", {"link\n", "packagefile a=C1\n"},
                        HistoryOutcome::Hit)};
    return b;
}

} // namespace

class TestBuildHistory : public QObject
{
    Q_OBJECT

private slots:
    void grammarByHand()
    {
        const QByteArray l1 = historyLineId("compile\n");
        const QByteArray l2 = historyLineId("file a.go \"q\"\n");
        const QByteArray file = "L " + l1 + " \"compile\\n\"\n" + "L " + l2 +
                                " \"file a.go \\\"q\\\"\\n\"\n" + "P AAAAAAAAAAAAAAAAAAAA " + l1 +
                                ' ' + l2 + "\n" +
                                "B 1700000000000000000 2 \"example.com/m\" \"/src/m\" "
                                "\"go1.25.12\" \"build ./...\"\n"
                                "A \"build\" \"example.com/m/a\" AAAAAAAAAAAAAAAAAAAA ran "
                                "CCCCCCCCCCCCCCCCCCCC 1500\n"
                                "A \"link\" \"example.com/m [example.com/m.test]\" "
                                "BBBBBBBBBBBBBBBBBBBB hit - 0\n";
        const BuildHistory h = parseBuildHistory(file);
        QCOMPARE(h.builds.size(), 1);
        const HistoryBuild &b = h.builds.first();
        QCOMPARE(b.timeNs, 1700000000000000000);
        QCOMPARE(b.module, QStringLiteral("example.com/m"));
        QCOMPARE(b.moduleRoot, QStringLiteral("/src/m"));
        QCOMPARE(b.toolchain, QStringLiteral("go1.25.12"));
        QCOMPARE(b.command, QStringLiteral("build ./..."));
        QCOMPARE(b.actions.size(), 2);
        QCOMPARE(b.actions[0].preimage, (QList<QByteArray>{"compile\n", "file a.go \"q\"\n"}));
        QCOMPARE(b.actions[0].outcome, HistoryOutcome::Ran);
        QCOMPARE(b.actions[0].contentID, QStringLiteral("CCCCCCCCCCCCCCCCCCCC"));
        QCOMPARE(b.actions[0].durationNs, 1'500'000);
        QCOMPARE(b.actions[0].key(), QStringLiteral("build example.com/m/a"));
        QCOMPARE(b.actions[1].package, QStringLiteral("example.com/m [example.com/m.test]"));
        QCOMPARE(b.actions[1].outcome, HistoryOutcome::Hit);
        QVERIFY(b.actions[1].contentID.isEmpty());
        QVERIFY(b.actions[1].preimage.isEmpty()); // no P record: kept, without preimage
        QCOMPARE(formatBuildHistory(h), file);
    }

    void lineIdIsShortSha256()
    {
        // SHA-256("abc") = ba7816bf8f01cfea…
        QCOMPARE(historyLineId("abc"), QByteArray("ba7816bf8f01cfea"));
    }

    void roundTripAndDedup()
    {
        BuildHistory h;
        h.builds = {build(10), build(20)};
        h.builds[1].actions[0].actionID = id("a2");
        h.builds[1].actions[0].preimage = {"compile\n", "file a.go H2\n"};
        const QByteArray text = formatBuildHistory(h);
        QCOMPARE(parseBuildHistory(text).builds, h.builds);
        // "compile\n" is stored once although three preimages hash it; the
        // link's preimage (same ID in both builds) once.
        QCOMPARE(text.count("\"compile\\n\""), 1);
        QCOMPARE(text.count("P " + id("l1").toLatin1()), 1);
        QVERIFY(text.startsWith("L "));
    }

    void readersSkip_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<int>("builds");
        const QByteArray good = formatBuildHistory(BuildHistory{{build(10)}});
        QTest::newRow("partial last line") << good.left(good.size() - 5) << 0;
        QTest::newRow("garbage line") << QByteArray("X nonsense\n") + good << 1;
        QTest::newRow("missing action") << good.left(good.lastIndexOf("A ")) << 0;
        QTest::newRow("bad outcome") << QByteArray(good).replace(" hit ", " maybe ") << 0;
        QTest::newRow("short action ID")
            << QByteArray(good).replace(id("l1").toLatin1(), "short") << 0;
        QTest::newRow("extra field") << QByteArray(good).replace(" 1234\n", " 1234 x\n") << 0;
        QTest::newRow("unknown line ID in P")
            << QByteArray(good).replace("P " + id("a1").toLatin1() + ' ',
                                        "P " + id("a1").toLatin1() + " 0000000000000000 ")
            << 1;
        QTest::newRow("second build incomplete")
            << good + good.mid(good.indexOf("B ")).replace("B 10 ", "B 11 ").chopped(10) << 1;
    }

    void readersSkip()
    {
        QFETCH(QByteArray, tail);
        QFETCH(int, builds);
        const BuildHistory h = parseBuildHistory(tail);
        QCOMPARE(h.builds.size(), builds);
        if (QByteArray(QTest::currentDataTag()) == "unknown line ID in P")
            QVERIFY(h.builds[0].actions[0].preimage.isEmpty());
    }

    void previousOfSameModule()
    {
        BuildHistory h;
        h.builds = {build(10), build(20, "example.com/other"),
                    build(30, "example.com/m", "/elsewhere"), build(40), build(50)};
        h.builds[3].actions.removeFirst(); // 40 has no build of a
        const HistoryBuild current = h.builds[4];
        auto [b, a] = h.previous(current, QStringLiteral("build example.com/m/a"));
        QVERIFY(b && a);
        QCOMPARE(b->timeNs, 10); // not 20/30 (other modules), not 40 (no such action)
        std::tie(b, a) = h.previous(current, QStringLiteral("link example.com/m/cmd/x"));
        QCOMPARE(b->timeNs, 40);
        std::tie(b, a) = h.previous(h.builds[0], QStringLiteral("build example.com/m/a"));
        QVERIFY(!b && !a);
        QCOMPARE(h.buildsOf(current).size(), 3);
        QCOMPARE(h.find(30)->moduleRoot, QStringLiteral("/elsewhere"));
        QVERIFY(!h.find(31));
    }

    void bounds_data()
    {
        QTest::addColumn<int>("perModule");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<QList<qint64>>("kept");
        QTest::newRow("per module") << 2 << qint64(1 << 20) << QList<qint64>{3, 4, 5, 6};
        QTest::newRow("bytes: newest only") << 100 << qint64(10) << QList<qint64>{6};
        QTest::newRow("unbounded") << 100 << qint64(1 << 20) << QList<qint64>{1, 2, 3, 4, 5, 6};
    }

    void bounds()
    {
        QFETCH(int, perModule);
        QFETCH(qint64, target);
        QFETCH(QList<qint64>, kept);
        BuildHistory h;
        for (qint64 t = 1; t <= 6; ++t)
            h.builds.append(build(t, t % 2 ? "example.com/m" : "example.com/n"));
        const BuildHistory b = boundedHistory(h, {perModule, 1 << 30, target});
        QList<qint64> times;
        for (const HistoryBuild &x : b.builds)
            times.append(x.timeNs);
        QCOMPARE(times, kept);
        // What is dropped takes its lines along; the rest still parses whole.
        QCOMPARE(parseBuildHistory(formatBuildHistory(b)).builds, b.builds);
    }

    void recordOnDisk()
    {
        QTemporaryDir dir;
        const QString cache = dir.path();
        QCOMPARE(readBuildHistory(cache).builds.size(), 0);
        QCOMPARE(*recordBuild(cache, build(100)), 100);
        // Not later than the newest: recorded one ns after it.
        QCOMPARE(*recordBuild(cache, build(50)), 101);
        const QString file = buildHistoryFile(cache);
        QVERIFY(file.endsWith(QStringLiteral("/kiln/history-v1.txt")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray once = f.readAll();
        f.close();
        QCOMPARE(once.count("\nL ") + 1, 4); // compile, file a.go H1, link, packagefile: once each
        // A writer that died mid-line: the next append starts after the last
        // complete line.
        QVERIFY(f.open(QIODevice::Append));
        f.write("L 0123");
        f.close();
        QCOMPARE(*recordBuild(cache, build(200)), 200);
        const BuildHistory h = readBuildHistory(cache);
        QCOMPARE(h.builds.size(), 3);
        QCOMPARE(h.builds.last().timeNs, 200);
        // Over the per-module limit (plus a quarter): rewritten down to it.
        for (qint64 t = 300; t < 306; ++t)
            QVERIFY(recordBuild(cache, build(t), {4, 1 << 30, 1 << 30}));
        // 302 and 304 made six, one more than 4 + 4/4: cut to four each time.
        QCOMPARE(readBuildHistory(cache).builds.size(), 5);
        QVERIFY(recordBuild(cache, build(400), {4, 100, 1 << 30}));
        QCOMPARE(readBuildHistory(cache).builds.size(), 4); // past maxBytes: compacted
    }
};

QTEST_GUILESS_MAIN(TestBuildHistory)
#include "tst_buildhistory.moc"
