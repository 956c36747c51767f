// The pure parts of the test-cache prediction: the blind-spot scan of Go
// source (testblindspots.h), the side record's format (testinputrecord.h)
// and the English verdict lines (testprediction.h).
#include "test/testblindspots.h"
#include "test/testinputrecord.h"
#include "test/testprediction.h"

#include <QtTest>

using namespace kiln;
using namespace kiln::test;

Q_DECLARE_METATYPE(QList<kiln::test::BlindSpot>)

namespace
{

BlindSpot early(const char *name)
{
    return {BlindSpotKind::EarlyEnv, QString::fromLatin1(name)};
}

} // namespace

class TestTestPrediction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void earlyEnv_data();
    void earlyEnv();
    void inputSpots();
    void recordRoundTrip();
    void recordRejects_data();
    void recordRejects();
    void texts_data();
    void texts();
};

void TestTestPrediction::earlyEnv_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QList<BlindSpot>>("spots");
    QTest::newRow("in a test: logged")
        << QByteArray("package p\nfunc TestX(t *testing.T) { os.Getenv(\"A\") }\n")
        << QList<BlindSpot>{};
    QTest::newRow("package variable") << QByteArray("package p\nvar mode = os.Getenv(\"MODE\")\n")
                                      << QList<BlindSpot>{early("MODE")};
    QTest::newRow("var block and LookupEnv")
        << QByteArray("package p\nvar (\n\ta, _ = os.LookupEnv(`A`)\n)\n")
        << QList<BlindSpot>{early("A")};
    QTest::newRow("init") << QByteArray("package p\nfunc init() {\n\tif os.Getenv(\"X\") != \"\" "
                                        "{\n\t\tpanic(1)\n\t}\n}\n")
                          << QList<BlindSpot>{early("X")};
    QTest::newRow("TestMain, non-literal")
        << QByteArray("package p\nfunc TestMain(m *testing.M) { k := \"K\"; os.Getenv(k); "
                      "os.Exit(m.Run()) }\n")
        << QList<BlindSpot>{early("")};
    QTest::newRow("method named init is not init")
        << QByteArray("package p\nfunc (T) init() { os.Getenv(\"Y\") }\n") << QList<BlindSpot>{};
    QTest::newRow("return type braces")
        << QByteArray("package p\nfunc f() interface{} { return os.Getenv(\"F\") }\n"
                      "var g = os.Getenv(\"G\")\n")
        << QList<BlindSpot>{early("G")};
    QTest::newRow("comments and strings are not code")
        << QByteArray("package p\n// var x = os.Getenv(\"C\")\nvar s = \"os.Getenv(\\\"S\\\")\"\n"
                      "/* os.Environ() */\n")
        << QList<BlindSpot>{};
    QTest::newRow("Environ anywhere")
        << QByteArray("package p\nfunc TestE(t *testing.T) { _ = os.Environ() }\n")
        << QList<BlindSpot>{BlindSpot{BlindSpotKind::Environ, {}}};
}

void TestTestPrediction::earlyEnv()
{
    QFETCH(QByteArray, source);
    QFETCH(QList<BlindSpot>, spots);
    QCOMPARE(earlyEnvReads(source), spots);
}

void TestTestPrediction::inputSpots()
{
    auto file = [](TestLogOp op, const char *name) {
        TestInput in;
        in.op = op;
        in.name = name;
        in.hash = QByteArray(64, 'a');
        return in;
    };
    TestInput regular = file(TestLogOp::Open, "/m/data.txt");
    regular.isRegular = true;
    TestInput dir = file(TestLogOp::Open, "/m/sub");
    dir.isDir = true;
    TestInput outside = file(TestLogOp::Open, "/etc/hostname");
    outside.outsideRoot = true;
    TestInput fresh = file(TestLogOp::Open, "/m/new.txt");
    fresh.isRegular = true;
    fresh.tooNew = true;
    TestInput statted = file(TestLogOp::Stat, "/m/s");
    statted.isRegular = true;
    const QList<BlindSpot> expected = {{BlindSpotKind::MtimeAndSize, "/m/data.txt"},
                                       {BlindSpotKind::DirectoryListing, "/m/sub"},
                                       {BlindSpotKind::OutsideRoot, "/etc/hostname"},
                                       {BlindSpotKind::ModifiedRecently, "/m/new.txt"}};
    QCOMPARE(inputBlindSpots(
                 {file(TestLogOp::Getenv, "HOME"), regular, dir, outside, fresh, statted, regular}),
             expected);
}

