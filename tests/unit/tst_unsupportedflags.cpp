// core/flags/unsupportedflags: the flags Kiln refuses instead of building
// something other than go would. Rows give a go build or go test command line
// (and GOFLAGS) and expect Kiln's refusal (exit status 2) or none; -race (which
// Kiln carries out), -cover=false and friends are not refused, and go's own
// checks (checkBuildFlags) are untouched by the refused flags.
// core/flags/instrumentflags: go's instrumentInit errors per target (cgo,
// race detector platforms, incompatible pairs); tst_race_oracle checks the
// texts against go.
#include "flags/instrumentflags.h"
#include "flags/testflags.h"
#include "flags/unsupportedflags.h"

#include <QtTest>

using namespace kiln;
using namespace kiln::flags;

namespace
{

enum class Verb { Build, Test };

QString refusedCover()
{
    return QStringLiteral(
        "kiln: coverage (-cover, -covermode, -coverpkg, go test -coverprofile) is not supported "
        "yet (go builds the covered packages instrumented for coverage); use go for coverage");
}

} // namespace

class TestUnsupportedFlags : public QObject
{
    Q_OBJECT

private slots:
    void refusal_data();
    void refusal();
    void goChecksUnchanged();
    void instrumentChecks_data();
    void instrumentChecks();
};

void TestUnsupportedFlags::refusal_data()
{
    QTest::addColumn<Verb>("verb");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("goflags");
    QTest::addColumn<QString>("error"); // "" = accepted

    const QString msan = QStringLiteral("kiln: -msan is not supported yet (go builds every package "
                                        "instrumented for the memory sanitizer); use go for -msan");
    const QString asan = QStringLiteral(
        "kiln: -asan is not supported yet (go builds every package instrumented for the address "
        "sanitizer); use go for -asan");
    QTest::newRow("build plain") << Verb::Build << QStringList{"."} << ""
                                 << "";
    QTest::newRow("build -race") << Verb::Build << QStringList{"-race", "."} << ""
                                 << "";
    QTest::newRow("build -race=false") << Verb::Build << QStringList{"-race=false", "."} << ""
                                       << "";
    QTest::newRow("build GOFLAGS=-race") << Verb::Build << QStringList{"."} << "-race"
                                         << "";
    QTest::newRow("build -msan") << Verb::Build << QStringList{"-msan"} << "" << msan;
    QTest::newRow("build -asan") << Verb::Build << QStringList{"-asan"} << "" << asan;
    QTest::newRow("build -asan before -cover")
        << Verb::Build << QStringList{"-cover", "-asan", "-race"} << "" << asan;
    QTest::newRow("build -cover") << Verb::Build << QStringList{"-cover"} << "" << refusedCover();
    QTest::newRow("build -cover=false") << Verb::Build << QStringList{"-cover=false"} << ""
                                        << "";
    QTest::newRow("build -covermode")
        << Verb::Build << QStringList{"-covermode=atomic"} << "" << refusedCover();
    QTest::newRow("build -coverpkg")
        << Verb::Build << QStringList{"-coverpkg=./..."} << "" << refusedCover();
    QTest::newRow("test plain") << Verb::Test << QStringList{"-v", "."} << ""
                                << "";
    QTest::newRow("test -race") << Verb::Test << QStringList{"-race", "."} << ""
                                << "";
    QTest::newRow("test -race after package") << Verb::Test << QStringList{".", "-race"} << ""
                                              << "";
    QTest::newRow("test GOFLAGS=-race") << Verb::Test << QStringList{"."} << "-race"
                                        << "";
    QTest::newRow("test -msan") << Verb::Test << QStringList{"-msan", "."} << "" << msan;
    QTest::newRow("test -asan") << Verb::Test << QStringList{"-asan", "."} << "" << asan;
    QTest::newRow("test -cover") << Verb::Test << QStringList{"-cover", "."} << ""
                                 << refusedCover();
    QTest::newRow("test -covermode")
        << Verb::Test << QStringList{"-covermode=count", "."} << "" << refusedCover();
    QTest::newRow("test -coverpkg")
        << Verb::Test << QStringList{"-coverpkg=./...", "."} << "" << refusedCover();
    QTest::newRow("test -coverprofile")
        << Verb::Test << QStringList{"-coverprofile=c.out", "."} << "" << refusedCover();
    QTest::newRow("test -test.coverprofile")
        << Verb::Test << QStringList{".", "-test.coverprofile=c.out"} << "" << refusedCover();
    QTest::newRow("test GOFLAGS=-cover")
        << Verb::Test << QStringList{"."} << "-cover" << refusedCover();
    QTest::newRow("test binary argument -race")
        << Verb::Test << QStringList{".", "-args", "-race"} << ""
        << "";
    QTest::newRow("build -buildmode=exe") << Verb::Build << QStringList{"-buildmode=exe", "."} << ""
                                          << "";
    QTest::newRow("build -buildmode=pie")
        << Verb::Build << QStringList{"-buildmode=pie", "."} << ""
        << "kiln: -buildmode=pie is not supported yet (go links and installs such a build "
           "differently); use go for -buildmode=pie";
    QTest::newRow("test GOFLAGS=-buildmode=c-shared")
        << Verb::Test << QStringList{"."} << "-buildmode=c-shared"
        << "kiln: -buildmode=c-shared is not supported yet (go links and installs such a build "
           "differently); use go for -buildmode=c-shared";
    QTest::newRow("build -toolexec")
        << Verb::Build << QStringList{"-toolexec", "echo", "."} << ""
        << "kiln: -toolexec is not supported yet (go runs every tool through the given "
           "program); use go for -toolexec";
    QTest::newRow("build -overlay")
        << Verb::Build << QStringList{"-overlay=o.json", "."} << ""
        << "kiln: -overlay is not supported yet (go reads the overlaid files in place of the real "
           "ones); use go for -overlay";
    QTest::newRow("build -compiler=gccgo")
        << Verb::Build << QStringList{"-compiler=gccgo", "."} << ""
        << "kiln: -compiler=gccgo is not supported yet (go drives another compiler's tools); use "
           "go for -compiler=gccgo";
    QTest::newRow("build -json")
        << Verb::Build << QStringList{"-json", "."} << ""
        << "kiln: build -json is not supported yet (go prints the build's output as JSON "
           "events); use go for build -json";
    QTest::newRow("build GOFLAGS=-json")
        << Verb::Build << QStringList{"."} << "-json"
        << "kiln: build -json is not supported yet (go prints the build's output as JSON "
           "events); use go for build -json";
    QTest::newRow("test -json") << Verb::Test << QStringList{"-json", "."} << ""
                                << "";
    QTest::newRow("test -pkgdir") << Verb::Test << QStringList{"-pkgdir=/p", "."} << ""
                                  << "kiln: -pkgdir is not supported yet (go installs and loads "
                                     "packages from that directory); use go for -pkgdir";
}

