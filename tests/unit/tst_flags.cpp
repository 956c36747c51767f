// core/flags: per-package flag values and patterns (go's ppfTests from
// load/flag_test.go plus std/cmd/work/tool/vendor rows), GOFLAGS checks, go's
// flag syntax and error texts, -C, and BuildInit's value checks. The error
// texts were taken from go 1.25.12 runs; tst_flags_oracle compares them live.
#include "flags/buildflags.h"
#include "flags/goflags.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::flags;

namespace
{

const QString usage = QStringLiteral(
    "usage: go build [-o output] [build flags] [packages]\nRun 'go help build' for details.");

// A package for matching: "path|dir|flags" where flags has c (command line),
// s (standard), m=<module path>.
load::Package package(const QString &spec, PackageOrigin &origin)
{
    const QStringList f = spec.split(QLatin1Char('|'));
    load::Package p;
    p.importPath = f.value(0);
    p.dir = f.value(1);
    origin = PackageOrigin::Dependency;
    for (const QString &attr : f.mid(2)) {
        if (attr == QLatin1String("c"))
            origin = PackageOrigin::CommandLine;
        else if (attr == QLatin1String("s"))
            p.standard = true;
        else if (attr == QLatin1String("files"))
            p.cmdlineFiles = true;
        else if (attr.startsWith(QLatin1String("m="))) {
            p.module = std::make_shared<load::ModuleInfo>();
            p.module->path = attr.mid(2);
        }
    }
    return p;
}

// The fields of f that differ from their defaults, one "name=value" each.
QString describe(const BuildFlags &f)
{
    QStringList out;
    auto add = [&](const char *name, const QString &v) {
        out.append(QLatin1String(name) + QLatin1Char('=') + v);
    };
    if (!f.chdir.isEmpty())
        add("C", f.chdir);
    if (!f.output.isEmpty())
        add("o", f.output);
    if (f.parallel)
        add("p", QString::number(*f.parallel));
    const std::pair<const char *, bool> bools[] = {
        {"a", f.forceRebuild}, {"n", f.dryRun},      {"x", f.printCommands},
        {"v", f.verbose},      {"work", f.keepWork}, {"trimpath", f.trimpath},
        {"race", f.race},      {"json", f.json},     {"cover", f.cover}};
    for (const auto &[name, on] : bools)
        if (on)
            add(name, QStringLiteral("true"));
    if (!f.tags.isEmpty())
        add("tags", f.tags.join(QLatin1Char('|')));
    if (!f.mod.isEmpty() || f.modExplicit)
        add("mod", f.mod + (f.modExplicit ? QStringLiteral("!") : QString()));
    if (f.buildvcs != BuildVcs::Auto)
        add("buildvcs",
            f.buildvcs == BuildVcs::True ? QStringLiteral("true") : QStringLiteral("false"));
    const std::pair<const char *, const PerPackageFlag *> pp[] = {
        {"gcflags", &f.gcflags}, {"asmflags", &f.asmflags}, {"ldflags", &f.ldflags}};
    for (const auto &[name, flag] : pp)
        if (flag->present())
            add(name, flag->raw() + QStringLiteral(" #") + QString::number(flag->entries().size()));
    if (f.pgo != QLatin1String("auto"))
        add("pgo", f.pgo);
    if (!f.debugActiongraph.isEmpty())
        add("debug-actiongraph", f.debugActiongraph);
    if (!f.debugTrace.isEmpty())
        add("debug-trace", f.debugTrace);
    if (f.compiler != QLatin1String("gc"))
        add("compiler", f.compiler);
    if (!f.covermode.isEmpty())
        add("covermode", f.covermode);
    if (!f.toolexec.isEmpty())
        add("toolexec", f.toolexec.join(QLatin1Char('|')));
    add("pkgs", f.packages.join(QLatin1Char('|')));
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestFlags : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void perPackageErrors_data();
    void perPackageErrors();
    void matching_data();
    void matching();
    void rawIsLastOccurrence();
    void goflagsSplit_data();
    void goflagsSplit();
    void parseInt_data();
    void parseInt();
    void parse_data();
    void parse();
    void chdir();
    void check_data();
    void check();
    void loadFlags();
};

void TestFlags::perPackageErrors_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error"); // "" = accepted
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("bare") << "-N -l"
                          << "" << QStringList{"-N", "-l"};
    QTest::newRow("spaces trimmed") << "  -N  "
                                    << "" << QStringList{"-N"};
    QTest::newRow("empty") << ""
                           << "" << QStringList{};
    QTest::newRow("only space") << " \t"
                                << "" << QStringList{};
    QTest::newRow("pattern") << "all=-N -l"
                             << "" << QStringList{"-N", "-l"};
    QTest::newRow("pattern empty flags") << "all="
                                         << "" << QStringList{};
    QTest::newRow("quoted fields") << "all='-X a=b c' \"-d\""
                                   << "" << QStringList{"-X a=b c", "-d"};
    QTest::newRow("second =") << "p=-X=a=b"
                              << "" << QStringList{"-X=a=b"};
    QTest::newRow("no =") << "foo"
                          << "missing =<value> in <pattern>=<value>" << QStringList{};
    QTest::newRow("no pattern") << "=-N"
                                << "missing <pattern> in <pattern>=<value>" << QStringList{};
    QTest::newRow("quote ') ") << "'a=-N"
                               << "parameter may not start with quote character '" << QStringList{};
    QTest::newRow("quote \"") << "\"a\"=-N"
                              << "parameter may not start with quote character \"" << QStringList{};
    QTest::newRow("unterminated") << "a=-x \"y"
                                  << "unterminated \" string" << QStringList{};
    QTest::newRow("unterminated bare") << "-x 'y"
                                       << "unterminated ' string" << QStringList{};
}

