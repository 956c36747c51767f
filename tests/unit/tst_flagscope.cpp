// flags/flagscope.h and exec/flagforecast.h on a synthetic load: which
// packages each -gcflags/-asmflags/-ldflags entry matches and decides (bare
// entries, all, std, cmd, tool, work, ./..., import path patterns, last one
// wins, GOFLAGS first), the warnings (invalid, matches nothing, shadowed),
// the forecast of a change (direct lines, propagated builds and links, last
// build times, new action IDs from a recorded preimage) and shell quoting.
//
// The load is written as text, one package a line:
//   path [std] [main] [root] [asm] [mod=<module>] [: import import …]
// std packages live in /goroot/src/<path>, example.com/m's in /m/<rest>,
// other modules' in /mc/<module>/<rest>. The working directory is /m.
#include "base/hashid.h"
#include "cache/cachehash.h"
#include "exec/flagforecast.h"
#include "flags/flagscope.h"

#include <QtTest>

using namespace kiln;
using flags::ScopeFlag;

namespace
{

const char *const LoadText = R"(runtime std asm
errors std : runtime
fmt std : errors runtime
cmd/internal/obj std : fmt
example.com/other/dep mod=example.com/other : errors
example.com/m/lib mod=example.com/m asm : fmt
example.com/m/cmd/app main root mod=example.com/m : example.com/m/lib
example.com/m/tool main root mod=example.com/m : example.com/other/dep)";

void postOrder(const load::LoadResult &r, int p, QList<int> &out)
{
    if (out.contains(p))
        return;
    for (int d : r.packages[p].internalImports)
        postOrder(r, d, out);
    out.append(p);
}

load::LoadResult parseLoad(const QString &text)
{
    load::LoadResult r;
    QList<QStringList> imports;
    for (const QString &line : text.split(u'\n')) {
        const QStringList halves = line.split(u':');
        QStringList words = halves[0].split(u' ', Qt::SkipEmptyParts);
        load::Package p;
        p.importPath = words.takeFirst();
        p.goFiles = {QStringLiteral("a.go")};
        for (const QString &w : words) {
            if (w == QLatin1String("std")) {
                p.standard = p.goroot = true;
                p.dir = QStringLiteral("/goroot/src/") + p.importPath;
            } else if (w == QLatin1String("main")) {
                p.name = QStringLiteral("main");
            } else if (w == QLatin1String("root")) {
                r.roots.append(int(r.packages.size()));
            } else if (w == QLatin1String("asm")) {
                p.sFiles = {QStringLiteral("a_amd64.s")};
            } else if (w.startsWith(QLatin1String("mod="))) {
                p.module = std::make_shared<load::ModuleInfo>();
                p.module->path = w.mid(4);
                const QString rest = p.importPath.mid(p.module->path.size());
                p.dir = p.module->path == QLatin1String("example.com/m")
                            ? QStringLiteral("/m") + rest
                            : QStringLiteral("/mc/") + p.module->path + rest;
            }
        }
        if (p.name.isEmpty())
            p.name = p.importPath.section(u'/', -1);
        imports.append(halves.value(1).split(u' ', Qt::SkipEmptyParts));
        r.packages.append(p);
    }
    for (qsizetype i = 0; i < r.packages.size(); ++i)
        for (const QString &imp : imports[i])
            for (qsizetype j = 0; j < r.packages.size(); ++j)
                if (r.packages[j].importPath == imp)
                    r.packages[i].internalImports.append(int(j));
    for (int root : std::as_const(r.roots))
        postOrder(r, root, r.all);
    return r;
}

flags::ModuleScope moduleScope()
{
    flags::ModuleScope s;
    s.mainModules = {QStringLiteral("example.com/m")};
    s.tools = {QStringLiteral("example.com/m/tool")};
    return s;
}

const QString Cwd = QStringLiteral("/m");

