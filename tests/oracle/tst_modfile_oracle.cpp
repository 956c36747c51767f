// Oracle tests of the go.mod parser: for each go.mod text, Kiln's parse must
// equal what `go mod edit -json` prints (valid files), and Kiln's error text
// must equal the errors `go list` prints (broken files).
#include "load/modfile.h"
#include "support/golden.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kiln;
using namespace kiln::load;

namespace
{

QJsonObject modVersion(const ModuleVersion &m)
{
    QJsonObject o{{QStringLiteral("Path"), m.path}};
    if (!m.version.isEmpty())
        o.insert(QStringLiteral("Version"), m.version);
    return o;
}

// The fields go mod edit -json prints, from Kiln's parse.
QJsonObject toGoModJson(const ModFile &f)
{
    QJsonObject root;
    QJsonObject module{{QStringLiteral("Path"), f.module.path}};
    if (!f.deprecated.isEmpty())
        module.insert(QStringLiteral("Deprecated"), f.deprecated);
    root.insert(QStringLiteral("Module"), module);
    if (!f.goVersion.isEmpty())
        root.insert(QStringLiteral("Go"), f.goVersion);
    if (!f.toolchain.isEmpty())
        root.insert(QStringLiteral("Toolchain"), f.toolchain);
    QJsonArray req, exc, rep, ret, tool, ign;
    for (const Require &r : f.requirements) {
        QJsonObject o = modVersion(r.mod);
        if (r.indirect)
            o.insert(QStringLiteral("Indirect"), true);
        req.append(o);
    }
    for (const ModuleVersion &m : f.excludes)
        exc.append(modVersion(m));
    for (const Replace &r : f.replaces)
        rep.append(QJsonObject{{QStringLiteral("Old"), modVersion(r.old)},
                               {QStringLiteral("New"), modVersion(r.replacement)}});
    for (const VersionInterval &v : f.retracts) {
        QJsonObject o{{QStringLiteral("Low"), v.low}, {QStringLiteral("High"), v.high}};
        if (!v.rationale.isEmpty())
            o.insert(QStringLiteral("Rationale"), v.rationale);
        ret.append(o);
    }
    for (const QString &t : f.tools)
        tool.append(QJsonObject{{QStringLiteral("Path"), t}});
    for (const QString &t : f.ignores)
        ign.append(QJsonObject{{QStringLiteral("Path"), t}});
    const QList<std::pair<const char *, QJsonArray>> lists = {{"Require", req}, {"Exclude", exc},
                                                              {"Replace", rep}, {"Retract", ret},
                                                              {"Tool", tool},   {"Ignore", ign}};
    for (const auto &[name, arr] : lists)
        if (!arr.isEmpty())
            root.insert(QLatin1String(name), arr);
    return root;
}

} // namespace

class TestModFileOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validFiles_data();
    void validFiles();
    void brokenFiles_data();
    void brokenFiles();
    void workFiles_data();
    void workFiles();

private:
    test::OracleGo m_go;
};

void TestModFileOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
}

void TestModFileOracle::validFiles_data()
{
    QTest::addColumn<QByteArray>("gomod");
    QTest::newRow("minimal") << QByteArray("module example.com/m\n");
    QTest::newRow("go+toolchain") << QByteArray(
        "module example.com/m\n\ngo 1.22.3\n\ntoolchain go1.25.1\n");
    QTest::newRow("require block, indirect") << QByteArray(
        "module example.com/m\n\ngo 1.22\n\nrequire (\n\texample.com/a v1.0.0\n"
        "\texample.com/b v1.2.0 // indirect\n\texample.com/c v1.3.0 // indirect; via d\n"
        "\texample.com/e/v2 v2.0.1\n\tgopkg.in/yaml.v3 v3.0.1\n\texample.com/f "
        "v2.0.0+incompatible\n)\n");
    QTest::newRow("quoted paths") << QByteArray(
        "module \"example.com/m\"\nrequire \"example.com/a\" \"v1.0.0\"\n");
    QTest::newRow("replace forms") << QByteArray(
        "module example.com/m\nreplace example.com/a => ../a\nreplace example.com/b v1.0.0 => ./b\n"
        "replace example.com/c v1.0.0 => example.com/d v1.1.0\nreplace (\n\texample.com/e => "
        "/abs/e\n)\n");
    QTest::newRow("exclude, retract, tool, ignore")
        << QByteArray("module example.com/m\nexclude example.com/a v0.9.0\n"
                      "// Too buggy.\nretract [v1.0.0, v1.1.0]\nretract v0.1.0 // oops\n"
                      "retract (\n\t// block reason\n\tv0.2.0\n)\ntool example.com/a/cmd/x\nignore "
                      "./node_modules\n");
    QTest::newRow("deprecated") << QByteArray(
        "// Deprecated: use example.com/n instead.\nmodule example.com/m\n");
    QTest::newRow("comments everywhere")
        << QByteArray("// header\n\nmodule example.com/m // trailing\n\n// about go\ngo 1.21 // x\n"
                      "require (\n\t// first\n\texample.com/a v1.0.0 // indirect\n\n\t// "
                      "second\n\texample.com/b v1.0.0\n) // end\n");
    QTest::newRow("crlf") << QByteArray(
        "module example.com/m\r\n\r\ngo 1.22\r\nrequire example.com/a v1.0.0 // indirect\r\n");
    QTest::newRow("empty blocks") << QByteArray("module example.com/m\nrequire ()\nreplace (\n)\n");
    QTest::newRow("godebug") << QByteArray(
        "module example.com/m\ngodebug default=go1.21\ngodebug (\n\tpanicnil=1\n)\n");
}