void TestFlags::perPackageErrors()
{
    QFETCH(QString, value);
    QFETCH(QString, error);
    QFETCH(QStringList, flags);
    PerPackageFlag f;
    const auto r = f.set(value, QStringLiteral("/w"));
    QCOMPARE(f.raw(), value);
    QVERIFY(f.present());
    if (!error.isEmpty()) {
        QVERIFY(!r);
        QCOMPARE(r.error().message, error);
        QVERIFY(f.entries().isEmpty());
        return;
    }
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(f.entries().size(), 1);
    QCOMPARE(f.entries().first().flags, flags);
}

void TestFlags::matching_data()
{
    QTest::addColumn<QStringList>("values"); // set in order, cwd /my/test/dir
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QStringList>("want"); // flags per package, joined by ' '

    // go's own table (cmd/go/internal/load/flag_test.go ppfTests).
    QTest::newRow("bare: command line only")
        << QStringList{"-S"} << QStringList{"p||c", "q|"} << QStringList{"-S", ""};
    QTest::newRow("empty resets") << QStringList{"-S", ""} << QStringList{"p||c"}
                                  << QStringList{""};
    QTest::newRow("net=-S") << QStringList{"net=-S"} << QStringList{"math||c", "net|"}
                            << QStringList{"", "-S"};
    QTest::newRow("net= resets") << QStringList{"net=-S", "net="} << QStringList{"net|"}
                                 << QStringList{""};
    QTest::newRow("net/...") << QStringList{"net/...=-S"}
                             << QStringList{"net|", "net/http|", "math|"}
                             << QStringList{"-S", "-S", ""};
    QTest::newRow("last match wins")
        << QStringList{"net/...=-S", "-m"}
        << QStringList{"net||c", "math||c", "net|", "net/http|", "math|"}
        << QStringList{"-m", "-m", "-S", "-S", ""};
    auto dirRow = [](const char *pattern, int n, QStringList dirs) {
        QStringList pkgs, want;
        for (int i = 0; i < dirs.size(); ++i) {
            pkgs.append(QStringLiteral("p|") + dirs[i]);
            want.append(i < n ? QStringLiteral("-S") : QString());
        }
        QTest::newRow(pattern) << QStringList{QLatin1String(pattern) + QStringLiteral("=-S")}
                               << pkgs << want;
    };
    dirRow(".", 1, {"/my/test/dir", "/my/test", "/my/test/other", "/my/test/dir/sub"});
    dirRow("..", 1, {"/my/test", "/my/test/dir", "/my/test/other", "/my/test/dir/sub"});
    dirRow(
        "./sub", 1,
        {"/my/test/dir/sub", "/my/test", "/my/test/dir", "/my/test/other", "/my/test/dir/sub/sub"});
    dirRow("../other", 1,
           {"/my/test/other", "/my/test", "/my/test/dir", "/my/test/other/sub",
            "/my/test/dir/other", "/my/test/dir/sub"});
    dirRow("./...", 3,
           {"/my/test/dir", "/my/test/dir/sub", "/my/test/dir/sub/sub", "/my/test/other",
            "/my/test/other/sub"});
    dirRow("../...", 4,
           {"/my/test/dir", "/my/test/other", "/my/test/dir/sub", "/my/test/other/sub",
            "/my/other/test"});
    dirRow("../...sub...", 3,
           {"/my/test/dir/sub", "/my/test/othersub", "/my/test/yellowsubmarine", "/my/other/test"});

    // Kiln's rows: meta patterns, vendor, absolute paths, files.
    dirRow("./sub/../x", 1, {"/my/test/dir/x", "/my/test/dir/sub/x"});
    dirRow("./vendor/...", 2, {"/my/test/dir/vendor/a", "/my/test/dir/vendor", "/my/test/dir/a"});
    dirRow("./.../vendor/...", 1, {"/my/test/dir/x/vendor/a", "/my/test/dir/vendor/a"});
    dirRow("./...", 2, {"/my/test/dir/x", "/my/test/dir/vendor", "/my/test/dir/vendor/a"});
    dirRow("/my/test/dir", 0, {"/my/test/dir"}); // absolute: an import path pattern
    const QStringList pkgs = {
        "example.com/m|/w/m|c|m=example.com/m",
        "example.com/m/a|/w/m/a|m=example.com/m",
        "example.com/dep|/w/m/vendor/example.com/dep|m=example.com/dep",
        "fmt|/goroot/src/fmt|s",
        "cmd/go|/goroot/src/cmd/go|s",
        "example.com/m/cmd/tool|/w/m/cmd/tool|m=example.com/m",
        "example.com/other/x|/mod/x|m=example.com/other",
        "command-line-arguments|/w/m|files",
    };
    QTest::newRow("all") << QStringList{"all=-N"} << pkgs << QStringList(8, "-N");
    QTest::newRow("std") << QStringList{"std=-N"} << pkgs
                         << QStringList{"", "", "", "-N", "-N", "", "", ""};
    QTest::newRow("cmd") << QStringList{"cmd=-N"} << pkgs
                         << QStringList{"", "", "", "", "-N", "", "", ""};
    QTest::newRow("work") << QStringList{"work=-N"} << pkgs
                          << QStringList{"-N", "-N", "", "", "", "-N", "", ""};
    QTest::newRow("tool") << QStringList{"tool=-N"} << pkgs
                          << QStringList{"", "", "", "", "", "-N", "", ""};
    QTest::newRow("bare with files")
        << QStringList{"-N"} << pkgs << QStringList{"-N", "", "", "", "", "", "", "-N"};
    QTest::newRow("example.com/...") << QStringList{"example.com/...=-N"} << pkgs
                                     << QStringList{"-N", "-N", "-N", "", "", "-N", "-N", ""};
    QTest::newRow("pattern spaces trimmed")
        << QStringList{" fmt =-N"} << pkgs << QStringList{"", "", "", "-N", "", "", "", ""};
    QTest::newRow("all then reset") << QStringList{"all=-N", ""} << pkgs
                                    << QStringList{"", "-N", "-N", "-N", "-N", "-N", "-N", ""};
    QTest::newRow("never merged") << QStringList{"all=-N", "fmt=-l"} << pkgs
                                  << QStringList{"-N", "-N", "-N", "-l", "-N", "-N", "-N", "-N"};
}