// "gc:all=-N", "asm:-D=X", "ld:", "goflags-gc:std=-B" → entries.
flags::FlagScopes scopesOf(const QStringList &spec)
{
    flags::FlagScopes s;
    for (const QString &item : spec) {
        const qsizetype colon = item.indexOf(u':');
        QString kind = item.left(colon);
        flags::EntrySource source = flags::EntrySource::CommandLine;
        if (kind.startsWith(QLatin1String("goflags-"))) {
            source = flags::EntrySource::Goflags;
            kind = kind.mid(8);
        }
        const ScopeFlag flag = kind == QLatin1String("gc")    ? ScopeFlag::Gc
                               : kind == QLatin1String("asm") ? ScopeFlag::Asm
                                                              : ScopeFlag::Ld;
        s.of(flag).append({item.mid(colon + 1), source});
    }
    return s;
}

QString shortName(const QString &path)
{
    return path.startsWith(QLatin1String("example.com/")) ? path.mid(12) : path;
}

// "pkg=flags@entry" for each build package with a deciding entry, load order.
QString effective(const load::LoadResult &r, const flags::ScopeAnalysis &a, ScopeFlag flag)
{
    QStringList out;
    for (int p : a.packages) {
        const flags::PackageScope &s = a.perPackage[p];
        if (s.entry[int(flag)] >= 0)
            out.append(shortName(r.packages[p].importPath) + u'=' + s.flags[int(flag)].join(u' ') +
                       u'@' + QString::number(s.entry[int(flag)]));
    }
    return out.join(QStringLiteral("; "));
}

QString problems(const QList<flags::EntryScope> &entries)
{
    QStringList out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const flags::EntryScope &e = entries[i];
        switch (e.problem) {
        case flags::EntryProblem::None:
            break;
        case flags::EntryProblem::Invalid:
            out.append(QStringLiteral("%1:invalid(%2)").arg(i).arg(e.error));
            break;
        case flags::EntryProblem::MatchesNothing:
            out.append(QStringLiteral("%1:nothing").arg(i));
            break;
        case flags::EntryProblem::Shadowed: {
            QStringList by;
            for (int t : e.takenBy)
                by.append(QString::number(t));
            out.append(QStringLiteral("%1:shadowed-by-%2").arg(i).arg(by.join(u',')));
            break;
        }
        }
    }
    return out.join(u' ');
}

QString names(const load::LoadResult &r, const QList<int> &packages)
{
    QStringList out;
    for (int p : packages)
        out.append(shortName(r.packages[p].importPath));
    return out.join(u' ');
}

} // namespace

class TestFlagScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void analysis_data();
    void analysis();
    void matchedAndTaken();
    void asmAndLd();
    void goflags_data();
    void goflags();
    void forecast_data();
    void forecast();
    void forecastWithRecords();
    void quoting_data();
    void quoting();
    void commandLine();
};