void TestModFileOracle::validFiles()
{
    QFETCH(QByteArray, gomod);
    test::TempModule m({{QStringLiteral("go.mod"), gomod}});
    const ProcessOutput go = m_go.run(
        {QStringLiteral("mod"), QStringLiteral("edit"), QStringLiteral("-json")}, m.path());
    QVERIFY2(go.exitCode == 0, go.stdErr.constData());
    const ModFileParse kiln =
        parseModFile(m.filePath(QStringLiteral("go.mod")), gomod, Strictness::Strict);
    QVERIFY2(kiln.ok(), qPrintable(describeErrors(kiln, m.path())));
    QJsonObject want = QJsonDocument::fromJson(go.stdOut).object();
    for (const QString &key : want.keys()) // go prints empty Exclude/Replace as null
        if (want.value(key).isNull())
            want.remove(key);
    const QJsonObject got = toGoModJson(kiln.file);
    const QString diff =
        test::firstDifference(QJsonDocument(want).toJson(), QJsonDocument(got).toJson());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestModFileOracle::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("gomod");
    QTest::newRow("unknown directive") << QByteArray("module x\nfoo bar\n");
    QTest::newRow("major mismatch") << QByteArray("module x\nrequire (\n\tz.com/w v2.0.0\n)\n");
    QTest::newRow("non-canonical") << QByteArray("module x\n\nrequire example.com/y v1\n");
    QTest::newRow("unterminated block")
        << QByteArray("module x\nrequire (\n\texample.com/a v1.0.0\n");
    QTest::newRow("newline in string") << QByteArray("module x\nrequire \"example.com/a v1.0.0\n");
    QTest::newRow("block comment") << QByteArray("module x\n/* c */\n");
    QTest::newRow("repeated go") << QByteArray("module x\ngo 1.21\ngo 1.22\n");
    QTest::newRow("bad go version") << QByteArray("module x\ngo 1.22.x\n");
    QTest::newRow("bad toolchain") << QByteArray("module x\ntoolchain 1.22\n");
    QTest::newRow("require usage") << QByteArray("module x\nrequire example.com/a\n");
    QTest::newRow("replace usage") << QByteArray("module x\nreplace example.com/a v1.0.0\n");
    QTest::newRow("replace no version")
        << QByteArray("module x\nreplace example.com/a => example.com/b\n");
    QTest::newRow("replace at version")
        << QByteArray("module x\nreplace example.com/a => example.com/b@v1.0.0\n");
    QTest::newRow("replace dir with version")
        << QByteArray("module x\nreplace example.com/a => ../b v1.0.0\n");
    QTest::newRow("unknown block") << QByteArray("module x\nfrobnicate (\n\ta\n)\n");
    QTest::newRow("quote in ident") << QByteArray("module x\nrequire exa'mple.com/a v1.0.0\n");
    QTest::newRow("several errors") << QByteArray("module x\nfoo\nbar\ngo 1\n");
    QTest::newRow("retract junk") << QByteArray("module x\nretract v1.0.0 extra\n");
    QTest::newRow("paren after close")
        << QByteArray("module x\nrequire (\n\texample.com/a v1.0.0\n) x\n");
    QTest::newRow("bad char") << QByteArray("module x\nrequire \x01\n");
}