void TestFlags::matching()
{
    QFETCH(QStringList, values);
    QFETCH(QStringList, packages);
    QFETCH(QStringList, want);
    PerPackageFlag f;
    for (const QString &v : values)
        QVERIFY(f.set(v, QStringLiteral("/my/test/dir")));
    ModuleScope scope;
    scope.mainModules = {QStringLiteral("example.com/m")};
    scope.tools = {QStringLiteral("example.com/m/cmd/tool")};
    QCOMPARE(packages.size(), want.size());
    for (qsizetype i = 0; i < packages.size(); ++i) {
        PackageOrigin origin;
        const load::Package p = package(packages[i], origin);
        QCOMPARE(f.flagsFor(p, origin, scope).join(QLatin1Char(' ')), want[i]);
    }
    // Outside module mode tool and work are import paths.
    ModuleScope gopath;
    gopath.mode = ModuleMode::Gopath;
    PerPackageFlag g;
    QVERIFY(g.set(QStringLiteral("work=-N"), QStringLiteral("/w")));
    PackageOrigin origin;
    QCOMPARE(g.flagsFor(package(QStringLiteral("work|/w/work"), origin), origin, gopath),
             QStringList{QStringLiteral("-N")});
    QCOMPARE(g.flagsFor(package(QStringLiteral("x|/w/x|m=x"), origin), origin, scope),
             QStringList{});
}

