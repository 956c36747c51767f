// Oracle tests of `kiln-cli env` against `go env`: both run with the same
// explicit environment (a throw-away HOME, the system PATH, the variables of
// the row) in the same working directory, and must print the same bytes —
// except the random go-build<N> directory inside GOGCCFLAGS. Rows cover a
// clean environment, each go env variable set in the process environment and
// in the GOENV file, $GOROOT/go.env precedence (through a GOROOT of symlinks
// with its own go.env), modules and workspaces, the output flags, and the
// configurations go rejects.
#include "support/golden.h"
#include "support/oraclego.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <future>

using namespace kiln;

namespace
{

// One comparison. "$ROOT" in env values and file contents is replaced by the
// row's fresh directory; files are written relative to it. The go command and
// kiln-cli both run in $ROOT/<dir>.
struct EnvCase {
    QStringList args = {QStringLiteral("-json")};
    QMap<QString, QString> env;
    QStringList unset;               // removed from the base environment
    QMap<QString, QByteArray> files; // relative to $ROOT
    QMap<QString, QString> symlinks; // link → target, both relative to $ROOT
    QString dir = QStringLiteral("work");
    QByteArray gorootGoEnv; // non-empty: GOROOT=$ROOT/goroot with this go.env
};

const QString userEnvFile = QStringLiteral("home/.config/go/env");

EnvCase withEnv(const QString &name, const QString &value)
{
    EnvCase c;
    c.env.insert(name, value);
    return c;
}

EnvCase withFile(const QString &name, const QString &value)
{
    EnvCase c;
    c.files.insert(userEnvFile, (name + QLatin1Char('=') + value + QLatin1Char('\n')).toUtf8());
    return c;
}

EnvCase withArgs(const QStringList &args, const QMap<QString, QString> &env = {})
{
    EnvCase c;
    c.args = args;
    c.env = env;
    return c;
}

const char goMod[] = "module example.com/m\n\ngo 1.22\n";

QString masked(QString text)
{
    static const QRegularExpression workDir(QStringLiteral("/go-build[0-9]+="));
    return text.replace(workDir, QStringLiteral("/go-buildNNN="));
}

// NAME → value of plain (NAME='v') or JSON output; empty if neither.
QMap<QString, QString> parseVariables(const QString &out)
{
    QMap<QString, QString> vars;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            vars.insert(it.key(), it.value().toString());
        return vars;
    }
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            vars.insert(line.left(eq), line.mid(eq + 1));
    }
    return vars;
}

// Names each variable whose value differs; falls back to the first differing line.
QString describeDifference(const QString &want, const QString &got)
{
    const QMap<QString, QString> w = parseVariables(want), g = parseVariables(got);
    QStringList names = w.keys() + g.keys();
    names.removeDuplicates();
    names.sort();
    QStringList diffs;
    for (const QString &n : names) {
        if (w.value(n, QStringLiteral("<absent>")) != g.value(n, QStringLiteral("<absent>")))
            diffs << QStringLiteral("%1: go %2, kiln %3")
                         .arg(n, w.value(n, QStringLiteral("<absent>")),
                              g.value(n, QStringLiteral("<absent>")));
    }
    if (!diffs.isEmpty())
        return diffs.join(QLatin1Char('\n'));
    return test::firstDifference(want.toUtf8(), got.toUtf8());
}

} // namespace

Q_DECLARE_METATYPE(EnvCase)

class TestGoEnv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void compare_data();
    void compare();

private:
    void addVariableRows();
    void addEdgeRows();
    void addGorootRows();
    void addModuleRows();
    void addFlagRows();
    void addErrorRows();
    QProcessEnvironment environment(const EnvCase &c, const QString &root) const;
    void makeGoroot(const QString &root, const QByteArray &goEnv) const;

    test::OracleGo m_go;
};

void TestGoEnv::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
}

QProcessEnvironment TestGoEnv::environment(const EnvCase &c, const QString &root) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    for (auto it = c.env.begin(); it != c.env.end(); ++it)
        env.insert(it.key(), QString(it.value()).replace(QStringLiteral("$ROOT"), root));
    if (!c.gorootGoEnv.isEmpty())
        env.insert(QStringLiteral("GOROOT"), root + QStringLiteral("/goroot"));
    for (const QString &name : c.unset)
        env.remove(name);
    return env;
}

