// Why rebuilt (core/explain): the preimage line table (key, category,
// subject, detail of every kind of line go hashes), alignment of two
// preimages, the classifier's verdicts over a scripted history (new, own
// input, propagated, unchanged, early cutoff, restored, up to date) with
// named dependencies and root causes, -explain's exact text, and the
// comparison of two builds.
#include "explain/buildcompare.h"
#include "explain/explaintext.h"
#include "explain/rebuildreason.h"

#include <QtTest>

using namespace kiln;
using namespace kiln::cache;
using namespace kiln::explain;

Q_DECLARE_METATYPE(kiln::explain::LineCategory)
Q_DECLARE_METATYPE(kiln::explain::RebuildVerdict)

namespace
{

QString id20(const QString &label)
{
    return (label + QStringLiteral("____________________")).left(20);
}

// A module m: a (leaf) ← b ← main (cmd) ← link.
struct Inputs {
    QByteArray fileA = "HA1", fileB = "HB1", fileMain = "HM1";
    QByteArray gcflags = "[]";
    QByteArray compileTool = "compile version go1.25.12";
    QByteArray tags; // "" or a -tags value
};
struct Outputs {
    QString a = QStringLiteral("CA1"), b = QStringLiteral("CB1"), main = QStringLiteral("CM1");
};

QList<QByteArray> compilePreimage(const Inputs &in, const QByteArray &pkg, const QByteArray &file,
                                  const QList<std::pair<QByteArray, QString>> &deps,
                                  bool isMain = false)
{
    QList<QByteArray> p{"compile\n",
                        "dir /src/m/" + pkg + "\n",
                        "go 1.22\n",
                        "goos linux goarch amd64\n",
                        "import \"example.com/m/" + pkg + "\"\n",
                        "omitdebug false standard false local false prefix \"\"\n"};
    if (isMain) {
        QByteArray info = "path\\texample.com/m/cmd\\nbuild\\t-compiler=gc\\n";
        if (!in.tags.isEmpty())
            info += "build\\t-tags=" + in.tags + "\\n";
        p << "modinfo \"" + info + "\"\n";
    }
    p << "compile " + in.compileTool + " [] " + in.gcflags + "\n"
      << "GOAMD64=v1\n"
      << "file " + pkg + ".go " + file + "\n";
    for (const auto &[dep, content] : deps)
        p << "import example.com/m/" + dep + " " + content.toLatin1() + "\n";
    return p;
}

// One build of m: ran = the packages whose compile ran; an action's ID is
// its preimage (so equal preimages give equal IDs, as with go's hash).
HistoryBuild makeBuild(qint64 time, const Inputs &in, const Outputs &out, const QStringList &ran,
                       bool linkRan = true)
{
    HistoryBuild b;
    b.timeNs = time;
    b.module = QStringLiteral("example.com/m");
    b.moduleRoot = QStringLiteral("/src/m");
    auto add = [&](const char *mode, const QString &pkg, const QList<QByteArray> &pre,
                   const QString &content, bool didRun) {
        HistoryAction a;
        a.mode = QString::fromLatin1(mode);
        a.package = pkg;
        a.preimage = pre;
        a.actionID = id20(QString::number(qHash(pre.join()), 36));
        a.contentID = id20(content);
        a.outcome = didRun ? HistoryOutcome::Ran : HistoryOutcome::Hit;
        b.actions.append(a);
    };
    add("build", QStringLiteral("example.com/m/a"), compilePreimage(in, "a", in.fileA, {}), out.a,
        ran.contains(QLatin1String("a")));
    add("build", QStringLiteral("example.com/m/b"),
        compilePreimage(in, "b", in.fileB, {{"a", id20(out.a)}}), out.b,
        ran.contains(QLatin1String("b")));
    add("build", QStringLiteral("example.com/m/cmd"),
        compilePreimage(in, "cmd", in.fileMain, {{"b", id20(out.b)}}, true), out.main,
        ran.contains(QLatin1String("cmd")));
    add("link", QStringLiteral("example.com/m/cmd"),
        {"link\n", "link link version go1.25.12 [] exe\n",
         "packagefile example.com/m/cmd=" + id20(out.main).toLatin1() + "\n",
         "packagefile example.com/m/b=" + id20(out.b).toLatin1() + "\n",
         "packagefile example.com/m/a=" + id20(out.a).toLatin1() + "\n"},
        QStringLiteral("CL"), linkRan);
    return b;
}

struct Expect {
    RebuildVerdict verdict;
    QStringList dependencies;
    QStringList roots;
};

} // namespace

