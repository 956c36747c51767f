// BuildController on real builds of the bundled hello example, with a
// GOCACHE of the test's own: a cold build succeeds and reports every action
// (started → batched state changes → finished) into an ActionModel under
// QAbstractItemModelTester; a warm build is all cache hits for the compiles,
// estimates the time they saved, and its action IDs equal go's
// (-debug-actiongraph on the same cache); Stop cancels a running build
// promptly; Run builds cmd/hello and streams its output; Clean removes what
// the build wrote and leaves GOCACHE alone.
#include "buildtest.h"
#include "guitest.h"

#include "models/actionmodel.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kiln;
using namespace kiln::gui;

namespace
{

// Feeds the controller's signals into an ActionModel, as the window does.
struct ModelFeed {
    ActionModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    int starts = 0, batches = 0, updates = 0;
    int lastDone = -1, lastTotal = -1;
    QString output;

    explicit ModelFeed(BuildController &c)
    {
        QObject::connect(&c, &BuildController::started, &model, [this](const BuildStart &s) {
            ++starts;
            model.setBuild(s);
        });
        QObject::connect(&c, &BuildController::actionsChanged, &model,
                         [this](const QList<ActionUpdate> &u) {
                             ++batches;
                             updates += int(u.size());
                             model.updateActions(u);
                         });
        QObject::connect(&c, &BuildController::progressChanged, &model, [this](int d, int t) {
            lastDone = d;
            lastTotal = t;
        });
        QObject::connect(&c, &BuildController::outputReceived, &model,
                         [this](const QString &text, OutputKind) { output += text; });
    }
};

int filesIn(const QString &dir)
{
    int n = 0;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

class TestBuildController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void coldBuildReportsEveryAction();
    void warmBuildHitsTheCacheLikeGo();
    void stopCancels();
    void runStreamsProgramOutput();
    void cleanRemovesOutputsOnly();
    void startErrorIsReported();

private:
    QTemporaryDir m_cache;
    test::OracleGo m_go;
    // The cold and the warm build share one controller: a session that saw
    // the actions run, so the warm build can tell what its hits saved.
    SettleTracker m_settle;
    BuildController m_session{&m_settle};
};

void TestBuildController::initTestCase()
{
    test::isolateSettings(QStringLiteral("tst_buildcontroller"));
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    QVERIFY(m_cache.isValid());
}

void TestBuildController::coldBuildReportsEveryAction()
{
    SettleTracker &settle = m_settle;
    BuildController &controller = m_session;
    controller.setEnvironment(test::buildEnvironment(m_cache.path()));
    ModelFeed feed(controller);
    QSignalSpy running(&controller, &BuildController::runningChanged);

    const BuildOutcome o = test::runToEnd(
        controller, test::buildRequest(test::exampleDir(QStringLiteral("hello")), {"./..."}));
    QVERIFY2(o.ok(), qPrintable(o.error + feed.output));
    QVERIFY(settle.isSettled());
    QCOMPARE(running.size(), 2);
    QCOMPARE(feed.starts, 1);
    QVERIFY(o.summary.actions > 50); // hello and the std packages it imports
    QCOMPARE(feed.model.actionCount(), o.summary.actions);
    QCOMPARE(feed.lastDone, o.summary.actions);
    QCOMPARE(feed.lastTotal, o.summary.actions);
    // Batched: far fewer batches than state changes (each action changes 3 times).
    QVERIFY2(feed.batches < feed.updates, qPrintable(QString::number(feed.batches)));
    QCOMPARE(o.summary.cacheHits, 0);
    QCOMPARE(feed.model.countWithStatus(ActionStatus::Built), o.summary.actions);
    QVERIFY(o.rebuilt > 50);
    QVERIFY(o.toolNs > 0);
    QCOMPARE(o.savedNs, 0);
    QVERIFY(o.outputs.isEmpty()); // go build ./... of several packages writes nothing

    int compiles = 0;
    for (int a = 0; a < feed.model.actionCount(); ++a) {
        const ActionInfo &info = feed.model.info(a);
        const ActionRun &run = feed.model.run(a);
        QVERIFY(run.finished());
        QVERIFY(run.startNs >= run.readyNs && run.doneNs >= run.startNs);
        QVERIFY(run.worker >= 0 && run.worker < controller.buildStart().workers);
        if (info.mode != graph::Mode::Build || info.package == QLatin1String("unsafe"))
            continue;
        ++compiles;
        QCOMPARE(run.record.actionID.size(), 20);
        QVERIFY2(run.record.cmds.join('\n').contains(QLatin1String("/compile -o ")),
                 qPrintable(run.record.cmds.join('\n')));
        QVERIFY(!run.record.preimage.isEmpty());
        QVERIFY(info.objdir.startsWith(QLatin1String("$WORK/b")));
    }
    QVERIFY(compiles > 40);
    QVERIFY(!QFileInfo::exists(controller.buildStart().workDir)); // $WORK removed
}

void TestBuildController::warmBuildHitsTheCacheLikeGo()
{
    BuildController &controller = m_session;
    const QProcessEnvironment env = controller.environment();
    ModelFeed feed(controller);
    const QString hello = test::exampleDir(QStringLiteral("hello"));
    const BuildOutcome o = test::runToEnd(controller, test::buildRequest(hello, {"./..."}));
    QVERIFY2(o.ok(), qPrintable(o.error + feed.output));
    QVERIFY(o.summary.cacheHits > 50);
    QCOMPARE(o.savedUnknown, 0);
    QVERIFY(o.savedNs > 0);

    QTemporaryDir out;
    const QString graphFile = out.filePath(QStringLiteral("graph.json"));
    const kiln::ProcessOutput go = m_go.runWithEnv(
        {QStringLiteral("build"), QStringLiteral("-debug-actiongraph=") + graphFile, "./..."},
        hello, env);
    QVERIFY2(go.exitCode == 0, go.stdErr.constData());
    QFile f(graphFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QHash<QString, QString> goIds; // "mode package" → ActionID
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject a = v.toObject();
        goIds.insert(a[QLatin1String("Mode")].toString() + QLatin1Char(' ') +
                         a[QLatin1String("Package")].toString(),
                     a[QLatin1String("ActionID")].toString());
    }
    QCOMPARE(goIds.size(), feed.model.actionCount());
    int compared = 0;
    for (int a = 0; a < feed.model.actionCount(); ++a) {
        const ActionInfo &info = feed.model.info(a);
        const QString key = graph::modeName(info.mode) + QLatin1Char(' ') + info.package;
        QVERIFY2(goIds.contains(key), qPrintable(key));
        QCOMPARE(feed.model.run(a).record.actionID, goIds.value(key));
        if (info.mode == graph::Mode::Build && info.package != QLatin1String("unsafe")) {
            QCOMPARE(feed.model.run(a).status, ActionStatus::CacheHit);
            ++compared;
        }
    }
    QVERIFY(compared > 40);
}

void TestBuildController::stopCancels()
{
    // A cache of its own, so there is real work to stop.
    QTemporaryDir cache;
    SettleTracker settle;
    BuildController controller(&settle);
    controller.setEnvironment(test::buildEnvironment(cache.path()));
    ModelFeed feed(controller);
    QSignalSpy finished(&controller, &BuildController::finished);
    controller.start(test::buildRequest(test::exampleDir(QStringLiteral("hello")), {"./..."}));
    QVERIFY(controller.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return feed.model.countWithStatus(ActionStatus::Built) >= 3; },
                            120000));
    QElapsedTimer stopped;
    stopped.start();
    controller.stop();
    QVERIFY(finished.wait(30000));
    QVERIFY2(stopped.elapsed() < 10000, qPrintable(QString::number(stopped.elapsed())));
    const BuildOutcome o = finished.first().first().value<BuildOutcome>();
    QVERIFY(o.cancelled);
    QVERIFY(!o.ok());
    QVERIFY(o.summary.cancelled > 0);
    QVERIFY(o.summary.succeeded < o.summary.actions);
    QVERIFY(feed.model.countWithStatus(ActionStatus::Cancelled) > 0);
    QCOMPARE(feed.model.countWithStatus(ActionStatus::Running), 0);
    QVERIFY(!controller.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return settle.isSettled(); }, 5000));
}