// A GOROOT whose entries link to the real one, except its own go.env.
void TestGoEnv::makeGoroot(const QString &root, const QByteArray &goEnv) const
{
    const QDir real(m_go.goroot());
    const QString fake = root + QStringLiteral("/goroot");
    QDir().mkpath(fake);
    for (const QString &entry : real.entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        if (entry != QLatin1String("go.env"))
            QFile::link(real.filePath(entry), fake + QLatin1Char('/') + entry);
    }
    QFile f(fake + QStringLiteral("/go.env"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(goEnv);
}

void TestGoEnv::compare_data()
{
    QTest::addColumn<EnvCase>("envCase");
    QTest::newRow("clean, plain") << withArgs({});
    QTest::newRow("clean, json") << EnvCase{};
    addVariableRows();
    addGorootRows();
    addModuleRows();
    addFlagRows();
    addErrorRows();
}

// Every variable go env prints (and a few it ignores), set once in the
// process environment and once in the GOENV file.
void TestGoEnv::addVariableRows()
{
    const QList<QPair<QString, QString>> settings = {
        {QStringLiteral("AR"), QStringLiteral("llvm-ar")},
        {QStringLiteral("CC"), QStringLiteral("clang")},
        {QStringLiteral("CGO_CFLAGS"), QStringLiteral("-O3  -Wall '-DX=a b'")},
        {QStringLiteral("CGO_CPPFLAGS"), QStringLiteral("-DFOO=1")},
        {QStringLiteral("CGO_CXXFLAGS"), QStringLiteral("-O1")},
        {QStringLiteral("CGO_ENABLED"), QStringLiteral("0")},
        {QStringLiteral("CGO_FFLAGS"), QStringLiteral("-O3")},
        {QStringLiteral("CGO_LDFLAGS"), QStringLiteral("-L/opt/lib -lm")},
        {QStringLiteral("CXX"), QStringLiteral("clang++")},
        {QStringLiteral("GCCGO"), QStringLiteral("/opt/gccgo/bin/gccgo")},
        {QStringLiteral("GO111MODULE"), QStringLiteral("auto")},
        {QStringLiteral("GOAMD64"), QStringLiteral("v3")},
        {QStringLiteral("GOARCH"), QStringLiteral("arm64")},
        {QStringLiteral("GOAUTH"), QStringLiteral("off")},
        {QStringLiteral("GOBIN"), QStringLiteral("$ROOT/bin")},
        {QStringLiteral("GOCACHE"), QStringLiteral("$ROOT/cache")},
        {QStringLiteral("GODEBUG"), QStringLiteral("http2client=0")},
        {QStringLiteral("GOEXE"), QStringLiteral(".bin")},
        {QStringLiteral("GOEXPERIMENT"), QStringLiteral("greenteagc")},
        {QStringLiteral("GOFIPS140"), QStringLiteral("latest")},
        {QStringLiteral("GOFLAGS"), QStringLiteral("-mod=mod")},
        {QStringLiteral("GOGCCFLAGS"), QStringLiteral("-O0")},
        {QStringLiteral("GOHOSTARCH"), QStringLiteral("arm64")},
        {QStringLiteral("GOHOSTOS"), QStringLiteral("darwin")},
        {QStringLiteral("GOINSECURE"), QStringLiteral("insecure.example.com")},
        {QStringLiteral("GOMOD"), QStringLiteral("/elsewhere/go.mod")},
        {QStringLiteral("GOMODCACHE"), QStringLiteral("$ROOT/modcache")},
        {QStringLiteral("GONOPROXY"), QStringLiteral("corp.example.com")},
        {QStringLiteral("GONOSUMDB"), QStringLiteral("corp.example.com")},
        {QStringLiteral("GOOS"), QStringLiteral("windows")},
        {QStringLiteral("GOPATH"), QStringLiteral("$ROOT/gopath:$ROOT/gopath2")},
        {QStringLiteral("GOPRIVATE"), QStringLiteral("*.corp.example.com")},
        {QStringLiteral("GOPROXY"), QStringLiteral("off")},
        {QStringLiteral("GOSUMDB"), QStringLiteral("off")},
        {QStringLiteral("GOTELEMETRY"), QStringLiteral("on")},
        {QStringLiteral("GOTELEMETRYDIR"), QStringLiteral("/elsewhere")},
        {QStringLiteral("GOTMPDIR"), QStringLiteral("$ROOT/tmp")},
        {QStringLiteral("GOTOOLCHAIN"), QStringLiteral("local")},
        {QStringLiteral("GOTOOLDIR"), QStringLiteral("/elsewhere")},
        {QStringLiteral("GOVCS"), QStringLiteral("public:git|hg")},
        {QStringLiteral("GOVERSION"), QStringLiteral("go1.0")},
        {QStringLiteral("GOWORK"), QStringLiteral("off")},
        {QStringLiteral("PKG_CONFIG"), QStringLiteral("pkgconf --static")},
        {QStringLiteral("GOENV"), QStringLiteral("$ROOT/other-env")},
    };
    for (const auto &[name, value] : settings) {
        EnvCase env = withEnv(name, value);
        EnvCase file = withFile(name, value);
        if (name == QLatin1String("GOTMPDIR")) {
            env.files.insert(QStringLiteral("tmp/.keep"), {});
            file.files.insert(QStringLiteral("tmp/.keep"), {});
        }
        QTest::newRow(qPrintable(QStringLiteral("env %1").arg(name))) << env;
        QTest::newRow(qPrintable(QStringLiteral("file %1").arg(name))) << file;
        env.args = file.args = QStringList{QStringLiteral("-changed"), QStringLiteral("-json")};
        QTest::newRow(qPrintable(QStringLiteral("env %1 -changed").arg(name))) << env;
        QTest::newRow(qPrintable(QStringLiteral("file %1 -changed").arg(name))) << file;
    }
    // The level variable of each GOARCH that has one.
    for (const auto &[arch, level, value] : QList<std::tuple<QString, QString, QString>>{
             {QStringLiteral("arm64"), QStringLiteral("GOARM64"), QStringLiteral("v8.2,crypto")},
             {QStringLiteral("arm"), QStringLiteral("GOARM"), QStringLiteral("6")},
             {QStringLiteral("386"), QStringLiteral("GO386"), QStringLiteral("sse2")},
             {QStringLiteral("ppc64le"), QStringLiteral("GOPPC64"), QStringLiteral("power9")},
             {QStringLiteral("riscv64"), QStringLiteral("GORISCV64"), QStringLiteral("rva22u64")},
             {QStringLiteral("mips64le"), QStringLiteral("GOMIPS64"), QStringLiteral("softfloat")},
             {QStringLiteral("wasm"), QStringLiteral("GOWASM"), QStringLiteral("signext")}}) {
        EnvCase c = withEnv(QStringLiteral("GOARCH"), arch);
        c.args = QStringList{QStringLiteral("-json"), QStringLiteral("GOARCH"), level,
                             QStringLiteral("CC"), QStringLiteral("CGO_ENABLED")};
        QTest::newRow(qPrintable(QStringLiteral("GOARCH=%1 default %2").arg(arch, level))) << c;
        c.files.insert(userEnvFile,
                       (level + QLatin1Char('=') + value + QLatin1Char('\n')).toUtf8());
        QTest::newRow(qPrintable(QStringLiteral("GOARCH=%1 file %2").arg(arch, level))) << c;
    }
    EnvCase both = withEnv(QStringLiteral("GOOS"), QStringLiteral("linux"));
    both.files.insert(userEnvFile, "GOOS=windows\nGOPROXY=https://file.example\n");
    QTest::newRow("env beats file") << both;
    EnvCase telemetry;
    telemetry.files.insert(QStringLiteral("home/.config/go/telemetry/mode"), "off 2024-01-02\n");
    QTest::newRow("telemetry mode file") << telemetry;
    QTest::newRow("XDG dirs") << withArgs(
        {QStringLiteral("-json")},
        {{QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("$ROOT/xdgconfig")},
         {QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("$ROOT/xdgcache")}});
    EnvCase noHome =
        withArgs({QStringLiteral("-json"), QStringLiteral("GOENV"), QStringLiteral("GOCACHE"),
                  QStringLiteral("GOPATH"), QStringLiteral("GOTELEMETRY"),
                  QStringLiteral("GOTELEMETRYDIR"), QStringLiteral("GOMODCACHE")});
    noHome.unset << QStringLiteral("HOME");
    QTest::newRow("no HOME") << noHome;
    QTest::newRow("no C compiler on PATH") << withArgs(
        {QStringLiteral("-json")}, {{QStringLiteral("PATH"), QStringLiteral("/nonexistent")}});
    QTest::newRow("CGO_ENABLED=1 cross") << withArgs(
        {QStringLiteral("-json")}, {{QStringLiteral("GOOS"), QStringLiteral("darwin")},
                                    {QStringLiteral("CGO_ENABLED"), QStringLiteral("1")}});
    QTest::newRow("GOCACHEPROG (named)")
        << withArgs({QStringLiteral("-json"), QStringLiteral("GOCACHEPROG")},
                    {{QStringLiteral("GOCACHEPROG"), QStringLiteral("/opt/cacheprog")}});
    addEdgeRows();
    EnvCase messy;
    messy.files.insert(userEnvFile,
                       "# comment\n\nlower=1\nGOPROXY=first\nGOPROXY=second\nNOEQUALS\n"
                       "GOFLAGS=-tags=a,b\r\nGOVCS=a=b=c");
    QTest::newRow("file quirks") << messy;
}

// Corners of go's rules, each checked against go.
void TestGoEnv::addEdgeRows()
{
    const QStringList all = {QStringLiteral("-json")};
    const QStringList changed = {QStringLiteral("-changed"), QStringLiteral("-json")};
    const auto row = [](const char *name, const QStringList &args,
                        const QMap<QString, QString> &env) {
        QTest::newRow(name) << withArgs(args, env);
    };
    row("relative HOME", all, {{QStringLiteral("HOME"), QStringLiteral("home")}});
    row("relative XDG_CONFIG_HOME", all,
        {{QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("cfg")}});
    row("relative XDG_CACHE_HOME", {QStringLiteral("GOCACHE")},
        {{QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("cache")}});
    row("GOENV=off", changed, {{QStringLiteral("GOENV"), QStringLiteral("off")}});
    row("GOENV names a directory", all, {{QStringLiteral("GOENV"), QStringLiteral("$ROOT")}});
    row("GOPATH is GOROOT", all, {{QStringLiteral("GOPATH"), m_go.goroot() + QLatin1Char('/')}});
    row("GOPATH with empty entries", all,
        {{QStringLiteral("GOPATH"), QStringLiteral(":$ROOT/a::$ROOT/b")}});
    row("GOPATH starting with ~", all, {{QStringLiteral("GOPATH"), QStringLiteral("~/go")}});
    row("CC with arguments", all, {{QStringLiteral("CC"), QStringLiteral("gcc -std=c99")}});
    row("CC that does not exist", all, {{QStringLiteral("CC"), QStringLiteral("/nonexistent/cc")}});
    row("CC=gcc, no compiler on PATH", changed,
        {{QStringLiteral("CC"), QStringLiteral("gcc")},
         {QStringLiteral("PATH"), QStringLiteral("/nonexistent")}});
    row("CGO_ENABLED=0 without a compiler", changed,
        {{QStringLiteral("CGO_ENABLED"), QStringLiteral("0")},
         {QStringLiteral("PATH"), QStringLiteral("/nonexistent")}});
    row("CGO_ENABLED=yes", changed, {{QStringLiteral("CGO_ENABLED"), QStringLiteral("yes")}});
    row("GOOS=js GOARCH=wasm", all,
        {{QStringLiteral("GOOS"), QStringLiteral("js")},
         {QStringLiteral("GOARCH"), QStringLiteral("wasm")}});
    row("GOOS=wasip1 GOWASM", changed,
        {{QStringLiteral("GOOS"), QStringLiteral("wasip1")},
         {QStringLiteral("GOARCH"), QStringLiteral("wasm")},
         {QStringLiteral("GOWASM"), QStringLiteral("signext,satconv")}});
    row("GOOS=darwin", all, {{QStringLiteral("GOOS"), QStringLiteral("darwin")}});
    row("GOEXPERIMENT=noregabi,none", changed,
        {{QStringLiteral("GOEXPERIMENT"), QStringLiteral("noregabi,none")}});
    row("GOAMD64=v9 in the environment", all, {{QStringLiteral("GOAMD64"), QStringLiteral("v9")}});
    for (const char *tc : {"go1.25.12", "go1.25.12+auto", "local+auto", "path", "local+path"})
        QTest::newRow(qPrintable(QStringLiteral("GOTOOLCHAIN=%1").arg(QLatin1String(tc))))
            << withArgs(changed, {{QStringLiteral("GOTOOLCHAIN"), QLatin1String(tc)}});
    for (const char *fips : {"v1.0.0", "inprocess", "certified"})
        QTest::newRow(qPrintable(QStringLiteral("GOFIPS140=%1").arg(QLatin1String(fips))))
            << withArgs({QStringLiteral("GOFIPS140")},
                        {{QStringLiteral("GOFIPS140"), QLatin1String(fips)}});
    EnvCase relTmp = withEnv(QStringLiteral("GOTMPDIR"), QStringLiteral("reltmp"));
    relTmp.files.insert(QStringLiteral("work/reltmp/.keep"), {});
    QTest::newRow("relative GOTMPDIR") << relTmp;
    EnvCase slashTmp = withEnv(QStringLiteral("TMPDIR"), QStringLiteral("$ROOT/tmp/"));
    slashTmp.files.insert(QStringLiteral("tmp/.keep"), {});
    QTest::newRow("TMPDIR with a trailing slash") << slashTmp;
}

// $GOROOT/go.env: below the GOENV file and the environment; its values are
// the defaults that decide -changed.
void TestGoEnv::addGorootRows()
{
    const QByteArray goEnv = "# test go.env\nGOPROXY=https://goroot.example\nGOSUMDB=off\n"
                             "GOTOOLCHAIN=local\nGOFLAGS=-mod=mod\nGOPRIVATE=private.example\n"
                             "GOPROXY=https://later.example\n";
    EnvCase plain;
    plain.gorootGoEnv = goEnv;
    QTest::newRow("go.env") << plain;
    EnvCase changed = plain;
    changed.args = QStringList{QStringLiteral("-changed")};
    QTest::newRow("go.env -changed") << changed;
    EnvCase user = plain;
    user.files.insert(userEnvFile, "GOPROXY=https://user.example\nGOSUMDB=sum.golang.org\n");
    QTest::newRow("user file beats go.env") << user;
    user.args = QStringList{QStringLiteral("-changed"), QStringLiteral("-json")};
    QTest::newRow("user file beats go.env -changed") << user;
    EnvCase env = user;
    env.env.insert(QStringLiteral("GOPROXY"), QStringLiteral("https://env.example"));
    env.env.insert(QStringLiteral("GOTOOLCHAIN"), QStringLiteral("local"));
    QTest::newRow("env beats both -changed") << env;
    EnvCase rootInFile;
    rootInFile.files.insert(userEnvFile, "GOROOT=$ROOT/goroot/./\n");
    rootInFile.gorootGoEnv = goEnv;
    rootInFile.unset << QStringLiteral("GOROOT");
    QTest::newRow("GOROOT from the env file") << rootInFile;
}

void TestGoEnv::addModuleRows()
{
    const QStringList modVars = {QStringLiteral("-json"), QStringLiteral("GOMOD"),
                                 QStringLiteral("GOWORK"), QStringLiteral("GO111MODULE")};
    EnvCase module = withArgs(modVars);
    module.files.insert(QStringLiteral("work/go.mod"), goMod);
    module.files.insert(QStringLiteral("work/a/b/x.go"), "package b\n");
    QTest::newRow("module root") << module;
    module.dir = QStringLiteral("work/a/b");
    QTest::newRow("module subdir") << module;
    module.env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
    QTest::newRow("module, GO111MODULE=off") << module;
    module.env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("auto"));
    QTest::newRow("module, GO111MODULE=auto") << module;
    QTest::newRow("no module, GO111MODULE=auto")
        << withArgs(modVars, {{QStringLiteral("GO111MODULE"), QStringLiteral("auto")}});

    EnvCase work = withArgs({QStringLiteral("-json")});
    work.files.insert(QStringLiteral("work/go.work"), "go 1.22\n\nuse ./m\n");
    work.files.insert(QStringLiteral("work/m/go.mod"), goMod);
    QTest::newRow("workspace root") << work;
    work.dir = QStringLiteral("work/m");
    QTest::newRow("workspace module") << work;
    work.env.insert(QStringLiteral("GOWORK"), QStringLiteral("off"));
    QTest::newRow("workspace, GOWORK=off") << work;
    work.env.insert(QStringLiteral("GOWORK"), QStringLiteral("$ROOT/elsewhere/go.work"));
    QTest::newRow("workspace, GOWORK absolute") << work;
    EnvCase tempRoot =
        withArgs(modVars, {{QStringLiteral("TMPDIR"), QStringLiteral("$ROOT/work")}});
    tempRoot.files.insert(QStringLiteral("work/go.mod"), goMod);
    tempRoot.dir = QStringLiteral("work/sub");
    QTest::newRow("go.mod in the temp root") << tempRoot;
    tempRoot.env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("auto"));
    QTest::newRow("go.mod in the temp root, auto") << tempRoot;
    EnvCase linked = withArgs(modVars, {{QStringLiteral("PWD"), QStringLiteral("$ROOT/link/sub")}});
    linked.files.insert(QStringLiteral("work/go.mod"), goMod);
    linked.files.insert(QStringLiteral("work/sub/.keep"), {});
    linked.symlinks.insert(QStringLiteral("link"), QStringLiteral("work"));
    linked.dir = QStringLiteral("link/sub");
    QTest::newRow("PWD through a symlink") << linked;
    linked.env.insert(QStringLiteral("PWD"), QStringLiteral("$ROOT"));
    QTest::newRow("PWD elsewhere") << linked;
    EnvCase bare = withArgs({QStringLiteral("GOMOD")});
    bare.files.insert(QStringLiteral("work/go.mod"), goMod);
    QTest::newRow("bare GOMOD") << bare;
}

