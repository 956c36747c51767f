// Oracle: go test's builds in Kiln's build history (issue 9). kiln-cli test
// ./... runs twice on a temporary module (a; b imports a; c apart) with an
// edit to a.go in between, on the shared oracle GOCACHE (the history keys
// builds by module directory, which is this test's own). The second
// recorded build is classified by explain::explainBuild:
//   - a's plain build and its test variant "a [a.test]": own input changed
//     (a file);
//   - b's test variant, a's test main, both test links and a's vet:
//     propagated, with the root causes in the right variant (a.test's
//     link and main come from "build a [a.test]", b's from the plain a);
//   - c's actions: up to date; no test run action is recorded.
// What ran is checked against real go test -x on a copy of the module and
// the same steps: the packages whose compile go ran the second time are the ones
// Kiln's history says ran. The history file round-trips through its format.
#include "support/oraclego.h"
#include "support/tempmodule.h"

#include "cache/buildhistory.h"
#include "explain/rebuildreason.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace kiln;
using namespace kiln::test;

namespace
{

const QMap<QString, QByteArray> &moduleFiles()
{
    static const QMap<QString, QByteArray> files{
        {"go.mod", "module example.com/th\n\ngo 1.22\n"},
        {"a/a.go", "package a\n\nfunc Answer() int { return 42 }\n"},
        {"a/a_test.go", "package a\n\nimport \"testing\"\n\n"
                        "func TestAnswer(t *testing.T) {\n\tif Answer() == 0 {\n"
                        "\t\tt.Fatal(\"zero\")\n\t}\n}\n"},
        {"b/b.go", "package b\n\nimport \"example.com/th/a\"\n\n"
                   "func Twice() int { return 2 * a.Answer() }\n"},
        {"b/b_test.go", "package b\n\nimport \"testing\"\n\n"
                        "func TestTwice(t *testing.T) {\n\tif Twice() == 0 {\n"
                        "\t\tt.Fatal(\"zero\")\n\t}\n}\n"},
        {"c/c.go", "package c\n\nfunc One() int { return 1 }\n"},
        {"c/c_test.go", "package c\n\nimport \"testing\"\n\n"
                        "func TestOne(t *testing.T) {\n\tif One() != 1 {\n"
                        "\t\tt.Fatal(\"one\")\n\t}\n}\n"},
    };
    return files;
}

bool editAnswer(const QString &moduleDir)
{
    QFile f(moduleDir + QStringLiteral("/a/a.go"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write("package a\n\nfunc Answer() int { return 43 }\n") > 0;
}

// The packages whose compile ran in a go -x script ("-p P" of compile lines).
QStringList compiledIn(const QByteArray &script)
{
    static const QRegularExpression compile(
        QStringLiteral("/compile -o \\S+ -trimpath \\S+ -p (\\S+) "));
    QStringList out;
    for (auto it = compile.globalMatch(QString::fromUtf8(script)); it.hasNext();)
        out.append(it.next().captured(1));
    out.sort();
    out.removeDuplicates();
    return out;
}

QString pkg(const char *name)
{
    return QStringLiteral("example.com/th/") + QLatin1String(name);
}

QString variant(const char *name)
{
    return pkg(name) + QStringLiteral(" [") + pkg(name) + QStringLiteral(".test]");
}

} // namespace

class TestTestHistoryOracle : public QObject
{
    Q_OBJECT
private slots:
    void testBuildsRecorded();
};

void TestTestHistoryOracle::testBuildsRecorded()
{
    OracleGo go;
    QVERIFY2(go.available(), qPrintable(go.reason()));
    TempModule module(moduleFiles());
    TempModule goModule(moduleFiles()); // go's copy (another directory: another ID)
    const QProcessEnvironment env = go.environment();
    const QStringList args{QStringLiteral("test"), QStringLiteral("./...")};

    const ProcessOutput first = runKilnCli(args, module.path(), env);
    QVERIFY2(first.exitCode == 0, first.stdErr.constData());
    QVERIFY(editAnswer(module.path()));
    const ProcessOutput second = runKilnCli(args, module.path(), env);
    QVERIFY2(second.exitCode == 0, second.stdErr.constData());

    const QString cacheDir = env.value(QStringLiteral("GOCACHE"));
    const cache::BuildHistory history = cache::readBuildHistory(cacheDir);
    QList<const cache::HistoryBuild *> ours;
    for (const cache::HistoryBuild &b : history.builds)
        if (b.moduleRoot == QDir::cleanPath(module.path()))
            ours.append(&b);
    QCOMPARE(ours.size(), 2);
    const cache::HistoryBuild &build = *ours.last();
    QCOMPARE(build.command, QStringLiteral("test ./..."));
    QCOMPARE(build.module, QStringLiteral("example.com/th"));
    for (const cache::HistoryAction &a : build.actions)
        QVERIFY2(a.mode != QLatin1String("test run"), qPrintable(a.key()));
    QVERIFY(build.action(QStringLiteral("vet ") + variant("a")));
    QVERIFY(build.action(QStringLiteral("link ") + pkg("a") + QStringLiteral(".test")));
    // The format keeps test builds as they are.
    QVERIFY(cache::parseBuildHistory(cache::formatBuildHistory(history)).builds == history.builds);

    const explain::BuildExplanation e = explain::explainBuild(build, history);
    auto verdictOf = [&](const QString &key) {
        const explain::ActionExplanation *x = e.find(key);
        return x ? explain::verdictWord(x->verdict) : QStringLiteral("missing");
    };
    auto rootsOf = [&](const QString &key) {
        const explain::ActionExplanation *x = e.find(key);
        return x ? x->rootCauses : QStringList{QStringLiteral("missing")};
    };
    const QString ownA = QStringLiteral("build ") + pkg("a");
    const QString ownATest = QStringLiteral("build ") + variant("a");
    QCOMPARE(verdictOf(ownA), QStringLiteral("own input changed"));
    QCOMPARE(verdictOf(ownATest), QStringLiteral("own input changed"));
    QCOMPARE(e.find(ownATest)->ownCategories(), QList{explain::LineCategory::File});
    const QStringList propagated{QStringLiteral("build ") + variant("b"),
                                 QStringLiteral("build ") + pkg("a") + QStringLiteral(".test"),
                                 QStringLiteral("link ") + pkg("a") + QStringLiteral(".test"),
                                 QStringLiteral("link ") + pkg("b") + QStringLiteral(".test"),
                                 QStringLiteral("vet ") + variant("a")};
    for (const QString &key : propagated)
        QVERIFY2(verdictOf(key) == QLatin1String("propagated"),
                 qPrintable(key + QStringLiteral(": ") + verdictOf(key)));
    QCOMPARE(rootsOf(QStringLiteral("link ") + pkg("a") + QStringLiteral(".test")),
             QStringList{ownATest});
    QCOMPARE(rootsOf(QStringLiteral("build ") + pkg("a") + QStringLiteral(".test")),
             QStringList{ownATest});
    QCOMPARE(rootsOf(QStringLiteral("build ") + variant("b")), QStringList{ownA});
    QCOMPARE(rootsOf(QStringLiteral("vet ") + variant("a")), QStringList{ownATest});
    QCOMPARE(verdictOf(QStringLiteral("build ") + variant("c")), QStringLiteral("up to date"));
    QCOMPARE(verdictOf(QStringLiteral("link ") + pkg("c") + QStringLiteral(".test")),
             QStringLiteral("up to date"));

    // What go reruns after the same edit: the same packages' compiles.
    const QStringList goArgs{QStringLiteral("test"), QStringLiteral("-x"), QStringLiteral("./...")};
    QCOMPARE(go.runWithEnv(goArgs, goModule.path(), env).exitCode, 0);
    QVERIFY(editAnswer(goModule.path()));
    const ProcessOutput goSecond = go.runWithEnv(goArgs, goModule.path(), env);
    QCOMPARE(goSecond.exitCode, 0);
    QStringList kilnCompiled;
    for (const explain::ActionExplanation &x : e.actions)
        if (x.mode == QLatin1String("build") && x.ran()) // a test main compiles as main
            kilnCompiled.append(x.package.endsWith(QLatin1String(".test"))
                                    ? QStringLiteral("main")
                                    : x.package.section(QLatin1Char(' '), 0, 0));
    kilnCompiled.sort();
    kilnCompiled.removeDuplicates();
    const QStringList goCompiled = compiledIn(goSecond.stdErr);
    QVERIFY(!goCompiled.isEmpty());
    QCOMPARE(kilnCompiled, goCompiled);
}

QTEST_MAIN(TestTestHistoryOracle)
#include "tst_testhistory_oracle.moc"
