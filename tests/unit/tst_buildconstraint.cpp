// Unit tests of build constraints: the //go:build and // +build grammars
// (expected texts and offsets taken from go/build/constraint), the build
// context's tags, file-name rules, leading-comment scanning and the
// classification of a directory's files.
#include "load/buildconstraint.h"
#include "load/dirfiles.h"

#include <QtTest>

using namespace kiln::load;

namespace
{

// "<String()>" or "error <offset>: <message>".
QString describe(const ConstraintParse &x)
{
    if (!x)
        return QStringLiteral("error %1: %2").arg(x.error().offset).arg(x.error().message);
    return x->toString();
}

BuildContext context(const QString &goos, const QString &goarch, Cgo cgo = Cgo::Disabled)
{
    TargetConfig t;
    t.goos = goos;
    t.goarch = goarch;
    t.cgo = cgo;
    const auto ctx = makeBuildContext(t);
    return ctx ? *ctx : BuildContext{};
}

} // namespace

class TestBuildConstraint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLine_data();
    void parseLine();
    void lineKinds_data();
    void lineKinds();
    void evalRecordsEveryTag();
    void matchTag_data();
    void matchTag();
    void toolTags_data();
    void toolTags();
    void modeTagsAreToolTags();
    void goodOSArchFile_data();
    void goodOSArchFile();
    void fileConstraints_data();
    void fileConstraints();
    void fileName_data();
    void fileName();
    void classify_data();
    void classify();
    void deepExpressionIsAnError();
};

void TestBuildConstraint::parseLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("want");
    const QList<std::pair<const char *, const char *>> rows = {
        {"//go:build linux", "linux"},
        {"//go:build linux && amd64", "linux && amd64"},
        {"//go:build linux || darwin && arm64", "linux || (darwin && arm64)"},
        {"//go:build (linux || darwin) && arm64", "(linux || darwin) && arm64"},
        {"//go:build !(linux || darwin)", "!(linux || darwin)"},
        {"//go:build ((linux))", "linux"},
        {"//go:build a && (b || c) && !d", "a && (b || c) && !d"},
        {"//go:build go1.21 && !purego", "go1.21 && !purego"},
        {"//go:build \tunix\t", "unix"},
        {"//go:build ! linux", "!linux"},
        {"//go:build \xc3\xa9 && \xcf\x80", "\xc3\xa9 && \xcf\x80"},
        {"//go:build \xc2\xa0linux", "linux"},
        {"//go:build", "error 0: unexpected end of expression"},
        {"//go:build linux &&", "error 8: unexpected end of expression"},
        {"//go:build (linux", "error 0: missing close paren"},
        {"//go:build ((linux) || (darwin)", "error 0: missing close paren"},
        {"//go:build (linux && (darwin", "error 10: missing close paren"},
        {"//go:build linux)", "error 5: unexpected token )"},
        {"//go:build !!linux", "error 1: double negation not allowed"},
        {"//go:build linux & amd64", "error 6: invalid syntax at &"},
        {"//go:build linux | amd64", "error 6: invalid syntax at |"},
        {"//go:build lin-ux", "error 3: invalid syntax at -"},
        {"//go:build a b", "error 2: unexpected token b"},
        {"//go:build (a b)", "error 0: missing close paren"},
        {"//go:build a\x80", "error 1: invalid syntax at \xef\xbf\xbd"},
        {"//go:build a &&& b", "error 4: invalid syntax at &"},
        {"//go:build !", "error 1: unexpected end of expression"},
        {"//go:build ()", "error 1: unexpected token )"},
        {"//go:build linux // comment", "error 6: invalid syntax at /"},
        {"// +build linux,amd64 darwin", "(linux && amd64) || darwin"},
        {"// +build !linux", "!linux"},
        {"// +build !!x", "ignore"},
        {"// +build a,!", "a && ignore"},
        {"// +build", "ignore"},
        {"// +build foo-bar", "ignore"},
        {"//+build x y,z", "x || (y && z)"},
        {"// +build\tlinux", "linux"},
        {"// +buildlinux", "error 0: not a build constraint"},
        {"//go:buildlinux", "error 0: not a build constraint"},
        {"/* +build x */", "error 0: not a build constraint"},
        {"// not a constraint", "error 0: not a build constraint"},
        {"//go:build linux\n", "linux"},
        {"//go:build linux\n&& amd64", "error 0: not a build constraint"},
    };
    for (const auto &[line, want] : rows)
        QTest::newRow(QByteArray(line).replace('\n', "\\n").constData())
            << QByteArray(line) << QString::fromUtf8(want);
}

