// Unit tests of the header-only reader of Go files: package clause, imports
// with positions, //go:embed patterns, directives, the cgo preamble and
// #cgo lines, and go's errors for malformed, binary and non-UTF-8 input.
// Expected values are what go/build (go 1.25) reports for the same bytes.
#include "load/gofileheader.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace kiln::load;

namespace
{

QString pos(const GoPos &p)
{
    return QStringLiteral("%1:%2:%3").arg(p.file).arg(p.line).arg(p.column);
}

// The same summary the expected rows were generated with from go/build:
// imports and embeds sorted by path, then by position.
QString summary(const GoFileHeader &h)
{
    QStringList imports;
    for (const GoImport &imp : h.imports)
        imports.append(imp.path + QLatin1Char('@') + pos(imp.pos));
    QStringList embeds;
    for (const GoEmbed &e : h.embeds)
        embeds.append(e.pattern + QLatin1Char('@') + pos(e.pos));
    imports.sort();
    embeds.sort();
    QStringList dirs;
    for (const GoDirective &d : h.directives)
        dirs.append(QStringLiteral("%1@%2:%3").arg(d.text).arg(d.pos.line).arg(d.pos.column));
    QString err;
    if (h.readError) {
        err = h.readError->toString();
    } else if (!h.parseErrors.isEmpty()) {
        err = h.parseErrors.first().toString();
        if (h.parseErrors.size() > 1)
            err += QStringLiteral(" (and %1 more errors)").arg(h.parseErrors.size() - 1);
    }
    return QStringLiteral("pkg=%1 imports=%2 embeds=%3 dirs=%4 err=%5")
        .arg(h.packageName, imports.join(QLatin1Char(' ')), embeds.join(QLatin1Char(' ')),
             dirs.join(QLatin1Char(' ')), err);
}

BuildContext linuxAmd64()
{
    TargetConfig t;
    t.goos = QStringLiteral("linux");
    t.goarch = QStringLiteral("amd64");
    t.cgo = Cgo::Enabled;
    return *makeBuildContext(t);
}

} // namespace

class TestGoFileHeader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void header_data();
    void header();
    void headerEnd_data();
    void headerEnd();
    void importDetails();
    void cgoPreamble_data();
    void cgoPreamble();
    void applyCgo_data();
    void applyCgo();
    void parseCgo();
    void leadingComments_data();
    void leadingComments();
    void randomBytesNeverCrash();
    void truncationsNeverCrash();
};

