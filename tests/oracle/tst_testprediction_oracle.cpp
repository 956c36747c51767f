// Oracle: the test-cache prediction (test/testprediction.h) against what go
// test 1.25 then does, on the shared oracle cache (a temp module only this
// test builds; nothing is expired or cleaned).
//
// Module example.com/tp: package a's test reads $KILN_TP_VAR and a/data.txt,
// package b's reads nothing. Each step predicts first, then runs real
// `go test ./...` and checks go agrees: "cached" ⇔ go prints "(cached)".
//   savedBy_data: the same script once with the results saved by go, once
//   by kiln-cli test (build-h*/bin/kiln-cli; its side record of the inputs):
//     unchanged → both cached; env changed → a: "env KILN_TP_VAR changed";
//     file changed → a: "file …/a/data.txt changed"; source changed → a:
//     "source changed (example.com/tp/a must be rebuilt)"; b stays cached
//     throughout; -count=1 → "not cacheable (-test.count=1)".
//   withoutRecord: a result go saved and Kiln never saw valid: an env change
//     is "an input changed", a file modified after the save is named by its
//     mtime; a file modified under 2 s ago is "too new"; go agrees each time.
//   invalidate: invalidateTestResults of a's keys → a has no cached result,
//     go runs a again and replays b.
//   blindSpotsAreRealForGo: package c reads $KILN_TP_EARLY in a package
//     variable (before the test log starts) and a's data.txt is rewritten
//     with its size and mtime kept: both are reported as blind spots, both
//     predicted "cached", and go replays both although the inputs changed.
#include "test/testinputrecord.h"
#include "test/testprediction.h"

#include "cache/cachescan.h"
#include "goenv/toolchain.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"

#include <QDateTime>
#include <QDir>
#include <QThread>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace kiln;
using namespace kiln::test;

namespace
{

const QString pkgA = QStringLiteral("example.com/tp/a");
const QString pkgB = QStringLiteral("example.com/tp/b");

QByteArray sourceA(int value)
{
    // A variable, not a constant: the test binary must change with it (a
    // constant folds into the test and leaves the binary as it was — go
    // then replays the result through the binary's content ID).
    return "package a\n\nvar value = " + QByteArray::number(value) +
           "\n\nfunc Value() int { return value }\n";
}

const QByteArray testA = R"(package a

import (
	"os"
	"testing"
)

func TestA(t *testing.T) {
	_ = os.Getenv("KILN_TP_VAR")
	if _, err := os.ReadFile("data.txt"); err != nil {
		t.Fatal(err)
	}
	if Value() <= 0 {
		t.Fatal("value")
	}
}
)";

void setMtime(const QString &path, qint64 secondsAgo)
{
    const qint64 sec = QDateTime::currentSecsSinceEpoch() - secondsAgo;
    const timespec t[2] = {{sec, 0}, {sec, 0}};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), t, 0) == 0);
}

bool cachedIn(const QByteArray &out, const QString &pkg)
{
    return out.contains("ok  \t" + pkg.toUtf8() + "\t(cached)");
}

bool ranIn(const QByteArray &out, const QString &pkg)
{
    return out.contains("ok  \t" + pkg.toUtf8() + '\t') && !cachedIn(out, pkg);
}

} // namespace

class TestPredictionOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savedBy_data();
    void savedBy();
    void withoutRecord();
    void invalidate();
    void blindSpotsAreRealForGo();

private:
    QProcessEnvironment env() const;
    QMap<QString, PackagePrediction> predict(const QStringList &args = {"./..."}) const;
    QByteArray goTest(const QStringList &args = {"./..."}) const;
    QByteArray kilnTest() const;
    // Predicts, runs go, and checks a's verdict and that go agrees; b must
    // stay cached.
    PackagePrediction expectRerun(RunReason reason, const QString &subject);
    void expectCached();
    // A result of the given saver for the current inputs.
    void save(const QString &saver);
    // What the Test Cache panel's Invalidate Selected does for package a.
    void invalidateA();

    OracleGo m_go;
    goenv::Toolchain m_toolchain;
    std::unique_ptr<TempModule> m_module;
    QString m_var = QStringLiteral("one");
    QString m_early = QStringLiteral("pass");
    int m_value = 1;
};

void TestPredictionOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    goenv::DiscoveryInput in;
    in.environment = m_go.environment();
    auto tc = goenv::discoverToolchain(in);
    QVERIFY2(tc, "no toolchain");
    m_toolchain = *tc;
    m_module = std::make_unique<TempModule>(QMap<QString, QByteArray>{
        {"go.mod", "module example.com/tp\n\ngo 1.25\n"},
        {"a/a.go", sourceA(1)},
        {"a/a_test.go", testA},
        {"a/data.txt", "one\n"},
        {"b/b.go", "package b\n\nfunc B() int { return 2 }\n"},
        {"b/b_test.go", "package b\n\nimport \"testing\"\n\nfunc TestB(t *testing.T) {\n"
                        "\tif B() != 2 {\n\t\tt.Fatal(\"b\")\n\t}\n}\n"},
        {"c/c.go", "package c\n\nimport \"os\"\n\nvar mode = os.Getenv(\"KILN_TP_EARLY\")\n"},
        {"c/c_test.go", "package c\n\nimport \"testing\"\n\nfunc TestC(t *testing.T) {\n"
                        "\tif mode == \"fail\" {\n\t\tt.Fatal(mode)\n\t}\n}\n"}});
    setMtime(m_module->filePath("a/data.txt"), 60);

    // Nothing compiled yet: both packages must be built, go runs both.
    const auto p = predict();
    QCOMPARE(p.value(pkgA).prediction, Prediction::WillRun);
    QCOMPARE(p.value(pkgA).reason, RunReason::SourceChanged);
    QCOMPARE(p.value(pkgB).reason, RunReason::SourceChanged);
    const QByteArray out = goTest();
    QVERIFY2(ranIn(out, pkgA) && ranIn(out, pkgB), out.constData());
    expectCached();
}

QProcessEnvironment TestPredictionOracle::env() const
{
    return m_go.environment(
        {{QStringLiteral("KILN_TP_VAR"), m_var}, {QStringLiteral("KILN_TP_EARLY"), m_early}});
}

QMap<QString, PackagePrediction> TestPredictionOracle::predict(const QStringList &args) const
{
    exec::PipelineInput in;
    in.toolchain = m_toolchain;
    in.environment = env();
    in.workingDir = m_module->path();
    in.args = args;
    const auto r = predictTests(in);
    if (!r)
        qWarning("predictTests: %s", qPrintable(r.error().toString()));
    QMap<QString, PackagePrediction> out;
    for (const PackagePrediction &p : r.value_or(TestPredictions{}).packages)
        out.insert(p.importPath, p);
    return out;
}

QByteArray TestPredictionOracle::goTest(const QStringList &args) const
{
    const ProcessOutput out = m_go.runWithEnv(QStringList{"test"} + args, m_module->path(), env());
    return out.stdOut + out.stdErr;
}

QByteArray TestPredictionOracle::kilnTest() const
{
    const ProcessOutput out = runKilnCli({"test", "./..."}, m_module->path(), env());
    return out.stdOut + out.stdErr;
}

void TestPredictionOracle::expectCached()
{
    const auto p = predict();
    QCOMPARE(predictionText(p.value(pkgA)), QStringLiteral("cached"));
    QCOMPARE(predictionText(p.value(pkgB)), QStringLiteral("cached"));
    const QByteArray out = goTest();
    QVERIFY2(cachedIn(out, pkgA) && cachedIn(out, pkgB), out.constData());
}

PackagePrediction TestPredictionOracle::expectRerun(RunReason reason, const QString &subject)
{
    const auto p = predict();
    const PackagePrediction a = p.value(pkgA);
    const QByteArray out = goTest();
    [&] {
        QVERIFY2(a.prediction == Prediction::WillRun && a.reason == reason,
                 qPrintable(predictionText(a)));
        QCOMPARE(a.subject, subject);
        QCOMPARE(predictionText(p.value(pkgB)), QStringLiteral("cached"));
        QVERIFY2(ranIn(out, pkgA) && cachedIn(out, pkgB), out.constData());
    }();
    return a;
}

void TestPredictionOracle::save(const QString &saver)
{
    if (saver == QLatin1String("go"))
        return; // go saved the run expectRerun made
    // Make go's result unfindable, then let Kiln run and save it.
    invalidateA();
    const QByteArray out = kilnTest();
    QVERIFY2(ranIn(out, pkgA) && cachedIn(out, pkgB), out.constData());
}

void TestPredictionOracle::invalidateA()
{
    const QString dir = OracleGo::sharedCache();
    const auto index = cache::scanCacheIndex(dir);
    QVERIFY(index);
    const QList<Digest> outputs = savedOutputKeys(index->entries, {pkgA});
    QVERIFY(!outputs.isEmpty());
    const auto removed = invalidateTestResults(dir, predict().value(pkgA).resultKeys + outputs);
    QVERIFY(removed && *removed >= outputs.size());
}

