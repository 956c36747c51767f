// core/flags/testflags: go test's command line. Rows give a command line
// (and GOFLAGS) and expect the arguments go hands the test binary, the
// package list and the fields that differ from their defaults; error rows
// expect go's text and exit status. The value syntaxes (durations, -vet,
// -shuffle, -v) and the cacheable-argument rule have rows of their own.
// tst_testflags_oracle checks the same things against a live go test.
#include "flags/testflags.h"
#include "test/testcachekey.h"

#include <QtTest>

using namespace kiln;
using namespace kiln::flags;
using namespace std::chrono_literals;

namespace
{
enum Verdict { Cacheable, LocalDirectoryMode, UncacheableArgument };
}

namespace
{

const QString usage = QStringLiteral(
    "usage: go test [build/test flags] [packages] [build/test flags & test binary flags]\n"
    "Run 'go help test' and 'go help testflag' for details.");
const QString goflagsUsage = QStringLiteral(
    "usage: go test [build/test flags] [packages] [build/test flags & test binary flags]\n"
    "Run 'go help test' for details.");

// The fields of f that differ from their defaults, space-separated.
QString describe(const TestFlags &f)
{
    QStringList out;
    if (f.compileOnly)
        out << QStringLiteral("c");
    if (!f.output.isEmpty())
        out << QStringLiteral("o=") + f.output;
    if (!f.execCmd.isEmpty())
        out << QStringLiteral("exec=") + f.execCmd.join(u',');
    if (f.json)
        out << QStringLiteral("json");
    if (f.vetMode() == VetMode::All)
        out << QStringLiteral("vet=all");
    else if (f.vetMode() != VetMode::Default)
        out << QStringLiteral("vet=") + formatTestVet(f.vet);
    if (f.verbose.on)
        out << QStringLiteral("v=") + formatTestVerbose(f.verbose);
    if (f.count)
        out << QStringLiteral("count=") + QString::number(*f.count);
    if (f.failfast)
        out << QStringLiteral("failfast");
    if (f.shortMode)
        out << QStringLiteral("short");
    if (!f.run.isEmpty())
        out << QStringLiteral("run=") + f.run;
    if (!f.skip.isEmpty())
        out << QStringLiteral("skip=") + f.skip;
    if (!f.bench.isEmpty())
        out << QStringLiteral("bench=") + f.bench;
    if (f.timeout != GoDuration(10min))
        out << QStringLiteral("timeout=") + formatGoDuration(f.timeout);
    if (!f.outputDir.isEmpty())
        out << QStringLiteral("outputdir=") + f.outputDir;
    if (f.build.cover)
        out << QStringLiteral("cover");
    if (f.showHelp)
        out << QStringLiteral("help");
    if (f.build.parallel)
        out << QStringLiteral("p=") + QString::number(*f.build.parallel);
    if (f.build.forceRebuild)
        out << QStringLiteral("a");
    if (f.build.gcflags.present())
        out << QStringLiteral("gcflags=") + f.build.gcflags.raw();
    if (!f.build.tags.isEmpty())
        out << QStringLiteral("tags=") + f.build.tags.join(u',');
    if (!f.build.chdir.isEmpty())
        out << QStringLiteral("C=") + f.build.chdir;
    return out.join(u' ');
}

QStringList words(const char *s)
{
    return QString::fromUtf8(s).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestTestFlags : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void duration_data();
    void duration();
    void vet_data();
    void vet();
    void shuffleAndVerbose();
    void cacheArgs_data();
    void cacheArgs();
    void deadlines();
    void chdir();
};

void TestTestFlags::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("goflags");
    QTest::addColumn<QStringList>("testArgs");
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QString>("fields");

