// Oracle: the BuildInfo text Kiln computes for a main package against what
// go 1.25 embeds in the binary it builds from the same tree. go's side is
// `go version -m BIN` (tab-prefixed lines, turned back into the text) and the
// raw bytes between the modinfo sentinels in the binary, which must equal
// modInfoData(Kiln's text). Kiln's side is loadPackages + buildInfoText with
// the settings taken from the same flags and environment. Cases: the bundled
// examples, modules from the fake proxy (replace, vendor, MVS, upper-case
// paths), flag and environment variations, go.mod godebug, -pgo, a test
// main, and git stamping (clean, dirty, tags, sub-directory and /v2 modules,
// go's stale pseudo-version cache, -buildvcs=false, go's VCS errors).
#include "goenv/goenv.h"
#include "goenv/toolchain.h"
#include "load/buildinfo.h"
#include "load/loadsession.h"

#include "support/fakeproxy.h"
#include "support/golden.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QDir>
#include <QtTest>

using namespace kiln;

namespace
{

using Files = QMap<QString, QByteArray>;
using Env = QMap<QString, QString>;

const QByteArray StartSentinel = QByteArray::fromHex("3077af0c9274080241e1c107e6d618e6");
const QByteArray EndSentinel = QByteArray::fromHex("f932433186182072008242104116d8f2");

// `go version -m BIN` without its first line and the tab before each line.
QByteArray textFromVersionM(const QByteArray &out)
{
    QList<QByteArray> lines = out.split('\n');
    if (lines.size() < 2)
        return {};
    lines.removeFirst();
    if (lines.last().isEmpty())
        lines.removeLast();
    QByteArray text;
    for (const QByteArray &l : lines)
        text += (l.startsWith('\t') ? l.mid(1) : l) + '\n';
    return text;
}

// Every sentinel-delimited modinfo blob in the binary (go stores it twice:
// in runtime.modinfo and in the .go.buildinfo section); "" if they differ.
QByteArray modInfoBlob(const QString &binary, QString *why)
{
    QFile f(binary);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read ") + binary;
        return {};
    }
    const QByteArray data = f.readAll();
    QByteArray blob;
    for (qsizetype i = data.indexOf(StartSentinel); i >= 0;
         i = data.indexOf(StartSentinel, i + 1)) {
        const qsizetype j = data.indexOf(EndSentinel, i);
        if (j < 0)
            break;
        const QByteArray b = data.mid(i, j + EndSentinel.size() - i);
        if (!blob.isEmpty() && b != blob) {
            *why = QStringLiteral("two different modinfo blobs in ") + binary;
            return {};
        }
        blob = b;
    }
    if (blob.isEmpty())
        *why = QStringLiteral("no modinfo sentinels in ") + binary;
    return blob;
}

// go's -tags: comma-separated, or space-separated without commas.
QStringList splitTags(const QString &v)
{
    if (v.contains(QLatin1Char(',')))
        return v.split(QLatin1Char(','));
    return v.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The go build flags a case uses, applied to Kiln's settings (last wins).
void applyFlags(const QStringList &flags, load::BuildSettings &s, load::LoadFlags &lf)
{
    for (const QString &f : flags) {
        const QString name = f.section(QLatin1Char('='), 0, 0);
        const QString value = f.section(QLatin1Char('='), 1);
        if (name == QLatin1String("-gcflags"))
            s.gcflags = value;
        else if (name == QLatin1String("-ldflags"))
            s.ldflags = value;
        else if (name == QLatin1String("-asmflags"))
            s.asmflags = value;
        else if (name == QLatin1String("-tags"))
            lf.tags = s.tags = splitTags(value);
        else if (name == QLatin1String("-trimpath"))
            s.trimpath = true;
        else if (name == QLatin1String("-cover"))
            s.cover = true;
        else if (name == QLatin1String("-pgo"))
            s.pgo = value;
        else if (name == QLatin1String("-buildmode"))
            s.buildmode = value;
        else if (name == QLatin1String("-buildvcs"))
            s.buildvcs = value == QLatin1String("true")    ? load::BuildVcs::True
                         : value == QLatin1String("false") ? load::BuildVcs::False
                                                           : load::BuildVcs::Auto;
        else
            qFatal("unknown flag in test case: %s", qPrintable(f));
    }
    lf.tagsSet = !lf.tags.isEmpty();
}

struct Case {
    QString tree;            // "example/hello", "modgraph/replace" (tests/data), "" = files only
    Files files;             // written over the tree
    QList<QStringList> prep; // go commands run with the fake proxy first ("mod tidy")
    QStringList steps;       // git and other set-up steps, see TestBuildInfoOracle::setUp
    QString dir;             // working directory, relative to the tree
    QString pkg;             // what go builds
    QStringList flags;       // go build flags
    Env env;                 // extra environment for go and Kiln
    bool test = false;       // go test -c (the package's test main)
};

} // namespace

