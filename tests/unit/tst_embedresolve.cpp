// Unit tests of //go:embed resolution: go's pattern matcher (rows after
// path/match_test.go), the pattern and name checks, and resolveEmbed on
// temporary trees (expected results worked out from cmd/go's resolveEmbed).
#include "load/embedresolve.h"
#include "load/pathglob.h"
#include "support/tempmodule.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace kiln;
using namespace kiln::load;

Q_DECLARE_METATYPE(kiln::load::GlobMatch)
Q_DECLARE_METATYPE(kiln::load::PatternCheck)

namespace
{

} // namespace

class TestEmbedResolve : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void match_data();
    void match();
    void quoteGlob();
    void validGlob_data();
    void validGlob();
    void badName_data();
    void badName();
    void resolve_data();
    void resolve();
    void perPattern();
    void followSymlinks();
    void metaCharsInPkgDir();
};

void TestEmbedResolve::match_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<PatternCheck>("check");
    QTest::addColumn<GlobMatch>("want");
    const auto W = PatternCheck::Whole;
    const auto U = PatternCheck::UpToMismatch;
    const auto Y = GlobMatch::Match;
    const auto N = GlobMatch::NoMatch;
    const auto B = GlobMatch::BadPattern;
    struct Row {
        const char *pattern, *name;
        PatternCheck check;
        GlobMatch want;
    };
    const Row rows[] = {
        {"abc", "abc", W, Y},
        {"*", "abc", W, Y},
        {"*c", "abc", W, Y},
        {"a*", "a", W, Y},
        {"a*", "abc", W, Y},
        {"a*", "ab/c", W, N},
        {"a*/b", "abc/b", W, Y},
        {"a*/b", "a/c/b", W, N},
        {"a*b*c*d*e*/f", "axbxcxdxe/f", W, Y},
        {"a*b*c*d*e*/f", "axbxcxdxexxx/f", W, Y},
        {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f", W, N},
        {"a*b*c*d*e*/f", "axbxcxdxexxx/fff", W, N},
        {"a*b?c*x", "abxbbxdbxebxczzx", W, Y},
        {"a*b?c*x", "abxbbxdbxebxczzy", W, N},
        {"ab[c]", "abc", W, Y},
        {"ab[b-d]", "abc", W, Y},
        {"ab[e-g]", "abc", W, N},
        {"ab[^c]", "abc", W, N},
        {"ab[^b-d]", "abc", W, N},
        {"ab[^e-g]", "abc", W, Y},
        {"a\\*b", "a*b", W, Y},
        {"a\\*b", "ab", W, N},
        {"a?b", "a☺b", W, Y},
        {"a[^a]b", "a☺b", W, Y},
        {"a???b", "a☺b", W, N},
        {"a[^a][^a][^a]b", "a☺b", W, N},
        {"[a-ζ]*", "α", W, Y},
        {"*[a-ζ]", "A", W, N},
        {"a?b", "a/b", W, N},
        {"a*b", "a/b", W, N},
        {"[\\]a]", "]", W, Y},
        {"[\\-]", "-", W, Y},
        {"[x\\-]", "x", W, Y},
        {"[x\\-]", "-", W, Y},
        {"[x\\-]", "z", W, N},
        {"[\\-x]", "x", W, Y},
        {"[\\-x]", "-", W, Y},
        {"[\\-x]", "a", W, N},
        {"[]a]", "]", W, B},
        {"[-]", "-", W, B},
        {"[x-]", "x", W, B},
        {"[x-]", "-", W, B},
        {"[x-]", "z", W, B},
        {"[-x]", "x", W, B},
        {"[-x]", "-", W, B},
        {"[-x]", "a", W, B},
        {"\\", "a", W, B},
        {"[a-b-c]", "a", W, B},
        {"[", "a", W, B},
        {"[^", "a", W, B},
        {"[^bc", "a", W, B},
        {"a[", "a", W, B},
        {"a[", "ab", W, B},
        {"a[", "x", W, B},
        {"a[", "x", U, B},
        {"a*b[", "x", U, N},
        {"a*b[", "x", W, B},
        {"*x", "xxx", W, Y},
        {"x*[", "y", U, N},
        {"x*[", "y", W, B},
        {"", "", W, Y},
        {"", "a", W, N},
    };
    for (const Row &r : rows)
        QTest::addRow("%s ~ %s%s", r.pattern, r.name, r.check == U ? " (filepath)" : "")
            << QString::fromUtf8(r.pattern) << QString::fromUtf8(r.name) << r.check << r.want;
}