    const QString t = QStringLiteral("-test.timeout=10m0s");
    QTest::newRow("plain") << QStringList() << "" << QStringList{t} << QStringList() << "";
    QTest::newRow("package") << words(".") << "" << QStringList{t} << words(".") << "";
    QTest::newRow("-v") << words("-v .") << "" << QStringList{t, "-test.v=true"} << words(".")
                        << "v=true";
    QTest::newRow("run short count")
        << words("-run X -short -count=1 ./...") << ""
        << QStringList{t, "-test.run=X", "-test.short=true", "-test.count=1"} << words("./...")
        << "count=1 short run=X";
    QTest::newRow("flags after packages")
        << words("a b -v -run=Y") << "" << QStringList{t, "-test.v=true", "-test.run=Y"}
        << words("a b") << "v=true run=Y";
    QTest::newRow("-test. prefix")
        << words("-test.v -test.count 3 .") << "" << QStringList{t, "-test.v=true", "-test.count=3"}
        << words(".") << "v=true count=3";
    QTest::newRow("timeout 30s") << words("-timeout 30s .") << ""
                                 << QStringList{"-test.timeout=30s"} << words(".") << "timeout=30s";
    QTest::newRow("timeout=0") << words("-timeout=0 .") << "" << QStringList{"-test.timeout=0s"}
                               << words(".") << "timeout=0s";
    QTest::newRow("timeout normalised")
        << words("-timeout=90s .") << "" << QStringList{"-test.timeout=1m30s"} << words(".")
        << "timeout=1m30s";
    QTest::newRow("count hex") << words("-count=0x10 .") << "" << QStringList{t, "-test.count=16"}
                               << words(".") << "count=16";
    QTest::newRow("cpu parallel") << words("-cpu 1,2 -parallel 3 .") << ""
                                  << QStringList{t, "-test.cpu=1,2", "-test.parallel=3"}
                                  << words(".") << "";
    QTest::newRow("bench benchtime")
        << words("-bench . -benchtime 1x .") << ""
        << QStringList{t, "-test.bench=.", "-test.benchtime=1x"} << words(".") << "bench=.";
    QTest::newRow("json") << words("-json .") << "" << QStringList{"-test.v=test2json", t}
                          << words(".") << "json";
    QTest::newRow("json and -v") << words("-json -v .") << ""
                                 << QStringList{"-test.v=test2json", t, "-test.v=true"}
                                 << words(".") << "json v=true";
    QTest::newRow("GOFLAGS count")
        << words(".") << "-count=1" << QStringList{"-test.count=1", t} << words(".") << "count=1";
    QTest::newRow("GOFLAGS v") << words(".") << "-v=true" << QStringList{"-test.v=true", t}
                               << words(".") << "v=true";
    QTest::newRow("GOFLAGS sorted by name")
        << words(".") << "-v -count=2 -test.short"
        << QStringList{"-test.count=2", "-test.short=true", "-test.v=true", t} << words(".")
        << "v=true count=2 short";
    QTest::newRow("command line beats GOFLAGS")
        << words("-count=3 .") << "-count=1 -run=A"
        << QStringList{"-test.run=A", t, "-test.count=3"} << words(".") << "count=3 run=A";
    QTest::newRow("GOFLAGS timeout")
        << words(".") << "-timeout=5s" << QStringList{"-test.timeout=5s"} << words(".")
        << "timeout=5s";
    QTest::newRow("GOFLAGS v dropped by -json")
        << words(".") << "-v -json" << QStringList{"-test.v=test2json", t} << words(".")
        << "json v=true";
    QTest::newRow("GOFLAGS build flags") << words("-tags=b .") << "-p=3 -gcflags=-N -tags=a"
                                         << QStringList{t} << words(".") << "p=3 gcflags=-N tags=b";
    QTest::newRow("-args") << words(". -args -v x") << "" << QStringList{t, "-v", "x"} << words(".")
                           << "";
    QTest::newRow("--args") << words("-v --args -run") << ""
                            << QStringList{t, "-test.v=true", "-run"} << QStringList() << "v=true";
    QTest::newRow("--") << words(". -- -v") << "" << QStringList{t, "--", "-v"} << words(".") << "";
    QTest::newRow("unknown flag") << words(". -custom") << "" << QStringList{t, "-custom"}
                                  << words(".") << "";
    QTest::newRow("unknown flag takes a value")
        << words(". -custom val -v") << "" << QStringList{t, "-custom", "val", "-test.v=true"}
        << words(".") << "v=true";
    QTest::newRow("unknown flag=value then positional")
        << words(". -custom=1 pos -v") << "" << QStringList{t, "-custom=1", "pos", "-v"}
        << words(".") << "";
    QTest::newRow("unknown flag ends package list")
        << words("-custom . -v") << "" << QStringList{t, "-custom", ".", "-test.v=true"}
        << QStringList() << "v=true";
    QTest::newRow("positional after packages")
        << words("a -v b c") << "" << QStringList{t, "-test.v=true", "b", "c"} << words("a")
        << "v=true";
    QTest::newRow("-c -o") << words("-c -o x.test .") << "" << QStringList{t} << words(".")
                           << "c o=x.test";
    QTest::newRow("-exec") << QStringList{"-exec", "env 'FOO=a b'", "."} << "" << QStringList{t}
                           << words(".") << "exec=env,FOO=a b";
    QTest::newRow("vet off") << words("-vet=off .") << "" << QStringList{t} << words(".")
                             << "vet=off";
    QTest::newRow("vet all") << words("-vet=all .") << "" << QStringList{t} << words(".")
                             << "vet=all";
    QTest::newRow("vet list") << words("-vet=atomic,bool .") << "" << QStringList{t} << words(".")
                              << "vet=-atomic,-bool";
    QTest::newRow("failfast skip") << words("-failfast -skip TestY .") << ""
                                   << QStringList{t, "-test.failfast=true", "-test.skip=TestY"}
                                   << words(".") << "failfast skip=TestY";
    QTest::newRow("coverprofile sets cover")
        << words("-coverprofile=c.out .") << "" << QStringList{t, "-test.coverprofile=c.out"}
        << words(".") << "cover";
    QTest::newRow("cover=false after coverprofile")
        << words("-coverprofile=c.out -cover=false .") << ""
        << QStringList{t, "-test.coverprofile=c.out"} << words(".") << "";
    QTest::newRow("cpuprofile adds outputdir")
        << words("-cpuprofile cpu.out .") << ""
        << QStringList{t, "-test.outputdir=/w", "-test.cpuprofile=cpu.out"} << words(".") << "";
    QTest::newRow("outputdir made absolute")
        << words("-outputdir=sub/../out -trace=t.out .") << ""
        << QStringList{t, "-test.outputdir=/w/out", "-test.trace=t.out"} << words(".")
        << "outputdir=/w/out";
    QTest::newRow("shuffle") << words("-shuffle=42 .") << "" << QStringList{t, "-test.shuffle=42"}
                             << words(".") << "";
    QTest::newRow("-v=test2json") << words("-v=test2json .") << ""
                                  << QStringList{t, "-test.v=test2json"} << words(".")
                                  << "v=test2json";
    QTest::newRow("help after -args")
        << words(". -args -h") << "" << QStringList{t, "-h"} << words(".") << "help";
    QTest::newRow("build flags") << words("-a -p 2 -gcflags=-N .") << "" << QStringList{t}
                                 << words(".") << "p=2 a gcflags=-N";
    QTest::newRow("--long forms") << words("--v --count=2 .") << ""
                                  << QStringList{t, "-test.v=true", "-test.count=2"} << words(".")
                                  << "v=true count=2";
}