void TestFlagScope::analysis_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<QString>("gc");       // effective -gcflags
    QTest::addColumn<QString>("problems"); // of the -gcflags entries
    auto row = [](const char *name, const QStringList &spec, const char *gc, const char *probs) {
        QTest::newRow(name) << spec << QString::fromUtf8(gc) << QString::fromUtf8(probs);
    };
    row("none", {}, "", "");
    row("bare: command-line packages only", {"gc:-N -l"}, "m/cmd/app=-N -l@0; m/tool=-N -l@0", "");
    row("all", {"gc:all=-N"},
        "runtime=-N@0; errors=-N@0; fmt=-N@0; m/lib=-N@0; m/cmd/app=-N@0; other/dep=-N@0; "
        "m/tool=-N@0",
        "");
    row("all then bare: last wins, not merged", {"gc:all=-N", "gc:-l"},
        "runtime=-N@0; errors=-N@0; fmt=-N@0; m/lib=-N@0; m/cmd/app=-l@1; other/dep=-N@0; "
        "m/tool=-l@1",
        "");
    row("bare then all: the bare entry is shadowed", {"gc:-l", "gc:all=-N"},
        "runtime=-N@1; errors=-N@1; fmt=-N@1; m/lib=-N@1; m/cmd/app=-N@1; other/dep=-N@1; "
        "m/tool=-N@1",
        "0:shadowed-by-1");
    row("std", {"gc:std=-B"}, "runtime=-B@0; errors=-B@0; fmt=-B@0", "");
    row("cmd: not in this build", {"gc:cmd=-B"}, "", "0:nothing");
    row("./...", {"gc:./...=-S"}, "m/lib=-S@0; m/cmd/app=-S@0; m/tool=-S@0", "");
    row("./lib exactly", {"gc:./lib=-S"}, "m/lib=-S@0", "");
    row("./cmd/... from the working dir", {"gc:./cmd/...=-m"}, "m/cmd/app=-m@0", "");
    row("import path wildcard", {"gc:example.com/...=-N"},
        "m/lib=-N@0; m/cmd/app=-N@0; other/dep=-N@0; m/tool=-N@0", "");
    row("x/... matches x", {"gc:example.com/m/lib/...=-N"}, "m/lib=-N@0", "");
    row("tool", {"gc:tool=-l"}, "m/tool=-l@0", "");
    row("work", {"gc:work=-l"}, "m/lib=-l@0; m/cmd/app=-l@0; m/tool=-l@0", "");
    row("matches nothing", {"gc:example.com/nope=-N", "gc:./nope/...=-l"}, "",
        "0:nothing 1:nothing");
    row("invalid entries take no part", {"gc:foo", "gc:=-N", "gc:'a=-N", "gc:all=-N '-l"}, "",
        "0:invalid(missing =<value> in <pattern>=<value>) "
        "1:invalid(missing <pattern> in <pattern>=<value>) "
        "2:invalid(parameter may not start with quote character ') "
        "3:invalid(unterminated ' string)");
    row("empty entry resets the command-line packages", {"gc:all=-N", "gc:"},
        "runtime=-N@0; errors=-N@0; fmt=-N@0; m/lib=-N@0; m/cmd/app=@1; other/dep=-N@0; "
        "m/tool=@1",
        "");
    row("shadowed by two", {"gc:example.com/m/...=-S", "gc:./cmd/...=-N", "gc:work=-l"},
        "m/lib=-l@2; m/cmd/app=-l@2; m/tool=-l@2", "0:shadowed-by-2 1:shadowed-by-2");
    row("partly taken is no warning", {"gc:all=-N", "gc:std=-B"},
        "runtime=-B@1; errors=-B@1; fmt=-B@1; m/lib=-N@0; m/cmd/app=-N@0; other/dep=-N@0; "
        "m/tool=-N@0",
        "");
    row("quoted fields, spaces around the pattern", {"gc: std = '-d=a b' \"-l\" "},
        "runtime=-d=a b -l@0; errors=-d=a b -l@0; fmt=-d=a b -l@0", "");
    row("GOFLAGS first, command line after", {"goflags-gc:all=-N", "gc:std=-l"},
        "runtime=-l@1; errors=-l@1; fmt=-l@1; m/lib=-N@0; m/cmd/app=-N@0; other/dep=-N@0; "
        "m/tool=-N@0",
        "");
}

void TestFlagScope::analysis()
{
    QFETCH(QStringList, spec);
    QFETCH(QString, gc);
    QFETCH(QString, problems);
    const load::LoadResult r = parseLoad(QString::fromUtf8(LoadText));
    const flags::ScopeAnalysis a = flags::analyzeFlagScopes(r, moduleScope(), scopesOf(spec), Cwd);
    QCOMPARE(a.packages, r.all); // cmd/internal/obj is loaded, but no root imports it
    QCOMPARE(effective(r, a, ScopeFlag::Gc), gc);
    QCOMPARE(::problems(a.of(ScopeFlag::Gc)), problems);
    // Every package's deciding entry matches it and decides it.
    for (int p : a.packages) {
        const int e = a.perPackage[p].entry[0];
        if (e >= 0) {
            QVERIFY(a.of(ScopeFlag::Gc)[e].matched.contains(p));
            QVERIFY(a.of(ScopeFlag::Gc)[e].decided.contains(p));
        }
    }
}