void TestEmbedResolve::match()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(PatternCheck, check);
    QFETCH(GlobMatch, want);
    QCOMPARE(globMatch(pattern.toUtf8(), name.toUtf8(), check), want);
}

void TestEmbedResolve::quoteGlob()
{
    QCOMPARE(kiln::load::quoteGlob("/a/b"), QByteArray("/a/b"));
    QCOMPARE(kiln::load::quoteGlob("/a[1]/*?\\"), QByteArray("/a\\[1\\]/\\*\\?\\"));
}

void TestEmbedResolve::validGlob_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<bool>("valid");
    QTest::newRow("file") << "a.txt" << true;
    QTest::newRow("nested glob") << "d/*.txt" << true;
    QTest::newRow("escape") << "\\*" << true;
    QTest::newRow("class") << "[a-z]*" << true;
    QTest::newRow("dot") << "." << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("dotdot") << "../x" << false;
    QTest::newRow("inner dotdot") << "a/../b" << false;
    QTest::newRow("inner dot") << "a/./b" << false;
    QTest::newRow("absolute") << "/abs" << false;
    QTest::newRow("double slash") << "a//b" << false;
    QTest::newRow("trailing slash") << "a/" << false;
    QTest::newRow("bad class") << "x[" << false;
    QTest::newRow("bad class after star") << "*[" << false;
    QTest::newRow("trailing backslash") << "a\\" << false;
}

void TestEmbedResolve::validGlob()
{
    QFETCH(QString, glob);
    QFETCH(bool, valid);
    QCOMPARE(isValidEmbedGlob(glob), valid);
}

void TestEmbedResolve::badName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("bad");
    QTest::newRow("plain") << "a.txt" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("punct") << "!#$%&()+,-.=@[]^_{}~" << false;
    QTest::newRow("letter") << "é.txt" << false;
    QTest::newRow("tilde digits") << "x~1" << false;
    QTest::newRow("leading dash") << "-a" << false;
    QTest::newRow("hidden") << ".hidden" << false;
    QTest::newRow("COM10") << "COM10" << false;
    QTest::newRow(".git") << ".git" << true;
    QTest::newRow(".hg") << ".hg" << true;
    QTest::newRow(".svn") << ".svn" << true;
    QTest::newRow(".bzr") << ".bzr" << true;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("dots") << "..." << true;
    QTest::newRow("trailing dot") << "a." << true;
    QTest::newRow("colon") << "a:b" << true;
    QTest::newRow("quote") << "a\"b" << true;
    QTest::newRow("apostrophe") << "it's" << true;
    QTest::newRow("star") << "a*b" << true;
    QTest::newRow("backquote") << "a`b" << true;
    QTest::newRow("backslash") << "a\\b" << true;
    QTest::newRow("CON") << "CON" << true;
    QTest::newRow("con.txt") << "con.txt" << true;
    QTest::newRow("Aux.tar.gz") << "Aux.tar.gz" << true;
    QTest::newRow("lpt9") << "lpt9" << true;
    QTest::newRow("symbol") << "a☺" << true;
    QTest::newRow("control") << "a\tb" << true;
}

void TestEmbedResolve::badName()
{
    QFETCH(QString, name);
    QFETCH(bool, bad);
    QCOMPARE(isBadEmbedName(name), bad);
}