Q_DECLARE_METATYPE(Case)

class TestBuildInfoOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void compare_data();
    void compare();

private:
    void addExampleRows();
    void addModuleRows();
    void addVcsRows();
    bool setUp(const Case &c, const QString &root, const QString &cache, QString *why);
    bool git(const QString &dir, const QStringList &args, QString *why);
    QString kilnText(const Case &c, const QString &dir, const QProcessEnvironment &env,
                     bool *isError);

    test::OracleGo m_go;
    test::FakeModuleProxy m_proxy;
};

void TestBuildInfoOracle::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    QString error;
    QVERIFY2(m_proxy.build(m_go, &error), qPrintable(error));
}

void TestBuildInfoOracle::compare_data()
{
    QTest::addColumn<Case>("c");
    addExampleRows();
    addModuleRows();
    addVcsRows();
}

void TestBuildInfoOracle::addExampleRows()
{
    const QString hello = QStringLiteral("example/hello");
    const QString cmd = QStringLiteral("./cmd/hello");
    QTest::newRow("hello") << Case{hello, {}, {}, {}, {}, cmd, {}, {}};
    QTest::newRow("pipeline") << Case{QStringLiteral("example/pipeline"), {}, {}, {}, {},
                                      QStringLiteral("./cmd/pipeline"),   {}, {}};
    QTest::newRow("hello from cmd dir")
        << Case{hello, {}, {}, {}, QStringLiteral("cmd/hello"), QStringLiteral("."), {}, {}};
    QTest::newRow("command-line files")
        << Case{hello, {}, {}, {}, {}, QStringLiteral("./cmd/hello/main.go"), {}, {}};
    QTest::newRow("-trimpath") << Case{hello, {}, {}, {}, {}, cmd, {"-trimpath"}, {}};
    QTest::newRow("-gcflags -ldflags -tags -asmflags") << Case{
        hello,
        {},
        {},
        {},
        {},
        cmd,
        {"-gcflags=all=-N -l", "-ldflags=-X \"main.v=a b\" -s", "-tags=foo,bar", "-asmflags="},
        {}};
    QTest::newRow("last flag wins, tags with spaces")
        << Case{hello,
                {},
                {},
                {},
                {},
                cmd,
                {"-gcflags=-N", "-gcflags=example.com/hello/greet=-l", "-ldflags=-w", "-ldflags=-s",
                 "-tags=foo bar"},
                {}};
    QTest::newRow("-trimpath drops -ldflags")
        << Case{hello, {}, {}, {}, {}, cmd, {"-trimpath", "-ldflags=-s -w", "-cover"}, {}};
    QTest::newRow("CGO_ENABLED=0") << Case{hello, {}, {}, {}, {}, cmd, {}, {{"CGO_ENABLED", "0"}}};
    QTest::newRow("CGO_ENABLED=1 with flags") << Case{
        hello, {},
        {},    {},
        {},    cmd,
        {},    {{"CGO_ENABLED", "1"}, {"CGO_CFLAGS", "-O2 -g -DKILN=1"}, {"CGO_LDFLAGS", "-g"}}};
    QTest::newRow("GOAMD64=v3") << Case{hello, {}, {}, {}, {}, cmd, {}, {{"GOAMD64", "v3"}}};
    QTest::newRow("GOEXPERIMENT, GOFIPS140")
        << Case{hello, {},  {}, {},
                {},    cmd, {}, {{"GOEXPERIMENT", "greenteagc,jsonv2"}, {"GOFIPS140", "latest"}}};
    QTest::newRow("go.mod godebug")
        << Case{hello,
                {{"go.mod", "module example.com/hello\n\ngo 1.22\n\ngodebug (\n\tpanicnil=1\n"
                            "\tdefault=go1.21\n)\n"}},
                {},
                {},
                {},
                cmd,
                {},
                {}};
    QTest::newRow("-pgo=auto") << Case{hello, {}, {}, {"pgo cmd/hello"}, {}, cmd, {}, {}};
    QTest::newRow("-pgo=auto -trimpath")
        << Case{hello, {}, {}, {"pgo cmd/hello"}, {}, cmd, {"-trimpath"}, {}};
    QTest::newRow("-pgo=file") << Case{
        hello, {}, {}, {"pgo cmd/hello"}, {}, cmd, {"-pgo=cmd/hello/default.pgo"}, {}};
    QTest::newRow("-pgo=off") << Case{hello, {}, {}, {"pgo cmd/hello"}, {}, cmd, {"-pgo=off"}, {}};
    QTest::newRow("test main") << Case{hello, {}, {},  {}, {}, QStringLiteral("./greet"),
                                       {},    {}, true};
    QTest::newRow("test main of a main package")
        << Case{hello,
                {{"cmd/hello/main_test.go", "package main\n\nimport \"testing\"\n\n"
                                            "func TestX(t *testing.T) {}\n"}},
                {},
                {},
                {},
                cmd,
                {},
                {},
                true};
}