void TestBuildConstraint::parseLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, want);
    QCOMPARE(describe(parseConstraintLine(line)), want);
}

void TestBuildConstraint::lineKinds_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("goBuild");
    QTest::addColumn<bool>("plusBuild");
    QTest::newRow("go:build") << QByteArray("//go:build linux") << true << false;
    QTest::newRow("go:build alone") << QByteArray("//go:build") << true << false;
    QTest::newRow("go:buildx") << QByteArray("//go:buildx") << false << false;
    QTest::newRow("space before go:build") << QByteArray("// go:build linux") << false << false;
    QTest::newRow("+build") << QByteArray("// +build linux") << false << true;
    QTest::newRow("+build no space") << QByteArray("//+build linux") << false << true;
    QTest::newRow("+buildx") << QByteArray("// +buildx") << false << false;
    QTest::newRow("two lines") << QByteArray("// +build a\n// +build b") << false << false;
}

void TestBuildConstraint::lineKinds()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, goBuild);
    QFETCH(bool, plusBuild);
    QCOMPARE(isGoBuildLine(line), goBuild);
    QCOMPARE(isPlusBuildLine(line), plusBuild);
}

void TestBuildConstraint::evalRecordsEveryTag()
{
    // go evaluates both sides of && and ||, so AllTags sees every tag.
    const BuildContext ctx = context(QStringLiteral("linux"), QStringLiteral("amd64"));
    const ConstraintParse x = parseConstraintLine("//go:build linux || (windows && !cgo)");
    QVERIFY(x);
    QSet<QString> seen;
    QVERIFY(ctx.eval(*x, &seen));
    QCOMPARE(seen, (QSet<QString>{QStringLiteral("linux"), QStringLiteral("windows"),
                                  QStringLiteral("cgo")}));
    QCOMPARE(x->tags(), (QStringList{QStringLiteral("linux"), QStringLiteral("windows"),
                                     QStringLiteral("cgo")}));
}

void TestBuildConstraint::matchTag_data()
{
    QTest::addColumn<QString>("goos");
    QTest::addColumn<QString>("goarch");
    QTest::addColumn<bool>("cgo");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("want");
    const auto row = [](const char *name, const char *goos, const char *goarch, bool cgo,
                        const char *tag, bool want) {
        QTest::newRow(name) << QString::fromLatin1(goos) << QString::fromLatin1(goarch) << cgo
                            << QString::fromLatin1(tag) << want;
    };
    row("goos", "linux", "amd64", false, "linux", true);
    row("goarch", "linux", "amd64", false, "amd64", true);
    row("other goos", "linux", "amd64", false, "darwin", false);
    row("compiler", "linux", "amd64", false, "gc", true);
    row("gccgo", "linux", "amd64", false, "gccgo", false);
    row("cgo on", "linux", "amd64", true, "cgo", true);
    row("cgo off", "linux", "amd64", false, "cgo", false);
    row("unix on linux", "linux", "amd64", false, "unix", true);
    row("unix on darwin", "darwin", "arm64", false, "unix", true);
    row("unix on aix", "aix", "ppc64", false, "unix", true);
    row("no unix on windows", "windows", "amd64", false, "unix", false);
    row("no unix on js", "js", "wasm", false, "unix", false);
    row("no unix on plan9", "plan9", "amd64", false, "unix", false);
    row("no unix on wasip1", "wasip1", "wasm", false, "unix", false);
    row("android is linux", "android", "arm64", false, "linux", true);
    row("linux is not android", "linux", "arm64", false, "android", false);
    row("illumos is solaris", "illumos", "amd64", false, "solaris", true);
    row("ios is darwin", "ios", "arm64", false, "darwin", true);
    row("release tag", "linux", "amd64", false, "go1.21", true);
    row("latest release tag", "linux", "amd64", false, "go1.25", true);
    row("future release tag", "linux", "amd64", false, "go1.26", false);
    row("experiment tag", "linux", "amd64", false, "goexperiment.swissmap", true);
    row("disabled experiment", "linux", "amd64", false, "goexperiment.arenas", false);
    row("dwarf5 not on darwin", "darwin", "arm64", false, "goexperiment.dwarf5", false);
    row("amd64.v1", "linux", "amd64", false, "amd64.v1", true);
    row("amd64.v2 not by default", "linux", "amd64", false, "amd64.v2", false);
    row("arm64.v8.0", "linux", "arm64", false, "arm64.v8.0", true);
    row("boringcrypto off", "linux", "amd64", false, "boringcrypto", false);
    row("unknown", "linux", "amd64", false, "purego", false);
}