void TestGoEnv::addFlagRows()
{
    const QMap<QString, QString> windows = {
        {QStringLiteral("GOOS"), QStringLiteral("windows")},
        {QStringLiteral("GOFLAGS"), QStringLiteral("-mod=mod")}};
    QTest::newRow("named plain") << withArgs({QStringLiteral("GOOS"), QStringLiteral("GOARCH"),
                                              QStringLiteral("GOARM"), QStringLiteral("NOSUCH"),
                                              QStringLiteral("GOEXE")},
                                             windows);
    QTest::newRow("named json") << withArgs({QStringLiteral("-json"), QStringLiteral("GOOS"),
                                             QStringLiteral("NOSUCH"), QStringLiteral("GOOS")},
                                            windows);
    QTest::newRow("named costly") << withArgs(
        {QStringLiteral("CGO_CFLAGS"), QStringLiteral("GOGCCFLAGS")});
    QTest::newRow("-changed") << withArgs({QStringLiteral("-changed")}, windows);
    QTest::newRow("-changed -json")
        << withArgs({QStringLiteral("-changed"), QStringLiteral("-json")}, windows);
    QTest::newRow("-changed named")
        << withArgs({QStringLiteral("-changed"), QStringLiteral("GOOS"), QStringLiteral("GOARCH"),
                     QStringLiteral("NOSUCH")},
                    windows);
    QTest::newRow("--json=true") << withArgs(
        {QStringLiteral("--json=true"), QStringLiteral("GOOS")});
    QTest::newRow("-json=false") << withArgs(
        {QStringLiteral("-json=false"), QStringLiteral("GOOS")});
    QTest::newRow("-- GOOS") << withArgs({QStringLiteral("--"), QStringLiteral("GOOS")});
    QTest::newRow("GOOS -json") << withArgs({QStringLiteral("GOOS"), QStringLiteral("-json")});
    QTest::newRow("-changed, nothing changed")
        << withArgs({QStringLiteral("-changed"), QStringLiteral("GOOS")});
    QTest::newRow("GOFLAGS=-json") << withArgs(
        {QStringLiteral("GOOS")}, {{QStringLiteral("GOFLAGS"), QStringLiteral("-json -x")}});
    const QMap<QString, QString> awkward = {
        {QStringLiteral("GOFLAGS"), QStringLiteral("-ldflags='-X a=b' \"x\"")},
        {QStringLiteral("GOVCS"), QString::fromUtf8("<&>\t\x01\\\xc3\xa9\xe2\x80\xa8")}};
    QTest::newRow("quoting, plain") << withArgs({}, awkward);
    QTest::newRow("quoting, json") << withArgs({QStringLiteral("-json")}, awkward);
}