void TestBuildInfoOracle::addModuleRows()
{
    const QList<QStringList> tidy = {{QStringLiteral("mod"), QStringLiteral("tidy")}};
    QTest::newRow("replace: directory, module, go.sum")
        << Case{QStringLiteral("modgraph/replace"), {}, tidy, {}, {}, QStringLiteral("."), {}, {}};
    QTest::newRow("mvs") << Case{
        QStringLiteral("modgraph/mvs"), {}, tidy, {}, {}, QStringLiteral("."), {}, {}};
    // The fixture's own module path collides with example.com/Upper (go
    // refuses to build it, and Kiln gives it no build info); renamed here.
    QTest::newRow("upper-case paths") << Case{
        QStringLiteral("modgraph/upper"),
        {{"go.mod", "module example.com/caseup\n\ngo 1.21\n\nrequire example.com/Upper v1.0.0\n"}},
        tidy,
        {},
        {},
        QStringLiteral("."),
        {},
        {}};
    QTest::newRow("vendor: no sums") << Case{QStringLiteral("modgraph/vendor"),
                                             {},
                                             tidy + QList<QStringList>{{"mod", "vendor"}},
                                             {},
                                             {},
                                             QStringLiteral("."),
                                             {},
                                             {}};
    QTest::newRow("replace -trimpath") << Case{QStringLiteral("modgraph/replace"),
                                               {},
                                               tidy,
                                               {},
                                               {},
                                               QStringLiteral("."),
                                               {"-trimpath"},
                                               {}};
}

