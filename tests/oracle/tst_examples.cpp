// Oracle test of the bundled example modules (resources/examples): the real
// go command must vet, build, test and run them, cross-compile hello, and
// `go list` must show the files each example claims to demonstrate (asm,
// embeds, build tags, file-name suffixes, test kinds). Later features use the
// examples as inputs, so a broken example must fail here first. Every run
// works on a copy of the example in a TempModule, with the shared oracle cache.
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QtTest>

using namespace kiln::test;

namespace
{

// "KEY=value" pairs → the map OracleGo::run takes.
QMap<QString, QString> envMap(const QStringList &pairs)
{
    QMap<QString, QString> env;
    for (const QString &p : pairs) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        env.insert(p.left(eq), p.mid(eq + 1));
    }
    return env;
}

// The command line and everything go printed, for failure reports.
QString transcript(const QStringList &env, const QStringList &args, const kiln::ProcessOutput &out)
{
    QString s = QStringLiteral("$ %1go %2\n")
                    .arg(env.isEmpty() ? QString() : env.join(QLatin1Char(' ')) + QLatin1Char(' '),
                         args.join(QLatin1Char(' ')));
    s += QStringLiteral("exit code %1%2\n")
             .arg(out.exitCode)
             .arg(out.crashed ? QStringLiteral(" (crashed)") : QString());
    s += QStringLiteral("--- stdout\n") + QString::fromUtf8(out.stdOut);
    s += QStringLiteral("--- stderr\n") + QString::fromUtf8(out.stdErr);
    return s;
}

const QString kFiles = QStringLiteral("{{.GoFiles}} {{.SFiles}} {{.EmbedFiles}}");

} // namespace

class TestExamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void command_data();
    void command();
    void listFiles_data();
    void listFiles();

private:
    // Runs go in a fresh copy of the example; on failure prints the transcript.
    kiln::ProcessOutput runIn(const QString &example, const QStringList &args,
                              const QStringList &env, bool *ok);

    OracleGo m_go;
};

void TestExamples::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    for (const QString &name : {QStringLiteral("hello"), QStringLiteral("pipeline")})
        QVERIFY2(QFileInfo::exists(exampleDir(name) + QStringLiteral("/go.mod")),
                 qPrintable(exampleDir(name)));
}

kiln::ProcessOutput TestExamples::runIn(const QString &example, const QStringList &args,
                                        const QStringList &env, bool *ok)
{
    TempModule m;
    m.copyTree(exampleDir(example));
    const kiln::ProcessOutput out = m_go.run(args, m.path(), envMap(env));
    *ok = out.exitCode == 0 && !out.crashed;
    if (!*ok)
        qWarning().noquote() << transcript(env, args, out);
    return out;
}

