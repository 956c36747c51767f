// Oracle tests of file selection: for standard-library packages on several
// targets, and for modules full of broken, binary and mutated files, the
// files Kiln's classifyDir selects (and the imports, embeds, names and
// errors it reads from their headers) must equal what `go list -e -json`
// reports. A failure prints the first field that differs.
#include "load/dirfiles.h"
#include "load/dirindex.h"
#include "load/docsynopsis.h"
#include "load/pkgdir.h"
#include "support/jsonstream.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace kiln;
using namespace kiln::load;

namespace
{

struct Target {
    const char *goos;
    const char *goarch;
};

constexpr Target kTargets[] = {
    {"linux", "amd64"}, {"linux", "arm64"}, {"windows", "amd64"}, {"darwin", "arm64"}};

// Packages with files for many targets, cgo, assembly, tests and x_tests.
const char *const kStdPackages[] = {
    "runtime",
    "runtime/cgo",
    "runtime/race",
    "runtime/pprof",
    "syscall",
    "os",
    "os/user",
    "os/signal",
    "os/exec",
    "net",
    "time",
    "math",
    "math/big",
    "hash/crc32",
    "reflect",
    "plugin",
    "internal/cpu",
    "internal/bytealg",
    "internal/poll",
    "internal/goarch",
    "internal/abi",
    "internal/syscall/unix",
    "internal/syscall/windows",
    "internal/runtime/atomic",
    "internal/runtime/syscall",
    "internal/runtime/maps",
    "crypto/internal/fips140/aes",
    "crypto/internal/fips140/sha256",
    "crypto/internal/fips140/bigmod",
    "crypto/internal/sysrand",
    "crypto/internal/boring",
    "crypto/x509",
    "sync/atomic",
    "path/filepath",
    "go/build",
};

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.append(v.toString());
    return out;
}

struct Field {
    QString name;
    QStringList go;
    QStringList kiln;
};

// "" when equal, else the first differing field with both values.
QString firstDifference(const QList<Field> &fields)
{
    for (const Field &f : fields) {
        if (f.go != f.kiln)
            return QStringLiteral("%1 differs:\n  go:   [%2]\n  kiln: [%3]")
                .arg(f.name, f.go.join(QLatin1Char(' ')), f.kiln.join(QLatin1Char(' ')));
    }
    return {};
}

QList<Field> fileFields(const QJsonObject &go, const DirFiles &k)
{
    return {
        {QStringLiteral("Name"), {go.value(QLatin1String("Name")).toString()}, {k.name}},
        {QStringLiteral("GoFiles"), strings(go, "GoFiles"), k.goFiles},
        {QStringLiteral("CgoFiles"), strings(go, "CgoFiles"), k.cgoFiles},
        {QStringLiteral("IgnoredGoFiles"), strings(go, "IgnoredGoFiles"), k.ignoredGoFiles},
        {QStringLiteral("InvalidGoFiles"), strings(go, "InvalidGoFiles"), k.invalidGoFiles},
        {QStringLiteral("IgnoredOtherFiles"), strings(go, "IgnoredOtherFiles"),
         k.ignoredOtherFiles},
        {QStringLiteral("CFiles"), strings(go, "CFiles"), k.cFiles},
        {QStringLiteral("CXXFiles"), strings(go, "CXXFiles"), k.cxxFiles},
        {QStringLiteral("MFiles"), strings(go, "MFiles"), k.mFiles},
        {QStringLiteral("HFiles"), strings(go, "HFiles"), k.hFiles},
        {QStringLiteral("FFiles"), strings(go, "FFiles"), k.fFiles},
        {QStringLiteral("SFiles"), strings(go, "SFiles"), k.sFiles},
        {QStringLiteral("SwigFiles"), strings(go, "SwigFiles"), k.swigFiles},
        {QStringLiteral("SwigCXXFiles"), strings(go, "SwigCXXFiles"), k.swigCxxFiles},
        {QStringLiteral("SysoFiles"), strings(go, "SysoFiles"), k.sysoFiles},
        {QStringLiteral("TestGoFiles"), strings(go, "TestGoFiles"), k.testGoFiles},
        {QStringLiteral("XTestGoFiles"), strings(go, "XTestGoFiles"), k.xtestGoFiles},
        {QStringLiteral("CgoCFLAGS"), strings(go, "CgoCFLAGS"), k.cgo.cflags},
        {QStringLiteral("CgoCPPFLAGS"), strings(go, "CgoCPPFLAGS"), k.cgo.cppflags},
        {QStringLiteral("CgoCXXFLAGS"), strings(go, "CgoCXXFLAGS"), k.cgo.cxxflags},
        {QStringLiteral("CgoFFLAGS"), strings(go, "CgoFFLAGS"), k.cgo.fflags},
        {QStringLiteral("CgoLDFLAGS"), strings(go, "CgoLDFLAGS"), k.cgo.ldflags},
        {QStringLiteral("CgoPkgConfig"), strings(go, "CgoPkgConfig"), k.cgo.pkgConfig},
        {QStringLiteral("EmbedPatterns"), strings(go, "EmbedPatterns"), k.embedPatterns},
        {QStringLiteral("TestEmbedPatterns"), strings(go, "TestEmbedPatterns"),
         k.testEmbedPatterns},
        {QStringLiteral("XTestEmbedPatterns"), strings(go, "XTestEmbedPatterns"),
         k.xtestEmbedPatterns},
        {QStringLiteral("Doc"), {go.value(QLatin1String("Doc")).toString()}, {packageDoc(k)}},
        {QStringLiteral("BinaryOnly"),
         {go.value(QLatin1String("BinaryOnly")).toBool() ? QStringLiteral("true") : QString()},
         {k.binaryOnly ? QStringLiteral("true") : QString()}},
    };
}

