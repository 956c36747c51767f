// Oracle tests of the package Doc: for every package of `go list std`, and for
// small modules built to probe go/build's choice of file, Kiln's synopsis of
// the package comments must equal go list's Doc.
//
// The package comment of a file is read here the way go/parser finds it: the
// last comment group before the package clause, when it ends on the line
// right above the clause. Files are tried in directory order among GoFiles
// and CgoFiles (go/build's loop), the first non-empty synopsis wins.
#include "load/buildcontext.h"
#include "load/docsynopsis.h"
#include "load/pkgdir.h"
#include "support/jsonstream.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

using namespace kiln;
using namespace kiln::load;

namespace
{

struct ListedPackage {
    QString importPath;
    QString dir;
    QString doc;
    QStringList files; // GoFiles and CgoFiles, in directory order
};

// go list -json prints one object after another.
QList<ListedPackage> parseList(const QByteArray &out)
{
    QList<ListedPackage> pkgs;
    for (const QJsonObject &o : test::parseJsonStream(out)) {
        ListedPackage p{o.value(QStringLiteral("ImportPath")).toString(),
                        o.value(QStringLiteral("Dir")).toString(),
                        o.value(QStringLiteral("Doc")).toString(),
                        {}};
        for (const char *key : {"GoFiles", "CgoFiles"})
            for (const QJsonValue &f : o.value(QLatin1String(key)).toArray())
                p.files.append(f.toString());
        std::ranges::sort(
            p.files, [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        pkgs.append(p);
    }
    return pkgs;
}

// The loader's own Doc for the directory (classifyDir's package comments
// through docSynopsis), for the host target go list ran for.
QString kilnDoc(const ListedPackage &p)
{
    TargetConfig host;
    host.goos = QStringLiteral("linux");
    host.goarch = QStringLiteral("amd64");
    host.cgo = Cgo::Enabled;
    const auto context = makeBuildContext(host);
    return context ? scanPackageDir(p.dir, *context, DirReader::Direct).fields.doc
                   : QStringLiteral("<no context>");
}

using FileMap = QMap<QString, QByteArray>;

const QStringList kListArgs = {QStringLiteral("list"), QStringLiteral("-e"),
                               QStringLiteral("-json=ImportPath,Dir,Doc,GoFiles,CgoFiles")};

} // namespace

class TestDocSynopsisOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void standardLibrary();
    void chosenFile_data();
    void chosenFile();

private:
    test::OracleGo m_go;
};

void TestDocSynopsisOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
}

void TestDocSynopsisOracle::standardLibrary()
{
    const ProcessOutput go =
        m_go.run(kListArgs + QStringList{QStringLiteral("std")}, QDir::tempPath());
    QVERIFY2(go.exitCode == 0, go.stdErr.constData());
    const QList<ListedPackage> pkgs = parseList(go.stdOut);
    QVERIFY(pkgs.size() > 100);
    QStringList mismatches;
    int withDoc = 0;
    for (const ListedPackage &p : pkgs) {
        const QString got = kilnDoc(p);
        if (!p.doc.isEmpty())
            ++withDoc;
        if (got != p.doc)
            mismatches.append(
                QStringLiteral("%1:\n  go:   %2\n  kiln: %3").arg(p.importPath, p.doc, got));
    }
    qInfo("%lld of %lld std packages match (%d with a Doc)", pkgs.size() - mismatches.size(),
          pkgs.size(), withDoc);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestDocSynopsisOracle::chosenFile_data()
{
    QTest::addColumn<FileMap>("files");
    using F = FileMap;
    QTest::newRow("second file has the doc")
        << F{{"a.go", "package p\n"}, {"b.go", "// Package p is b.\npackage p\n"}};
    QTest::newRow("empty synopsis falls through")
        << F{{"a.go", "// Copyright 2024 X.\npackage p\n"},
             {"b.go", "// Package p is b. More.\npackage p\n"}};
    QTest::newRow("first of two docs") << F{{"a.go", "// Package p is a.\npackage p\n"},
                                            {"b.go", "// Package p is b.\npackage p\n"}};
    QTest::newRow("blank line before clause") << F{{"p.go", "// Package p.\n\npackage p\n"}};
    QTest::newRow("block comment on the clause's line")
        << F{{"p.go", "/* Package p here. */ package p\n"}};
    QTest::newRow("block comment doc")
        << F{{"p.go", "/*\nPackage p does things.\n\nMore.\n*/\npackage p\n"}};
    QTest::newRow("test file doc ignored")
        << F{{"p.go", "package p\n"}, {"a_test.go", "// Package p tests.\npackage p\n"}};
    QTest::newRow("excluded file doc ignored")
        << F{{"a.go", "//go:build ignore\n\n// Package p ignored.\npackage p\n"},
             {"c.go", "// Package p from c.\npackage p\n"}};
    QTest::newRow("last group only")
        << F{{"p.go", "// header\n\n// Package p real.\n//go:build linux\npackage p\n"}};
    QTest::newRow("adjacent comments")
        << F{{"p.go", "// Package p a\n/* b\n c */ // d.\npackage p\n"}};
    QTest::newRow("crlf") << F{{"p.go", "// Package p crlf.\r\n// More.\r\npackage p\r\n"}};
    QTest::newRow("bom") << F{{"p.go", "\xEF\xBB\xBF// Package p bom.\npackage p\n"}};
    QTest::newRow("documentation file")
        << F{{"doc.go", "// Package documentation x.\npackage documentation\n"},
             {"p.go", "package p\n"}};
    QTest::newRow("links and quotes")
        << F{{"p.go", "// Package p wraps [io.Reader], see ``[Spec]''.\n//\n// [Spec]: "
                      "https://go.dev/ref/spec\npackage p\n"}};
    QTest::newRow("used link definition")
        << F{{"p.go", "// Package p follows the [Spec]\n//\n// [Spec]: https://go.dev/ref/spec\n"
                      "package p\n"}};
}

void TestDocSynopsisOracle::chosenFile()
{
    QFETCH(FileMap, files);
    test::TempModule m(files);
    m.write(QStringLiteral("go.mod"), "module example.com/p\n\ngo 1.22\n");
    const ProcessOutput go = m_go.run(kListArgs + QStringList{QStringLiteral(".")}, m.path());
    QVERIFY2(go.exitCode == 0, go.stdErr.constData());
    const QList<ListedPackage> pkgs = parseList(go.stdOut);
    QCOMPARE(pkgs.size(), 1);
    QCOMPARE(kilnDoc(pkgs.front()), pkgs.front().doc);
}

QTEST_GUILESS_MAIN(TestDocSynopsisOracle)
#include "tst_docsynopsis_oracle.moc"