void TestFlags::rawIsLastOccurrence()
{
    auto r = parseBuildFlags({QStringLiteral("-gcflags=all=-N"), QStringLiteral("-gcflags=-l")},
                             QStringLiteral("-gcflags=std=-B"), QStringLiteral("/w"));
    QVERIFY(r);
    QCOMPARE(r->gcflags.raw(), QStringLiteral("-l"));
    QCOMPARE(r->gcflags.entries().size(), 3);
    QCOMPARE(r->gcflags.entries().first().pattern.text(), QStringLiteral("std"));
    r = parseBuildFlags({}, QStringLiteral("-ldflags=-s"), QStringLiteral("/w"));
    QVERIFY(r);
    QCOMPARE(r->ldflags.raw(), QStringLiteral("-s"));
    QVERIFY(!r->asmflags.present());
}

void TestFlags::goflagsSplit_data()
{
    QTest::addColumn<QString>("goflags");
    QTest::addColumn<QString>("result"); // words joined by '|', or the error
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("words") << " -a  --n=1\t-gcflags=all=-N"
                           << "-a|--n=1|-gcflags=all=-N";
    QTest::newRow("quoted") << "'-gcflags=all=-N -l' -x"
                            << "-gcflags=all=-N -l|-x";
    QTest::newRow("other command's flag") << "-count=1 -test.v"
                                          << "-count=1|-test.v";
    QTest::newRow("non-flag") << "x"
                              << "go: parsing $GOFLAGS: non-flag \"x\"";
    QTest::newRow("dash") << "-"
                          << "go: parsing $GOFLAGS: non-flag \"-\"";
    QTest::newRow("dashdash") << "--"
                              << "go: parsing $GOFLAGS: non-flag \"--\"";
    QTest::newRow("three dashes") << "---a"
                                  << "go: parsing $GOFLAGS: non-flag \"---a\"";
    QTest::newRow("-=") << "-=a"
                        << "go: parsing $GOFLAGS: non-flag \"-=a\"";
    QTest::newRow("--=") << "--=a"
                         << "go: parsing $GOFLAGS: non-flag \"--=a\"";
    QTest::newRow("unknown") << "-a -zzz"
                             << "go: parsing $GOFLAGS: unknown flag -zzz";
    QTest::newRow("unknown --") << "--zzz=1"
                                << "go: parsing $GOFLAGS: unknown flag -zzz";
    QTest::newRow("help") << "-help"
                          << "go: parsing $GOFLAGS: unknown flag -help";
    QTest::newRow("unterminated") << "'-a"
                                  << "go: parsing $GOFLAGS: unterminated ' string";
}