void TestTestFlags::parse()
{
    QFETCH(QStringList, args);
    QFETCH(QString, goflags);
    QFETCH(QStringList, testArgs);
    QFETCH(QStringList, packages);
    QFETCH(QString, fields);
    const auto r = parseTestFlags(args, goflags, QStringLiteral("/w"));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->testArgs, testArgs);
    QCOMPARE(r->packageArgs, packages);
    QCOMPARE(r->build.packages, packages);
    QCOMPARE(describe(*r), fields);
}

void TestTestFlags::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("goflags");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("status");

    QTest::newRow("bad count") << words("-count=x .") << ""
                               << "invalid value \"x\" for flag -count: parse error\n" + usage << 2;
    QTest::newRow("count out of range")
        << words("-count=99999999999999999999") << ""
        << "invalid value \"99999999999999999999\" for flag -count: value out of range\n" + usage
        << 2;
    QTest::newRow("bad timeout") << words("-timeout 5") << ""
                                 << "invalid value \"5\" for flag -timeout: parse error\n" + usage
                                 << 2;
    QTest::newRow("bad -v") << words("-v=maybe") << ""
                            << "invalid boolean value \"maybe\" for -v: invalid flag "
                               "-test.v=maybe\n" +
                                   usage
                            << 2;
    QTest::newRow("bad short") << words("-short=2") << ""
                               << "invalid boolean value \"2\" for -short: parse error\n" + usage
                               << 2;
    QTest::newRow("missing value") << words(". -run") << ""
                                   << "flag needs an argument: -run\n" + usage << 2;
    QTest::newRow("bad vet") << words("-vet=foo") << ""
                             << "invalid value \"foo\" for flag -vet: -vet argument must be a "
                                "supported analyzer or a distinguished value; found foo\n" +
                                    usage
                             << 2;
    QTest::newRow("vet off in list")
        << words("-vet=off,atomic,bool") << ""
        << "invalid value \"off,atomic,bool\" for flag -vet: -vet does not accept \"off\" in a "
           "list with other analyzers\n" +
               usage
        << 2;
    QTest::newRow("bad shuffle") << words("-shuffle=x") << ""
                                 << "invalid value \"x\" for flag -shuffle: -shuffle argument must "
                                    "be \"on\", \"off\", or an int64: strconv.ParseInt: parsing "
                                    "\"x\": invalid syntax\n" +
                                        usage
                                 << 2;
    QTest::newRow("bad build flag")
        << words(". -p=x") << ""
        << "invalid value \"x\" for flag -p: parse error\n" + usage << 2;
    QTest::newRow("bad build bool")
        << words("-a=maybe") << ""
        << "invalid boolean value \"maybe\" for -a: parse error\n" + usage << 2;
    QTest::newRow("-C not first") << words(". -C x") << ""
                                  << "invalid value \"x\" for flag -C: -C flag must be first "
                                     "flag on command line\n" +
                                         usage
                                  << 2;
    QTest::newRow("-h") << words("-h") << "" << usage << 2;
    QTest::newRow("--help") << words(". --help") << "" << usage << 2;
    QTest::newRow("-c with unknown flag")
        << words("-c -foo=1 -bar .") << ""
        << "go: unknown flag -foo=1 cannot be used with -c\n" + usage << 2;
    QTest::newRow("first error wins")
        << words("-count=x -timeout=y") << ""
        << "invalid value \"x\" for flag -count: parse error\n" + usage << 2;
    QTest::newRow("GOFLAGS bad count")
        << words(".") << "-count=x"
        << "go: invalid value \"x\" for flag -count (from $GOFLAGS): parse error\n" + goflagsUsage
        << 2;
    QTest::newRow("GOFLAGS needs value")
        << words(".") << "-timeout"
        << "go: flag needs an argument: -timeout (from $GOFLAGS)\n" + goflagsUsage << 2;
    QTest::newRow("GOFLAGS bad -v")
        << words(".") << "-v=maybe"
        << "go: invalid boolean value \"maybe\" for flag -v (from $GOFLAGS): invalid flag "
           "-test.v=maybe\n" +
               goflagsUsage
        << 2;
    QTest::newRow("GOFLAGS bad build flag")
        << words(".") << "-p=x"
        << "go: invalid value \"x\" for flag -p (from $GOFLAGS): parse error\n" + goflagsUsage << 2;
    QTest::newRow("GOFLAGS unknown") << words(".") << "-zzz"
                                     << "go: parsing $GOFLAGS: unknown flag -zzz" << 1;
    QTest::newRow("GOFLAGS before command line")
        << words("-count=y") << "-timeout=x"
        << "go: invalid value \"x\" for flag -timeout (from $GOFLAGS): parse error\n" + goflagsUsage
        << 2;
}