void TestBuildConstraint::matchTag()
{
    QFETCH(QString, goos);
    QFETCH(QString, goarch);
    QFETCH(bool, cgo);
    QFETCH(QString, tag);
    QFETCH(bool, want);
    const BuildContext ctx = context(goos, goarch, cgo ? Cgo::Enabled : Cgo::Disabled);
    QSet<QString> seen;
    QCOMPARE(ctx.matchTag(tag, &seen), want);
    QVERIFY(seen.contains(tag));
}

void TestBuildConstraint::toolTags_data()
{
    QTest::addColumn<QString>("goos");
    QTest::addColumn<QString>("goarch");
    QTest::addColumn<QString>("goexperiment");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("want"); // space-separated tags, or the error
    const QString base = QStringLiteral(
        "goexperiment.regabiwrappers goexperiment.regabiargs goexperiment.aliastypeparams "
        "goexperiment.swissmap goexperiment.synchashtriemap");
    // As `go list -f '{{context.ToolTags}}'` prints them for each target.
    QTest::newRow("linux/amd64") << "linux"
                                 << "amd64" << QString() << QString()
                                 << base + " goexperiment.dwarf5 amd64.v1";
    QTest::newRow("linux/arm64") << "linux"
                                 << "arm64" << QString() << QString()
                                 << base + " goexperiment.dwarf5 arm64.v8.0";
    QTest::newRow("darwin/arm64") << "darwin"
                                  << "arm64" << QString() << QString() << base + " arm64.v8.0";
    QTest::newRow("linux/arm") << "linux"
                               << "arm" << QString() << QString()
                               << "goexperiment.aliastypeparams goexperiment.swissmap "
                                  "goexperiment.synchashtriemap goexperiment.dwarf5 arm.5 arm.6 "
                                  "arm.7";
    QTest::newRow("GOAMD64=v3") << "linux"
                                << "amd64" << QString() << "v3"
                                << base + " goexperiment.dwarf5 amd64.v1 amd64.v2 amd64.v3";
    QTest::newRow("GOARM64=v9.1,lse")
        << "linux"
        << "arm64" << QString() << "v9.1,lse"
        << base + " goexperiment.dwarf5 arm64.v9.0 arm64.v9.1 arm64.v8.0 arm64.v8.1 arm64.v8.2 "
                  "arm64.v8.3 arm64.v8.4 arm64.v8.5 arm64.v8.6";
    QTest::newRow("GOARM=6,softfloat") << "linux"
                                       << "arm" << QString() << "6,softfloat"
                                       << "goexperiment.aliastypeparams goexperiment.swissmap "
                                          "goexperiment.synchashtriemap goexperiment.dwarf5 "
                                          "arm.5 arm.6";
    QTest::newRow("GOEXPERIMENT=arenas,noswissmap")
        << "linux"
        << "amd64"
        << "arenas,noswissmap" << QString()
        << "goexperiment.regabiwrappers goexperiment.regabiargs goexperiment.arenas "
           "goexperiment.aliastypeparams goexperiment.synchashtriemap goexperiment.dwarf5 amd64.v1";
    QTest::newRow("GOEXPERIMENT=none keeps regabi")
        << "linux"
        << "amd64"
        << "none" << QString() << "goexperiment.regabiwrappers goexperiment.regabiargs amd64.v1";
    QTest::newRow("386") << "linux"
                         << "386" << QString() << QString()
                         << "goexperiment.aliastypeparams goexperiment.swissmap "
                            "goexperiment.synchashtriemap goexperiment.dwarf5 386.softfloat";
    QTest::newRow("ppc64le power9") << "linux"
                                    << "ppc64le" << QString() << "power9"
                                    << base + " goexperiment.dwarf5 ppc64le.power8 ppc64le.power9";
    QTest::newRow("bad GOAMD64") << "linux"
                                 << "amd64" << QString() << "v5"
                                 << "invalid GOAMD64: must be v1, v2, v3, v4";
    QTest::newRow("bad GOARM64") << "linux"
                                 << "arm64" << QString() << "v9.6"
                                 << "invalid GOARM64: must start with v8.{0-9} or v9.{0-5} and "
                                    "may optionally end in \",lse\" and/or \",crypto\"";
    QTest::newRow("bad GOEXPERIMENT") << "linux"
                                      << "amd64"
                                      << "bogus" << QString() << "unknown GOEXPERIMENT bogus";
    QTest::newRow("bad GOWASM") << "js"
                                << "wasm" << QString() << "simd"
                                << "invalid GOWASM: no such feature \"simd\"";
}