void TestFlagScope::matchedAndTaken()
{
    const load::LoadResult r = parseLoad(QString::fromUtf8(LoadText));
    const flags::ScopeAnalysis a = flags::analyzeFlagScopes(
        r, moduleScope(), scopesOf({"gc:all=-N", "gc:./...=-S", "gc:-l"}), Cwd);
    const QList<flags::EntryScope> &e = a.of(ScopeFlag::Gc);
    QCOMPARE(names(r, e[0].matched),
             QStringLiteral("runtime errors fmt other/dep m/lib m/cmd/app m/tool"));
    QCOMPARE(names(r, e[0].decided), QStringLiteral("runtime errors fmt other/dep"));
    QCOMPARE(e[0].takenBy, (QList<int>{1, 2}));
    QCOMPARE(names(r, e[1].matched), QStringLiteral("m/lib m/cmd/app m/tool"));
    QCOMPARE(names(r, e[1].decided), QStringLiteral("m/lib"));
    QCOMPARE(e[1].takenBy, QList<int>{2});
    QCOMPARE(e[2].pattern, QString());
    QCOMPARE(e[0].pattern, QStringLiteral("all"));
    QCOMPARE(e[1].flags, QStringList{"-S"});
    // cmd/internal/obj is loaded but not in the build (no root imports it).
    QVERIFY(!a.perPackage[3].inBuild);
    QCOMPARE(a.perPackage[3].entry[0], -1);
}

void TestFlagScope::asmAndLd()
{
    const load::LoadResult r = parseLoad(QString::fromUtf8(LoadText));
    const flags::ScopeAnalysis a = flags::analyzeFlagScopes(
        r, moduleScope(), scopesOf({"asm:std=-D=S", "asm:./...=-D=M", "ld:-s", "ld:tool=-w"}), Cwd);
    QCOMPARE(effective(r, a, ScopeFlag::Asm),
             QStringLiteral("runtime=-D=S@0; errors=-D=S@0; fmt=-D=S@0; m/lib=-D=M@1; "
                            "m/cmd/app=-D=M@1; m/tool=-D=M@1"));
    QCOMPARE(effective(r, a, ScopeFlag::Ld), QStringLiteral("m/cmd/app=-s@0; m/tool=-w@1"));
    QCOMPARE(effective(r, a, ScopeFlag::Gc), QString());
}

void TestFlagScope::goflags_data()
{
    QTest::addColumn<QString>("goflags");
    QTest::addColumn<QString>("want"); // kind:text|… or error text
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("other flags ignored") << "-mod=mod -count=1 -v"
                                         << "";
    QTest::newRow("three kinds, -- form") << "-gcflags=all=-N --ldflags=-s -asmflags=-D=X"
                                          << "gc:all=-N|asm:-D=X|ld:-s";
    QTest::newRow("quoted word") << "'-gcflags=all=-N -l' -gcflags=std="
                                 << "gc:all=-N -l|gc:std=";
    QTest::newRow("bad GOFLAGS") << "x"
                                 << "error:go: parsing $GOFLAGS: non-flag \"x\"";
}

void TestFlagScope::goflags()
{
    QFETCH(QString, goflags);
    QFETCH(QString, want);
    const auto s = flags::goflagsScopes(goflags);
    if (!s) {
        QCOMPARE(QStringLiteral("error:") + s.error().message, want);
        return;
    }
    QStringList got;
    const char *kinds[] = {"gc", "asm", "ld"};
    for (ScopeFlag flag : flags::AllScopeFlags)
        for (const flags::ScopeEntry &e : s->of(flag)) {
            QCOMPARE(e.source, flags::EntrySource::Goflags);
            got.append(QLatin1String(kinds[int(flag)]) + u':' + e.text);
        }
    QCOMPARE(got.join(u'|'), want);
}