void TestPredictionOracle::savedBy_data()
{
    QTest::addColumn<QString>("saver");
    QTest::newRow("go") << QStringLiteral("go");
    QTest::newRow("kiln-cli") << QStringLiteral("kiln");
}

void TestPredictionOracle::savedBy()
{
    QFETCH(QString, saver);
    save(saver);
    expectCached();

    m_var = QStringLiteral("env-") + saver;
    expectRerun(RunReason::EnvChanged, QStringLiteral("KILN_TP_VAR"));
    save(saver);
    expectCached();

    const QString data = m_module->filePath("a/data.txt");
    m_module->write("a/data.txt", "changed by " + saver.toUtf8() + "\n");
    setMtime(data, 5);
    expectRerun(RunReason::FileChanged, data);
    save(saver);
    expectCached();

    m_module->write("a/a.go", sourceA(++m_value));
    expectRerun(RunReason::SourceChanged, pkgA);
    save(saver);
    expectCached();

    const auto p = predict({"-count=1", "./..."});
    QCOMPARE(predictionText(p.value(pkgA)),
             QStringLiteral("will re-run: not cacheable (-test.count=1)"));
    QCOMPARE(p.value(pkgB).reason, RunReason::NotCacheable);
    const QByteArray out = goTest({"-count=1", "./..."});
    QVERIFY2(ranIn(out, pkgA) && ranIn(out, pkgB), out.constData());
}

void TestPredictionOracle::withoutRecord()
{
    // go saves a result Kiln has not looked at: no record.
    m_var = QStringLiteral("unseen");
    QVERIFY(ranIn(goTest(), pkgA));
    m_var = QStringLiteral("unseen-2");
    const PackagePrediction changed = expectRerun(RunReason::InputChanged, QString());
    QVERIFY(changed.detail.contains(QLatin1String("KILN_TP_VAR"))); // the variables read

    // go saved that run (no record again); a file modified after it.
    QThread::sleep(4);
    const QString data = m_module->filePath("a/data.txt");
    m_module->write("a/data.txt", "after the save\n");
    setMtime(data, 3);
    expectRerun(RunReason::FileChanged, data);

    // Modified just now: go does not trust the mtime (and saves nothing).
    m_module->write("a/data.txt", "too new\n");
    const PackagePrediction tooNew = expectRerun(RunReason::FileTooNew, data);
    QVERIFY(tooNew.blindSpots.contains(BlindSpot{BlindSpotKind::ModifiedRecently, data}));
    setMtime(data, 10);
}

void TestPredictionOracle::invalidate()
{
    goTest(); // a result for the current inputs
    expectCached();
    const auto before = predict();
    QVERIFY(before.value(pkgA).blindSpots.contains(
        BlindSpot{BlindSpotKind::MtimeAndSize, m_module->filePath("a/data.txt")}));
    invalidateA();
    expectRerun(RunReason::NoCachedResult, QString());
}

void TestPredictionOracle::blindSpotsAreRealForGo()
{
    const QString pkgC = QStringLiteral("example.com/tp/c");
    const QString data = m_module->filePath("a/data.txt");
    expectCached();
    const auto before = predict();
    QVERIFY(before.value(pkgC).blindSpots.contains(
        BlindSpot{BlindSpotKind::EarlyEnv, QStringLiteral("KILN_TP_EARLY")}));
    QVERIFY(before.value(pkgA).blindSpots.contains(BlindSpot{BlindSpotKind::MtimeAndSize, data}));

    // c reads its variable while the package initialises, before the test
    // log starts: go never sees it, and replays the result (which would now
    // fail).
    m_early = QStringLiteral("fail");
    // a's file keeps its size and mtime: go does not look at the bytes.
    QFile f(data);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    struct stat st {
    };
    QVERIFY(::stat(QFile::encodeName(data).constData(), &st) == 0);
    bytes[0] = bytes[0] == 'x' ? 'y' : 'x';
    m_module->write("a/data.txt", bytes);
    const timespec keep[2] = {st.st_atim, st.st_mtim};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(data).constData(), keep, 0) == 0);

    const auto p = predict();
    QCOMPARE(predictionText(p.value(pkgA)), QStringLiteral("cached"));
    QCOMPARE(predictionText(p.value(pkgC)), QStringLiteral("cached"));
    const QByteArray out = goTest();
    QVERIFY2(cachedIn(out, pkgA) && cachedIn(out, pkgC), out.constData());
    m_early = QStringLiteral("pass");
}

QTEST_GUILESS_MAIN(TestPredictionOracle)
#include "tst_testprediction_oracle.moc"
