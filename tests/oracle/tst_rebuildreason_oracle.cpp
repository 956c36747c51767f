// Why rebuilt, against go: the pipeline example (with a file pair selected
// by a build tag added to its leaf package util) goes through a scripted
// sequence of changes; after each, `go build -x` and `kiln-cli build
// -explain -x` build the same tree, each with its own GOCACHE (both seeded
// with the same std archives), and the test checks
//   - the actions Kiln ran equal the actions go ran: the packages of the
//     compile lines of both -x scripts, and whether each linked;
//   - the actions -explain says ran are exactly those of Kiln's script;
//   - the classification: the root causes (own input changed, with the
//     category of the change), the propagated set, the early cutoffs; every
//     propagated action's root causes are among the root causes.
// The steps (rows, run in order, each on the state the previous one left):
//   baseline   first build: the module's actions are new
//   comment    a comment in util.go: util recompiles to the same content
//              ID, so its importers and the link hit the cache (early cutoff)
//   api        an exported function added to util: its export data changes;
//              transform, stages and the command recompile, the link relinks
//   gcflags    -gcflags=all=-N: every compile's flags (std included)
//   tag        -tags kilntrace: util's file set, the command's build info
//   toolchain  a fake GOROOT whose compile/asm/link report another version
//              for -V=full (go's tool ID is that line; see the report on why
//              a changed VERSION file would not do)
#include "support/buildoracle.h"
#include "support/buildscript.h"
#include "support/oraclego.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::test;