void TestFlagScope::forecast_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QString>("direct"); // "mode pkg", in action order (go's construction order)
    QTest::addColumn<QString>("propagated"); // "mode pkg<-cause pkg"
    QTest::addColumn<int>("links");
    auto row = [](const char *name, const QStringList &b, const QStringList &a, const char *d,
                  const char *p, int links) {
        QTest::newRow(name) << b << a << QString::fromUtf8(d) << QString::fromUtf8(p) << links;
    };
    // Any -gcflags text change rewrites the build info of both main packages.
    row("no change", {"gc:all=-N"}, {"gc:all=-N"}, "", "", 0);
    row("one library", {}, {"gc:example.com/m/lib=-N"},
        "build m/cmd/app; build m/lib; build m/tool",
        "link m/cmd/app<-m/cmd/app; link m/tool<-m/tool", 2);
    row("std: everything above it", {}, {"gc:std=-B"},
        "build m/cmd/app; build fmt; build errors; build runtime; build m/tool",
        "build m/lib<-fmt; link m/cmd/app<-m/cmd/app; build other/dep<-errors; "
        "link m/tool<-m/tool",
        2);
    row("same flags from another entry: only build info", {"gc:all=-N"}, {"gc:all=-N", "gc:std=-N"},
        "build m/cmd/app; build m/tool", "link m/cmd/app<-m/cmd/app; link m/tool<-m/tool", 2);
    row("asm flags reach only packages with .s files", {}, {"asm:./...=-D=X"},
        "build m/cmd/app; build m/lib; build m/tool",
        "link m/cmd/app<-m/cmd/app; link m/tool<-m/tool", 2);
    row("ldflags: the link and the build info", {}, {"ld:tool=-s"},
        "build m/cmd/app; build m/tool; link m/tool", "link m/cmd/app<-m/cmd/app", 2);
    row("ldflags on a library change only build info", {"ld:all=-s"}, {"ld:all=-s", "ld:fmt=-w"},
        "build m/cmd/app; build m/tool", "link m/cmd/app<-m/cmd/app; link m/tool<-m/tool", 2);
}

void TestFlagScope::forecast()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QString, direct);
    QFETCH(QString, propagated);
    QFETCH(int, links);
    const load::LoadResult r = parseLoad(QString::fromUtf8(LoadText));
    graph::BuildRequest req;
    req.packages = r.roots;
    const auto g = graph::goBuildGraph(r, req);
    QVERIFY(g);
    const flags::FlagScopes sb = scopesOf(before), sa = scopesOf(after);
    const flags::ScopeAnalysis ab = flags::analyzeFlagScopes(r, moduleScope(), sb, Cwd);
    const flags::ScopeAnalysis aa = flags::analyzeFlagScopes(r, moduleScope(), sa, Cwd);
    exec::ForecastContext ctx;
    ctx.compileId = QStringLiteral("compile version go1.25");
    const exec::Forecast f = exec::forecastFlagChange(r, *g, {sb, ab}, {sa, aa}, ctx);
    auto label = [&](int action) {
        const graph::Action &a = g->actions[action];
        return graph::modeName(a.mode) + u' ' + shortName(r.packages[a.package].importPath);
    };
    QStringList d, p;
    for (const exec::ForecastAction &a : f.actions) {
        if (a.why == exec::Invalidation::Direct) {
            d.append(label(a.action));
            QVERIFY(!a.lines.isEmpty());
        } else {
            p.append(label(a.action) + QStringLiteral("<-") + label(a.cause).section(u' ', 1));
        }
        QCOMPARE(a.lastNs, -1);
    }
    QCOMPARE(d.join(QStringLiteral("; ")), direct);
    QCOMPARE(p.join(QStringLiteral("; ")), propagated);
    QCOMPARE(f.links, links);
    QCOMPARE(f.direct, d.size());
    QCOMPARE(f.propagated, p.size());
    QCOMPARE(f.unknownTimes, f.total());
}