void TestGoFileHeader::header_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("want");
    QTest::newRow("minimal") << QByteArray("package p\n", 10)
                             << QString::fromUtf8("pkg=p imports= embeds= dirs= err=");
    QTest::newRow("imports")
        << QByteArray("package p\n\nimport (\n\t\"fmt\"\n\tx \"os\"\n\t. \"strings\"\n\t_ "
                      "\"embed\"\n)\n\nimport \"io\"\n\nfunc f() {}\n",
                      87)
        << QString::fromUtf8("pkg=p imports=embed@a.go:7:2 fmt@a.go:4:2 io@a.go:10:8 os@a.go:5:2 "
                             "strings@a.go:6:2 embeds= dirs= err=");
    QTest::newRow("semicolons")
        << QByteArray("package p; import \"a\"; import (\"b\"; \"c\")", 40)
        << QString::fromUtf8(
               "pkg=p imports=a@a.go:1:19 b@a.go:1:32 c@a.go:1:37 embeds= dirs= err=");
    QTest::newRow("raw string import")
        << QByteArray("package p\nimport `a/b`\n", 23)
        << QString::fromUtf8("pkg=p imports=a/b@a.go:2:8 embeds= dirs= err=");
    QTest::newRow("bom") << QByteArray("\xef"
                                       "\xbb"
                                       "\xbf"
                                       "package p\nimport ( x \"fmt\"; . \"os\" )\n",
                                       40)
                         << QString::fromUtf8(
                                "pkg=p imports=fmt@a.go:2:10 os@a.go:2:19 embeds= dirs= err=");
    QTest::newRow("crlf") << QByteArray("package p\r\n\r\nimport (\r\n\t\"fmt\"\r\n)\r\n", 34)
                          << QString::fromUtf8("pkg=p imports=fmt@a.go:4:2 embeds= dirs= err=");
    QTest::newRow("stops after imports")
        << QByteArray("package p\nimport \"a\" \"b\"\n", 25)
        << QString::fromUtf8("pkg=p imports=a@a.go:2:8 embeds= dirs= err=");
    QTest::newRow("doc comment and directives")
        << QByteArray("// Copyright\n\n//go:build linux\n\n// Package p does.\n//go:generate "
                      "x\npackage p\n\n//go:linkname y\nimport \"a\"\n",
                      105)
        << QString::fromUtf8("pkg=p imports=a@a.go:10:8 embeds= dirs=//go:build linux@3:1 "
                             "//go:generate x@6:1 err=");
    QTest::newRow("embed")
        << QByteArray("package p\n\nimport (\n\t\"embed\"\n)\n\n//go:embed a.txt \"b c.txt\" "
                      "`d`\nvar x embed.FS\n\n//go:embed\xc3"
                      "\xa9"
                      " no\n//go:embed\te*.txt\n  //go:embed f.txt\nvar s = \"//go:embed g\"\n/* "
                      "//go:embed h */\n",
                      174)
        << QString::fromUtf8(
               "pkg=p imports=embed@a.go:4:2 embeds=a.txt@a.go:7:12 b c.txt@a.go:7:18 d@a.go:7:28 "
               "e*.txt@a.go:11:12 f.txt@a.go:12:14 dirs= err=");
    QTest::newRow("embed without import")
        << QByteArray("package p\n\n//go:embed a.txt\nvar x string\n", 41)
        << QString::fromUtf8("pkg=p imports= embeds= dirs= err=");
    QTest::newRow("embed bad quoting skipped")
        << QByteArray("package p\nimport _ \"embed\"\n//go:embed \"a\n//go:embed `b\n//go:embed "
                      "\"c\"d\n//go:embed ok\n",
                      85)
        << QString::fromUtf8("pkg=p imports=embed@a.go:2:8 embeds= dirs= err=");
    QTest::newRow("embed before imports found")
        << QByteArray("package p\n//go:embed early\nimport _ \"embed\"\nvar x int\n", 54)
        << QString::fromUtf8("pkg=p imports=embed@a.go:3:8 embeds=early@a.go:2:12 dirs= err=");
    QTest::newRow("embed at eof") << QByteArray("package p\nimport _ \"embed\"", 26)
                                  << QString::fromUtf8(
                                         "pkg=p imports=embed@a.go:2:8 embeds= dirs= err=");
    QTest::newRow("empty")
        << QByteArray("", 0)
        << QString::fromUtf8(
               "pkg= imports= embeds= dirs= err=a.go:1:1: expected 'package', found 'EOF'");
    QTest::newRow("no package")
        << QByteArray("import \"fmt\"\n", 13)
        << QString::fromUtf8(
               "pkg= imports= embeds= dirs= err=a.go:1:1: expected 'package', found 'import'");
    QTest::newRow("garbage") << QByteArray("garbage \xff"
                                           "\xfe"
                                           "\n",
                                           11)
                             << QString::fromUtf8(
                                    "pkg= imports= embeds= dirs= err=a.go:1:1: expected 'package', "
                                    "found garbage (and 4 more errors)");
    QTest::newRow("nul")
        << QByteArray("package p\x00"
                      "",
                      10)
        << QString::fromUtf8("pkg= imports= embeds= dirs= err=read a.go: unexpected NUL in input");
    QTest::newRow("nul after imports")
        << QByteArray("package p\nimport \"a\"\nvar x = \"\x00"
                      "\"\n",
                      33)
        << QString::fromUtf8("pkg=p imports=a@a.go:2:8 embeds= dirs= err=");
    QTest::newRow("binary elf")
        << QByteArray("\x7f"
                      "ELF\x02"
                      "\x01"
                      "\x01"
                      "\x00"
                      "",
                      8)
        << QString::fromUtf8("pkg= imports= embeds= dirs= err=read a.go: unexpected NUL in input");
    QTest::newRow("utf16")
        << QByteArray("\xff"
                      "\xfe"
                      "p\x00"
                      "a\x00"
                      "",
                      6)
        << QString::fromUtf8("pkg= imports= embeds= dirs= err=read a.go: unexpected NUL in input");
    QTest::newRow("invalid utf8 in comment")
        << QByteArray("// caf\xe9"
                      "\npackage p\n",
                      18)
        << QString::fromUtf8("pkg= imports= embeds= dirs= err=a.go:1:7: illegal UTF-8 encoding");
    QTest::newRow("invalid utf8 in path")
        << QByteArray("package p\nimport \"a\xff"
                      "b\"\n",
                      23)
        << QString::fromUtf8("pkg=p imports= embeds= dirs= err=a.go:2:10: illegal UTF-8 encoding");
    QTest::newRow("invalid import path")
        << QByteArray("package p\nimport \"a b\"\n", 23)
        << QString::fromUtf8("pkg=p imports= embeds= dirs= err=a.go:2:8: invalid import path: a b");
    QTest::newRow("empty import path")
        << QByteArray("package p\nimport x \"\"\n", 22)
        << QString::fromUtf8("pkg=p imports= embeds= dirs= err=a.go:2:8: invalid import path: ");
    QTest::newRow("bad escape")
        << QByteArray("package p\nimport \"a\\qb\"\n", 24)
        << QString::fromUtf8("pkg=p imports= embeds= dirs= err=a.go:2:11: unknown escape sequence");
    QTest::newRow("unterminated string")
        << QByteArray("package p\nimport \"abc\n", 22)
        << QString::fromUtf8(
               "pkg=p imports= embeds= dirs= err=a.go:2:8: string literal not terminated");
    QTest::newRow("unterminated comment")
        << QByteArray("package p\n/* x", 14)
        << QString::fromUtf8("pkg= imports= embeds= dirs= err=a.go:2:1: comment not terminated");
    QTest::newRow("missing package name")
        << QByteArray("package\n", 8)
        << QString::fromUtf8(
               "pkg= imports= embeds= dirs= err=a.go:1:9: expected 'IDENT', found 'EOF'");
    QTest::newRow("package keyword only at eof")
        << QByteArray("package", 7)
        << QString::fromUtf8(
               "pkg= imports= embeds= dirs= err=a.go:1:8: expected 'IDENT', found 'EOF'");
    QTest::newRow("missing import path")
        << QByteArray("package p\nimport x\n", 19)
        << QString::fromUtf8("pkg=p imports= embeds= dirs= err=a.go:2:9: missing import path");
    QTest::newRow("import number")
        << QByteArray("package p\nimport 42\n", 20)
        << QString::fromUtf8(
               "pkg=p imports= embeds= dirs= err=a.go:2:8: import path must be a string");
    QTest::newRow("unclosed import block")
        << QByteArray("package p\nimport (\n\t\"a\"\n", 24)
        << QString::fromUtf8(
               "pkg=p imports= embeds= dirs= err=a.go:3:6: expected ')', found 'EOF'");
    QTest::newRow("curly quotes")
        << QByteArray("package p\nimport \xe2"
                      "\x80"
                      "\x9c"
                      "fmt\xe2"
                      "\x80"
                      "\x9d"
                      "\n",
                      27)
        << QString::fromUtf8("pkg=p imports= embeds= dirs= err=a.go:2:8: curly quotation mark '\xe2"
                             "\x80"
                             "\x9c"
                             "' (use neutral '\"') (and 1 more errors)");
    QTest::newRow("line directive")
        << QByteArray(
               "// Code generated by goyacc. DO NOT EDIT.\n\n//line expr.y:40\npackage "
               "main\n\nimport __yyfmt__ \"fmt\"\n\n//line expr.y:44\nimport (\n\t\"bytes\"\n)\n",
               135)
        << QString::fromUtf8(
               "pkg=main imports=bytes@expr.y:45:0 fmt@expr.y:42:0 embeds= dirs= err=");
    QTest::newRow("line directive error")
        << QByteArray("package p\n//line :x\nimport (\n\t\"a\" +\n)\n", 38)
        << QString::fromUtf8("pkg= imports= embeds= dirs= err=a.go:2:9: invalid line number: x");
    QTest::newRow("cgo preamble")
        << QByteArray("package p\n\n/*\n#cgo CFLAGS: -DX=1\n#cgo linux LDFLAGS: -lm\n#include "
                      "<stdio.h>\n*/\nimport \"C\"\n",
                      90)
        << QString::fromUtf8("pkg=p imports=C@a.go:8:8 embeds= dirs= err=");
    QTest::newRow("cgo doc of group")
        << QByteArray("package p\n\n// #include <a.h>\nimport (\n\t// #include "
                      "<b.h>\n\t\"C\"\n\t\"fmt\"\n)\n",
                      71)
        << QString::fromUtf8("pkg=p imports=C@a.go:6:2 fmt@a.go:7:2 embeds= dirs= err=");
    QTest::newRow("cgo doc not adjacent")
        << QByteArray("package p\n\n// #include <a.h>\n\nimport \"C\"\n", 41)
        << QString::fromUtf8("pkg=p imports=C@a.go:5:8 embeds= dirs= err=");
}