void TestUnsupportedFlags::refusal()
{
    QFETCH(Verb, verb);
    QFETCH(QStringList, args);
    QFETCH(QString, goflags);
    QFETCH(QString, error);
    std::optional<FlagError> err;
    if (verb == Verb::Build) {
        const auto r = parseBuildFlags(args, goflags, QStringLiteral("/w"));
        QVERIFY(r);
        err = checkKilnSupport(*r, GoVerb::Build);
    } else {
        const auto r = parseTestFlags(args, goflags, QStringLiteral("/w"));
        QVERIFY(r);
        err = checkKilnSupport(r->build, GoVerb::Test);
    }
    QCOMPARE(err ? err->message : QString(), error);
    if (err)
        QCOMPARE(err->exitStatus, 2);
}

// The refused flags are still go's flags: go's checks see them as go does.
void TestUnsupportedFlags::goChecksUnchanged()
{
    const auto r = parseBuildFlags({QStringLiteral("-race"), QStringLiteral("-cover")}, QString(),
                                   QStringLiteral("/w"));
    QVERIFY(r);
    QVERIFY(!checkBuildFlags(*r, ModuleMode::Modules));
    QVERIFY(r->race);
    QVERIFY(r->cover);
}

void TestUnsupportedFlags::instrumentChecks_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("target"); // goos/goarch
    QTest::addColumn<bool>("cgo");
    QTest::addColumn<QString>("error");

    const QString noCgo =
        QStringLiteral("go: -race requires cgo; enable cgo by setting CGO_ENABLED=1");
    QTest::newRow("plain without cgo") << QStringList{} << "linux/amd64" << false << "";
    QTest::newRow("race") << QStringList{"-race"} << "linux/amd64" << true << "";
    QTest::newRow("race=false") << QStringList{"-race=false"} << "linux/amd64" << false << "";
    QTest::newRow("race without cgo") << QStringList{"-race"} << "linux/amd64" << false << noCgo;
    QTest::newRow("cross race without cgo")
        << QStringList{"-race"} << "linux/arm64" << false << "go: -race requires cgo";
    QTest::newRow("darwin race without cgo")
        << QStringList{"-race"} << "darwin/arm64" << false << "";
    QTest::newRow("no race detector")
        << QStringList{"-race"} << "linux/386" << false << "-race is not supported on linux/386";
    QTest::newRow("windows/arm64") << QStringList{"-race"} << "windows/arm64" << true
                                   << "-race is not supported on windows/arm64";
    QTest::newRow("race msan") << QStringList{"-msan", "-race"} << "linux/amd64" << true
                               << "go: may not use -race and -msan simultaneously";
    QTest::newRow("race asan") << QStringList{"-race", "-asan"} << "linux/386" << false
                               << "go: may not use -race and -asan simultaneously";
    QTest::newRow("msan asan") << QStringList{"-asan", "-msan"} << "linux/amd64" << true
                               << "go: may not use -msan and -asan simultaneously";
    QTest::newRow("msan alone") << QStringList{"-msan"} << "linux/amd64" << false << "";
}

void TestUnsupportedFlags::instrumentChecks()
{
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    QFETCH(bool, cgo);
    QFETCH(QString, error);
    const auto r = parseBuildFlags(args, QString(), QStringLiteral("/w"));
    QVERIFY(r);
    InstrumentTarget t;
    t.goos = target.section(u'/', 0, 0);
    t.goarch = target.section(u'/', 1);
    t.hostGoos = QStringLiteral("linux");
    t.hostGoarch = QStringLiteral("amd64");
    t.cgoEnabled = cgo;
    const auto err = checkInstrumentFlags(*r, t);
    QCOMPARE(err ? err->message : QString(), error);
    if (err)
        QCOMPARE(err->exitStatus, 2);
}

QTEST_GUILESS_MAIN(TestUnsupportedFlags)
#include "tst_unsupportedflags.moc"
