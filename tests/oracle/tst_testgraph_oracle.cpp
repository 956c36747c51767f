// test::prepareTest's action graph against go's: for each row go runs
// `go test -n -debug-actiongraph=F ARGS` and Kiln prepares the same test run
// under -n; every action must agree in go's BFS numbering — mode, package,
// deps, objdir, target, priority and the IgnoreFail/VetxOnly/NeedVet/
// NeedBuild bits — so run, clean, print, vet (with the facts-only vets of
// every dependency), the P.test link and its objdir are go's.
#include "graph/actiongraphjson.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"
#include "test/testpipeline.h"

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

// One line per action with the fields the graph decides (no IDs or times).
QStringList actionLines(const QByteArray &json, const QString &cwd)
{
    static const char *const fields[] = {"Mode",     "Package",  "IgnoreFail", "Objdir",   "Target",
                                         "Priority", "VetxOnly", "NeedVet",    "NeedBuild"};
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject a = v.toObject();
        QStringList parts{QString::number(a[QLatin1String("ID")].toInt())};
        for (const char *f : fields)
            parts << a[QLatin1String(f)].toVariant().toString();
        QStringList deps;
        for (const QJsonValue &d : a[QLatin1String("Deps")].toArray())
            deps << QString::number(d.toInt());
        parts << deps.join(QLatin1Char(','));
        out << parts.join(QLatin1Char('|')).replace(cwd, QStringLiteral("$CWD"));
    }
    return out;
}

} // namespace

class TestTestGraphOracle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_go.available(), qPrintable(m_go.reason())); }
    void sameGraphAsGo_data();
    void sameGraphAsGo();

private:
    test::OracleGo m_go;
};

void TestTestGraphOracle::sameGraphAsGo_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("buildArgs"); // go build flags + packages
    QTest::addColumn<QStringList>("testArgs");  // go test's own flags
    const QStringList none;
    QTest::newRow("hello ./...") << "hello" << QStringList{"./..."} << none;
    QTest::newRow("pipeline ./...") << "pipeline" << QStringList{"./..."} << none;
    QTest::newRow("pipeline -vet=off")
        << "pipeline" << QStringList{"./..."} << QStringList{"-vet=off"};
    QTest::newRow("pipeline -bench")
        << "pipeline" << QStringList{"./..."} << QStringList{"-bench=."};
    QTest::newRow("pipeline -c -o dir/")
        << "pipeline" << QStringList{"./parse", "./transform"} << QStringList{"-c", "-o", "out/"};
    QTest::newRow("pipeline -c") << "pipeline" << QStringList{"./parse"} << QStringList{"-c"};
    QTest::newRow("std packages") << "hello"
                                  << QStringList{"strings",       "bytes",          "sort",
                                                 "strconv",       "encoding/json",  "fmt",
                                                 "path/filepath", "container/list", "unicode/utf8",
                                                 "regexp"}
                                  << none;
    QTest::newRow("runtime") << "hello" << QStringList{"runtime"} << none;
}

void TestTestGraphOracle::sameGraphAsGo()
{
    QFETCH(QString, example);
    QFETCH(QStringList, buildArgs);
    QFETCH(QStringList, testArgs);
    test::TempModule module;
    module.copyTree(test::exampleDir(example));
    QTemporaryDir out;
    const QProcessEnvironment environment = m_go.environment({{"CGO_ENABLED", "0"}});

    const QString graphFile = out.filePath(QStringLiteral("graph.json"));
    const ProcessOutput go = m_go.runWithEnv(
        QStringList{"test", "-n", "-debug-actiongraph=" + graphFile} + testArgs + buildArgs,
        module.path(), environment);
    QVERIFY2(QFile::exists(graphFile), go.stdErr.constData());

    exec::PipelineInput in;
    in.toolchain = toolchain();
    in.environment = environment;
    in.workingDir = module.path();
    in.args = QStringList{"-n"} + testArgs + buildArgs;
    const auto kiln = test::prepareTest(in);
    QVERIFY2(kiln, qPrintable(kiln ? QString() : kiln.error().error.toString()));
    QVERIFY(kiln->setupFailures.isEmpty());

    QFile f(graphFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList expected = actionLines(f.readAll(), module.path());
    QVERIFY(expected.size() > 3);
    const QStringList actual = actionLines(
        graph::actionGraphJson(kiln->test.graph, kiln->load, {}, QStringLiteral("$WORK")),
        module.path());
    if (actual != expected) {
        for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i)
            if (actual.value(i) != expected.value(i)) {
                qWarning("first difference at %lld:\n kiln %s\n go   %s", qlonglong(i),
                         qPrintable(actual.value(i)), qPrintable(expected.value(i)));
                break;
            }
    }
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual, expected);
}

QTEST_MAIN(TestTestGraphOracle)
#include "tst_testgraph_oracle.moc"