// go list -e's Error of a package whose directory read failed, as
// "pos: err" (pos made absolute); "" for none and for "no Go files" errors,
// whose wording is the loader's.
QString goDirError(const QJsonObject &pkg, const QString &cwd)
{
    const QJsonObject e = pkg.value(QLatin1String("Error")).toObject();
    const QString err = e.value(QLatin1String("Err")).toString();
    if (err.isEmpty() || err.startsWith(QLatin1String("no Go files in ")) ||
        err.startsWith(QLatin1String("build constraints exclude all Go files in ")))
        return {};
    QString pos = e.value(QLatin1String("Pos")).toString();
    if (pos.isEmpty())
        return err;
    if (!QDir::isAbsolutePath(pos))
        pos = cwd + QLatin1Char('/') + pos;
    return pos + QStringLiteral(": ") + err;
}

QString kilnDirError(const DirFiles &d)
{
    if (!d.error || d.error->message.startsWith(QLatin1String("no buildable Go source files")))
        return {};
    return d.error->toString();
}

BuildContext contextFor(const QString &goos, const QString &goarch, Cgo cgo)
{
    TargetConfig t;
    t.goos = goos;
    t.goarch = goarch;
    t.cgo = cgo;
    const auto ctx = makeBuildContext(t);
    return ctx ? *ctx : BuildContext{};
}

// Deterministic mutations of real headers: inserted tokens that matter to
// the header reader, deleted runs, random bytes.
QByteArray mutate(QByteArray data, QRandomGenerator &rng)
{
    static const QByteArrayList tokens = {"\"",
                                          "`",
                                          "'",
                                          "/*",
                                          "*/",
                                          "//",
                                          "\n",
                                          "\r\n",
                                          "(",
                                          ")",
                                          ";",
                                          ",",
                                          ".",
                                          "import ",
                                          "package ",
                                          QByteArray(1, '\0'),
                                          "\xff",
                                          "\xef\xbb\xbf",
                                          "\\",
                                          "//go:build linux\n",
                                          "// +build !linux\n\n",
                                          "//go:embed x y\n",
                                          "import \"embed\"\n",
                                          "import \"C\"\n",
                                          "/* #cgo LDFLAGS: -lm\n*/\n",
                                          "0x",
                                          "1e",
                                          "_",
                                          "\t",
                                          " ",
                                          "\xe2\x80\x9c",
                                          "\\x",
                                          "\"\\q\"",
                                          "\xc3\xa9",
                                          "//line foo.go:10\n",
                                          "import . \"x\"\n",
                                          "import _ \"a b\"\n",
                                          "func f() {}\n",
                                          "{",
                                          "}",
                                          "[",
                                          "]",
                                          "var",
                                          "type"};
    const int n = 1 + int(rng.bounded(4));
    for (int i = 0; i < n; ++i) {
        const qsizetype pos = rng.bounded(int(data.size()) + 1);
        const quint32 op = rng.bounded(10);
        if (op < 4)
            data.insert(pos, tokens[rng.bounded(int(tokens.size()))]);
        else if (op < 7 && !data.isEmpty())
            data.remove(pos, 1 + rng.bounded(8));
        else if (!data.isEmpty())
            data[std::min(pos, data.size() - 1)] = char(rng.bounded(256));
    }
    return data;
}

} // namespace

class TestFileSelectionOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stdPackages_data();
    void stdPackages();
    void brokenFiles_data();
    void brokenFiles();
    void mutatedHeaders();

private:
    // go list -e -json for the std packages on one target, by import path.
    const QMap<QString, QJsonObject> &stdList(const QString &goos, const QString &goarch,
                                              const QString &cgo);
    // go list -e -json <patterns> in dir, by directory name.
    QMap<QString, QJsonObject> listModule(const QString &dir, const QStringList &patterns);
    void compareModule(const test::TempModule &m, const QStringList &dirs, DirReader reader);

    test::OracleGo m_go;
    QMap<QString, QMap<QString, QJsonObject>> m_std;
};

void TestFileSelectionOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
}

const QMap<QString, QJsonObject> &
TestFileSelectionOracle::stdList(const QString &goos, const QString &goarch, const QString &cgo)
{
    const QString key = goos + QLatin1Char('/') + goarch + QLatin1Char('/') + cgo;
    if (!m_std.contains(key)) {
        QStringList args{QStringLiteral("list"), QStringLiteral("-e"), QStringLiteral("-json")};
        for (const char *p : kStdPackages)
            args.append(QLatin1String(p));
        const ProcessOutput out = m_go.run(args, QDir::tempPath(),
                                           {{QStringLiteral("GOOS"), goos},
                                            {QStringLiteral("GOARCH"), goarch},
                                            {QStringLiteral("CGO_ENABLED"), cgo}});
        QMap<QString, QJsonObject> byPath;
        for (const QJsonObject &o : test::parseJsonStream(out.stdOut))
            byPath.insert(o.value(QLatin1String("ImportPath")).toString(), o);
        m_std.insert(key, byPath);
    }
    return m_std[key];
}

void TestFileSelectionOracle::stdPackages_data()
{
    QTest::addColumn<QString>("goos");
    QTest::addColumn<QString>("goarch");
    QTest::addColumn<QString>("cgo");
    QTest::addColumn<QString>("pkg");
    for (const Target &t : kTargets)
        for (const char *cgo : {"0", "1"})
            for (const char *pkg : kStdPackages)
                QTest::addRow("%s/%s cgo=%s %s", t.goos, t.goarch, cgo, pkg)
                    << QString::fromLatin1(t.goos) << QString::fromLatin1(t.goarch)
                    << QString::fromLatin1(cgo) << QString::fromLatin1(pkg);
}

