// core/flags/unsupportedflags: the flags Kiln refuses instead of building
// something other than go would. Rows give a go build or go test command line
// (and GOFLAGS) and expect Kiln's refusal (exit status 2) or none; -race=false
// and friends are not refused, and go's own checks (checkBuildFlags) are
// untouched by the refused flags.
#include "flags/testflags.h"
#include "flags/unsupportedflags.h"

#include <QtTest>

using namespace kiln;
using namespace kiln::flags;

namespace
{

enum class Verb { Build, Test };

QString refusedRace()
{
    return QStringLiteral("kiln: -race is not supported yet (go builds every package "
                          "instrumented for the race detector); use go for -race");
}

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
    QTest::newRow("build -race") << Verb::Build << QStringList{"-race", "."} << "" << refusedRace();
    QTest::newRow("build -race=false") << Verb::Build << QStringList{"-race=false", "."} << ""
                                       << "";
    QTest::newRow("build GOFLAGS=-race")
        << Verb::Build << QStringList{"."} << "-race" << refusedRace();
    QTest::newRow("build -msan") << Verb::Build << QStringList{"-msan"} << "" << msan;
    QTest::newRow("build -asan") << Verb::Build << QStringList{"-asan"} << "" << asan;
    QTest::newRow("build -race first")
        << Verb::Build << QStringList{"-cover", "-asan", "-race"} << "" << refusedRace();
    QTest::newRow("build -cover") << Verb::Build << QStringList{"-cover"} << "" << refusedCover();
    QTest::newRow("build -cover=false") << Verb::Build << QStringList{"-cover=false"} << ""
                                        << "";
    QTest::newRow("build -covermode")
        << Verb::Build << QStringList{"-covermode=atomic"} << "" << refusedCover();
    QTest::newRow("build -coverpkg")
        << Verb::Build << QStringList{"-coverpkg=./..."} << "" << refusedCover();
    QTest::newRow("test plain") << Verb::Test << QStringList{"-v", "."} << ""
                                << "";
    QTest::newRow("test -race") << Verb::Test << QStringList{"-race", "."} << "" << refusedRace();
    QTest::newRow("test -race after package")
        << Verb::Test << QStringList{".", "-race"} << "" << refusedRace();
    QTest::newRow("test GOFLAGS=-race")
        << Verb::Test << QStringList{"."} << "-race" << refusedRace();
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
        err = checkKilnSupport(*r);
    } else {
        const auto r = parseTestFlags(args, goflags, QStringLiteral("/w"));
        QVERIFY(r);
        err = checkKilnSupport(r->build);
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

QTEST_GUILESS_MAIN(TestUnsupportedFlags)
#include "tst_unsupportedflags.moc"