void TestTestFlags::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, goflags);
    QFETCH(QString, message);
    QFETCH(int, status);
    const auto r = parseTestFlags(args, goflags, QStringLiteral("/w"));
    QVERIFY(!r);
    QCOMPARE(r.error().message, message);
    QCOMPARE(r.error().exitStatus, status);
}

void TestTestFlags::duration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed"); // "" = parse error
    QTest::newRow("0") << "0"
                       << "0s";
    QTest::newRow("-0") << "-0"
                        << "0s";
    QTest::newRow("10m") << "10m"
                         << "10m0s";
    QTest::newRow("1h") << "1h"
                        << "1h0m0s";
    QTest::newRow("1.5s") << "1.5s"
                          << "1.5s";
    QTest::newRow("fractions") << "1h2m3.25s"
                               << "1h2m3.25s";
    QTest::newRow("ms") << "250ms"
                        << "250ms";
    QTest::newRow("us") << "1us"
                        << "1\u00b5s";
    QTest::newRow("micro sign") << "2\u00b5s"
                                << "2\u00b5s";
    QTest::newRow("greek mu") << "3\u03bcs"
                              << "3\u00b5s";
    QTest::newRow("ns") << "1500ns"
                        << "1.5\u00b5s";
    QTest::newRow("sub-ns fraction") << ".5ns"
                                     << "0s";
    QTest::newRow("negative") << "-90s"
                              << "-1m30s";
    QTest::newRow("plus") << "+2h30m"
                          << "2h30m0s";
    QTest::newRow("max") << "2562047h47m16.854775807s"
                         << "2562047h47m16.854775807s";
    QTest::newRow("overflow") << "2562047h47m16.854775808s"
                              << "";
    QTest::newRow("no unit") << "5"
                             << "";
    QTest::newRow("bad unit") << "5d"
                              << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("dot only") << ".s"
                              << "";
    QTest::newRow("sign only") << "-"
                               << "";
}