void TestExamples::command_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("wantInStdout");

    const QStringList all{QStringLiteral("./...")};
    // main reads $HELLO_GREETING; pin it so the caller's environment cannot leak in.
    const QStringList noGreeting{QStringLiteral("HELLO_GREETING=")};

    for (const QString &ex : {QStringLiteral("hello"), QStringLiteral("pipeline")}) {
        for (const QString &cmd :
             {QStringLiteral("vet"), QStringLiteral("build"), QStringLiteral("test")})
            QTest::addRow("%s: go %s ./...", qPrintable(ex), qPrintable(cmd))
                << ex << QStringList() << (QStringList{cmd} + all) << QStringList();
    }

    QTest::newRow("hello: go build -tags debug ./...")
        << QStringLiteral("hello") << QStringList()
        << QStringList{QStringLiteral("build"), QStringLiteral("-tags"), QStringLiteral("debug"),
                       QStringLiteral("./...")}
        << QStringList();
    QTest::newRow("hello: GOARCH=arm64 go build ./...")
        << QStringLiteral("hello") << QStringList{QStringLiteral("GOARCH=arm64")}
        << QStringList{QStringLiteral("build"), QStringLiteral("./...")} << QStringList();
    QTest::newRow("hello: GOARCH=arm64 go vet ./...")
        << QStringLiteral("hello") << QStringList{QStringLiteral("GOARCH=arm64")}
        << QStringList{QStringLiteral("vet"), QStringLiteral("./...")} << QStringList();
    QTest::newRow("hello: GOOS=windows go build ./...")
        << QStringLiteral("hello") << QStringList{QStringLiteral("GOOS=windows")}
        << QStringList{QStringLiteral("build"), QStringLiteral("./...")} << QStringList();

    QTest::newRow("hello: go run ./cmd/hello")
        << QStringLiteral("hello") << noGreeting
        << QStringList{QStringLiteral("run"), QStringLiteral("./cmd/hello")}
        << QStringList{QStringLiteral("Hello, gopher!"), QStringLiteral("2 + 3 = 5"),
                       QStringLiteral("(release)"),
                       QStringLiteral("embedded: [static/colors.txt static/motd.txt]")};
    QTest::newRow("hello: go run -tags debug ./cmd/hello")
        << QStringLiteral("hello") << noGreeting
        << QStringList{QStringLiteral("run"), QStringLiteral("-tags"), QStringLiteral("debug"),
                       QStringLiteral("./cmd/hello")}
        << QStringList{QStringLiteral("(debug)")};
    QTest::newRow("hello: go test -list . ./...")
        << QStringLiteral("hello") << QStringList()
        << QStringList{QStringLiteral("test"), QStringLiteral("-list"), QStringLiteral("."),
                       QStringLiteral("./...")}
        << QStringList{QStringLiteral("TestMessage"),    QStringLiteral("TestGreetingInputs"),
                       QStringLiteral("ExampleMessage"), QStringLiteral("BenchmarkMessage"),
                       QStringLiteral("TestAdd"),        QStringLiteral("BenchmarkAdd")};
    // TestGreetingInputs reads testdata/greeting.txt, and $HELLO_GREETING when set.
    QTest::newRow("hello: go test -v ./greet (file)")
        << QStringLiteral("hello") << noGreeting
        << QStringList{QStringLiteral("test"), QStringLiteral("-v"), QStringLiteral("./greet")}
        << QStringList{QStringLiteral("greeting: \"Howdy\""),
                       QStringLiteral("--- PASS: ExampleMessage")};
    QTest::newRow("hello: HELLO_GREETING=Hi go test -v ./greet")
        << QStringLiteral("hello") << QStringList{QStringLiteral("HELLO_GREETING=Hi")}
        << QStringList{QStringLiteral("test"), QStringLiteral("-v"), QStringLiteral("./greet")}
        << QStringList{QStringLiteral("greeting: \"Hi\"")};

    QTest::newRow("pipeline: go run ./cmd/pipeline")
        << QStringLiteral("pipeline") << QStringList()
        << QStringList{QStringLiteral("run"), QStringLiteral("./cmd/pipeline")}
        << QStringList{QStringLiteral("APPLES    12 #"), QStringLiteral("PLUMS    100 ##########")};
}

void TestExamples::command()
{
    QFETCH(QString, example);
    QFETCH(QStringList, env);
    QFETCH(QStringList, args);
    QFETCH(QStringList, wantInStdout);

    bool ok = false;
    const kiln::ProcessOutput out = runIn(example, args, env, &ok);
    QVERIFY2(ok, "go failed; its output is printed above");
    const QString stdOut = QString::fromUtf8(out.stdOut);
    for (const QString &want : wantInStdout) {
        if (!stdOut.contains(want)) {
            qWarning().noquote() << transcript(env, args, out);
            QFAIL(qPrintable(QStringLiteral("stdout lacks \"%1\"").arg(want)));
        }
    }
}