void TestFileSelectionOracle::stdPackages()
{
    QFETCH(QString, goos);
    QFETCH(QString, goarch);
    QFETCH(QString, cgo);
    QFETCH(QString, pkg);
    const QJsonObject go = stdList(goos, goarch, cgo).value(pkg);
    QVERIFY2(!go.isEmpty(), "go list printed nothing for the package");
    const QString goroot = m_go.goroot();
    const DirFiles k = classifyDir(
        goroot + QStringLiteral("/src/") + pkg,
        contextFor(goos, goarch, cgo == QLatin1String("1") ? Cgo::Enabled : Cgo::Disabled),
        DirReader::ModuleIndex);

    // go list prints resolved imports: in std, a vendored path gets "vendor/".
    // Imports keep the order of the source paths; test imports are re-sorted.
    const auto resolved = [&](QStringList paths, bool sort) {
        for (QString &p : paths)
            if (QFileInfo(goroot + QStringLiteral("/src/vendor/") + p).isDir())
                p.prepend(QStringLiteral("vendor/"));
        if (sort)
            paths.sort();
        return paths;
    };
    DirFiles cmdGo = k;
    if (cgo == QLatin1String("0")) {
        // cmd/go's load drops the C-compiler sources when cgo is off.
        cmdGo.cFiles.clear();
        cmdGo.cxxFiles.clear();
        cmdGo.mFiles.clear();
        cmdGo.swigFiles.clear();
        cmdGo.swigCxxFiles.clear();
    }
    QList<Field> fields = fileFields(go, cmdGo);
    fields += {
        {QStringLiteral("Imports"), strings(go, "Imports"), resolved(k.imports, false)},
        {QStringLiteral("TestImports"), strings(go, "TestImports"), resolved(k.testImports, true)},
        {QStringLiteral("XTestImports"), strings(go, "XTestImports"),
         resolved(k.xtestImports, true)},
        {QStringLiteral("Error"), {goDirError(go, QDir::tempPath())}, {kilnDirError(k)}},
    };
    const QString diff = firstDifference(fields);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QMap<QString, QJsonObject> TestFileSelectionOracle::listModule(const QString &dir,
                                                               const QStringList &patterns)
{
    const ProcessOutput out = m_go.run(
        QStringList{QStringLiteral("list"), QStringLiteral("-e"), QStringLiteral("-json")} +
            patterns,
        dir,
        {{QStringLiteral("GOOS"), QStringLiteral("linux")},
         {QStringLiteral("GOARCH"), QStringLiteral("amd64")},
         {QStringLiteral("CGO_ENABLED"), QStringLiteral("1")}});
    QMap<QString, QJsonObject> byDir;
    for (const QJsonObject &o : test::parseJsonStream(out.stdOut))
        byDir.insert(QFileInfo(o.value(QLatin1String("Dir")).toString()).fileName(), o);
    return byDir;
}

void TestFileSelectionOracle::compareModule(const test::TempModule &m, const QStringList &dirs,
                                            DirReader reader)
{
    // ./... leaves out directories whose files the build constraints
    // exclude; those are listed by name.
    QMap<QString, QJsonObject> list = listModule(m.path(), {QStringLiteral("./...")});
    QStringList unlisted;
    for (const QString &dir : dirs)
        if (!list.contains(dir))
            unlisted.append(QStringLiteral("./") + dir);
    if (!unlisted.isEmpty())
        list.insert(listModule(m.path(), unlisted));
    const BuildContext ctx =
        contextFor(QStringLiteral("linux"), QStringLiteral("amd64"), Cgo::Enabled);
    const QString root = QFileInfo(m.path()).canonicalFilePath();
    for (const QString &dir : dirs) {
        const QJsonObject go = list.value(dir);
        QVERIFY2(!go.isEmpty(), qPrintable(QStringLiteral("go list printed nothing for ") + dir));
        const DirFiles k = classifyDir(root + QLatin1Char('/') + dir, ctx, reader);
        QList<Field> fields = fileFields(go, k);
        fields += {
            {QStringLiteral("Imports"), strings(go, "Imports"), k.imports},
            {QStringLiteral("TestImports"), strings(go, "TestImports"), k.testImports},
            {QStringLiteral("XTestImports"), strings(go, "XTestImports"), k.xtestImports},
        };
        // An import of a missing package is the importer's error in go list;
        // the directory's own error only when a file is bad.
        if (!k.invalidGoFiles.isEmpty() || !strings(go, "InvalidGoFiles").isEmpty())
            fields.append({QStringLiteral("Error"), {goDirError(go, root)}, {kilnDirError(k)}});
        const QString diff = firstDifference(fields);
        QVERIFY2(diff.isEmpty(), qPrintable(dir + QStringLiteral(": ") + diff));
    }
}

void TestFileSelectionOracle::brokenFiles_data()
{
    QTest::addColumn<QByteArrayList>("files"); // "name=content" or "name->target" (a symlink)
    QTest::addColumn<bool>("indexed");
    // go reads a package directory through its module index unless a file
    // in it is younger than two seconds (or not a regular file): each case
    // runs with fresh files (go/build's reader) and with aged ones (the index).
    const auto row = [](const char *name, QByteArrayList files) {
        QTest::addRow("%s (go/build)", name) << files << false;
        QTest::addRow("%s (index)", name) << files << true;
    };
    row("empty file", {"a.go="});
    row("no package clause", {"a.go=import \"fmt\"\n"});
    row("binary with NUL", {QByteArray("a.go=\x7f"
                                       "ELF\x02\x01\x01\x00\x00\x00",
                                       14),
                            "b.go=package p\n"});
    row("binary without NUL", {"a.go=\x7f"
                               "ELF\x02\x01\x01",
                               "b.go=package p\n"});
    row("UTF-16", {QByteArray("a.go=\xff\xfep\x00", 9)});
    row("invalid UTF-8 in comment", {"a.go=// caf\xe9\npackage p\n"});
    row("invalid UTF-8 in import", {"a.go=package p\nimport \"fm\xfft\"\n"});
    row("invalid import path", {"a.go=package p\nimport \"a b\"\n"});
    row("NUL after imports",
        {QByteArray("a.go=package p\nimport \"fmt\"\nvar s = \"\x00\"\n", 41)});
    row("two packages", {"a.go=package a\n", "b.go=package b\n"});
    row("x_test package", {"a.go=package p\n", "a_test.go=package p_test\nimport \"testing\"\n"});
    row("only an x_test", {"a_test.go=package p_test\n"});
    row("documentation", {"a.go=package documentation\n", "b.go=package p\n"});
    row("bad go:build", {"a.go=//go:build linux &&\n\npackage p\n", "b.go=package p\n"});
    row("multiple go:build", {"a.go=//go:build linux\n//go:build amd64\n\npackage p\n"});
    row("go:build excludes", {"a.go=//go:build windows\n\npackage p\n", "b.go=package p\n"});
    row("+build needs a blank line", {"a.go=// +build windows\npackage p\n"});
    row("+build", {"a.go=// +build windows\n\npackage p\n", "b.go=package p\n"});
    row("go:build wins", {"a.go=// +build windows\n//go:build linux\n\npackage p\n"});
    row("file name tags", {"a_windows.go=package p\n", "b_linux_amd64.go=package p\n",
                           "c_arm64_test.go=package p\n", "linux.go=package p\n"});
    row("cgo", {"a.go=package p\n\n/*\n#cgo CFLAGS: -DX -I inc\n#cgo windows LDFLAGS: -lws2\n"
                "#cgo linux pkg-config: zlib\n*/\nimport \"C\"\n",
                "b.c=int x;\n", "c.h=\n", "d.S=\n", "e.s=\n", "f.cc=\n", "g.m=\n", "h.f90=\n",
                "i.syso=\n", "j.swig=\n"});
    row("bad #cgo line", {"a.go=package p\n\n// #cgo CFLAGS -DX\nimport \"C\"\n"});
    row("bad #cgo argument", {"a.go=package p\n\n// #cgo CFLAGS: -D`x`\nimport \"C\"\n"});
    row("cgo in test", {"a.go=package p\n", "a_test.go=package p\n\nimport \"C\"\n"});
    row("asm without cgo", {"a.go=package p\n", "b.S=\n", "c.s=// +build windows\n\nTEXT x\n"});
    row("asm header syntax error", {"a.go=package p\n", "c_amd64.s=/ x\n"});
    row("embed", {"a.go=package p\n\nimport _ \"embed\"\n\n//go:embed a.txt \"b c.txt\"\n"
                  "var s string\n",
                  "a.txt=x", "b c.txt=y"});
    row("embed in tests", {"a.go=package p\n",
                           "a_test.go=package p\nimport _ \"embed\"\n"
                           "//go:embed a.txt\nvar s string\n",
                           "a.txt=x"});
    row("binary-only", {"a.go=//go:binary-only-package\n\npackage p\n"});
    row("syntax errors", {"a.go=package p\nimport (\n\t\"fmt\" +\n)\n"});
    row("unterminated comment", {"a.go=package p\n/* no end"});
    row("line directive", {"a.go=//line x.y:10\npackage p\nimport (\n\t\"fmt\" +\n)\n"});
    row("ignored names",
        {"_a.go=package q\n", ".b.go=package q\n", "c.go=package p\n", "d.txt=x", "e.GO=x"});
    // Where go/build and the index differ: header errors of excluded files.
    row("NUL in another target's file",
        {QByteArray("a_windows.go=package p\x00", 23), "b.go=package p\n"});
    row("syntax error in an excluded file",
        {"a.go=//go:build windows\n\npackage p\nimport (\n\t\"x\" +\n)\n", "b.go=package p\n"});
    row("multiple go:build in another target's file",
        {"a_windows.go=//go:build a\n//go:build b\n\npackage p\n", "b.go=package p\n"});
    row("bad #cgo line in a test",
        {"a.go=package p\n", "a_test.go=package p\n\n// #cgo CFLAGS -DX\n"
                             "import \"C\"\n"});
    row("binary-only test",
        {"a.go=package p\n", "a_test.go=//go:binary-only-package\n\npackage p\n"});
    row("bad go:build in a C file", {"a.go=package p\n", "b.c=//go:build (\n\nint x;\n"});
    row("multiple go:build in a C file",
        {"a.go=package p\n", "b.c=//go:build a\n//go:build b\n\nint x;\n"});
    row("a symlink means go/build",
        {QByteArray("a_windows.go=package p\x00", 23), "b.go=package p\n", "c.go->b.go"});
    row("BOM", {"a.go=\xef\xbb\xbfpackage p\nimport \"fmt\"\n"});
    row("BOM in the middle", {"a.go=package p\n\xef\xbb\xbf\nimport \"fmt\"\n"});
}

void TestFileSelectionOracle::brokenFiles()
{
    QFETCH(QByteArrayList, files);
    QFETCH(bool, indexed);
    test::TempModule m({{QStringLiteral("go.mod"), "module example.com/m\n\ngo 1.25\n"}});
    bool symlink = false;
    for (const QByteArray &f : files) {
        if (const qsizetype arrow = f.indexOf("->"); arrow > 0 && !f.first(arrow).contains('=')) {
            QVERIFY(
                QFile::link(QString::fromUtf8(f.sliced(arrow + 2)),
                            m.filePath(QStringLiteral("p/") + QString::fromUtf8(f.first(arrow)))));
            symlink = true;
            continue;
        }
        const qsizetype eq = f.indexOf('=');
        const QString rel = QStringLiteral("p/") + QString::fromUtf8(f.first(eq));
        m.write(rel, f.sliced(eq + 1));
        if (indexed) {
            QFile file(m.filePath(rel));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                     QFileDevice::FileModificationTime));
        }
    }
    // Which reader go picks: fresh files and symlinks mean go/build.
    const DirReader reader = goReaderFor(m.filePath(QStringLiteral("p")));
    QCOMPARE(reader, indexed && !symlink ? DirReader::ModuleIndex : DirReader::Direct);
    compareModule(m, {QStringLiteral("p")}, reader);
}

