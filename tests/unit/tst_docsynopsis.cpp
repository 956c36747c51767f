// Unit tests of the package Doc synopsis: ast.CommentGroup.Text and
// doc.Synopsis. The expected values were printed by go 1.25's go/ast and
// go/doc for the same inputs.
#include "load/docsynopsis.h"

#include <QtTest>

using namespace kiln::load;

class TestDocSynopsis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commentText_data();
    void commentText();
    void synopsis_data();
    void synopsis();
    void fromComments();
};

void TestDocSynopsis::commentText_data()
{
    QTest::addColumn<QStringList>("comments");
    QTest::addColumn<QString>("text");
    QTest::newRow("line comment") << QStringList{QStringLiteral(u"// Package a does x.")}
                                  << QStringLiteral(u"Package a does x.\n");
    QTest::newRow("go:build dropped")
        << QStringList{QStringLiteral(u"//go:build linux"), QStringLiteral(u"// Package a.")}
        << QStringLiteral(u"Package a.\n");
    QTest::newRow("space keeps directive")
        << QStringList{QStringLiteral(u"// go:build x")} << QStringLiteral(u"go:build x\n");
    QTest::newRow("line directive")
        << QStringList{QStringLiteral(u"//line foo.go:1"), QStringLiteral(u"// x")}
        << QStringLiteral(u"x\n");
    QTest::newRow("export extern")
        << QStringList{QStringLiteral(u"//export F"), QStringLiteral(u"//extern g"),
                       QStringLiteral(u"// y")}
        << QStringLiteral(u"y\n");
    QTest::newRow("nolint directive, TODO kept")
        << QStringList{QStringLiteral(u"//nolint:errcheck"), QStringLiteral(u"//TODO: x")}
        << QStringLiteral(u"TODO: x\n");
    QTest::newRow("url not directive")
        << QStringList{QStringLiteral(u"//http://x")} << QStringLiteral(u"http://x\n");
    QTest::newRow("block comment")
        << QStringList{QStringLiteral(u"/*\n Package a\n\n\n does x.\n*/")}
        << QStringLiteral(u" Package a\n\n does x.\n");
    QTest::newRow("blank runs") << QStringList{QStringLiteral(u"// a"), QStringLiteral(u"//"),
                                               QStringLiteral(u"//"), QStringLiteral(u"// b"),
                                               QStringLiteral(u"//")}
                                << QStringLiteral(u"a\n\nb\n");
    QTest::newRow("cr") << QStringList{QStringLiteral(u"// a\r")} << QStringLiteral(u"a\n");
    QTest::newRow("block cr") << QStringList{QStringLiteral(u"/* a\r\n b */")}
                              << QStringLiteral(u" a\n b\n");
    QTest::newRow("tab kept") << QStringList{QStringLiteral(u"//\tx")} << QStringLiteral(u"\tx\n");
    QTest::newRow("only directives")
        << QStringList{QStringLiteral(u"//go:generate x"), QStringLiteral(u"//go:embed y")}
        << QStringLiteral(u"");
    QTest::newRow("empty block") << QStringList{QStringLiteral(u"/**/")} << QStringLiteral(u"");
    QTest::newRow("leading blank")
        << QStringList{QStringLiteral(u"//"), QStringLiteral(u"// a")} << QStringLiteral(u"a\n");
    QTest::newRow("mixed") << QStringList{QStringLiteral(u"/* one */"),
                                          QStringLiteral(u"// two  \t")}
                           << QStringLiteral(u" one\ntwo\n");
    QTest::newRow("star cr slash")
        << QStringList{QStringLiteral(u"/* a *\r/ b */")} << QStringLiteral(u" a *\r/ b\n");
    QTest::newRow("colon at end") << QStringList{QStringLiteral(u"//a:"), QStringLiteral(u"//a:b")}
                                  << QStringLiteral(u"a:\n");
}

void TestDocSynopsis::commentText()
{
    QFETCH(QStringList, comments);
    QFETCH(QString, text);
    QCOMPARE(commentGroupText(comments), text);
}