void TestBuildController::runStreamsProgramOutput()
{
    SettleTracker settle;
    BuildController controller(&settle);
    controller.setEnvironment(test::buildEnvironment(m_cache.path()));
    ModelFeed feed(controller);
    QString programOut;
    connect(&controller, &BuildController::outputReceived, this,
            [&](const QString &text, OutputKind kind) {
                if (kind == OutputKind::ProgramOut)
                    programOut += text;
            });
    const BuildOutcome o =
        test::runToEnd(controller, test::buildRequest(test::exampleDir(QStringLiteral("hello")),
                                                      {"./cmd/hello"}, BuildKind::Run));
    QVERIFY2(o.ok(), qPrintable(o.error + feed.output));
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(programOut.contains(QLatin1String("2 + 3 = 5")), qPrintable(programOut));
    QVERIFY(o.outputs.isEmpty()); // the temporary executable is not the module's
    QVERIFY(controller.lastOutputs().isEmpty());
    QVERIFY(!QFileInfo::exists(test::exampleDir(QStringLiteral("hello")) + "/hello"));
    QVERIFY(QTest::qWaitFor([&] { return settle.isSettled(); }, 5000));
}

void TestBuildController::cleanRemovesOutputsOnly()
{
    test::TempModule module;
    module.copyTree(test::exampleDir(QStringLiteral("hello")));
    SettleTracker settle;
    BuildController controller(&settle);
    controller.setEnvironment(test::buildEnvironment(m_cache.path()));
    const BuildOutcome o =
        test::runToEnd(controller, test::buildRequest(module.path(), {"./cmd/hello"}));
    QVERIFY2(o.ok(), qPrintable(o.error));
    const QString exe = module.filePath(QStringLiteral("hello"));
    QCOMPARE(o.outputs, QStringList{exe});
    QVERIFY(QFileInfo(exe).isExecutable());
    const int cacheFiles = filesIn(m_cache.path());

    QSignalSpy cleaned(&controller, &BuildController::cleaned);
    controller.clean();
    QVERIFY(cleaned.wait(10000));
    QCOMPARE(cleaned.first().first().toStringList(), QStringList{exe});
    QVERIFY(!QFileInfo::exists(exe));
    QVERIFY(controller.lastOutputs().isEmpty());
    QCOMPARE(filesIn(m_cache.path()), cacheFiles);
    QVERIFY(QFileInfo::exists(module.filePath(QStringLiteral("cmd/hello/main.go"))));
}

void TestBuildController::startErrorIsReported()
{
    SettleTracker settle;
    BuildController controller(&settle);
    controller.setEnvironment(test::buildEnvironment(m_cache.path()));
    ModelFeed feed(controller);
    const BuildOutcome o = test::runToEnd(
        controller, test::buildRequest(test::exampleDir(QStringLiteral("hello")), {"./nosuch"}));
    QVERIFY(!o.started);
    QVERIFY(!o.ok());
    QVERIFY2(o.error.contains(QLatin1String("nosuch")), qPrintable(o.error));
    QVERIFY(feed.output.contains(o.error));
    QCOMPARE(feed.starts, 0);
}

QTEST_MAIN(TestBuildController)
#include "tst_buildcontroller.moc"