void TestBuildInfoOracle::addVcsRows()
{
    const Files stamp = {{"go.mod", "module example.com/stamp\n\ngo 1.24\n"},
                         {"main.go", "package main\n\nfunc main() {}\n"}};
    const QString dot = QStringLiteral(".");
    auto row = [&](const char *name, const QStringList &steps, const QStringList &flags = {},
                   const Files &extra = {}, const QString &dir = {}, const QString &pkg = {},
                   const Env &env = {}) {
        Files files = stamp;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            files.insert(it.key(), it.value());
        QTest::newRow(name) << Case{{},    files, {}, steps, dir, pkg.isEmpty() ? dot : pkg,
                                    flags, env};
    };
    const QString init = QStringLiteral("init");
    const QString commit = QStringLiteral("commit");
    row("git clean, no tag", {init, commit});
    row("git dirty", {init, commit, "touch main.go"});
    row("git untracked file", {init, commit, "touch new.txt"});
    row("git tag on HEAD", {init, commit, "tag v1.2.3"});
    row("git annotated tags", {init, commit, "atag v1.2.3", "atag v1.3.0-rc.1", "tag bogus"});
    row("git tag on HEAD, dirty", {init, commit, "tag v1.2.3", "touch main.go"});
    row("git tag on an earlier commit", {init, commit, "tag v1.2.3", "touch main.go", commit});
    row("git prerelease tag earlier", {init, commit, "tag v1.3.0-rc.1", "touch main.go", commit});
    row("git stale pseudo-version cache (GOPROXY=off)", {init, commit, "gobuild", "tag v1.2.3"});
    row("git -buildvcs=false", {init, commit, "tag v1.2.3"}, {"-buildvcs=false"});
    row("git -buildvcs=true", {init, commit}, {"-buildvcs=true"});
    row("git no commits", {init});
    row("git v2 module", {init, commit, "tag v2.1.0"}, {},
        {{"go.mod", "module example.com/stamp/v2\n\ngo 1.24\n"}});
    row("git v2 module, no tag", {init, commit, "tag v1.0.0"}, {},
        {{"go.mod", "module example.com/stamp/v2\n\ngo 1.24\n"}});
    row("git module in a sub-directory", {init, commit, "tag sub/v0.3.0", "tag v9.0.0"}, {},
        {{"sub/go.mod", "module example.com/stamp/sub\n\ngo 1.24\n"},
         {"sub/main.go", "package main\n\nfunc main() {}\n"}},
        QStringLiteral("sub"));
    row("git repository root without go.mod", {init, "rm go.mod", commit}, {},
        {{"sub/go.mod", "module example.com/other\n\ngo 1.24\n"},
         {"sub/main.go", "package main\n\nfunc main() {}\n"}},
        QStringLiteral("sub"));
    row("git cwd outside the repository", {"init sub", "commit sub"}, {}, {{"sub/x.txt", "x\n"}});
    row("git -buildvcs=true, cwd in a nested repository", {init, commit, "init sub"},
        {"-buildvcs=true"}, {{"sub/x.txt", "x\n"}}, QStringLiteral("sub"), QStringLiteral(".."));
    row("git auto, cwd in a nested repository", {init, commit, "init sub"}, {},
        {{"sub/x.txt", "x\n"}}, QStringLiteral("sub"), QStringLiteral(".."));
    row("git package outside the cwd's repository", {"init sub", "commit sub"}, {},
        {{"sub/x.txt", "x\n"}}, QStringLiteral("sub"), QStringLiteral(".."));
    row("git not on PATH, auto", {init, commit}, {}, {}, {}, {},
        {{"PATH", "/nonexistent"}, {"CGO_ENABLED", "0"}});
    row("git not on PATH, -buildvcs=true", {init, commit}, {"-buildvcs=true"}, {}, {}, {},
        {{"PATH", "/nonexistent"}, {"CGO_ENABLED", "0"}});
}