void TestDocSynopsis::synopsis_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("synopsis");
    QTest::newRow("fmt")
        << QStringLiteral(
               u"Package fmt implements formatted I/O with functions analogous\nto C's printf and "
               u"scanf.  The format 'verbs' are derived from C's but\nare simpler.\n")
        << QStringLiteral(u"Package fmt implements formatted I/O with functions analogous to C's "
                          u"printf and scanf.");
    QTest::newRow("single capital") << QStringLiteral(u"Package x is U.S. based. More.")
                                    << QStringLiteral(u"Package x is U.S. based.");
    QTest::newRow("paragraph break")
        << QStringLiteral(u"Package a\n\nMore text.") << QStringLiteral(u"Package a");
    QTest::newRow("copyright") << QStringLiteral(u"Copyright 2009 The Go Authors.")
                               << QStringLiteral(u"");
    QTest::newRow("author upper") << QStringLiteral(u"AUTHOR: me") << QStringLiteral(u"");
    QTest::newRow("all rights") << QStringLiteral(u"All Rights Reserved. Package x.")
                                << QStringLiteral(u"");
    QTest::newRow("indented copyright")
        << QStringLiteral(u"  Copyright x") << QStringLiteral(u"Copyright x");
    QTest::newRow("dotted capital I") << QStringLiteral(u"COPYR\u0130GHT x") << QStringLiteral(u"");
    QTest::newRow("code first") << QStringLiteral(u"\tcode here\n\nPackage x.")
                                << QStringLiteral(u"");
    QTest::newRow("heading first") << QStringLiteral(u"# Heading\n\nText.") << QStringLiteral(u"");
    QTest::newRow("doc links")
        << QStringLiteral(
               u"Package x uses [io.Reader] and [encoding/json] and [Foo] and [json.Marshal].\n")
        << QStringLiteral(
               u"Package x uses io.Reader and encoding/json and [Foo] and [json.Marshal].");
    QTest::newRow("quotes") << QStringLiteral(u"Package x uses ``quotes'' well.")
                            << QStringLiteral(u"Package x uses \u201cquotes\u201d well.");
    QTest::newRow("url keeps quotes")
        << QStringLiteral(u"Package x: see http://example.com/a''b for ''more''.")
        << QStringLiteral(u"Package x: see http://example.com/a''b for \u201dmore\u201d.");
    QTest::newRow("link def used later")
        << QStringLiteral(u"Package x\n\n[spec]: https://go.dev/ref/spec\n\nsee [spec]")
        << QStringLiteral(u"Package x\n\n[spec]: https://go.dev/ref/spec");
    QTest::newRow("ideographic stop") << QStringLiteral(u"Package \u4e2d\u6587\u3002More")
                                      << QStringLiteral(u"Package \u4e2d\u6587\u3002");
    QTest::newRow("fullwidth stop")
        << QStringLiteral(u"Package x\uff0eMore") << QStringLiteral(u"Package x\uff0e");
    QTest::newRow("unindented list lines")
        << QStringLiteral(u"- item one\n- item two") << QStringLiteral(u"- item one - item two");
    QTest::newRow("indented list after")
        << QStringLiteral(u"Package x\n  - a\n  - b") << QStringLiteral(u"Package x");
    QTest::newRow("misindented code")
        << QStringLiteral(u"Package x {\n\tcode") << QStringLiteral(u"");
    QTest::newRow("fields") << QStringLiteral(u"Tabs\tand  spaces\u00a0here.")
                            << QStringLiteral(u"Tabs and spaces here.");
    QTest::newRow("link def") << QStringLiteral(u"Link [text] here\n\n[text]: http://x.com")
                              << QStringLiteral(u"Link text here\n\n[text]: http://x.com");
    QTest::newRow("period space") << QStringLiteral(u"Package x. Y")
                                  << QStringLiteral(u"Package x.");
    QTest::newRow("period tab") << QStringLiteral(u"Package x.\tNext")
                                << QStringLiteral(u"Package x.");
    QTest::newRow("single capital not end")
        << QStringLiteral(u"Package A. B") << QStringLiteral(u"Package A. B");
    QTest::newRow("method doc link") << QStringLiteral(u"Package x see [os.File.Close] method.")
                                     << QStringLiteral(u"Package x see os.File.Close method.");
    QTest::newRow("link bounds") << QStringLiteral(u"x[io] and [io]x and ([io]).")
                                 << QStringLiteral(u"x[io] and [io]x and (io).");
    QTest::newRow("empty") << QStringLiteral(u"") << QStringLiteral(u"");
    QTest::newRow("blank") << QStringLiteral(u"\n\n") << QStringLiteral(u"");
    QTest::newRow("author") << QStringLiteral(u"Author unknown.") << QStringLiteral(u"");
    QTest::newRow("triple backquotes")
        << QStringLiteral(u"Package x ```raw`` text``` and ``a''.")
        << QStringLiteral(u"Package x ```raw\u201c text``` and \u201ca\u201d.");
    QTest::newRow("code after") << QStringLiteral(u"Package strings\n\n\tcode\n")
                                << QStringLiteral(u"Package strings");
    QTest::newRow("common indent") << QStringLiteral(u"  Package indented\n  two lines.")
                                   << QStringLiteral(u"Package indented two lines.");
    QTest::newRow("indented continuation")
        << QStringLiteral(u"Package x\n    indented continuation. More")
        << QStringLiteral(u"Package x");
    QTest::newRow("list after colon")
        << QStringLiteral(u"Package x:\n\n  - a\n  - b\n") << QStringLiteral(u"Package x:");
    QTest::newRow("numbered list")
        << QStringLiteral(u"1. first\n2. second\n") << QStringLiteral(u"1.");
    QTest::newRow("star and dotted links")
        << QStringLiteral(u"Package [*io.Reader] and [crypto/tls.Config.Clone].")
        << QStringLiteral(u"Package *io.Reader and crypto/tls.Config.Clone.");
    QTest::newRow("link text across lines")
        << QStringLiteral(u"Package x [a\nb] y\n\n[a b]: http://ab")
        << QStringLiteral(u"Package x a b y\n\n[a b]: http://ab");
    QTest::newRow("e.g.") << QStringLiteral(u"Package e.g. this. Done")
                          << QStringLiteral(u"Package e.g.");
    QTest::newRow("brackets in word")
        << QStringLiteral(u"Package a[b]c [io]") << QStringLiteral(u"Package a[b]c io");
    QTest::newRow("url first") << QStringLiteral(u"https://go.dev is the home. More")
                               << QStringLiteral(u"https://go.dev is the home.");
    QTest::newRow("nbsp not space")
        << QStringLiteral(u"Package\u00a0nbsp.\u00a0Next") << QStringLiteral(u"Package nbsp. Next");
    QTest::newRow("quotes around url")
        << QStringLiteral(u"Package x; see ``http://x.com/``.")
        << QStringLiteral(u"Package x; see \u201chttp://x.com/\u201c.");
}

void TestDocSynopsis::synopsis()
{
    QFETCH(QString, text);
    QFETCH(QString, synopsis);
    QCOMPARE(docSynopsis(text), synopsis);
}

// The two together, as go/build applies them to a package comment.
void TestDocSynopsis::fromComments()
{
    const QStringList comments = {QStringLiteral("//go:build !windows"),
                                  QStringLiteral("// Package os provides a platform-independent"),
                                  QStringLiteral("// interface to operating system functionality."),
                                  QStringLiteral("// The design is Unix-like.")};
    QCOMPARE(docSynopsis(commentGroupText(comments)),
             QStringLiteral("Package os provides a platform-independent interface to operating "
                            "system functionality."));
}

QTEST_GUILESS_MAIN(TestDocSynopsis)
#include "tst_docsynopsis.moc"
