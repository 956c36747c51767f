// Oracle tests of //go:embed resolution: for each tree and set of //go:embed
// lines, Kiln's resolveEmbed over go's EmbedPatterns must give go list's
// EmbedFiles, or go list's Error.Err text.
#include "load/embedresolve.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kiln;
using namespace kiln::load;

namespace
{

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

} // namespace

class TestEmbedOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void embed_data();
    void embed();

private:
    test::OracleGo m_go;
};

void TestEmbedOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
}

void TestEmbedOracle::embed_data()
{
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<QString>("directives"); // the text after "//go:embed ", one line each
    QTest::addColumn<bool>("followSymlinks");
    using L = QStringList;
    auto row = [](const char *name, const L &tree, const char *directives, bool follow = false) {
        QTest::newRow(name) << tree << QString::fromUtf8(directives) << follow;
    };
    row("files", {"a.txt", "b.txt"}, "a.txt b.txt");
    row("directory", {"d/a.txt", "d/sub/b.txt", "d/sub/c/d.txt"}, "d");
    row("star", {"a.txt", "b.txt", "c.md"}, "*.txt");
    row("star everything", {"a.txt", ".h", "_u"}, "*");
    row("question", {"x1.txt", "x2.txt", "x10.txt"}, "x?.txt");
    row("class", {"a1", "b1", "z1", "A1"}, "[a-m]1");
    row("negated class", {"a1", "b1", "z1"}, "[^a]1");
    row("escaped class", {"a[b]", "ab"}, "a\\[b\\]");
    row("unescaped class", {"a[b]", "ab"}, "a[b]");
    row("glob in dir part", {"x/a.txt", "y/b.txt", "y/c.md", "z"}, "*/*.txt");
    row("hidden skipped in dir", {"d/a", "d/.h", "d/_u", "d/.hd/x", "d/_ud/y"}, "d");
    row("all: keeps hidden", {"d/a", "d/.h", "d/_u", "d/.hd/x", "d/_ud/y"}, "all:d");
    row("hidden named", {".h", "_u", "d/.h2"}, ".h _u d/.h2");
    row("hidden glob", {".h1", ".h2", "a"}, ".h*");
    row("both all: and plain", {"d/a", "d/.h"}, "d\nall:d");
    row("nested module skipped", {"d/a", "d/m/go.mod", "d/m/x"}, "d");
    row("nested module named", {"m/go.mod", "m/x"}, "m/x");
    row("nested module dir", {"m/go.mod", "m/x"}, "m");
    row("nested module glob", {"m/go.mod", "m/x", "n/y"}, "*/*");
    row("empty dir", {"e/"}, "e");
    row("only hidden in dir", {"e/.h", "e/_u"}, "e");
    row("only nested module in dir", {"e/m/go.mod", "e/m/x"}, "e");
    row("no match", {"a.txt"}, "b.txt");
    row("glob no match", {"a.txt"}, "*.md");
    row("no match after match", {"a.txt"}, "a.txt\nzzz");
    row("dotdot", {"a"}, "../x");
    row("inner dotdot", {"a", "d/a"}, "d/../a");
    row("absolute", {"a"}, "/abs");
    row("double slash", {"d/b"}, "\"d//b\"");
    row("trailing slash", {"d/b"}, "d/");
    row("dot", {"a"}, ".");
    row("bad class", {"a"}, "a[");
    row("all: alone", {"a"}, "all:");
    row("name with space", {"a b.txt", "c d/e f.txt"}, "\"a b.txt\" `c d`");
    row("symlink to file", {"t.txt", "l.txt -> t.txt"}, "l.txt");
    row("symlink to file followed", {"t.txt", "l.txt -> t.txt"}, "l.txt", true);
    row("symlink to dir followed", {"d/x", "ld -> d"}, "ld", true);
    row("symlink in dir skipped", {"d/t.txt", "d/l.txt -> t.txt"}, "d");
    row("symlinked dir", {"real/a.txt", "ln -> real"}, "ln");
    row("through symlinked dir", {"real/a.txt", "ln -> real"}, "ln/a.txt");
    row("glob through symlinked dir", {"real/a.txt", "ln -> real"}, "ln/*.txt");
    row(".git dir", {".git/config", "a"}, ".git");
    row("in .git dir", {".git/config", "a"}, ".git/config");
    row("star hits .git", {".git/config", "a"}, "*");
    row(".git inside all: dir", {"d/.git/config", "d/a"}, "all:d");
    row(".hg inside dir", {"d/.hg/x", "d/a"}, "d");
    row("bad name inside dir", {"d/a:b", "d/c"}, "d");
    row("bad hidden name inside dir", {"d/.a:b", "d/c"}, "d");
    row("bad hidden name inside all: dir", {"d/.a:b", "d/c"}, "all:d");
    row("bad dir inside dir", {"d/a:b/x", "d/c"}, "d");
    row("bad named file", {"a:b"}, "a:b");
    row("windows name", {"con.txt", "d/aux"}, "con.txt");
    row("windows name in dir", {"d/aux", "d/x"}, "d");
    row("dedup across patterns", {"d/a", "d/b"}, "d d/a\n*/a");
    row("byte order", {"B", "a", "é", "Z", "_x"}, "B a é Z");
    row("unicode class", {"α1", "β1", "a1"}, "[α-β]1");
    row("go.mod directory", {"d/go.mod/", "d/x"}, "d/x");
    row("first error wins", {"a"}, "a\nb\n../c");
}

void TestEmbedOracle::embed()
{
    QFETCH(QStringList, tree);
    QFETCH(QString, directives);
    QFETCH(bool, followSymlinks);
    test::TempModule m({{QStringLiteral("go.mod"), "module example.com/m\n\ngo 1.22\n"}});
    m.populate(tree);
    QByteArray src = "package m\n\nimport \"embed\"\n\n";
    for (const QString &line : directives.split(QLatin1Char('\n')))
        src += "//go:embed " + line.toUtf8() + "\n";
    src += "var files embed.FS\n";
    m.write(QStringLiteral("m.go"), src);

    QMap<QString, QString> env;
    if (followSymlinks)
        env.insert(QStringLiteral("GODEBUG"), QStringLiteral("embedfollowsymlinks=1"));
    const ProcessOutput go =
        m_go.run({QStringLiteral("list"), QStringLiteral("-e"),
                  QStringLiteral("-json=Dir,EmbedPatterns,EmbedFiles,Error"), QStringLiteral(".")},
                 m.path(), env);
    QVERIFY2(go.exitCode == 0, go.stdErr.constData());
    const QJsonObject pkg = QJsonDocument::fromJson(go.stdOut).object();
    const QStringList patterns = strings(pkg.value(QStringLiteral("EmbedPatterns")));
    QVERIFY2(!patterns.isEmpty(), go.stdOut.constData());
    const QString wantError =
        pkg.value(QStringLiteral("Error")).toObject().value(QStringLiteral("Err")).toString();

    const EmbedResolution kiln =
        resolveEmbed(pkg.value(QStringLiteral("Dir")).toString(), patterns,
                     followSymlinks ? EmbedSymlinks::FollowNamed : EmbedSymlinks::Reject);
    QCOMPARE(kiln.error ? kiln.error->toString() : QString(), wantError);
    QCOMPARE(kiln.files, strings(pkg.value(QStringLiteral("EmbedFiles"))));
}

QTEST_GUILESS_MAIN(TestEmbedOracle)
#include "tst_embed_oracle.moc"