void TestModFileOracle::brokenFiles()
{
    QFETCH(QByteArray, gomod);
    test::TempModule m(
        {{QStringLiteral("go.mod"), gomod}, {QStringLiteral("x.go"), "package x\n"}});
    const ProcessOutput go = m_go.run({QStringLiteral("list")}, m.path());
    QVERIFY2(go.exitCode != 0, "go accepted the file");
    const ModFileParse kiln =
        parseModFile(m.filePath(QStringLiteral("go.mod")), gomod, Strictness::Strict);
    QVERIFY(!kiln.ok());
    const QByteArray got = describeErrors(kiln, m.path()).toUtf8() + '\n';
    const QString diff = test::firstDifference(go.stdErr, got);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestModFileOracle::workFiles_data()
{
    QTest::addColumn<QByteArray>("gowork");
    QTest::addColumn<bool>("valid");
    QTest::newRow("uses and replace")
        << QByteArray("go 1.22\n\ntoolchain go1.25.0\n\nuse (\n\t./a\n\t\"./b c\"\n)\nuse ../x\n\n"
                      "replace example.com/q v1.0.0 => ../q\n")
        << true;
    QTest::newRow("godebug block")
        << QByteArray("go 1.23\ngodebug (\n\tpanicnil=1\n)\nuse .\n") << true;
    QTest::newRow("bad godebug") << QByteArray("go 1.23\ngodebug panicnil\n") << false;
    QTest::newRow("shorthand version canonicalized")
        << QByteArray("go 1.22\nreplace example.com/q v1 => example.com/r v1.2\n") << true;
    QTest::newRow("unknown directive") << QByteArray("go 1.22\nfoo\nuse\n") << false;
    QTest::newRow("require not allowed")
        << QByteArray("go 1.22\nrequire example.com/a v1.0.0\n") << false;
    QTest::newRow("bad version") << QByteArray("go 1.22\nreplace example.com/q vx => ../q\n")
                                 << false;
}

void TestModFileOracle::workFiles()
{
    QFETCH(QByteArray, gowork);
    QFETCH(bool, valid);
    test::TempModule m(
        {{QStringLiteral("go.work"), gowork}, {QStringLiteral("a/go.mod"), "module a\n"}});
    const WorkFileParse kiln = parseWorkFile(m.filePath(QStringLiteral("go.work")), gowork);
    if (!valid) {
        const ProcessOutput go = m_go.run({QStringLiteral("list")}, m.path());
        QVERIFY2(go.exitCode != 0, "go accepted the file");
        QVERIFY(!kiln.ok());
        const QByteArray got = describeErrors(kiln, m.path()).toUtf8() + '\n';
        const QString diff = test::firstDifference(go.stdErr, got);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        return;
    }
    const ProcessOutput go = m_go.run(
        {QStringLiteral("work"), QStringLiteral("edit"), QStringLiteral("-json")}, m.path());
    QVERIFY2(go.exitCode == 0, go.stdErr.constData());
    QVERIFY2(kiln.ok(), qPrintable(describeErrors(kiln, m.path())));
    QJsonObject got;
    if (!kiln.file.goVersion.isEmpty())
        got.insert(QStringLiteral("Go"), kiln.file.goVersion);
    QJsonArray uses, reps; // go work edit -json prints no Godebug
    for (const WorkUse &u : kiln.file.uses)
        uses.append(QJsonObject{{QStringLiteral("DiskPath"), u.path}});
    for (const Replace &r : kiln.file.replaces)
        reps.append(QJsonObject{{QStringLiteral("Old"), modVersion(r.old)},
                                {QStringLiteral("New"), modVersion(r.replacement)}});
    if (!uses.isEmpty())
        got.insert(QStringLiteral("Use"), uses);
    if (!reps.isEmpty())
        got.insert(QStringLiteral("Replace"), reps);
    QJsonObject want = QJsonDocument::fromJson(go.stdOut).object();
    for (const QString &key : want.keys())
        if (want.value(key).isNull())
            want.remove(key);
    const QString diff =
        test::firstDifference(QJsonDocument(want).toJson(), QJsonDocument(got).toJson());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestModFileOracle)
#include "tst_modfile_oracle.moc"