void TestTestPrediction::recordRoundTrip()
{
    TestInputRecord r;
    r.logHash = sha256Of("# test log\n");
    r.logPutNs = 1700000000123456789;
    r.inputsID = sha256Of("inputs");
    r.importPath = QStringLiteral("example.com/m/p");
    TestInput env;
    env.name = "GODEBUG";
    env.hash = digestHex(sha256Of("e"));
    TestInput open;
    open.op = TestLogOp::Open;
    open.name = "/m/a file with spaces.txt";
    open.hash = digestHex(sha256Of("o"));
    open.size = 12;
    open.mtimeNs = 1700000000000000001;
    TestInput gone;
    gone.op = TestLogOp::Stat;
    gone.name = "/m/missing";
    gone.hash = digestHex(sha256Of("s"));
    TestInput chdir;
    chdir.op = TestLogOp::Chdir;
    chdir.name = "/m/sub";
    chdir.hash = digestHex(sha256Of("c"));
    r.inputs = {env, open, gone, chdir};
    const QByteArray text = formatTestInputRecord(r);
    QCOMPARE(text.left(text.indexOf('\n') + 1), QByteArray("kiln test inputs 1\n"));
    QVERIFY(text.contains("\nopen " + open.hash +
                          " 12 1700000000000000001 /m/a file with "
                          "spaces.txt\n"));
    QVERIFY(text.contains("\nstat " + gone.hash + " -1 -1 /m/missing\n"));
    const auto back = parseTestInputRecord(text);
    QVERIFY(back);
    QCOMPARE(back->logHash, r.logHash);
    QCOMPARE(back->logPutNs, r.logPutNs);
    QCOMPARE(back->inputsID, r.inputsID);
    QCOMPARE(back->importPath, r.importPath);
    QCOMPARE(back->inputs, r.inputs);
    QVERIFY(recordMatches(*back, "# test log\n", r.logPutNs));
    QVERIFY(!recordMatches(*back, "# test log\n", r.logPutNs + 1));
}

void TestTestPrediction::recordRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray head = "kiln test inputs 1\nlog " + digestHex(Digest{}) + " 5\ninputs " +
                            digestHex(Digest{}) + "\npackage p\n";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other header") << QByteArray("kiln test inputs 2\n");
    QTest::newRow("no final newline") << head.chopped(1);
    QTest::newRow("no package") << head.left(head.indexOf("package"));
    QTest::newRow("unknown op") << head + "read " + digestHex(Digest{}) + " x\n";
    QTest::newRow("short hash") << head + "env abc X\n";
    QTest::newRow("open without size") << head + "open " + digestHex(Digest{}) + " /x\n";
    QTest::newRow("no put time") << QByteArray("kiln test inputs 1\nlog " + digestHex(Digest{}) +
                                               "\ninputs " + digestHex(Digest{}) + "\npackage p\n");
}

void TestTestPrediction::recordRejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!parseTestInputRecord(text));
}

void TestTestPrediction::texts_data()
{
    QTest::addColumn<int>("prediction");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, Prediction p, RunReason r, const char *subject,
                  const char *text) {
        QTest::newRow(name) << int(p) << int(r) << QString::fromUtf8(subject)
                            << QString::fromUtf8(text);
    };
    row("cached", Prediction::Cached, RunReason::None, "", "cached");
    row("env", Prediction::WillRun, RunReason::EnvChanged, "X", "will re-run: env X changed");
    row("file", Prediction::WillRun, RunReason::FileChanged, "/m/f",
        "will re-run: file /m/f changed");
    row("source", Prediction::WillRun, RunReason::SourceChanged, "m/p",
        "will re-run: source changed (m/p must be rebuilt)");
    row("flag", Prediction::WillRun, RunReason::NotCacheable, "-test.count=1",
        "will re-run: not cacheable (-test.count=1)");
    row("expired", Prediction::WillRun, RunReason::Expired, "",
        "will re-run: expired by go clean -testcache");
    row("unknown input", Prediction::WillRun, RunReason::InputChanged, "",
        "will re-run: an input changed (env or file; go does not record which)");
}

void TestTestPrediction::texts()
{
    QFETCH(int, prediction);
    QFETCH(int, reason);
    QFETCH(QString, subject);
    QFETCH(QString, text);
    PackagePrediction p;
    p.prediction = Prediction(prediction);
    p.reason = RunReason(reason);
    p.subject = subject;
    QCOMPARE(predictionText(p), text);
}

QTEST_GUILESS_MAIN(TestTestPrediction)
#include "tst_testprediction.moc"