void TestGoFileHeader::header()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, want);
    QCOMPARE(summary(readGoFileHeader(QStringLiteral("a.go"), data)), want);
}

void TestGoFileHeader::headerEnd_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("end");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("clean") << QByteArray("package p\nimport \"a\"\nfunc f() {}\n")
                           << int(HeaderEnd::Clean) << QByteArray("package p\nimport \"a\"\n");
    QTest::newRow("eof") << QByteArray("package p\nimport \"a\"\n") << int(HeaderEnd::EndOfFile)
                         << QByteArray("package p\nimport \"a\"\n");
    QTest::newRow("comments kept")
        << QByteArray("// c\npackage p // x\n/* y */ var v int\n") << int(HeaderEnd::Clean)
        << QByteArray("// c\npackage p // x\n/* y */ ");
    QTest::newRow("syntax error reads all")
        << QByteArray("package p\nimport (\n\tx\n)\nfunc f() {}\n") << int(HeaderEnd::SyntaxError)
        << QByteArray("package p\nimport (\n\tx\n)\nfunc f() {}\n");
    QTest::newRow("nul") << QByteArray("package \0p", 10) << int(HeaderEnd::ReadError)
                         << QByteArray("package \0", 9);
    QTest::newRow("bom dropped") << QByteArray("\xef\xbb\xbfpackage p\n")
                                 << int(HeaderEnd::EndOfFile) << QByteArray("package p\n");
}