void TestFlags::goflagsSplit()
{
    QFETCH(QString, goflags);
    QFETCH(QString, result);
    const auto r = splitGoflags(goflags);
    if (result.startsWith(QLatin1String("go: "))) {
        QVERIFY(!r);
        QCOMPARE(r.error().message, result);
        QCOMPARE(r.error().exitStatus, 1);
    } else {
        QVERIFY(r);
        QCOMPARE(r->join(QLatin1Char('|')), result);
    }
    QVERIFY(inGoflags({QStringLiteral("--mod=vendor")}, QStringLiteral("-mod")));
    QVERIFY(inGoflags({QStringLiteral("-modcacherw")}, QStringLiteral("-modcacherw")));
    QVERIFY(!inGoflags({QStringLiteral("-modfile=x")}, QStringLiteral("-mod")));
}

void TestFlags::parseInt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("result");
    const char *rows[][2] = {{"4", "4"},
                             {"+4", "4"},
                             {"-1", "-1"},
                             {"0", "0"},
                             {"010", "8"},
                             {"0x10", "16"},
                             {"0X1f", "31"},
                             {"0o17", "15"},
                             {"0b101", "5"},
                             {"1_000", "1000"},
                             {"0x_1f", "31"},
                             {"0x1__f", "parse error"},
                             {"0_7", "7"},
                             {"", "parse error"},
                             {"-", "parse error"},
                             {"0x", "parse error"},
                             {"08", "parse error"},
                             {"x", "parse error"},
                             {"9223372036854775807", "9223372036854775807"},
                             {"9223372036854775808", "value out of range"},
                             {"-9223372036854775808", "-9223372036854775808"},
                             {"99999999999999999999", "value out of range"},
                             {"99999999999999999999x", "value out of range"}};
    for (const auto &row : rows)
        QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
}

void TestFlags::parseInt()
{
    QFETCH(QString, text);
    QFETCH(QString, result);
    const auto r = parseGoInt(text);
    QCOMPARE(r ? QString::number(*r) : r.error().message, result);
}