void TestTestFlags::duration()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    const auto d = parseGoDuration(text);
    if (printed.isEmpty()) {
        QVERIFY(!d);
        QCOMPARE(d.error().message, QStringLiteral("parse error"));
        return;
    }
    QVERIFY(d);
    QCOMPARE(formatGoDuration(*d), printed);
}

void TestTestFlags::vet_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("printed"); // formatTestVet, or the error
    QTest::addColumn<int>("mode");
    QTest::newRow("empty") << ""
                           << "-atomic,-bool,-buildtags,-directive,-errorsas,-ifaceassert,"
                              "-nilfunc,-printf,-slog,-stringintconv,-tests"
                           << int(VetMode::Default);
    QTest::newRow("off") << "off"
                         << "off" << int(VetMode::Off);
    QTest::newRow("all") << "all"
                         << "" << int(VetMode::All);
    QTest::newRow("list") << "atomic,bool"
                          << "-atomic,-bool" << int(VetMode::Analyzers);
    QTest::newRow("off then one") << "off,atomic"
                                  << "off" << int(VetMode::Off);
    QTest::newRow("one then off") << "atomic,off"
                                  << "off" << int(VetMode::Off);
    QTest::newRow("all then one") << "all,atomic"
                                  << "-atomic" << int(VetMode::Analyzers);
    QTest::newRow("equals") << "a=b"
                            << "-vet argument cannot contain equal signs" << -1;
    QTest::newRow("space") << "a b"
                           << "-vet argument is comma-separated list, cannot contain spaces" << -1;
    QTest::newRow("empty element") << "atomic,"
                                   << "-vet argument contains empty list element" << -1;
    QTest::newRow("all in list") << "atomic,all,bool,tests"
                                 << "-vet does not accept \"all\" in a list with other analyzers"
                                 << -1;
}

void TestTestFlags::vet()
{
    QFETCH(QString, value);
    QFETCH(QString, printed);
    QFETCH(int, mode);
    const auto v = parseTestVet(value);
    if (mode < 0) {
        QVERIFY(!v);
        QCOMPARE(v.error().message, printed);
        return;
    }
    QVERIFY(v);
    QCOMPARE(formatTestVet(*v), printed);
    TestFlags f;
    f.vet = *v;
    QCOMPARE(int(f.vetMode()), mode);
}

void TestTestFlags::shuffleAndVerbose()
{
    QCOMPARE(formatTestShuffle(*parseTestShuffle(QStringLiteral("on"))), QStringLiteral("on"));
    QCOMPARE(formatTestShuffle(*parseTestShuffle(QStringLiteral("off"))), QStringLiteral("off"));
    QCOMPARE(formatTestShuffle(*parseTestShuffle(QStringLiteral("-7"))), QStringLiteral("-7"));
    QCOMPARE(parseTestShuffle(QStringLiteral("99999999999999999999")).error().message,
             QStringLiteral("-shuffle argument must be \"on\", \"off\", or an int64: "
                            "strconv.ParseInt: parsing \"99999999999999999999\": value out of "
                            "range"));
    QCOMPARE(parseTestShuffle(QStringLiteral("0x1")).error().message,
             QStringLiteral("-shuffle argument must be \"on\", \"off\", or an int64: "
                            "strconv.ParseInt: parsing \"0x1\": invalid syntax"));
    QCOMPARE(formatTestVerbose(*parseTestVerbose(QStringLiteral("T"))), QStringLiteral("true"));
    QCOMPARE(formatTestVerbose(*parseTestVerbose(QStringLiteral("0"))), QStringLiteral("false"));
    QCOMPARE(formatTestVerbose(*parseTestVerbose(QStringLiteral("test2json"))),
             QStringLiteral("test2json"));
}