namespace
{

const QString modulePath = QStringLiteral("example.com/pipeline");
const QString command = QStringLiteral("example.com/pipeline/cmd/pipeline");

// What one -explain run said, by action key ("build P", "link P").
struct Explained {
    QMap<QString, QString> verdict;          // key → verdict word
    QMap<QString, QSet<QString>> categories; // key → categories of its lines
    QMap<QString, QStringList> rootCauses;   // propagated key → its root causes
    QString summary;
};

Explained parseExplain(const QByteArray &stderrText)
{
    static const QByteArray prefix = "kiln explain: ";
    Explained out;
    for (const QByteArray &raw : stderrText.split('\n')) {
        if (!raw.startsWith(prefix))
            continue;
        const QString line = QString::fromUtf8(raw.mid(prefix.size()));
        if (line.startsWith(QLatin1String("ran "))) {
            out.summary = line;
            continue;
        }
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        const QString key = line.left(colon);
        QString rest = line.mid(colon + 2);
        QString verdict = rest.section(QStringLiteral(": "), 0, 0);
        QString category;
        if (const qsizetype paren = verdict.indexOf(QStringLiteral(" (")); paren >= 0) {
            category = verdict.mid(paren + 2).chopped(1);
            verdict = verdict.left(paren);
        }
        out.verdict.insert(key, verdict);
        if (!category.isEmpty())
            out.categories[key].insert(category);
        const QString detail = rest.section(QStringLiteral(": "), 1);
        if (verdict == QLatin1String("propagated") &&
            detail.startsWith(QLatin1String("root cause: ")))
            out.rootCauses.insert(key, detail.mid(12).split(QStringLiteral(", ")));
    }
    return out;
}

// The actions a -x script ran: "compile P" per compile line (P as go's -p
// names it: "main" for a command), "link" per link line; sorted.
QStringList ranInScript(const BuildScript &s)
{
    QStringList out;
    for (const QString &p : s.compiledPackages)
        out << QStringLiteral("compile ") + p;
    for (const QString &t : s.toolRuns)
        if (t == QLatin1String("link"))
            out << QStringLiteral("link");
    out.sort();
    return out;
}

// The same from -explain's verdicts.
QStringList ranInExplain(const Explained &e)
{
    static const QSet<QString> ran{QStringLiteral("new"), QStringLiteral("own input changed"),
                                   QStringLiteral("propagated"),
                                   QStringLiteral("unchanged inputs")};
    QStringList out;
    for (auto it = e.verdict.cbegin(); it != e.verdict.cend(); ++it) {
        if (!ran.contains(it.value()))
            continue;
        const QString mode = it.key().section(QLatin1Char(' '), 0, 0);
        const QString package = it.key().section(QLatin1Char(' '), 1);
        if (mode == QLatin1String("link"))
            out << QStringLiteral("link");
        else
            out << QStringLiteral("compile ") +
                       (package == command ? QStringLiteral("main") : package);
    }
    out.sort();
    return out;
}

QStringList keysWith(const Explained &e, const QString &verdict)
{
    QStringList out;
    for (auto it = e.verdict.cbegin(); it != e.verdict.cend(); ++it)
        if (it.value() == verdict)
            out << it.key();
    out.sort();
    return out;
}

QString build(const char *rel)
{
    return QStringLiteral("build ") + modulePath + QLatin1Char('/') + QString::fromLatin1(rel);
}

QString linkKey()
{
    return QStringLiteral("link ") + command;
}

bool copyDir(const QString &from, const QString &to)
{
    ProcessSpec spec;
    spec.program = QStringLiteral("cp");
    spec.arguments = {QStringLiteral("-a"), from, to};
    const auto r = runProcess(spec);
    return r && r->exitCode == 0;
}

// A GOROOT whose entries link to the real one, except compile, asm and link:
// scripts that answer -V=full with a bumped version and run the real tool
// otherwise.
bool makeFakeGoroot(const QString &real, const QString &fake)
{
    const QString host = QStringLiteral("linux_amd64");
    if (!QDir().mkpath(fake + QStringLiteral("/pkg/tool/") + host) ||
        !QDir().mkpath(fake + QStringLiteral("/bin")))
        return false;
    for (const char *e :
         {"api", "lib", "misc", "src", "test", "go.env", "VERSION", "bin/go", "pkg/include"})
        if (QFileInfo::exists(real + QLatin1Char('/') + QLatin1String(e)) &&
            !QFile::link(real + QLatin1Char('/') + QLatin1String(e),
                         fake + QLatin1Char('/') + QLatin1String(e)))
            return false;
    const QDir tools(real + QStringLiteral("/pkg/tool/") + host);
    for (const QString &name : tools.entryList(QDir::Files)) {
        const QString to = fake + QStringLiteral("/pkg/tool/") + host + QLatin1Char('/') + name;
        if (name != QLatin1String("compile") && name != QLatin1String("asm") &&
            name != QLatin1String("link")) {
            if (!QFile::link(tools.filePath(name), to))
                return false;
            continue;
        }
        QFile f(to);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("#!/bin/sh\nif [ \"$1\" = \"-V=full\" ]; then echo \"" + name.toUtf8() +
                " version go1.25.12-kilnbump\"; exit 0; fi\nexec " + tools.filePath(name).toUtf8() +
                " \"$@\"\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                         QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    }
    return true;
}

} // namespace

class TestRebuildReasonOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!m_go.available())
            QFAIL(qPrintable(m_go.reason()));
        QVERIFY(m_root.isValid());
        const QString example = exampleDir(QStringLiteral("pipeline"));
        m_src = m_root.filePath(QStringLiteral("src"));
        QVERIFY(copyDir(example, m_src));
        auto write = [&](const QString &rel, const QByteArray &text) {
            QFile f(m_src + QLatin1Char('/') + rel);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write(QStringLiteral("util/trace_on.go"),
              "//go:build kilntrace\n\npackage util\n\n// Trace reports tracing builds.\n"
              "const Trace = true\n");
        write(QStringLiteral("util/trace_off.go"),
              "//go:build !kilntrace\n\npackage util\n\n// Trace reports tracing builds.\n"
              "const Trace = false\n");
        // Seed both caches with the same std archives: the example built in
        // another directory (its own packages' IDs hash that directory).
        const QString seedSrc = m_root.filePath(QStringLiteral("seed-src"));
        const QString seed = m_root.filePath(QStringLiteral("seed-cache"));
        QVERIFY(copyDir(example, seedSrc));
        const TimedRun s =
            runBuild(m_go, BuildTool::Go,
                     {QStringLiteral("-o"), m_root.filePath(QStringLiteral("seed-out")),
                      QStringLiteral("./cmd/pipeline")},
                     seedSrc, seed);
        QVERIFY2(s.ok(), qPrintable(describe(s)));
        m_goCache = m_root.filePath(QStringLiteral("go-cache"));
        m_kilnCache = m_root.filePath(QStringLiteral("kiln-cache"));
        QVERIFY(copyDir(seed, m_goCache));
        QVERIFY(copyDir(seed, m_kilnCache));
        m_fakeGoroot = m_root.filePath(QStringLiteral("goroot"));
        QVERIFY(makeFakeGoroot(m_go.goroot(), m_fakeGoroot));
    }