void TestGoFileHeader::headerEnd()
{
    QFETCH(QByteArray, data);
    QFETCH(int, end);
    QFETCH(QByteArray, header);
    const GoFileHeader h = readGoFileHeader(QStringLiteral("a.go"), data);
    QCOMPARE(int(h.end), end);
    QCOMPARE(h.header, header);
}

void TestGoFileHeader::importDetails()
{
    const GoFileHeader h = readGoFileHeader(
        QStringLiteral("/src/a.go"),
        "package p\n\nimport (\n\tx \"fmt\"\n\t. \"os\"\n\t_ \"embed\"\n\t\"C\"\n)\n");
    QVERIFY(h.ok());
    QCOMPARE(h.packageName, QStringLiteral("p"));
    QCOMPARE(h.packagePos, (GoPos{QStringLiteral("/src/a.go"), 1, 9}));
    QCOMPARE(h.imports.size(), 4);
    QCOMPARE(h.imports[0].name, QStringLiteral("x"));
    QCOMPARE(h.imports[0].pos, (GoPos{QStringLiteral("/src/a.go"), 4, 2})); // the name's position
    QCOMPARE(h.imports[1].name, QStringLiteral("."));
    QCOMPARE(h.imports[2].name, QStringLiteral("_"));
    QVERIFY(h.imports[3].isCgo());
    QVERIFY(h.importsC());
    QVERIFY(h.importsEmbed());
}