class TestRebuildReason : public QObject
{
    Q_OBJECT

private slots:
    void lineTable_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<LineCategory>("category");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("detail");
        auto row = [](const char *name, const char *b, const char *a, LineCategory c,
                      const char *subject, const char *detail) {
            QTest::newRow(name) << QByteArray(b) << QByteArray(a) << c << QString::fromUtf8(subject)
                                << QString::fromUtf8(detail);
        };
        using C = LineCategory;
        row("file hash", "file a b.go H1\n", "file a b.go H2\n", C::File, "a b.go", "hash H1 → H2");
        row("dependency", "import example.com/x X1\n", "import example.com/x X2\n", C::Dependency,
            "example.com/x", "content ID X1 → X2");
        row("test variant dependency", "import p [q.test] X1\n", "import p [q.test] X2\n",
            C::Dependency, "p [q.test]", "content ID X1 → X2");
        row("packagefile", "packagefile fmt=F1\n", "packagefile fmt=F2\n", C::Dependency, "fmt",
            "content ID F1 → F2");
        row("packagemain", "packagemain A/B\n", "packagemain A/C\n", C::Dependency, "packagemain",
            "build ID A/B → A/C");
        row("gcflags", "compile compile version go1.25.12 [] []\n",
            "compile compile version go1.25.12 [] [\"-N\"]\n", C::Flag, "-gcflags",
            "[] → [\"-N\"]");
        row("-race", "compile compile version go1.25.12 [] []\n",
            "compile compile version go1.25.12 [\"-race\"] []\n", C::Flag, "-gcflags",
            "[] → [\"-race\"] []");
        row("compiler", "compile compile version go1.25.12 [] []\n",
            "compile compile version go1.25.13 [] []\n", C::Toolchain, "compile",
            "tool ID compile version go1.25.12 → compile version go1.25.13");
        row("compiler and flags", "compile c1 [] []\n", "compile c2 [] [\"-l\"]\n", C::Toolchain,
            "compile", "tool ID c1 → c2; -gcflags [] → [\"-l\"]");
        row("asmflags", "asm \"a1\" [] []\n", "asm \"a1\" [] [\"-S\"]\n", C::Flag, "-asmflags",
            "[] → [\"-S\"]");
        row("linker", "link l1 [] exe\n", "link l2 [] exe\n", C::Toolchain, "link",
            "tool ID l1 → l2");
        row("link mode", "link l1 [] exe\n", "link l1 [] pie\n", C::Flag, "link mode", "exe → pie");
        row("ldflags", "linkflags []\n", "linkflags [\"-s\"]\n", C::Flag, "linkflags",
            "[] → [\"-s\"]");
        row("GOROOT", "GOROOT=/a\n", "GOROOT=/b\n", C::Toolchain, "GOROOT", "/a → /b");
        row("C compiler", "CC ID=\"gcc 12\"\n", "CC ID=\"gcc 13\"\n", C::Toolchain, "CC ID",
            "ID=\"gcc 12\" → ID=\"gcc 13\"");
        row("CGO_CFLAGS", "CC=[\"gcc\"] [] [\"-O2\"] []\n", "CC=[\"gcc\"] [] [\"-O3\"] []\n",
            C::Env, "CC", "[\"gcc\"] [] [\"-O2\"] [] → [\"gcc\"] [] [\"-O3\"] []");
        row("arch variable", "GOAMD64=v1\n", "GOAMD64=v3\n", C::Env, "GOAMD64", "v1 → v3");
        row("magic", "magic GOSSAFUNC=f\n", "magic GOSSAFUNC=g\n", C::Env, "GOSSAFUNC", "f → g");
        row("goos", "goos linux goarch amd64\n", "goos linux goarch arm64\n", C::Env, "goos",
            "linux goarch amd64 → linux goarch arm64");
        row("omitdebug", "omitdebug false standard false local false prefix \"\"\n",
            "omitdebug true standard false local false prefix \"\"\n", C::Flag, "omitdebug",
            "false standard false local false prefix \"\" → true standard false local false "
            "prefix \"\"");
        row("go directive", "go 1.22\n", "go 1.23\n", C::Module, "go", "1.22 → 1.23");
        row("module dir", "dir /a\n", "dir /b\n", C::Module, "dir", "/a → /b");
        row("tags in build info", "modinfo \"build\\t-compiler=gc\\n\"\n",
            "modinfo \"build\\t-compiler=gc\\nbuild\\t-tags=x\\n\"\n", C::Tag, "build info",
            "-tags=x added");
        row("gcflags in build info", "modinfo \"build\\t-gcflags=-N\\n\"\n",
            "modinfo \"build\\t-gcflags=all=-N\\n\"\n", C::Flag, "build info",
            "-gcflags: -N → all=-N");
        row("env in build info", "modinfo \"build\\tCGO_ENABLED=1\\n\"\n",
            "modinfo \"build\\tCGO_ENABLED=0\\n\"\n", C::Env, "build info", "CGO_ENABLED: 1 → 0");
        row("dependency in build info", "modinfo \"dep\\tx\\tv1.0.0\\n\"\n",
            "modinfo \"dep\\tx\\tv1.1.0\\n\"\n", C::Module, "build info",
            "dep x v1.0.0 removed; dep x v1.1.0 added");
        row("file added", "", "file c.go H\n", C::File, "c.go", "added");
        row("dependency removed", "import example.com/x X1\n", "", C::Dependency, "example.com/x",
            "removed");
        row("unknown", "shiny new\n", "shiny old\n", C::Other, "shiny", "new → old");
    }

    void lineTable()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(LineCategory, category);
        QFETCH(QString, subject);
        QFETCH(QString, detail);
        const QList<QByteArray> common{"compile\n", "import \"p\"\n"};
        const QList<QByteArray> b = before.isEmpty() ? common : common + QList<QByteArray>{before};
        const QList<QByteArray> a = after.isEmpty() ? common : common + QList<QByteArray>{after};
        const QList<LineChange> changes = preimageChanges(b, a);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(categoryName(changes[0].category), categoryName(category));
        QCOMPARE(changes[0].subject, subject);
        QCOMPARE(changes[0].detail, detail);
        QCOMPARE(changes[0].before, before.chopped(before.isEmpty() ? 0 : 1));
        QCOMPARE(changes[0].after, after.chopped(after.isEmpty() ? 0 : 1));
    }

    void alignment()
    {
        const QList<AlignedLine> rows =
            alignPreimages({"compile\n", "file a.go 1\n", "file b.go 1\n", "import x X\n"},
                           {"compile\n", "file b.go 2\n", "file c.go 1\n", "import x X\n"});
        QList<LineDiff> kinds;
        for (const AlignedLine &r : rows)
            kinds.append(r.kind);
        QCOMPARE(kinds, (QList<LineDiff>{LineDiff::Same, LineDiff::Removed, LineDiff::Changed,
                                         LineDiff::Added, LineDiff::Same}));
        QCOMPARE(rows[2].before, QByteArray("file b.go 1"));
        QCOMPARE(rows[2].after, QByteArray("file b.go 2"));
        // The same lines in another order: one change, category other.
        const QList<LineChange> moved = preimageChanges({"x 1\n", "y 1\n"}, {"y 1\n", "x 1\n"});
        QCOMPARE(moved.size(), 2); // a key that moved is removed and added again
        const QList<LineChange> same =
            preimageChanges({"x 1\n", "x 2\n"}, {"x 2\n", "x 1\n"}); // repeated keys: numbered
        QCOMPARE(same.size(), 2);
    }

    void verdicts_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("key");
        QTest::addColumn<RebuildVerdict>("verdict");
        QTest::addColumn<QStringList>("dependencies");
        QTest::addColumn<QStringList>("roots");
        using V = RebuildVerdict;
        const QString a = QStringLiteral("example.com/m/a"), b = QStringLiteral("example.com/m/b"),
                      cmd = QStringLiteral("example.com/m/cmd");
        const QString ba = QStringLiteral("build ") + a, bb = QStringLiteral("build ") + b,
                      bc = QStringLiteral("build ") + cmd, lc = QStringLiteral("link ") + cmd;
        auto row = [&](int step, const QString &key, V v, QStringList deps, QStringList roots) {
            QTest::addRow("%d %s", step, qPrintable(key)) << step << key << v << deps << roots;
        };
        // 0: first build: everything new.
        row(0, ba, V::New, {}, {ba});
        row(0, lc, V::New, {}, {lc});
        // 1: a comment in a: a ran, its content ID did not change.
        row(1, ba, V::OwnInput, {}, {ba});
        row(1, bb, V::EarlyCutoff, {a}, {});
        row(1, bc, V::UpToDate, {}, {});
        row(1, lc, V::EarlyCutoff, {a}, {});
        // 2: a's API: a new content ID, b too, main not.
        row(2, ba, V::OwnInput, {}, {ba});
        row(2, bb, V::Propagated, {a}, {ba});
        row(2, bc, V::Propagated, {b}, {ba});
        row(2, lc, V::Propagated, {b, a}, {ba});
        // 3: a tag: main's build info (its content ID stays), link relinks anyway.
        row(3, bc, V::OwnInput, {}, {bc});
        row(3, ba, V::UpToDate, {}, {});
        row(3, lc, V::Unchanged, {}, {lc});
        // 4: back to step 1's inputs for a (still cached): restored.
        row(4, ba, V::Restored, {}, {ba});
        row(4, bb, V::Propagated, {a}, {ba});
        // 5: -gcflags everywhere: own inputs, and dependencies too.
        row(5, ba, V::OwnInput, {}, {ba});
        row(5, bb, V::OwnInput, {a}, {ba, bb});
    }

    void verdicts()
    {
        QFETCH(int, step);
        QFETCH(QString, key);
        QFETCH(RebuildVerdict, verdict);
        QFETCH(QStringList, dependencies);
        QFETCH(QStringList, roots);
        const QList<HistoryBuild> builds = scriptedBuilds();
        BuildHistory history;
        history.builds = builds; // explainBuild looks only at builds before the one explained
        const BuildExplanation e = explainBuild(builds[step], history);
        const ActionExplanation *x = e.find(key);
        QVERIFY(x);
        QCOMPARE(verdictWord(x->verdict), verdictWord(verdict));
        QCOMPARE(x->dependencies, dependencies);
        QCOMPARE(x->rootCauses, roots);
        QCOMPARE(x->previousBuild, step == 0 ? 0 : builds[step - 1].timeNs);
    }

    void explainTextFormat()
    {
        const QList<HistoryBuild> builds = scriptedBuilds();
        BuildHistory history;
        history.builds = builds;
        QCOMPARE(explainText(explainBuild(builds[1], history)),
                 QByteArray("kiln explain: build example.com/m/a: own input changed (file): a.go: "
                            "hash HA1 → HA2\n"
                            "kiln explain: build example.com/m/b: early cutoff: example.com/m/a "
                            "ran; the content IDs did not change\n"
                            "kiln explain: link example.com/m/cmd: early cutoff: example.com/m/a "
                            "ran; the content IDs did not change\n"
                            "kiln explain: ran 1 of 4 actions (new 0, own input 1, propagated 0, "
                            "unchanged inputs 0); early cutoff 2; restored from cache 0\n"));
        const QByteArray two = explainText(explainBuild(builds[2], history));
        QVERIFY2(two.contains("kiln explain: build example.com/m/b: propagated (dependency): "
                              "example.com/m/a: content ID CA1_________________ → "
                              "CA3_________________\n"
                              "kiln explain: build example.com/m/b: propagated: root cause: build "
                              "example.com/m/a\n"),
                 two.constData());
        const QByteArray three = explainText(explainBuild(builds[3], history));
        QVERIFY2(three.contains("kiln explain: build example.com/m/cmd: own input changed (tag): "
                                "build info: -tags=x added\n"),
                 three.constData());
        QVERIFY2(three.contains("kiln explain: link example.com/m/cmd: unchanged inputs: "),
                 three.constData());
        const QByteArray five = explainText(explainBuild(builds[5], history));
        QVERIFY2(five.contains("kiln explain: build example.com/m/b: own input changed (flag): "
                               "-gcflags: [] → [\"-N\"]\n"
                               "kiln explain: build example.com/m/b: own input changed "
                               "(dependency): content IDs changed too: example.com/m/a\n"),
                 five.constData());
    }

    void compare()
    {
        const QList<HistoryBuild> builds = scriptedBuilds();
        HistoryBuild later = builds[2];
        later.actions.removeAt(1); // b gone
        HistoryAction extra = later.actions[0];
        extra.package = QStringLiteral("example.com/m/new");
        later.actions.append(extra);
        const BuildComparison c = compareBuilds(builds[1], later);
        QCOMPARE(c.count(CompareKind::Added), 1);
        QCOMPARE(c.count(CompareKind::Removed), 1);
        QCOMPARE(c.count(CompareKind::Changed), 3); // a (file), main (import b), link
        QCOMPARE(c.count(CompareKind::Same), 0);
        QCOMPARE(c.actions.last().key(), QStringLiteral("build example.com/m/b"));
        QCOMPARE(c.actions.last().kind, CompareKind::Removed);
        QVERIFY(c.actions.last().ranBefore() == false); // b hit in build 1
        const ActionComparison &a = c.actions[0];
        QCOMPARE(a.kind, CompareKind::Changed);
        QCOMPARE(a.changes.size(), 1);
        QCOMPARE(a.changes[0].subject, QStringLiteral("a.go"));
        QCOMPARE(c.rebuiltAfter(), 4); // a, main, link and the added one ran in build 30
    }

private:
    static QList<HistoryBuild> scriptedBuilds()
    {
        Inputs in;
        Outputs out;
        QList<HistoryBuild> b;
        b << makeBuild(10, in, out, {"a", "b", "cmd"});
        in.fileA = "HA2"; // a comment: same content ID
        b << makeBuild(20, in, out, {"a"}, false);
        in.fileA = "HA3"; // the API: new content IDs of a and b
        out.a = QStringLiteral("CA3");
        out.b = QStringLiteral("CB3");
        b << makeBuild(30, in, out, {"a", "b", "cmd"});
        in.tags = "x"; // main's build info; its content ID stays (CM1)
        b << makeBuild(40, in, out, {"cmd"});
        in.fileA = "HA2"; // a as in build 20, still cached: restored; b recompiles
        out.a = QStringLiteral("CA1");
        b << makeBuild(50, in, out, {"b"}, false);
        in.gcflags = "[\"-N\"]";
        out.a = QStringLiteral("CA5");
        b << makeBuild(60, in, out, {"a", "b", "cmd"});
        return b;
    }
};

QTEST_GUILESS_MAIN(TestRebuildReason)
#include "tst_rebuildreason.moc"