bool TestBuildInfoOracle::git(const QString &dir, const QStringList &args, QString *why)
{
    ProcessSpec spec;
    spec.program = QStringLiteral("git");
    spec.arguments = args;
    spec.workingDir = dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    for (const char *v : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
        env.insert(QLatin1String(v), QStringLiteral("Kiln Test"));
    for (const char *v : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        env.insert(QLatin1String(v), QStringLiteral("kiln@example.com"));
    spec.environment = env;
    const auto out = runProcess(spec);
    if (!out || out->exitCode != 0) {
        *why = QStringLiteral("git %1: %2")
                   .arg(args.join(QLatin1Char(' ')),
                        out ? QString::fromUtf8(out->stdErr) : out.error().message);
        return false;
    }
    return true;
}

// Steps: "init [DIR]" git init, "commit [DIR]" add everything and commit,
// "tag T"/"atag T" light/annotated tag, "touch F" append to F, "rm F",
// "gobuild" a go build that fills GOMODCACHE's stat cache, "pgo DIR" copy a
// CPU profile from GOROOT's testdata to DIR/default.pgo.
bool TestBuildInfoOracle::setUp(const Case &c, const QString &root, const QString &cache,
                                QString *why)
{
    for (const QString &step : c.steps) {
        const QString verb = step.section(QLatin1Char(' '), 0, 0);
        const QString arg = step.section(QLatin1Char(' '), 1);
        const QString dir = arg.isEmpty() ? root : root + QLatin1Char('/') + arg;
        bool ok = true;
        if (verb == QLatin1String("init"))
            ok = git(dir, {QStringLiteral("init"), QStringLiteral("-q")}, why);
        else if (verb == QLatin1String("commit"))
            ok = git(dir, {QStringLiteral("add"), QStringLiteral("-A")}, why) &&
                 git(dir, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("c")},
                     why);
        else if (verb == QLatin1String("tag"))
            ok = git(root, {QStringLiteral("tag"), arg}, why);
        else if (verb == QLatin1String("atag"))
            ok = git(root,
                     {QStringLiteral("tag"), QStringLiteral("-a"), arg, QStringLiteral("-m"), arg},
                     why);
        else if (verb == QLatin1String("touch")) {
            QFile f(root + QLatin1Char('/') + arg);
            ok = f.open(QIODevice::Append) && f.write("// changed\n") > 0;
        } else if (verb == QLatin1String("rm"))
            ok = QFile::remove(root + QLatin1Char('/') + arg);
        else if (verb == QLatin1String("gobuild")) {
            QTemporaryDir out;
            const ProcessOutput p = m_go.run({QStringLiteral("build"), QStringLiteral("-o"),
                                              out.filePath(QStringLiteral("b")), c.pkg},
                                             root, {{QStringLiteral("GOMODCACHE"), cache}});
            ok = p.exitCode == 0;
            *why = QString::fromUtf8(p.stdErr);
        } else if (verb == QLatin1String("pgo")) {
            ok = QFile::copy(m_go.goroot() + QStringLiteral("/src/cmd/compile/internal/test/"
                                                            "testdata/pgo/inline/inline_hot.pprof"),
                             dir + QStringLiteral("/default.pgo"));
        } else {
            *why = QStringLiteral("unknown step ") + step;
            return false;
        }
        if (!ok) {
            if (why->isEmpty())
                *why = QStringLiteral("step failed: ") + step;
            return false;
        }
    }
    return true;
}

// Kiln's text for the case (or its error message, with *isError set).
QString TestBuildInfoOracle::kilnText(const Case &c, const QString &dir,
                                      const QProcessEnvironment &env, bool *isError)
{
    *isError = true;
    goenv::DiscoveryInput din;
    din.environment = env;
    const auto tc = goenv::discoverToolchain(din);
    if (!tc)
        return tc.error().toString();
    goenv::EnvInput in;
    in.toolchain = *tc;
    in.environment = env;
    in.workingDir = dir;
    in.names = {QStringLiteral("GOOS"), QStringLiteral("GOARCH")};
    const auto goEnv = goenv::GoEnv::compute(in);
    if (!goEnv)
        return goEnv.error().toString();
    load::BuildSettings flagsOnly;
    load::LoadFlags lf;
    applyFlags(c.flags, flagsOnly, lf);
    const auto config = load::makeLoaderConfig(*goEnv, lf, dir);
    if (!config)
        return config.error().toString();
    load::LoaderConfig lc = *config;
    lc.tests = c.test ? load::ListTests::Yes : load::ListTests::No;
    // Kiln's loader does not load .go files named on the command line yet:
    // load their directory and mark the package the way go's GoFilesPackage
    // leaves it (CmdlineFiles, no module).
    const bool files = c.pkg.endsWith(QLatin1String(".go"));
    const QString pattern = files ? c.pkg.section(QLatin1Char('/'), 0, -2) : c.pkg;
    load::LoadResult r = load::loadPackages(lc, {pattern});
    if (!r.fatal.isEmpty() || r.roots.size() != 1)
        return QStringLiteral("load failed for ") + c.pkg;
    int mainIdx = r.roots.first();
    if (files) {
        r.packages[mainIdx].cmdlineFiles = true;
        r.packages[mainIdx].module = nullptr;
    }
    if (c.test) {
        if (r.testSets.isEmpty())
            return QStringLiteral("no test main for ") + c.pkg;
        mainIdx = r.testSets.first()[2];
    }
    // What go build/test read besides the loader's configuration: flags, raw
    // environment values (GOENV=off, and go.env sets none of these).
    load::BuildSettings s = load::buildSettingsFor(lc);
    load::LoadFlags unused;
    applyFlags(c.flags, s, unused);
    s.cgoCflags = env.value(QStringLiteral("CGO_CFLAGS"));
    s.cgoCppflags = env.value(QStringLiteral("CGO_CPPFLAGS"));
    s.cgoCxxflags = env.value(QStringLiteral("CGO_CXXFLAGS"));
    s.cgoLdflags = env.value(QStringLiteral("CGO_LDFLAGS"));
    s.goexperiment = env.value(QStringLiteral("GOEXPERIMENT"));
    s.gofips140 = env.value(QStringLiteral("GOFIPS140"));
    s.archVar = QStringLiteral("GOAMD64");
    s.archValue = goEnv->value(QStringLiteral("GOAMD64"));
    s.goproxy = env.value(QStringLiteral("GOPROXY"));
    s.environment = env;
    s.autoVcs = !c.test; // go test loads without AutoVCS
    const auto text = load::buildInfoText(r, mainIdx, s);
    if (!text)
        return text.error().message;
    *isError = false;
    return *text;
}

void TestBuildInfoOracle::compare()
{
    QFETCH(Case, c);
    test::TempModule tree;
    if (c.tree.startsWith(QLatin1String("example/")))
        tree.copyTree(test::exampleDir(c.tree.mid(8)));
    else if (!c.tree.isEmpty())
        tree.copyTree(test::testDataDir(c.tree));
    for (auto it = c.files.begin(); it != c.files.end(); ++it)
        tree.write(it.key(), it.value());
    const auto cache = test::FakeModuleProxy::newCache();
    for (const QStringList &prep : c.prep) {
        const ProcessOutput p = m_go.run(prep, tree.path(), m_proxy.downloadEnv(cache->path()));
        QVERIFY2(p.exitCode == 0, p.stdErr.constData());
    }
    QString why;
    QVERIFY2(setUp(c, tree.path(), cache->path(), &why), qPrintable(why));

    Env extra = {{QStringLiteral("GOMODCACHE"), cache->path()},
                 {QStringLiteral("GOSUMDB"), QStringLiteral("off")},
                 {QStringLiteral("GONOSUMDB"), QStringLiteral("*")}};
    for (auto it = c.env.begin(); it != c.env.end(); ++it)
        extra.insert(it.key(), it.value());
    const QProcessEnvironment env = m_go.environment(extra);
    const QString dir = c.dir.isEmpty() ? tree.path() : tree.filePath(c.dir);
    QTemporaryDir out;
    const QString bin = out.filePath(QStringLiteral("bin"));
    const QStringList verb = c.test ? QStringList{QStringLiteral("test"), QStringLiteral("-c")}
                                    : QStringList{QStringLiteral("build")};
    const ProcessOutput built = m_go.runWithEnv(
        verb + QStringList{QStringLiteral("-o"), bin} + c.flags + QStringList{c.pkg}, dir, env);

    bool isError = false;
    const QString kiln = kilnText(c, dir, env, &isError);
    if (built.exitCode != 0) {
        QVERIFY2(isError, qPrintable(QStringLiteral("go failed, Kiln did not:\n") +
                                     QString::fromUtf8(built.stdErr)));
        // go prints this line itself before the error when git is missing.
        QByteArray goErr = built.stdErr;
        const QByteArray missing = "go: missing Git command. See https://golang.org/s/gogetcmd\n";
        if (goErr.startsWith(missing))
            goErr = goErr.mid(missing.size());
        const QString diff = test::firstDifference(goErr, kiln.toUtf8() + '\n');
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        return;
    }
    QVERIFY2(!isError, qPrintable(QStringLiteral("Kiln failed, go did not: ") + kiln));
    const ProcessOutput version =
        m_go.runWithEnv({QStringLiteral("version"), QStringLiteral("-m"), bin}, dir, env);
    QCOMPARE(version.exitCode, 0);
    const QByteArray want = textFromVersionM(version.stdOut);
    QVERIFY(want.startsWith("path\t"));
    const QString diff = test::firstDifference(want, kiln.toUtf8());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const QByteArray blob = modInfoBlob(bin, &why);
    QVERIFY2(!blob.isEmpty(), qPrintable(why));
    QCOMPARE(blob, load::modInfoData(kiln));
    if (!c.steps.isEmpty() && c.steps.first().startsWith(QLatin1String("init")))
        qInfo("%s", qPrintable(kiln.section(QLatin1Char('\n'), 1, 1)));
}

QTEST_GUILESS_MAIN(TestBuildInfoOracle)
#include "tst_buildinfo_oracle.moc"
