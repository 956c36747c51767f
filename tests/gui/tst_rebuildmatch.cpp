// Why-rebuilt explanations matched to the GUI's actions (issue 9):
// explanationsFor over a go test graph's actions — a plain package and its
// test variant ("p [p.test]") with different verdicts, the test testMain and its
// link, a vet of the variant, a test run (never recorded), and a build the
// history has no record of. Each action gets the explanation of its own
// mode + package-with-variant key, or none.
#include "controllers/rebuildexplainer.h"

#include <QtTest>

using namespace kiln;
using namespace kiln::gui;

namespace
{

ActionInfo action(graph::Mode mode, const QString &package, const QString &desc)
{
    ActionInfo a;
    a.mode = mode;
    a.package = package;
    a.desc = desc;
    return a;
}

explain::ActionExplanation explained(const QString &mode, const QString &package,
                                     explain::RebuildVerdict verdict)
{
    explain::ActionExplanation e;
    e.mode = mode;
    e.package = package;
    e.verdict = verdict;
    return e;
}

const QString p = QStringLiteral("example.com/m/a");
const QString variant = QStringLiteral("example.com/m/a [example.com/m/a.test]");
const QString testMain = QStringLiteral("example.com/m/a.test");

} // namespace

class TestRebuildMatch : public QObject
{
    Q_OBJECT
private slots:
    void match_data();
    void match();
};

void TestRebuildMatch::match_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("desc");
    QTest::addColumn<QString>("want"); // verdict word, or "none"

    using M = graph::Mode;
    QTest::newRow("plain build") << int(M::Build) << p << p << "own input changed";
    QTest::newRow("test variant build") << int(M::Build) << p << variant << "propagated";
    QTest::newRow("test testMain build") << int(M::Build) << testMain << testMain << "early cutoff";
    QTest::newRow("test link") << int(M::Link) << testMain << testMain << "unchanged inputs";
    QTest::newRow("vet of the variant") << int(M::Vet) << p << variant << "restored from cache";
    QTest::newRow("vet of the plain package: not recorded") << int(M::Vet) << p << p << "none";
    QTest::newRow("test run: not recorded") << int(M::TestRun) << p << p << "none";
    QTest::newRow("desc unknown: the import path")
        << int(M::Build) << QStringLiteral("example.com/m/b") << QString() << "up to date";
}

void TestRebuildMatch::match()
{
    QFETCH(int, mode);
    QFETCH(QString, package);
    QFETCH(QString, desc);
    QFETCH(QString, want);
    using V = explain::RebuildVerdict;
    explain::BuildExplanation e;
    e.actions = {explained("build", p, V::OwnInput),
                 explained("build", variant, V::Propagated),
                 explained("build", testMain, V::EarlyCutoff),
                 explained("link", testMain, V::Unchanged),
                 explained("vet", variant, V::Restored),
                 explained("build", QStringLiteral("example.com/m/b"), V::UpToDate)};
    BuildStart start;
    start.actions = {action(graph::Mode::GoTest, {}, {}), action(graph::Mode(mode), package, desc)};
    const auto got = explanationsFor(start, e);
    QCOMPARE(got.size(), 2);
    QVERIFY(!got[0]);
    QCOMPARE(got[1] ? explain::verdictWord(got[1]->verdict) : QStringLiteral("none"), want);
    if (got[1])
        QCOMPARE(got[1]->package, desc.isEmpty() ? package : desc);
}

QTEST_MAIN(TestRebuildMatch)
#include "tst_rebuildmatch.moc"