    void sequence_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QStringList>("own");        // "key|category" ("build *|c": every build)
        QTest::addColumn<QStringList>("propagated"); // keys
        QTest::addColumn<QStringList>("cutoff");     // keys
        QTest::addColumn<QStringList>("fresh");      // keys of new actions
        const QStringList n = {QStringLiteral("-gcflags=all=-N")};
        const QStringList nt = n + QStringList{QStringLiteral("-tags=kilntrace")};
        const auto own = [](const QString &key, const char *category) {
            return key + QLatin1Char('|') + QLatin1String(category);
        };
        QTest::newRow("baseline")
            << QString() << QStringList() << QStringList() << QStringList() << QStringList()
            << QStringList{build("cmd/pipeline"), build("model"), build("parse"), build("stages"),
                           build("transform"),    build("util"),  linkKey()};
        QTest::newRow("comment") << QStringLiteral("comment") << QStringList()
                                 << QStringList{own(build("util"), "file")} << QStringList()
                                 << QStringList{build("cmd/pipeline"), build("transform"),
                                                linkKey()}
                                 << QStringList();
        QTest::newRow("api") << QStringLiteral("api") << QStringList()
                             << QStringList{own(build("util"), "file")}
                             << QStringList{build("cmd/pipeline"), build("stages"),
                                            build("transform"), linkKey()}
                             << QStringList() << QStringList();
        QTest::newRow("gcflags") << QString() << n << QStringList{QStringLiteral("build *|flag")}
                                 << QStringList{linkKey()} << QStringList() << QStringList();
        QTest::newRow("tag") << QString() << nt
                             << QStringList{own(build("util"), "file"),
                                            own(build("cmd/pipeline"), "tag")}
                             << QStringList{build("stages"), build("transform"), linkKey()}
                             << QStringList() << QStringList();
        QTest::newRow("toolchain")
            << QStringLiteral("toolchain") << nt
            << QStringList{QStringLiteral("build *|toolchain"), own(linkKey(), "toolchain")}
            << QStringList() << QStringList() << QStringList();
    }

    void sequence()
    {
        QFETCH(QString, change);
        QFETCH(QStringList, flags);
        QFETCH(QStringList, own);
        QFETCH(QStringList, propagated);
        QFETCH(QStringList, cutoff);
        QFETCH(QStringList, fresh);
        QVERIFY(!m_src.isEmpty());
        QFile util(m_src + QStringLiteral("/util/util.go"));
        if (change == QLatin1String("comment") || change == QLatin1String("api")) {
            QVERIFY(util.open(QIODevice::ReadOnly));
            QByteArray text = util.readAll();
            util.close();
            if (change == QLatin1String("comment")) {
                QVERIFY(text.contains("// Clamp limits v"));
                text.replace("// Clamp limits v", "// Clamp restricts v");
            } else {
                text += "\n// Abs returns the absolute value of v.\nfunc Abs(v int) int {\n"
                        "\tif v < 0 {\n\t\treturn -v\n\t}\n\treturn v\n}\n";
            }
            QVERIFY(util.open(QIODevice::WriteOnly | QIODevice::Truncate));
            util.write(text);
            util.close();
        }
        QMap<QString, QString> extra{{QStringLiteral("CGO_ENABLED"), QStringLiteral("0")}};
        if (change == QLatin1String("toolchain"))
            extra.insert(QStringLiteral("GOROOT"), m_fakeGoroot);
        auto run = [&](BuildTool tool, const QString &cache) {
            QMap<QString, QString> env = extra;
            env.insert(QStringLiteral("GOCACHE"), cache);
            QStringList args{QStringLiteral("build"), QStringLiteral("-x")};
            if (tool == BuildTool::Kiln)
                args << QStringLiteral("-explain");
            args << flags << QStringLiteral("-o")
                 << m_root.filePath(QStringLiteral("out-") + toolName(tool))
                 << QStringLiteral("./cmd/pipeline");
            const QProcessEnvironment e = m_go.environment(env);
            return tool == BuildTool::Go ? m_go.runWithEnv(args, m_src, e)
                                         : runKilnCli(args, m_src, e);
        };
        const ProcessOutput go = run(BuildTool::Go, m_goCache);
        QVERIFY2(go.exitCode == 0, go.stdErr.left(3000).constData());
        const ProcessOutput kiln = run(BuildTool::Kiln, m_kilnCache);
        QVERIFY2(kiln.exitCode == 0, kiln.stdErr.left(3000).constData());

        // What ran: go's script, Kiln's script, Kiln's explanation.
        const QStringList goRan = ranInScript(parseBuildScript(go.stdErr));
        const QStringList kilnRan = ranInScript(parseBuildScript(kiln.stdErr));
        QCOMPARE(kilnRan, goRan);
        QVERIFY(!goRan.isEmpty());
        const Explained e = parseExplain(kiln.stdErr);
        QVERIFY2(!e.summary.isEmpty(), kiln.stdErr.right(2000).constData());
        QCOMPARE(ranInExplain(e), kilnRan);

        // Root causes with their categories.
        QStringList ownGot;
        for (const QString &key : keysWith(e, QStringLiteral("own input changed"))) {
            QStringList cats = e.categories.value(key).values();
            cats.removeAll(QStringLiteral("dependency"));
            cats.sort();
            ownGot << key + QLatin1Char('|') + cats.join(QLatin1Char(','));
        }
        ownGot.sort();
        QStringList ownWant;
        for (const QString &o : own) {
            if (!o.startsWith(QLatin1String("build *|"))) {
                ownWant << o;
                continue;
            }
            for (const QString &r : kilnRan) // every build that ran
                if (r.startsWith(QLatin1String("compile ")))
                    ownWant << QStringLiteral("build ") +
                                   (r.mid(8) == QLatin1String("main") ? command : r.mid(8)) +
                                   o.mid(7);
        }
        ownWant.sort();
        QCOMPARE(ownGot, ownWant);

        QStringList propagatedWant = propagated, cutoffWant = cutoff, freshWant = fresh;
        propagatedWant.sort();
        cutoffWant.sort();
        freshWant.sort();
        QCOMPARE(keysWith(e, QStringLiteral("propagated")), propagatedWant);
        QCOMPARE(keysWith(e, QStringLiteral("early cutoff")), cutoffWant);
        QCOMPARE(keysWith(e, QStringLiteral("new")), freshWant);
        QCOMPARE(keysWith(e, QStringLiteral("unchanged inputs")), QStringList());
        const QStringList roots = keysWith(e, QStringLiteral("own input changed"));
        for (auto it = e.rootCauses.cbegin(); it != e.rootCauses.cend(); ++it)
            for (const QString &r : it.value())
                QVERIFY2(roots.contains(r),
                         qPrintable(it.key() + QStringLiteral(": root cause ") + r));
        QCOMPARE(e.rootCauses.keys(), propagatedWant);
    }

private:
    OracleGo m_go;
    QTemporaryDir m_root;
    QString m_src, m_goCache, m_kilnCache, m_fakeGoroot;
};

QTEST_GUILESS_MAIN(TestRebuildReasonOracle)
#include "tst_rebuildreason_oracle.moc"