void TestBuildConstraint::toolTags()
{
    QFETCH(QString, goos);
    QFETCH(QString, goarch);
    QFETCH(QString, goexperiment);
    QFETCH(QString, level);
    QFETCH(QString, want);
    TargetConfig t;
    t.goos = goos;
    t.goarch = goarch;
    t.goexperiment = goexperiment;
    t.archLevel = level;
    const auto ctx = makeBuildContext(t);
    QCOMPARE(ctx ? ctx->toolTags.join(QLatin1Char(' ')) : ctx.error().message, want);
    if (ctx)
        QCOMPARE(ctx->releaseTags.size(), 25);
}

void TestBuildConstraint::modeTagsAreToolTags()
{
    // -race adds "race" after the experiment and level tags, as cmd/go does.
    TargetConfig t;
    t.goos = QStringLiteral("linux");
    t.goarch = QStringLiteral("amd64");
    t.modeTags = {QStringLiteral("race")};
    t.buildTags = {QStringLiteral("purego")};
    const auto ctx = makeBuildContext(t);
    QVERIFY(ctx);
    QCOMPARE(ctx->toolTags.last(), QStringLiteral("race"));
    QVERIFY(ctx->matchTag(QStringLiteral("race")));
    QVERIFY(ctx->matchTag(QStringLiteral("purego")));
    QVERIFY(!ctx->matchTag(QStringLiteral("msan")));
}

void TestBuildConstraint::goodOSArchFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("want"); // for linux/amd64
    QTest::newRow("plain") << "file.go" << true;
    QTest::newRow("goos") << "file_linux.go" << true;
    QTest::newRow("other goos") << "file_windows.go" << false;
    QTest::newRow("goarch") << "file_amd64.go" << true;
    QTest::newRow("other goarch") << "file_arm64.go" << false;
    QTest::newRow("goos_goarch") << "file_linux_amd64.go" << true;
    QTest::newRow("goos_other goarch") << "file_linux_arm64.go" << false;
    QTest::newRow("test suffix") << "file_windows_test.go" << false;
    QTest::newRow("goos_goarch_test") << "file_linux_amd64_test.go" << true;
    QTest::newRow("name is only goos") << "windows.go" << true;
    QTest::newRow("prefix is goos") << "windows_file.go" << true;
    QTest::newRow("unknown suffix") << "file_unix.go" << true;
    QTest::newRow("extra dots") << "file_windows.x.go" << false;
    QTest::newRow("goos_test only") << "windows_test.go" << true;
    QTest::newRow("old goos still known") << "file_nacl.go" << false;
    QTest::newRow("asm") << "asm_arm64.s" << false;
}