// Configurations go refuses: same failure, same message.
void TestGoEnv::addErrorRows()
{
    const QList<QPair<QString, QString>> bad = {
        {QStringLiteral("GOEXPERIMENT"), QStringLiteral("bogus")},
        {QStringLiteral("GOARM64"), QStringLiteral("v7")},
        {QStringLiteral("GOAMD64"), QStringLiteral("v9")},
        {QStringLiteral("GOFIPS140"), QStringLiteral("bad")},
        {QStringLiteral("GOOS"), QStringLiteral("bogus")},
        {QStringLiteral("GO111MODULE"), QStringLiteral("bogus")},
        {QStringLiteral("GOTOOLCHAIN"), QStringLiteral("bogus")},
        {QStringLiteral("GOPATH"), QStringLiteral("relative")},
        {QStringLiteral("GOWORK"), QStringLiteral("relative/go.work")},
        {QStringLiteral("CC"), QStringLiteral("\"unterminated")},
        {QStringLiteral("CC"), QStringLiteral("bin/cc")},
        {QStringLiteral("GOCACHE"), QStringLiteral("relative")},
        {QStringLiteral("GOCACHE"), QStringLiteral("off")},
        {QStringLiteral("GOTMPDIR"), QStringLiteral("/nonexistent")},
    };
    for (const auto &[name, value] : bad) {
        QTest::newRow(qPrintable(QStringLiteral("bad env %1=%2").arg(name, value)))
            << withEnv(name, value);
        QTest::newRow(qPrintable(QStringLiteral("bad file %1=%2").arg(name, value)))
            << withFile(name, value);
    }
    QTest::newRow("bad GOARCH=wasm cgo")
        << withEnv(QStringLiteral("GOARCH"), QStringLiteral("wasm"));
    QTest::newRow("'=' in a name") << withArgs({QStringLiteral("GOOS"), QStringLiteral("A=B")});
    QTest::newRow("bad GOOS, named cheap")
        << withArgs({QStringLiteral("GOOS")}, {{QStringLiteral("GOOS"), QStringLiteral("bogus")}});
    QTest::newRow("bad GOTOOLCHAIN, bare GOTOOLCHAIN")
        << withArgs({QStringLiteral("GOTOOLCHAIN")},
                    {{QStringLiteral("GOTOOLCHAIN"), QStringLiteral("bogus")}});
}