void TestTestFlags::cacheArgs_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QStringList>("hashed");
    QTest::addColumn<QString>("rejected");
    const QString t = QStringLiteral("-test.timeout=10m0s");
    QTest::newRow("local") << QStringList() << int(LocalDirectoryMode) << QStringList() << "";
    QTest::newRow("plain") << words(".") << int(Cacheable) << QStringList{t} << "";
    QTest::newRow("hashed flags")
        << words(". -v -run X -short -cpu 1 -parallel 2 -failfast -fullpath -skip Y")
        << int(Cacheable)
        << QStringList{t,
                       "-test.v=true",
                       "-test.run=X",
                       "-test.short=true",
                       "-test.cpu=1",
                       "-test.parallel=2",
                       "-test.failfast=true",
                       "-test.fullpath=true",
                       "-test.skip=Y"}
        << "";
    QTest::newRow("unhashed") << words(". -coverprofile=c -outputdir=/o") << int(Cacheable)
                              << QStringList{t} << "";
    QTest::newRow("count") << words(". -count=1") << int(UncacheableArgument) << QStringList()
                           << "-test.count=1";
    QTest::newRow("json") << words(". -json") << int(Cacheable)
                          << QStringList{"-test.v=test2json", t} << "";
    QTest::newRow("bench") << words(". -bench=.") << int(UncacheableArgument) << QStringList()
                           << "-test.bench=.";
    QTest::newRow("positional") << words(". -args x") << int(UncacheableArgument) << QStringList()
                                << "x";
    QTest::newRow("unknown test flag")
        << words(". -test.paniconexit0=1") << int(UncacheableArgument) << QStringList()
        << "-test.paniconexit0=1";
}

void TestTestFlags::cacheArgs()
{
    QFETCH(QStringList, args);
    QFETCH(int, verdict);
    QFETCH(QStringList, hashed);
    QFETCH(QString, rejected);
    const auto f = parseTestFlags(args, {}, QStringLiteral("/w"));
    QVERIFY(f);
    // The flags' half of go's cache verdict (test/testcachekey.h).
    const test::TestCacheVerdict c = test::testCacheVerdict(
        f->packageListMode() ? test::TestPackageArgs::Given : test::TestPackageArgs::None,
        QStringLiteral("p"), QStringLiteral("/r"), f->testArgs);
    QCOMPARE(c.cacheable, verdict == Cacheable);
    QCOMPARE(c.hashedArgs, hashed);
    QByteArray trace;
    if (verdict == LocalDirectoryMode)
        trace = "testcache: caching disabled in local directory mode\n";
    else if (verdict == UncacheableArgument)
        trace = "testcache: caching disabled for test argument: " + rejected.toUtf8() + '\n';
    QCOMPARE(c.disabledTrace, trace);
}

void TestTestFlags::deadlines()
{
    TestFlags f;
    QCOMPARE(f.waitDelay(), GoDuration(60s));
    QCOMPARE(f.killTimeout(), GoDuration(11min));
    f.timeout = 30s;
    QCOMPARE(f.waitDelay(), GoDuration(5s));
    QCOMPARE(f.killTimeout(), GoDuration(90s));
    f.timeout = 20min;
    QCOMPARE(f.killTimeout(), GoDuration(22min));
    f.bench = QStringLiteral(".");
    QCOMPARE(f.waitDelay(), GoDuration(0));
    QCOMPARE(f.killTimeout(), GoDuration(std::chrono::hours(876000)));
    f.bench.clear();
    f.timeout = GoDuration(0);
    QCOMPARE(f.killTimeout(), GoDuration(std::chrono::hours(876000)));
    QVERIFY(!f.showPass());
    f.list = QStringLiteral(".");
    QVERIFY(f.showPass());
    f.mutexProfile = QStringLiteral("m");
    f.trace = QStringLiteral("t");
    QCOMPARE(f.profileFlag(), QStringLiteral("-mutexprofile"));
    QVERIFY(f.needBinary());
}

void TestTestFlags::chdir()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    const QString real = QFileInfo(dir.path() + QStringLiteral("/sub")).canonicalFilePath();
    auto r = parseTestFlags(words("-C sub -cpuprofile p ."), {}, dir.path());
    QVERIFY(r);
    QCOMPARE(r->build.workingDir, real);
    QCOMPARE(r->build.chdir, QStringLiteral("sub"));
    QCOMPARE(r->testArgs,
             (QStringList{"-test.timeout=10m0s", "-test.outputdir=" + real, "-test.cpuprofile=p"}));
    QCOMPARE(r->effectiveOutputDir(), real);
    r = parseTestFlags(words("-C nosuch ."), QStringLiteral("-zzz"), dir.path());
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("go: chdir nosuch: no such file or directory"));
    QCOMPARE(r.error().exitStatus, 1);
}

QTEST_GUILESS_MAIN(TestTestFlags)
#include "tst_testflags.moc"