void TestGoFileHeader::cgoPreamble_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("preamble");
    QTest::newRow("block comment")
        << QByteArray(
               "package p\n\n/*\n#cgo CFLAGS: -DX=1\n#include <stdio.h>   \n*/\nimport \"C\"\n")
        << "#cgo CFLAGS: -DX=1\n#include <stdio.h>\n";
    QTest::newRow("line comments")
        << QByteArray("package p\n\n// #include <a.h>\n//\n//\n//#define X "
                      "1\n//go:noinline\nimport \"C\"\n")
        << "#include <a.h>\n\n#define X 1\n";
    QTest::newRow("doc of the spec in a group")
        << QByteArray(
               "package p\n\n// outer\nimport (\n\t// #include <b.h>\n\t\"C\"\n\t\"fmt\"\n)\n")
        << "#include <b.h>\n";
    QTest::newRow("doc of a one-spec group")
        << QByteArray("package p\n\n// #include <a.h>\nimport (\n\t\"C\"\n)\n")
        << "#include <a.h>\n";
    QTest::newRow("blank line: no doc")
        << QByteArray("package p\n\n// #include <a.h>\n\nimport \"C\"\n") << QString();
    QTest::newRow("trailing comment is not a doc")
        << QByteArray("package p\nimport \"fmt\" // x\nimport \"C\"\n") << QString();
    QTest::newRow("two import C") << QByteArray(
                                         "package p\n// a\nimport \"C\"\n// b\nimport \"C\"\n")
                                  << "a\nb\n";
}

void TestGoFileHeader::cgoPreamble()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, preamble);
    const GoFileHeader h = readGoFileHeader(QStringLiteral("a.go"), data);
    QVERIFY(h.ok());
    QCOMPARE(h.cgoPreamble(), preamble);
}