void TestFlags::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("goflags");
    QTest::addColumn<QString>("result"); // describe() of the flags, or "exit N: text"
    auto ok = [](const char *name, QStringList args, const char *goflags, const char *result) {
        QTest::newRow(name) << args << QString::fromLatin1(goflags) << QString::fromLatin1(result);
    };
    auto bad = [](const char *name, QStringList args, const char *goflags, int exit,
                  const QString &text) {
        QTest::newRow(name) << args << QString::fromLatin1(goflags)
                            << QStringLiteral("exit %1: %2").arg(exit).arg(text);
    };
    ok("none", {}, "", "pkgs=");
    ok("bools", {"-a", "--n", "-x=true", "-v=1", "-work", "-trimpath=T", "./..."}, "",
       "a=true n=true x=true v=true work=true trimpath=true pkgs=./...");
    ok("bool false", {"-a=false", "-x=0"}, "-a -x", "pkgs=");
    ok("values",
       {"-o", "out", "-p=3", "--pgo", "off", "-debug-actiongraph=g.json", "-debug-trace", "t.json",
        "x", "y"},
       "", "o=out p=3 pgo=off debug-actiongraph=g.json debug-trace=t.json pkgs=x|y");
    ok("-p hex", {"-p", "0x10"}, "", "p=16 pkgs=");
    ok("stop at non-flag", {"-a", "pkg", "-x"}, "", "a=true pkgs=pkg|-x");
    ok("stop at -", {"-a", "-", "-x"}, "", "a=true pkgs=-|-x");
    ok("-- ends flags", {"-a", "--", "-x"}, "", "a=true pkgs=-x");
    ok("tags comma", {"-tags=a,,b,"}, "", "tags=a|b pkgs=");
    ok("tags space", {"-tags", "a b"}, "", "tags=a|b pkgs=");
    ok("tags quoted", {"-tags='a,b'"}, "", "tags=a,b pkgs=");
    ok("tags empty resets", {"-tags="}, "-tags=x", "pkgs=");
    ok("mod", {"-mod=vendor"}, "", "mod=vendor! pkgs=");
    ok("mod empty is not explicit", {"-mod="}, "", "pkgs=");
    ok("mod explicit stays", {"-mod="}, "-mod=mod", "mod=! pkgs=");
    ok("buildvcs bare", {"-buildvcs"}, "", "buildvcs=true pkgs=");
    ok("buildvcs false", {"-buildvcs=false"}, "", "buildvcs=false pkgs=");
    ok("buildvcs auto", {"-buildvcs=auto"}, "-buildvcs=false", "pkgs=");
    ok("buildvcs empty", {"-buildvcs="}, "-buildvcs=0", "pkgs=");
    ok("per-package appends", {"-gcflags=-l", "--gcflags", "all=-N"}, "-gcflags=std=-B",
       "gcflags=all=-N #3 pkgs=");
    ok("goflags only", {}, "--ldflags=-s -asmflags=all=-D=X",
       "asmflags=all=-D=X #1 "
       "ldflags=-s #1 pkgs=");
    ok("goflags other commands", {}, "-count=1 -test.v -json -cover", "json=true cover=true pkgs=");
    ok("command line wins", {"-o=b", "-p=2"}, "-o=a -p=1", "o=b p=2 pkgs=");
    ok("covermode sets cover", {"-covermode=atomic"}, "", "cover=true covermode=atomic pkgs=");
    ok("compiler", {"-compiler=gccgo"}, "", "compiler=gccgo pkgs=");
    ok("toolexec", {"-toolexec", "'a b' c"}, "", "toolexec=a b|c pkgs=");
    ok("-C elsewhere missing arg", {"-a", "-C"}, "", "");
    // Errors: the flag package (exit 2 with usage).
    const QString u = QLatin1Char('\n') + usage;
    bad("undefined", {"-foo"}, "", 2, "flag provided but not defined: -foo" + u);
    bad("undefined with value", {"--foo=1", "-a"}, "", 2,
        "flag provided but not defined: -foo" + u);
    bad("needs argument", {"-gcflags"}, "", 2, "flag needs an argument: -gcflags" + u);
    bad("bad per-package", {"-gcflags=foo"}, "", 2,
        "invalid value \"foo\" for flag -gcflags: missing =<value> in <pattern>=<value>" + u);
    bad("bad per-package quote", {"-ldflags='a=x"}, "", 2,
        "invalid value \"'a=x\" for flag -ldflags: parameter may not start with quote "
        "character '" +
            u);
    bad("unterminated", {"-asmflags=a=-x \"y"}, "", 2,
        "invalid value \"a=-x \\\"y\" for flag -asmflags: unterminated \" string" + u);
    bad("bool value", {"-a=maybe"}, "", 2,
        "invalid boolean value \"maybe\" for -a: parse error" + u);
    bad("int", {"-p=x"}, "", 2, "invalid value \"x\" for flag -p: parse error" + u);
    bad("int range", {"-p", "99999999999999999999"}, "", 2,
        "invalid value \"99999999999999999999\" for flag -p: value out of range" + u);
    bad("-h", {"-h"}, "", 2, usage);
    bad("-help", {"-a", "--help"}, "", 2, usage);
    bad("three dashes", {"---x"}, "", 2, "bad flag syntax: ---x" + u);
    bad("-=", {"-=x"}, "", 2, "bad flag syntax: -=x" + u);
    bad("-C not first", {"-n", "-C", "x"}, "", 2,
        "invalid value \"x\" for flag -C: -C flag must be first flag on command line" + u);
    bad("-C alone", {"-C"}, "", 2, "flag needs an argument: -C" + u);
    bad("buildvcs", {"-buildvcs=maybe"}, "", 2,
        "invalid boolean value \"maybe\" for -buildvcs: value is neither 'auto' nor a valid "
        "bool" +
            u);
    bad("covermode", {"-covermode=x"}, "", 2,
        "invalid value \"x\" for flag -covermode: valid modes are \"set\", \"count\", or "
        "\"atomic\"" +
            u);
    bad("compiler", {"-compiler=x"}, "", 2,
        "invalid value \"x\" for flag -compiler: unknown compiler \"x\"" + u);
    bad("tags quote", {"-tags='a"}, "", 2,
        "invalid value \"'a\" for flag -tags: unterminated ' string" + u);
    bad("non-ASCII value", {"-p=\xc3\xa9"}, "", 2,
        "invalid value \"\xc3\xa9\" for flag -p: parse error" + u);
    // Errors: GOFLAGS.
    bad("goflags non-flag", {"-foo"}, "x", 1, "go: parsing $GOFLAGS: non-flag \"x\"");
    bad("goflags unknown", {}, "-zzz", 1, "go: parsing $GOFLAGS: unknown flag -zzz");
    bad("goflags bool", {}, "-x=1 -a=q", 2,
        "go: invalid boolean value \"q\" for flag -a (from $GOFLAGS): parse error" + u);
    bad("goflags bool --", {}, "--json=q", 2,
        "go: invalid boolean value \"q\" for flag -json (from $GOFLAGS): parse error" + u);
    bad("goflags needs value", {}, "-o", 2, "go: flag needs an argument: -o (from $GOFLAGS)" + u);
    bad("goflags bad value", {}, "-gcflags=foo", 2,
        "go: invalid value \"foo\" for flag -gcflags (from $GOFLAGS): missing =<value> in "
        "<pattern>=<value>" +
            u);
    bad("goflags -C", {}, "-C=x", 2,
        "go: invalid value \"x\" for flag -C (from $GOFLAGS): -C flag must be first flag on "
        "command line" +
            u);
    bad("goflags buildvcs", {}, "-buildvcs=maybe", 2,
        "go: invalid boolean value \"maybe\" for flag -buildvcs (from $GOFLAGS): value is "
        "neither 'auto' nor a valid bool" +
            u);
    bad("goflags before command line", {"-foo"}, "-p=x", 2,
        "go: invalid value \"x\" for flag -p (from $GOFLAGS): parse error" + u);
}

