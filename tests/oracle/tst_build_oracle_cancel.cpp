// Oracle: an interrupted `kiln-cli build std` leaves GOCACHE consistent for go.
// Kiln starts on a fresh cache (CGO_ENABLED=0); once it has stored a few
// entries (at least ~3 s in) it gets SIGINT or SIGTERM mid-build. Then every
// -a entry must be 175 well-formed bytes whose -d output exists with the
// recorded size (read here without Kiln's cache code), and go must use what
// Kiln stored: `go build -x` of packages whose archives Kiln stored (their
// -buildid in Kiln's -x script names an -a entry) compiles nothing.
#include "support/buildoracle.h"
#include "support/buildscript.h"
#include "support/cachescan.h"
#include "support/testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace kiln::test;

namespace
{

// go's HashToString: URL-safe base64 of the first 15 bytes, no padding.
QString hashToString(const QString &hex)
{
    return QString::fromLatin1(
        QByteArray::fromHex(hex.toLatin1())
            .left(15)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The packages whose compile (a line of the -x script) has an index entry
// in cache, i.e. whose archive Kiln stored.
QStringList storedPackages(const QByteArray &script, const QString &cache)
{
    QSet<QString> ids;
    for (const QString &hex : scanCache(cache).entries.keys())
        ids.insert(hashToString(hex));
    QStringList out;
    for (const CompileRun &c : parseBuildScript(script).compiles)
        if (ids.contains(c.actionID))
            out.append(c.package);
    return out;
}

} // namespace

class TestBuildOracleCancel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void interruptedBuild_data();
    void interruptedBuild();

private:
    OracleGo m_go;
};

void TestBuildOracleCancel::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    QVERIFY2(QFileInfo(kilnCli()).isExecutable(),
             qPrintable(kilnCli() + QStringLiteral(" missing")));
}

void TestBuildOracleCancel::interruptedBuild_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestBuildOracleCancel::interruptedBuild()
{
    QFETCH(int, signal);
    QElapsedTimer timer;
    timer.start();
    QTemporaryDir cache;
    QTemporaryDir dir;
    QVERIFY(cache.isValid() && dir.isValid());

    QProcess kiln;
    kiln.setProcessEnvironment(buildEnvironment(m_go, cache.path()));
    kiln.setWorkingDirectory(dir.path());
    kiln.start(kilnCli(), {QStringLiteral("build"), QStringLiteral("-x"), QStringLiteral("std")});
    QVERIFY2(kiln.waitForStarted(), qPrintable(kiln.errorString()));

    // At least 3 s, then until Kiln has stored a few archives (a loaded
    // machine may need longer), so the signal lands mid-build.
    QByteArray script;
    QStringList stored;
    while (timer.elapsed() < 90000 && kiln.state() == QProcess::Running) {
        kiln.waitForReadyRead(250);
        script += kiln.readAllStandardError();
        stored = storedPackages(script, cache.path());
        if (timer.elapsed() >= 3000 && stored.size() >= 3)
            break;
    }
    QVERIFY2(kiln.state() == QProcess::Running,
             "kiln-cli build std ended before it could be interrupted");
    QVERIFY2(stored.size() >= 3, "Kiln stored fewer than 3 archives in 90 s");
    QCOMPARE(::kill(pid_t(kiln.processId()), signal), 0);
    QVERIFY2(kiln.waitForFinished(30000), "kiln-cli did not stop within 30 s of the signal");
    script += kiln.readAllStandardError();
    qInfo("interrupted after %lld ms with %lld archives stored; %s %d", timer.elapsed(),
          qlonglong(stored.size()),
          kiln.exitStatus() == QProcess::CrashExit ? "killed by signal" : "exit",
          kiln.exitStatus() == QProcess::CrashExit ? signal : kiln.exitCode());
    QVERIFY(kiln.exitStatus() == QProcess::CrashExit || kiln.exitCode() != 0);

    const QStringList problems = cacheConsistencyProblems(cache.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));

    // go uses what Kiln stored: building those packages compiles nothing.
    stored = storedPackages(script, cache.path()).mid(0, 8);
    const TimedRun goRun = runBuild(m_go, BuildTool::Go, QStringList{QStringLiteral("-x")} + stored,
                                    dir.path(), cache.path());
    QVERIFY2(goRun.ok(), goRun.out.stdErr.constData());
    const BuildScript goScript = parseBuildScript(goRun.out.stdErr);
    QVERIFY2(goScript.toolRuns.isEmpty(),
             qPrintable(QStringLiteral("go rebuilt [%1] of [%2]")
                            .arg(goScript.compiledPackages.join(QLatin1Char(' ')),
                                 stored.join(QLatin1Char(' ')))));

    // Tools still running when Kiln stopped write only into $WORK, which an
    // interrupted build leaves behind (go leaves its own too).
    const QString work = parseBuildScript(script).workDir;
    if (work.startsWith(QDir::tempPath() + QStringLiteral("/go-build")))
        QDir(work).removeRecursively();
    qInfo("timing: interruptedBuild:%s: %lld ms", QTest::currentDataTag(), timer.elapsed());
}

QTEST_GUILESS_MAIN(TestBuildOracleCancel)
#include "tst_build_oracle_cancel.moc"
