// exec::prepareBuild (the GUI's build pipeline) against go: for each row go
// runs `go build -n -debug-actiongraph=F ARGS` and Kiln prepares the same
// build under -n; the action graphs must list the same actions (mode,
// package, objdir, target, deps by position). Rows that go refuses must fail
// with go's message, byte for byte. std with CGO_ENABLED=0 checks that
// test-only packages matched by a pattern are left out, as go's omitTestOnly
// does.
#include "exec/buildpipeline.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kiln;

namespace
{

goenv::Toolchain toolchain()
{
    goenv::DiscoveryInput in;
    in.environment = QProcessEnvironment::systemEnvironment();
    auto tc = goenv::discoverToolchain(in);
    return tc ? *tc : goenv::Toolchain{};
}

QString objdirText(int n)
{
    return n > 0 ? QStringLiteral("$WORK/b%1/").arg(n, 3, 10, QLatin1Char('0')) : QString();
}

// One line per action: "ID mode package objdir target deps".
QStringList goActions(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject a = v.toObject();
        QStringList deps;
        for (const QJsonValue &d : a[QLatin1String("Deps")].toArray())
            deps << QString::number(d.toInt());
        out << QStringLiteral("%1 %2|%3|%4|%5|%6")
                   .arg(a[QLatin1String("ID")].toInt())
                   .arg(a[QLatin1String("Mode")].toString(), a[QLatin1String("Package")].toString(),
                        a[QLatin1String("Objdir")].toString(),
                        a[QLatin1String("Target")].toString(), deps.join(QLatin1Char(',')));
    }
    return out;
}

// The same lines for Kiln's graph, numbered like go's actiongraph (BFS order).
QStringList kilnActions(const exec::PreparedBuild &b)
{
    const QList<int> order = b.graph.bfsOrder();
    QHash<int, int> id;
    for (qsizetype i = 0; i < order.size(); ++i)
        id.insert(order[i], int(i));
    QStringList out;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const graph::Action &a = b.graph.actions[order[i]];
        QStringList deps;
        for (int d : a.deps)
            deps << QString::number(id.value(d));
        const QString package = a.package >= 0 ? b.load.packages[a.package].importPath : QString();
        out << QStringLiteral("%1 %2|%3|%4|%5|%6")
                   .arg(i)
                   .arg(graph::modeName(a.mode), package, objdirText(a.objdir), a.target,
                        deps.join(QLatin1Char(',')));
    }
    return out;
}

} // namespace

class TestBuildPipelineOracle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_go.available(), qPrintable(m_go.reason())); }
    void sameGraphAsGo_data();
    void sameGraphAsGo();

private:
    test::OracleGo m_go;
};

void TestBuildPipelineOracle::sameGraphAsGo_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    const QStringList none;
    QTest::newRow("hello ./...") << "hello" << QStringList{"./..."} << none;
    QTest::newRow("hello command") << "hello" << QStringList{"./cmd/hello"} << none;
    QTest::newRow("hello -o dir/") << "hello" << QStringList{"-o", "out/", "./..."} << none;
    QTest::newRow("pipeline ./...") << "pipeline" << QStringList{"./..."} << none;
    QTest::newRow("hello tags, trimpath")
        << "hello" << QStringList{"-tags=debug", "-trimpath", "./..."} << none;
    QTest::newRow("std without cgo")
        << "hello" << QStringList{"std"} << QStringList{"CGO_ENABLED=0"};
    QTest::newRow("test-only package named")
        << "hello" << QStringList{"crypto/internal/fips140test"} << QStringList{"CGO_ENABLED=0"};
    QTest::newRow("no such directory") << "hello" << QStringList{"./nosuch"} << none;
    QTest::newRow("-p=0") << "hello" << QStringList{"-p=0", "./..."} << none;
    QTest::newRow("-o file, many packages") << "hello" << QStringList{"-o", "x", "./..."} << none;
    QTest::newRow("bad GOFLAGS") << "hello" << QStringList{"./..."}
                                 << QStringList{"GOFLAGS=-nosuchflag"};
}

void TestBuildPipelineOracle::sameGraphAsGo()
{
    QFETCH(QString, example);
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    test::TempModule module;
    module.copyTree(test::exampleDir(example));
    QTemporaryDir out;
    QMap<QString, QString> extra;
    for (const QString &kv : env)
        extra.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    const QProcessEnvironment environment = m_go.environment(extra);

    const QString graphFile = out.filePath(QStringLiteral("graph.json"));
    const ProcessOutput go =
        m_go.runWithEnv(QStringList{"build", "-n", "-debug-actiongraph=" + graphFile} + args,
                        module.path(), environment);

    exec::PipelineInput in;
    in.toolchain = toolchain();
    in.environment = environment;
    in.workingDir = module.path();
    in.args = QStringList{"-n"} + args;
    const auto kiln = exec::prepareBuild(in);

    if (go.exitCode != 0 && !QFile::exists(graphFile)) {
        QVERIFY2(!kiln, "go refused the build, Kiln prepared it");
        QCOMPARE(kiln.error().error.toString() + QLatin1Char('\n'), QString::fromUtf8(go.stdErr));
        return;
    }
    QVERIFY2(kiln, qPrintable(kiln ? QString() : kiln.error().error.toString()));
    QFile f(graphFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList expected = goActions(f.readAll());
    QVERIFY(expected.size() > 1);
    QCOMPARE(kilnActions(*kiln), expected);
    QCOMPARE(kiln->config.workDir, QStringLiteral("$WORK"));
    QVERIFY(!kiln->cache); // -n opens no cache
}

QTEST_MAIN(TestBuildPipelineOracle)
#include "tst_buildpipeline_oracle.moc"