void TestGoFileHeader::applyCgo_data()
{
    QTest::addColumn<QString>("preamble");
    QTest::addColumn<QString>("want");
    QTest::newRow("flags and paths")
        << QStringLiteral("#cgo CFLAGS: -DX=1 -I inc -Iinc2 -I/abs -I../up\n#cgo LDFLAGS: -L lib "
                          "-lm\n#cgo CPPFLAGS: -DY\n#cgo CXXFLAGS: -std=c++17\n#cgo FFLAGS: -O2")
        << QStringLiteral("c=-DX=1|-I|/d/inc|-I/d/inc2|-I/abs|-I/up cpp=-DY cxx=-std=c++17 f=-O2 "
                          "ld=-L|/d/lib|-lm pkg= err=");
    QTest::newRow("conditions")
        << QStringLiteral("#cgo linux,amd64 LDFLAGS: -lrt\n#cgo windows LDFLAGS: -lws2_32\n#cgo "
                          "linux windows CFLAGS: -DBOTH\n#cgo !cgo CFLAGS: -DNOCGO\n#cgo (linux && "
                          "amd64) || darwin CFLAGS: -DEXPR\n#cgo linux,!amd64 CFLAGS: -DNOT")
        << QStringLiteral("c=-DBOTH cpp= cxx= f= ld=-lrt pkg= err=");
    QTest::newRow("pkg-config and quotes")
        << QStringLiteral(
               "#cgo pkg-config: gtk+-3.0 'glib 2'\n#cgo CFLAGS: \"-DA=b c\" -DB=\\\"q\\\"")
        << QStringLiteral("c= cpp= cxx= f= ld= pkg=gtk+-3.0|glib 2 err=/d/a.go: malformed #cgo "
                          "argument: -DB=\"q\"");
    QTest::newRow("srcdir") << QStringLiteral(
                                   "#cgo CFLAGS: -I${SRCDIR}/inc\n#cgo LDFLAGS: ${SRCDIR}/lib.a")
                            << QStringLiteral("c=-I/d/inc cpp= cxx= f= ld=/d/lib.a pkg= err=");
    QTest::newRow("skipped lines")
        << QStringLiteral("#cgo noescape f\n#cgo nocallback g\n#include <x.h>\n#cgofoo\n  #cgo  "
                          "CFLAGS: -DINDENT\n#cgo\tCFLAGS: -DTAB\n#cgo windows FOO: x")
        << QStringLiteral("c=-DINDENT|-DTAB cpp= cxx= f= ld= pkg= err=");
    QTest::newRow("no colon")
        << QStringLiteral("#cgo CFLAGS -DX")
        << QStringLiteral(
               "c= cpp= cxx= f= ld= pkg= err=/d/a.go: invalid #cgo line: #cgo CFLAGS -DX");
    QTest::newRow("nothing before colon")
        << QStringLiteral("#cgo : -DX")
        << QStringLiteral("c= cpp= cxx= f= ld= pkg= err=/d/a.go: invalid #cgo line: #cgo : -DX");
    QTest::newRow("unknown verb")
        << QStringLiteral("#cgo FOO: x")
        << QStringLiteral("c= cpp= cxx= f= ld= pkg= err=/d/a.go: invalid #cgo verb: #cgo FOO: x");
    QTest::newRow("unclosed quote")
        << QStringLiteral("#cgo CFLAGS: 'unclosed")
        << QStringLiteral(
               "c= cpp= cxx= f= ld= pkg= err=/d/a.go: invalid #cgo line: #cgo CFLAGS: 'unclosed");
    QTest::newRow("unsafe argument")
        << QStringLiteral("#cgo CFLAGS: -D`x`")
        << QStringLiteral("c= cpp= cxx= f= ld= pkg= err=/d/a.go: malformed #cgo argument: -D`x`");
    QTest::newRow("unsafe srcdir chunk")
        << QStringLiteral("#cgo CFLAGS: -I${SRCDIR}/a;b")
        << QStringLiteral(
               "c= cpp= cxx= f= ld= pkg= err=/d/a.go: malformed #cgo argument: -I/d/a;b");
    QTest::newRow("unfinished escape")
        << QStringLiteral("#cgo CFLAGS: -DX\\")
        << QStringLiteral(
               "c= cpp= cxx= f= ld= pkg= err=/d/a.go: invalid #cgo line: #cgo CFLAGS: -DX\\");
    QTest::newRow("error stops later lines")
        << QStringLiteral("#cgo CFLAGS: -DA\n #cgo BAD\n#cgo CFLAGS: -DB")
        << QStringLiteral("c=-DA cpp= cxx= f= ld= pkg= err=/d/a.go: invalid #cgo line:  #cgo BAD");
}

void TestGoFileHeader::applyCgo()
{
    QFETCH(QString, preamble);
    QFETCH(QString, want);
    CgoFlags f;
    const auto err = applyCgoDirectives(QStringLiteral("/d/a.go"), preamble, linuxAmd64(),
                                        QStringLiteral("/d"), &f);
    const auto j = [](const QStringList &l) { return l.join(QLatin1Char('|')); };
    const QString got = QStringLiteral("c=%1 cpp=%2 cxx=%3 f=%4 ld=%5 pkg=%6 err=%7")
                            .arg(j(f.cflags), j(f.cppflags), j(f.cxxflags), j(f.fflags),
                                 j(f.ldflags), j(f.pkgConfig), err.value_or(QString()));
    QCOMPARE(got, want);
}