void TestEmbedResolve::resolve_data()
{
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("error");
    using L = QStringList;
    QTest::newRow("one file") << L{"a.txt"} << L{"a.txt"} << L{"a.txt"} << QString();
    QTest::newRow("glob") << L{"a.txt", "b.txt", "c.md"} << L{"*.txt"} << L{"a.txt", "b.txt"}
                          << QString();
    QTest::newRow("question and class")
        << L{"x1.txt", "x2.txt", "xa.txt", "y1.txt"} << L{"x?.txt", "[a-x][0-9].txt"}
        << L{"x1.txt", "x2.txt", "xa.txt"} << QString();
    QTest::newRow("negated class")
        << L{"a1", "b1", "c1"} << L{"[^a]1"} << L{"b1", "c1"} << QString();
    QTest::newRow("escaped class") << L{"a[b]", "ab"} << L{"a\\[b\\]"} << L{"a[b]"} << QString();
    QTest::newRow("class") << L{"a[b]", "ab"} << L{"a[b]"} << L{"ab"} << QString();
    QTest::newRow("directory skips hidden")
        << L{"d/a.txt", "d/.h", "d/_u", "d/.hd/x", "d/sub/b.txt"} << L{"d"}
        << L{"d/a.txt", "d/sub/b.txt"} << QString();
    QTest::newRow("all: keeps hidden") << L{"d/a.txt", "d/.h", "d/_u", "d/.hd/x"} << L{"all:d"}
                                       << L{"d/.h", "d/.hd/x", "d/_u", "d/a.txt"} << QString();
    QTest::newRow("explicit hidden file")
        << L{".h", "_u"} << L{".h", "_u"} << L{".h", "_u"} << QString();
    QTest::newRow("star matches hidden") << L{".h", "a"} << L{"*"} << L{".h", "a"} << QString();
    QTest::newRow("nested module skipped")
        << L{"d/a.txt", "d/m/go.mod", "d/m/x.txt"} << L{"d"} << L{"d/a.txt"} << QString();
    QTest::newRow("nested module named")
        << L{"m/go.mod", "m/x.txt"} << L{"m/x.txt"} << L{}
        << "pattern m/x.txt: cannot embed file m/x.txt: in different module";
    QTest::newRow("nested module dir")
        << L{"m/go.mod"} << L{"m"} << L{}
        << "pattern m: cannot embed directory m: in different module";
    QTest::newRow("no match") << L{"a.txt"} << L{"b.txt"} << L{}
                              << "pattern b.txt: no matching files found";
    QTest::newRow("glob no match")
        << L{"a.txt"} << L{"*.md"} << L{} << "pattern *.md: no matching files found";
    QTest::newRow("empty dir")
        << L{"e/"} << L{"e"} << L{}
        << "pattern e: cannot embed directory e: contains no embeddable files";
    QTest::newRow("only hidden")
        << L{"e/.h"} << L{"e"} << L{}
        << "pattern e: cannot embed directory e: contains no embeddable files";
    QTest::newRow("invalid dotdot")
        << L{"a"} << L{"../x"} << L{} << "pattern ../x: invalid pattern syntax";
    QTest::newRow("invalid abs") << L{"a"} << L{"/abs"} << L{}
                                 << "pattern /abs: invalid pattern syntax";
    QTest::newRow("invalid all:") << L{"a"} << L{"all:"} << L{}
                                  << "pattern all:: invalid pattern syntax";
    QTest::newRow("invalid dot") << L{"a"} << L{"."} << L{} << "pattern .: invalid pattern syntax";
    QTest::newRow("invalid class")
        << L{"a"} << L{"a["} << L{} << "pattern a[: invalid pattern syntax";
    QTest::newRow("first error wins")
        << L{"a"} << L{"a", "b", "../c"} << L{} << "pattern b: no matching files found";
    QTest::newRow(".git named") << L{".git/x"} << L{".git"} << L{}
                                << "pattern .git: cannot embed directory .git: invalid name .git";
    QTest::newRow("star hits .git") << L{".git/x", "a"} << L{"*"} << L{}
                                    << "pattern *: cannot embed directory .git: invalid name .git";
    QTest::newRow("in .git")
        << L{".git/x"} << L{".git/x"} << L{}
        << "pattern .git/x: cannot embed file .git/x: in invalid directory .git";
    QTest::newRow(".git inside dir skipped")
        << L{"d/.git/x", "d/a"} << L{"all:d"} << L{"d/a"} << QString();
    QTest::newRow("bad name inside dir") << L{"d/a:b", "d/c"} << L{"d"} << L{}
                                         << "pattern d: cannot embed file d/a:b: invalid name a:b";
    QTest::newRow("bad dir inside dir skipped")
        << L{"d/a:b/x", "d/c"} << L{"d"} << L{"d/c"} << QString();
    QTest::newRow("bad named file")
        << L{"a:b"} << L{"a:b"} << L{} << "pattern a:b: cannot embed file a:b: invalid name a:b";
    QTest::newRow("name with space") << L{"a b.txt"} << L{"a b.txt"} << L{"a b.txt"} << QString();
    QTest::newRow("symlink named") << L{"t.txt", "l.txt -> t.txt"} << L{"l.txt"} << L{}
                                   << "pattern l.txt: cannot embed irregular file l.txt";
    QTest::newRow("symlink in dir skipped")
        << L{"d/t.txt", "d/l.txt -> t.txt"} << L{"d"} << L{"d/t.txt"} << QString();
    QTest::newRow("through symlinked dir")
        << L{"real/a.txt", "ln -> real"} << L{"ln/a.txt"} << L{}
        << "pattern ln/a.txt: cannot embed file ln/a.txt: in non-directory ln";
    QTest::newRow("glob through symlinked dir")
        << L{"real/a.txt", "ln -> real"} << L{"ln/*.txt"} << L{}
        << "pattern ln/*.txt: cannot embed file ln/a.txt: in non-directory ln";
    QTest::newRow("glob over dirs") << L{"x/a.txt", "y/b.txt", "y/c.md"} << L{"*/*.txt"}
                                    << L{"x/a.txt", "y/b.txt"} << QString();
    QTest::newRow("dedup") << L{"d/a.txt", "d/b.txt"} << L{"d", "d/a.txt", "*/a.txt"}
                           << L{"d/a.txt", "d/b.txt"} << QString();
    QTest::newRow("byte order") << L{"B", "a", "é", "Z"} << L{"*"} << L{"B", "Z", "a", "é"}
                                << QString();
    QTest::newRow("go.mod as dir marks module")
        << L{"d/go.mod/", "d/x"} << L{"d/x"} << L{}
        << "pattern d/x: cannot embed file d/x: in different module";
}