void TestFlags::parse()
{
    QFETCH(QStringList, args);
    QFETCH(QString, goflags);
    QFETCH(QString, result);
    const auto r = parseBuildFlags(args, goflags, QStringLiteral("/w"));
    if (result.isEmpty()) { // only that it fails with usage
        QVERIFY(!r);
        QCOMPARE(r.error().exitStatus, 2);
        return;
    }
    const QString got =
        r ? describe(*r)
          : QStringLiteral("exit %1: %2").arg(r.error().exitStatus).arg(r.error().message);
    QCOMPARE(got, result);
}

void TestFlags::chdir()
{
    QTemporaryDir tmp;
    const QString root = QFileInfo(tmp.path()).canonicalFilePath();
    QVERIFY(QDir(root).mkpath(QStringLiteral("m/sub")));
    QVERIFY(QFile::link(root + QStringLiteral("/m"), root + QStringLiteral("/link")));
    QFile file(root + QStringLiteral("/f"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    auto r = parseBuildFlags({QStringLiteral("-C"), QStringLiteral("m"),
                              QStringLiteral("-gcflags=./...=-N"), QStringLiteral("./...")},
                             {}, root);
    QVERIFY(r);
    QCOMPARE(r->chdir, QStringLiteral("m"));
    QCOMPARE(r->workingDir, root + QStringLiteral("/m"));
    QCOMPARE(r->packages, QStringList{QStringLiteral("./...")});
    load::Package p;
    p.dir = root + QStringLiteral("/m/sub");
    QCOMPARE(r->gcflags.flagsFor(p, PackageOrigin::Dependency, {}),
             QStringList{QStringLiteral("-N")});

    // Through a symlink: go's Getwd after chdir gives the real path.
    r = parseBuildFlags({QStringLiteral("--C=link/sub")}, {}, root);
    QVERIFY(r);
    QCOMPARE(r->workingDir, root + QStringLiteral("/m/sub"));
    // -C . keeps the caller's spelling ($PWD).
    r = parseBuildFlags({QStringLiteral("-C=.")}, {}, root + QStringLiteral("/link"));
    QVERIFY(r);
    QCOMPARE(r->workingDir, root + QStringLiteral("/link"));

    const std::pair<QString, QString> bad[] = {
        {QStringLiteral("nosuch"), QStringLiteral("go: chdir nosuch: no such file or directory")},
        {QStringLiteral("f"), QStringLiteral("go: chdir f: not a directory")},
        {QStringLiteral("f/x"), QStringLiteral("go: chdir f/x: not a directory")},
        {QString(), QStringLiteral("go: chdir : no such file or directory")}};
    for (const auto &[dir, text] : bad) {
        r = parseBuildFlags({QStringLiteral("-C"), dir}, QStringLiteral("-zzz"), root);
        QVERIFY(!r);
        QCOMPARE(r.error().message, text); // before GOFLAGS is looked at
        QCOMPARE(r.error().exitStatus, 1);
    }
}

void TestFlags::check_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("goflags");
    QTest::addColumn<bool>("gopath");
    QTest::addColumn<QString>("error");
    QTest::newRow("fine") << QStringList{"-mod=vendor", "-p=1"} << "" << false << "";
    QTest::newRow("bad mod")
        << QStringList{"-mod=foo", "-p=0"} << "" << false
        << "-mod=foo not supported (can be '', 'mod', 'readonly', or 'vendor')";
    QTest::newRow("mod in gopath") << QStringList{"-mod=mod"} << "" << true
                                   << "build flag -mod=mod only valid when using modules";
    QTest::newRow("mod from goflags in gopath") << QStringList{} << "-mod=mod" << true << "";
    QTest::newRow("modcacherw in gopath") << QStringList{"-modcacherw"} << "" << true
                                          << "build flag -modcacherw only valid when using modules";
    QTest::newRow("modfile in gopath") << QStringList{"-modfile=x.mod"} << "" << true
                                       << "build flag -modfile only valid when using modules";
    QTest::newRow("p zero") << QStringList{"-p=0"} << "" << false
                            << "go: -p must be a positive integer: 0";
    QTest::newRow("p negative") << QStringList{"-p", "-3"} << "" << false
                                << "go: -p must be a positive integer: -3";
}

void TestFlags::check()
{
    QFETCH(QStringList, args);
    QFETCH(QString, goflags);
    QFETCH(bool, gopath);
    QFETCH(QString, error);
    const auto r = parseBuildFlags(args, goflags, QStringLiteral("/w"));
    QVERIFY(r);
    const auto err = checkBuildFlags(*r, gopath ? ModuleMode::Gopath : ModuleMode::Modules);
    QCOMPARE(err ? err->message : QString(), error);
    if (err)
        QCOMPARE(err->exitStatus, 1);
}

void TestFlags::loadFlags()
{
    const auto r = parseBuildFlags({QStringLiteral("-tags=a,b")}, QStringLiteral("-mod=vendor"),
                                   QStringLiteral("/w"));
    QVERIFY(r);
    const load::LoadFlags l = r->loadFlags();
    QCOMPARE(l.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(l.mod, QStringLiteral("vendor"));
    QVERIFY(l.tagsSet);
    // Running it through withGoflags again changes nothing.
    const auto again = load::withGoflags(l, QStringLiteral("-tags=c -mod=mod"));
    QVERIFY(again);
    QCOMPARE(again->tags, l.tags);
    QCOMPARE(again->mod, l.mod);
}

QTEST_GUILESS_MAIN(TestFlags)
#include "tst_flags.moc"