void TestGoEnv::compare()
{
    QFETCH(EnvCase, envCase);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = QFileInfo(tmp.path()).canonicalFilePath();
    QDir().mkpath(root + QStringLiteral("/home"));
    for (auto it = envCase.files.begin(); it != envCase.files.end(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(it.value()).replace("$ROOT", root.toUtf8()));
    }
    for (auto it = envCase.symlinks.begin(); it != envCase.symlinks.end(); ++it)
        QVERIFY(
            QFile::link(root + QLatin1Char('/') + it.value(), root + QLatin1Char('/') + it.key()));
    QDir().mkpath(root + QLatin1Char('/') + envCase.dir);
    if (!envCase.gorootGoEnv.isEmpty())
        makeGoroot(root, envCase.gorootGoEnv);
    const QProcessEnvironment env = environment(envCase, root);
    const QString dir = root + QLatin1Char('/') + envCase.dir;

    // Both at once (they share nothing they write), to halve the wall time.
    const QStringList args = QStringList{QStringLiteral("env")} + envCase.args;
    auto goRun = std::async(std::launch::async, [&] { return m_go.runWithEnv(args, dir, env); });
    const ProcessOutput kiln = test::runKilnCli(args, dir, env);
    const ProcessOutput go = goRun.get();

    const QString goOut = masked(QString::fromUtf8(go.stdOut));
    const QString kilnOut = masked(QString::fromUtf8(kiln.stdOut));
    if (goOut != kilnOut)
        QFAIL(qPrintable(QStringLiteral("stdout differs:\n") + describeDifference(goOut, kilnOut)));
    QCOMPARE(QString::fromUtf8(kiln.stdErr), QString::fromUtf8(go.stdErr));
    // go exits 2 for some configuration errors where Kiln uses 1.
    QCOMPARE(kiln.exitCode == 0, go.exitCode == 0);
}

QTEST_GUILESS_MAIN(TestGoEnv)
#include "tst_goenv.moc"