void TestBuildConstraint::goodOSArchFile()
{
    QFETCH(QString, name);
    QFETCH(bool, want);
    QCOMPARE(context(QStringLiteral("linux"), QStringLiteral("amd64")).goodOSArchFile(name), want);
}

void TestBuildConstraint::fileConstraints_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("want");  // goBuild | plusBuild;... | binary | error
    QTest::addColumn<QString>("build"); // for linux/amd64: "yes", "no" or the error
    QTest::newRow("go:build") << QByteArray("//go:build windows\n\npackage p\n")
                              << "//go:build windows||"
                              << "no";
    QTest::newRow("go:build without blank line")
        << QByteArray("//go:build linux\npackage p\n") << "//go:build linux||"
        << "yes";
    QTest::newRow("go:build wins over +build")
        << QByteArray("// +build windows\n//go:build linux\n\npackage p\n")
        << "//go:build linux|// +build windows|"
        << "yes";
    QTest::newRow("+build needs blank line") << QByteArray("// +build windows\npackage p\n") << "||"
                                             << "yes";
    QTest::newRow("+build before blank line")
        << QByteArray("// Copyright\n\n// +build windows\n\npackage p\n") << "|// +build windows|"
        << "no";
    QTest::newRow("+build lines all hold")
        << QByteArray("// +build linux\n// +build amd64 arm64\n\npackage p\n")
        << "|// +build linux;// +build amd64 arm64|"
        << "yes";
    QTest::newRow("bad +build ignored")
        << QByteArray("// +build lin-ux\n\npackage p\n") << "|// +build lin-ux|"
        << "no";
    QTest::newRow("go:build after package ignored")
        << QByteArray("package p\n//go:build windows\n") << "||"
        << "yes";
    QTest::newRow("go:build in block comment ignored")
        << QByteArray("/*\n//go:build windows\n*/\npackage p\n") << "||"
        << "yes";
    QTest::newRow("go:build after block comment")
        << QByteArray("/* c */\n//go:build windows\npackage p\n") << "//go:build windows||"
        << "no";
    QTest::newRow("indented go:build")
        << QByteArray("  //go:build windows\n\npackage p\n") << "//go:build windows||"
        << "no";
    QTest::newRow("multiple go:build")
        << QByteArray("//go:build linux\n//go:build amd64\n\npackage p\n")
        << "|||multiple //go:build comments"
        << "multiple //go:build comments";
    QTest::newRow("bad go:build") << QByteArray("//go:build linux &&\n\npackage p\n")
                                  << "//go:build linux &&||"
                                  << "parsing //go:build line: unexpected end of expression";
    QTest::newRow("binary-only") << QByteArray("//go:binary-only-package\n\npackage p\n")
                                 << "||binary"
                                 << "yes";
    QTest::newRow("crlf") << QByteArray("//go:build windows\r\n\r\npackage p\r\n")
                          << "//go:build windows||"
                          << "no";
    QTest::newRow("empty") << QByteArray() << "||"
                           << "yes";
}

void TestBuildConstraint::fileConstraints()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, want);
    QFETCH(QString, build);
    const FileConstraints c = scanFileConstraints(header);
    QStringList plus;
    for (const QByteArray &line : c.plusBuild)
        plus.append(QString::fromUtf8(line));
    const QString got = QString::fromUtf8(c.goBuild) + QLatin1Char('|') +
                        plus.join(QLatin1Char(';')) + QLatin1Char('|') +
                        (c.binaryOnly ? QStringLiteral("binary") : QString()) +
                        (c.error.isEmpty() ? QString() : QLatin1Char('|') + c.error);
    QCOMPARE(got, want);
    const auto ok = shouldBuild(c, context(QStringLiteral("linux"), QStringLiteral("amd64")));
    QCOMPARE(ok ? (*ok ? QStringLiteral("yes") : QStringLiteral("no")) : ok.error(), build);
}