void TestExamples::listFiles_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("want");

    // Pin the target so rows do not depend on the host.
    const QStringList linuxAmd64{QStringLiteral("GOOS=linux"), QStringLiteral("GOARCH=amd64")};
    const QStringList linuxArm64{QStringLiteral("GOOS=linux"), QStringLiteral("GOARCH=arm64")};

    QTest::newRow("hello/mathx amd64: asm")
        << QStringLiteral("hello") << linuxAmd64 << QStringList() << kFiles
        << QStringLiteral("./mathx") << QStringLiteral("[add.go add_asm.go] [add_amd64.s] []");
    QTest::newRow("hello/mathx arm64: pure Go")
        << QStringLiteral("hello") << linuxArm64 << QStringList() << kFiles
        << QStringLiteral("./mathx") << QStringLiteral("[add.go add_generic.go] [] []");
    QTest::newRow("hello/assets: embeds")
        << QStringLiteral("hello") << linuxAmd64 << QStringList() << kFiles
        << QStringLiteral("./assets")
        << QStringLiteral("[assets.go] [] [greeting.txt static/colors.txt static/motd.txt]");
    QTest::newRow("hello/platform linux/amd64")
        << QStringLiteral("hello") << linuxAmd64 << QStringList() << kFiles
        << QStringLiteral("./platform")
        << QStringLiteral("[arch_amd64.go nodebug.go os_linux.go platform.go] [] []");
    QTest::newRow("hello/platform -tags debug")
        << QStringLiteral("hello") << linuxAmd64
        << QStringList{QStringLiteral("-tags"), QStringLiteral("debug")} << kFiles
        << QStringLiteral("./platform")
        << QStringLiteral("[arch_amd64.go debug.go os_linux.go platform.go] [] []");
    QTest::newRow("hello/platform windows/arm64")
        << QStringLiteral("hello")
        << QStringList{QStringLiteral("GOOS=windows"), QStringLiteral("GOARCH=arm64")}
        << QStringList() << kFiles << QStringLiteral("./platform")
        << QStringLiteral("[arch_other.go nodebug.go os_windows.go platform.go] [] []");
    QTest::newRow("hello/platform darwin/arm64")
        << QStringLiteral("hello")
        << QStringList{QStringLiteral("GOOS=darwin"), QStringLiteral("GOARCH=arm64")}
        << QStringList() << kFiles << QStringLiteral("./platform")
        << QStringLiteral("[arch_other.go nodebug.go os_other.go platform.go] [] []");
    QTest::newRow("hello/greet: internal and external tests")
        << QStringLiteral("hello") << linuxAmd64 << QStringList()
        << QStringLiteral("{{.TestGoFiles}} {{.XTestGoFiles}}") << QStringLiteral("./greet")
        << QStringLiteral("[greet_test.go main_test.go] [example_test.go]");
    QTest::newRow("hello/cmd/hello: imports internal/text")
        << QStringLiteral("hello") << linuxAmd64 << QStringList()
        << QStringLiteral("{{.Name}} {{join .Imports \" \"}}") << QStringLiteral("./cmd/hello")
        << QStringLiteral("main example.com/hello/assets example.com/hello/greet "
                          "example.com/hello/internal/text example.com/hello/mathx "
                          "example.com/hello/platform fmt os");
    QTest::newRow("pipeline/stages: top of the diamond")
        << QStringLiteral("pipeline") << linuxAmd64 << QStringList()
        << QStringLiteral("{{join .Imports \" \"}}") << QStringLiteral("./stages")
        << QStringLiteral("example.com/pipeline/model example.com/pipeline/parse "
                          "example.com/pipeline/transform");
    QTest::newRow("pipeline/parse: left side")
        << QStringLiteral("pipeline") << linuxAmd64 << QStringList()
        << QStringLiteral("{{join .Imports \" \"}}") << QStringLiteral("./parse")
        << QStringLiteral("errors example.com/pipeline/model strconv strings");
    QTest::newRow("pipeline/transform: right side")
        << QStringLiteral("pipeline") << linuxAmd64 << QStringList()
        << QStringLiteral("{{join .Imports \" \"}}") << QStringLiteral("./transform")
        << QStringLiteral("example.com/pipeline/model example.com/pipeline/util strings");
}

void TestExamples::listFiles()
{
    QFETCH(QString, example);
    QFETCH(QStringList, env);
    QFETCH(QStringList, flags);
    QFETCH(QString, format);
    QFETCH(QString, package);
    QFETCH(QString, want);

    const QStringList args = QStringList{QStringLiteral("list")} + flags +
                             QStringList{QStringLiteral("-f"), format, package};
    bool ok = false;
    const kiln::ProcessOutput out = runIn(example, args, env, &ok);
    QVERIFY2(ok, "go list failed; its output is printed above");
    const QString got = QString::fromUtf8(out.stdOut).trimmed();
    if (got != want)
        qWarning().noquote() << transcript(env, args, out);
    QCOMPARE(got, want);
}

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