void TestEmbedResolve::resolve()
{
    QFETCH(QStringList, tree);
    QFETCH(QStringList, patterns);
    QFETCH(QStringList, files);
    QFETCH(QString, error);
    test::TempModule m;
    m.populate(tree);
    const EmbedResolution r = resolveEmbed(m.path(), patterns);
    QCOMPARE(r.error ? r.error->toString() : QString(), error);
    QCOMPARE(r.files, files);
    if (r.error)
        QVERIFY(r.perPattern.isEmpty());
}

void TestEmbedResolve::perPattern()
{
    test::TempModule m;
    m.populate({"d/a.txt", "d/.h", "x.txt"});
    const EmbedResolution r = resolveEmbed(m.path(), {"all:d", "d", "x.txt", "*.txt"});
    QVERIFY(r.ok());
    QCOMPARE(r.perPattern.value("all:d"), (QStringList{"d/.h", "d/a.txt"}));
    QCOMPARE(r.perPattern.value("d"), QStringList{"d/a.txt"});
    QCOMPARE(r.perPattern.value("*.txt"), QStringList{"x.txt"});
    QCOMPARE(r.files, (QStringList{"d/.h", "d/a.txt", "x.txt"}));
}

void TestEmbedResolve::followSymlinks()
{
    test::TempModule m;
    m.populate({"t.txt", "d/", "l.txt -> t.txt", "ld -> d", "dangling -> nowhere"});
    const auto follow = EmbedSymlinks::FollowNamed;
    EmbedResolution r = resolveEmbed(m.path(), {"l.txt"}, follow);
    QVERIFY(r.ok());
    QCOMPARE(r.files, QStringList{"l.txt"});
    r = resolveEmbed(m.path(), {"ld"}, follow);
    QCOMPARE(r.error ? r.error->message : QString(), "cannot embed irregular file ld");
    r = resolveEmbed(m.path(), {"dangling"}, follow);
    QCOMPARE(r.error ? r.error->message : QString(),
             "stat " + m.filePath("dangling") + ": no such file or directory");
}

void TestEmbedResolve::metaCharsInPkgDir()
{
    test::TempModule m;
    m.populate({"p[1]*?/a.txt", "p[1]*?/b.md", "p1x/a.txt"});
    const EmbedResolution r = resolveEmbed(m.filePath("p[1]*?"), {"*.txt"});
    QVERIFY(r.ok());
    QCOMPARE(r.files, QStringList{"a.txt"});
}

QTEST_GUILESS_MAIN(TestEmbedResolve)
#include "tst_embedresolve.moc"