void TestBuildConstraint::fileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("want");
    QTest::newRow("go") << "a.go" << int(NameMatch::Candidate);
    QTest::newRow("underscore") << "_a.go" << int(NameMatch::Hidden);
    QTest::newRow("dot") << ".a.go" << int(NameMatch::Hidden);
    QTest::newRow("txt") << "a.txt" << int(NameMatch::NotSource);
    QTest::newRow("no ext") << "Makefile" << int(NameMatch::NotSource);
    QTest::newRow("capital S") << "a.S" << int(NameMatch::Candidate);
    QTest::newRow("syso") << "a_windows.syso" << int(NameMatch::WrongOSArch);
    QTest::newRow("GO") << "a.GO" << int(NameMatch::NotSource);
    QTest::newRow("f90") << "a.f90" << int(NameMatch::Candidate);
}

void TestBuildConstraint::fileName()
{
    QFETCH(QString, name);
    QFETCH(int, want);
    QCOMPARE(int(matchFileName(name, context(QStringLiteral("linux"), QStringLiteral("amd64")))),
             want);
}

void TestBuildConstraint::classify_data()
{
    QTest::addColumn<QByteArrayList>("files"); // "name=content"
    QTest::addColumn<bool>("cgo");
    QTest::addColumn<QString>("want");
    // Expected lines are what go/build's ImportDir reports for the same files
    // (GOOS=linux GOARCH=amd64).
    const auto none = QStringLiteral("c= h= s= other= syso= imports= testimports= xtestimports=");
    QTest::newRow("kinds") << QByteArrayList{"a.go=package p\nimport \"fmt\"\n",
                                             "a_test.go=package p\n",
                                             "x_test.go=package p_test\nimport \"testing\"\n",
                                             "b_windows.go=package p\n",
                                             "c.c=int x;\n",
                                             "d.h=\n",
                                             "e.s=\n",
                                             "f.S=\n",
                                             "g.txt=x",
                                             "_h.go=package q\n",
                                             "i.syso="}
                           << false
                           << "go=a.go cgo= ignored=b_windows.go invalid= test=a_test.go "
                              "xtest=x_test.go c=c.c h=d.h s=e.s other=f.S syso=i.syso "
                              "imports=fmt testimports= xtestimports=testing name=p err=";
    const QByteArray cgoFile = "c.go=package p\n\n// #cgo LDFLAGS: -lm\nimport \"C\"\n";
    QTest::newRow("cgo off ignores the cgo file and .S")
        << QByteArrayList{"a.go=package p\n", cgoFile, "f.S=\n"} << false
        << "go=a.go cgo= ignored=c.go invalid= test= xtest= c= h= s= other=f.S syso= imports= "
           "testimports= xtestimports= name=p err=";
    QTest::newRow("cgo on") << QByteArrayList{"a.go=package p\n", cgoFile, "f.S=\n"} << true
                            << "go=a.go cgo=c.go ignored= invalid= test= xtest= c= h= s=f.S "
                               "other= syso= imports=C testimports= xtestimports= name=p err=";
    QTest::newRow("constraints") << QByteArrayList{"a.go=//go:build windows\n\npackage p\n",
                                                   "b.go=// +build linux\n\npackage p\n",
                                                   "c.c=//go:build ignore\n\nint x;\n"}
                                 << false
                                 << "go=b.go cgo= ignored=a.go invalid= test= xtest= c= h= s= "
                                    "other=c.c syso= imports= testimports= xtestimports= name=p "
                                    "err=";
    QTest::newRow("two packages") << QByteArrayList{"a.go=package a\n", "b.go=package b\n"} << false
                                  << "go=a.go b.go cgo= ignored= invalid=b.go test= xtest= " +
                                         none +
                                         " name=a err=found packages a (a.go) and b (b.go) in /d";
    QTest::newRow("documentation") << QByteArrayList{"a.go=package documentation\n"} << false
                                   << "go= cgo= ignored=a.go invalid= test= xtest= " + none +
                                          " name= err=no buildable Go source files in /d";
    QTest::newRow("parse error still listed")
        << QByteArrayList{"a.go=package p\nimport (\n\t\"x\" +\n)\n",
                          "b.go=package p\nimport \"y\"\n"}
        << false
        << "go=a.go b.go cgo= ignored= invalid=a.go test= xtest= c= h= s= other= syso= "
           "imports=y testimports= xtestimports= name=p err=/d/a.go:3:6: expected ';', found '+'";
    QTest::newRow("binary file with NUL")
        << QByteArrayList{QByteArray("a.go=\x7f"
                                     "ELF\x02\x01\x01\x00\x00",
                                     14),
                          "b.go=package p\n"}
        << false
        << "go=b.go cgo= ignored= invalid=a.go test= xtest= " + none +
               " name=p err=read /d/a.go: unexpected NUL in input";
    QTest::newRow("binary file without NUL")
        << QByteArrayList{"a.go=\x7f"
                          "ELF\x02\x01\x01",
                          "b.go=package p\n"}
        << false
        << "go=a.go b.go cgo= ignored= invalid=a.go test= xtest= " + none +
               " name=p err=/d/a.go:1:1: illegal character U+007F";
    QTest::newRow("cgo in test")
        << QByteArrayList{"a.go=package p\n", "a_test.go=package p\nimport \"C\"\n"} << true
        << "go=a.go cgo= ignored= invalid=a_test.go test=a_test.go xtest= c= h= s= other= syso= "
           "imports= testimports=C xtestimports= name=p err=use of cgo in test /d/a_test.go not "
           "supported";
    QTest::newRow("bad go:build") << QByteArrayList{"a.go=//go:build (\n\npackage p\n"} << false
                                  << "go= cgo= ignored= invalid=a.go test= xtest= " + none +
                                         " name= err=a.go: parsing //go:build line: missing "
                                         "close paren";
}