void TestGoFileHeader::parseCgo()
{
    const QList<CgoDirective> d = parseCgoDirectives(QStringLiteral(
        "#cgo linux,amd64 darwin LDFLAGS: -lm 'a b'\n#include <x.h>\n#cgo noescape f\n"
        "#cgo CFLAGS -DX\n#cgo CFLAGS: \"open\n"));
    QCOMPARE(d.size(), 3);
    QCOMPARE(d[0].conditions,
             (QStringList{QStringLiteral("linux,amd64"), QStringLiteral("darwin")}));
    QCOMPARE(d[0].verb, QStringLiteral("LDFLAGS"));
    QCOMPARE(d[0].args, (QStringList{QStringLiteral("-lm"), QStringLiteral("a b")}));
    QVERIFY(!d[0].malformed);
    QVERIFY(d[1].malformed);
    QCOMPARE(d[2].argsError, QStringLiteral("unclosed quote"));
    QCOMPARE(d[2].args, QStringList{QStringLiteral("open")});
}

void TestGoFileHeader::leadingComments_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("asm") << QByteArray("// +build amd64\n\n#include \"textflag.h\"\n")
                         << QByteArray("// +build amd64\n\n") << QString();
    QTest::newRow("block") << QByteArray("/* c */ int x;") << QByteArray("/* c */ ") << QString();
    QTest::newRow("stray slash") << QByteArray("/ x\n") << QByteArray("/ x") << "syntax error";
    QTest::newRow("unterminated") << QByteArray("/* x") << QByteArray("/* x") << "syntax error";
    // go's readByte keeps reading after the error: the byte after the NUL is in.
    QTest::newRow("nul") << QByteArray("// a\0b\n", 7) << QByteArray("// a\0b", 6)
                         << "unexpected NUL in input";
    QTest::newRow("all comments") << QByteArray("// only\n") << QByteArray("// only\n")
                                  << QString();
}

void TestGoFileHeader::leadingComments()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const LeadingComments c = readLeadingComments(data);
    QCOMPARE(c.text, text);
    QCOMPARE(c.error, error);
}

void TestGoFileHeader::randomBytesNeverCrash()
{
    // Binary and garbage input: an error, never a crash or a hang.
    QRandomGenerator rng(1234);
    for (int i = 0; i < 2000; ++i) {
        QByteArray data(int(rng.bounded(200)), Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.bounded(256));
        if (i % 2)
            data.prepend("package p\nimport (\n");
        const GoFileHeader h = readGoFileHeader(QStringLiteral("r.go"), data);
        if (i % 2 == 0 && !data.startsWith("package"))
            QVERIFY2(!h.ok(), data.toHex().constData());
    }
}

void TestGoFileHeader::truncationsNeverCrash()
{
    const QByteArray full =
        "\xef\xbb\xbf// +build linux\n\n//go:build linux\n\n/* c */ package p // x\n\nimport (\n"
        "\tx \"a\\x41\" // c\n\t. `b`\n\t\"embed\"\n\t/*\n#cgo CFLAGS: -DX\n*/\n\t\"C\"\n)\n"
        "//go:embed a 'b' \"c\\\"d\" `e`\nvar v = '\\'' + \"s\" // t\n";
    for (qsizetype n = 0; n <= full.size(); ++n) {
        const GoFileHeader h = readGoFileHeader(QStringLiteral("t.go"), full.first(n));
        if (n == full.size())
            QVERIFY(h.ok());
    }
}

QTEST_GUILESS_MAIN(TestGoFileHeader)
#include "tst_gofileheader.moc"