void TestFileSelectionOracle::mutatedHeaders()
{
    // Real std headers with a few deterministic mutations each, one file per
    // package, all listed by one go list run.
    const QString src = m_go.goroot() + QStringLiteral("/src");
    QStringList sources;
    for (const char *dir : {"os", "net", "runtime", "go/build", "crypto/tls",
                            "cmd/go/internal/load", "encoding/json", "syscall"}) {
        QDir d(src + QLatin1Char('/') + QLatin1String(dir));
        for (const QString &name : d.entryList({QStringLiteral("*.go")}, QDir::Files, QDir::Name))
            sources.append(d.filePath(name));
    }
    QVERIFY(sources.size() > 100);
    QRandomGenerator rng(20250101);
    test::TempModule m({{QStringLiteral("go.mod"), "module example.com/m\n\ngo 1.25\n"}});
    QStringList dirs;
    const char *const names[] = {"a.go", "a_test.go", "a_linux.go", "a_windows.go"};
    for (int i = 0; i < 300; ++i) {
        QFile f(sources[int(rng.bounded(int(sources.size())))]);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const int cut[] = {300, 800, 2000};
        QByteArray data = f.read(cut[rng.bounded(3)]);
        if (rng.bounded(10) < 9)
            data = mutate(data, rng);
        const QString dir = QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0'));
        m.write(dir + QLatin1Char('/') + QLatin1String(names[rng.bounded(4)]), data);
        dirs.append(dir);
    }
    compareModule(m, dirs, DirReader::Direct);
}

QTEST_GUILESS_MAIN(TestFileSelectionOracle)
#include "tst_fileselection_oracle.moc"