void TestBuildConstraint::classify()
{
    QFETCH(QByteArrayList, files);
    QFETCH(bool, cgo);
    QFETCH(QString, want);
    QList<SourceFile> in;
    for (const QByteArray &f : files) {
        const qsizetype eq = f.indexOf('=');
        in.append({QString::fromUtf8(f.first(eq)), f.sliced(eq + 1), {}});
    }
    const DirFiles d = classifyFiles(QStringLiteral("/d"), in,
                                     context(QStringLiteral("linux"), QStringLiteral("amd64"),
                                             cgo ? Cgo::Enabled : Cgo::Disabled));
    const auto j = [](const QStringList &l) { return l.join(QLatin1Char(' ')); };
    const QString got =
        QStringLiteral("go=%1 cgo=%2 ignored=%3 invalid=%4 test=%5 xtest=%6 c=%7 h=%8 s=%9 ")
            .arg(j(d.goFiles), j(d.cgoFiles), j(d.ignoredGoFiles), j(d.invalidGoFiles),
                 j(d.testGoFiles), j(d.xtestGoFiles), j(d.cFiles), j(d.hFiles), j(d.sFiles)) +
        QStringLiteral("other=%1 syso=%2 imports=%3 testimports=%4 xtestimports=%5 name=%6 err=%7")
            .arg(j(d.ignoredOtherFiles), j(d.sysoFiles), j(d.imports), j(d.testImports),
                 j(d.xtestImports), d.name, d.error ? d.error->toString() : QString());
    QCOMPARE(got, want);
}

void TestBuildConstraint::deepExpressionIsAnError()
{
    // go limits expressions to 1000 operands instead of recursing without bound.
    const QByteArray deep = "//go:build " + QByteArray(5000, '(') + "a" + QByteArray(5000, ')');
    QCOMPARE(describe(parseConstraintLine(deep)),
             QStringLiteral("error 999: build expression too large"));
    QByteArray wide = "//go:build a";
    for (int i = 0; i < 1200; ++i)
        wide += " || a";
    QVERIFY(
        describe(parseConstraintLine(wide)).endsWith(QLatin1String("build expression too large")));
}

QTEST_GUILESS_MAIN(TestBuildConstraint)
#include "tst_buildconstraint.moc"