void TestFlagScope::forecastWithRecords()
{
    const load::LoadResult r = parseLoad(QString::fromUtf8(LoadText));
    graph::BuildRequest req;
    req.packages = r.roots;
    const auto g = graph::goBuildGraph(r, req);
    QVERIFY(g);
    const flags::FlagScopes sb = scopesOf({"gc:example.com/m/lib=-l"});
    const flags::FlagScopes sa = scopesOf({"gc:example.com/m/lib=-N -l"});
    const flags::ScopeAnalysis ab = flags::analyzeFlagScopes(r, moduleScope(), sb, Cwd);
    const flags::ScopeAnalysis aa = flags::analyzeFlagScopes(r, moduleScope(), sa, Cwd);
    const QString goVersion = QStringLiteral("go1.25.12");
    auto hashOf = [&](const QList<QByteArray> &lines) {
        cache::CacheHash h(QStringLiteral("x"), cache::hashSalt(goVersion));
        for (const QByteArray &l : lines)
            h.write(l);
        return hashToString(h.sum());
    };
    // The last build: lib ran for 2 s, app was a cache hit, tool ran 1 s.
    graph::ActionRecord lib;
    lib.preimage = {"compile\n", "import \"example.com/m/lib\"\n",
                    "compile compile version go1.25.12 [] [\"-l\"]\n",
                    "asm \"asm version go1.25.12\" [] []\n", "file a.go abc\n"};
    lib.actionID = hashOf(lib.preimage);
    lib.timeStart = 10'000'000'000;
    lib.timeDone = 12'000'000'000;
    graph::ActionRecord app;
    app.cacheHit = true;
    app.preimage = {"compile\n",
                    "modinfo \"path\\texample.com/m/cmd/app\\nbuild\\t-buildmode=exe\\n"
                    "build\\t-compiler=gc\\nbuild\\t-gcflags=example.com/m/lib=-l\\n"
                    "build\\tGOOS=linux\\n\"\n",
                    "compile compile version go1.25.12 [] []\n"};
    app.actionID = hashOf(app.preimage);
    graph::ActionRecord tool;
    tool.preimage = {"compile\n", "modinfo \"path\\texample.com/m/tool\\nbuild\\t-compiler=gc\\n"
                                  "build\\tGOOS=linux\\n\"\n"};
    tool.actionID = QStringLiteral("not the hash of its preimage");
    tool.timeStart = 1;
    tool.timeDone = 1'000'000'001;
    exec::LastBuild last;
    last.insert(exec::actionKey(graph::Mode::Build, QStringLiteral("example.com/m/lib")), lib);
    last.insert(exec::actionKey(graph::Mode::Build, QStringLiteral("example.com/m/cmd/app")), app);
    last.insert(exec::actionKey(graph::Mode::Build, QStringLiteral("example.com/m/tool")), tool);
    exec::ForecastContext ctx;
    ctx.goVersion = goVersion;
    ctx.last = &last;
    const exec::Forecast f = exec::forecastFlagChange(r, *g, {sb, ab}, {sa, aa}, ctx);
    QCOMPARE(f.direct, 3);
    QCOMPARE(f.propagated, 2);
    QCOMPARE(f.knownNs, 3'000'000'000);
    QCOMPARE(f.unknownTimes, 3); // app (cache hit) and the two links
    QHash<QString, exec::ForecastAction> byName;
    for (const exec::ForecastAction &a : f.actions)
        byName.insert(graph::modeName(g->actions[a.action].mode) + u' ' +
                          r.packages[g->actions[a.action].package].importPath,
                      a);

    // lib: the tool ID comes from the record; its new ID is the record's
    // preimage with the compile line replaced.
    const exec::ForecastAction &fl = byName.value("build example.com/m/lib");
    QCOMPARE(fl.lines.size(), 1);
    QCOMPARE(fl.lines[0].before, QByteArray("compile compile version go1.25.12 [] [\"-l\"]"));
    QCOMPARE(fl.lines[0].after, QByteArray("compile compile version go1.25.12 [] [\"-N\" \"-l\"]"));
    QList<QByteArray> changed = lib.preimage;
    changed[2] = "compile compile version go1.25.12 [] [\"-N\" \"-l\"]\n";
    QCOMPARE(fl.newActionId, hashOf(changed));
    QCOMPARE(fl.lastNs, 2'000'000'000);

    // app: depends on lib, so no new ID; its modinfo line is rewritten in
    // place from the recorded text.
    const exec::ForecastAction &fa = byName.value("build example.com/m/cmd/app");
    QCOMPARE(fa.why, exec::Invalidation::Direct);
    QCOMPARE(fa.newActionId, QString());
    QCOMPARE(fa.lastNs, -1);
    QCOMPARE(fa.lines.size(), 1);
    QCOMPARE(fa.lines[0].before, app.preimage[1].chopped(1));
    QCOMPARE(fa.lines[0].after,
             QByteArray("modinfo \"path\\texample.com/m/cmd/app\\nbuild\\t-buildmode=exe\\n"
                        "build\\t-compiler=gc\\nbuild\\t-gcflags=\\\"example.com/m/lib=-N -l\\\"\\n"
                        "build\\tGOOS=linux\\n\""));

    // tool: the setting is inserted after -compiler; the recorded ID does
    // not match its preimage, so no new ID is offered.
    const exec::ForecastAction &ft = byName.value("build example.com/m/tool");
    QCOMPARE(ft.lines[0].before, QByteArray("modinfo \"path\\texample.com/m/tool\\nbuild\\t"
                                            "-compiler=gc\\nbuild\\t-gcflags=example.com/m/lib="
                                            "-l\\nbuild\\tGOOS=linux\\n\""));
    QCOMPARE(ft.newActionId, QString());
    QCOMPARE(ft.lastNs, 1'000'000'000);
}

void TestFlagScope::quoting_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "./..."
                           << "./...";
    QTest::newRow("flag without spaces") << "-gcflags=all=-N"
                                         << "-gcflags=all=-N";
    QTest::newRow("flag with spaces") << "-gcflags=all=-N -l"
                                      << "-gcflags='all=-N -l'";
    QTest::newRow("flag with a quote") << "-ldflags=-X 'a=b c'"
                                       << "-ldflags='-X '\\''a=b c'\\'''";
    QTest::newRow("empty flag value") << "-gcflags="
                                      << "-gcflags=";
    QTest::newRow("not a flag") << "a b"
                                << "'a b'";
    QTest::newRow("environment assignment") << "GOFLAGS=-a -v"
                                            << "GOFLAGS='-a -v'";
    QTest::newRow("pattern=flags alone") << "all=-N -l"
                                         << "'all=-N -l'";
    QTest::newRow("dollar") << "$HOME"
                            << "'$HOME'";
    QTest::newRow("empty") << ""
                           << "''";
}

void TestFlagScope::quoting()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(flags::shellQuote(word), quoted);
}

void TestFlagScope::commandLine()
{
    const flags::FlagScopes s =
        scopesOf({"goflags-gc:all=-N", "ld:-s -w", "gc:std=-B", "asm:-D=X", "gc:"});
    QCOMPARE(flags::commandLineArguments(s),
             QStringList({"-gcflags=std=-B", "-gcflags=", "-asmflags=-D=X", "-ldflags=-s -w"}));
    QCOMPARE(flags::shellCommandLine(QStringList{"go", "build"} + flags::commandLineArguments(s) +
                                     QStringList{"./..."}),
             QStringLiteral("go build -gcflags=std=-B -gcflags= -asmflags=-D=X -ldflags='-s -w' "
                            "./..."));
    QCOMPARE(s.raw(ScopeFlag::Gc), QString());
    QVERIFY(s.present(ScopeFlag::Gc));
    QCOMPARE(s.raw(ScopeFlag::Ld), QStringLiteral("-s -w"));
    QVERIFY(!flags::FlagScopes{}.present(ScopeFlag::Asm));
}

QTEST_APPLESS_MAIN(TestFlagScope)
#include "tst_flagscope.moc"
