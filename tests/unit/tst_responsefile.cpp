// Response files (core/exec/responsefile.h): which tools get one and when
// (go's useResponseFile), go's argument encoding, and what a tool started
// through Shell::run really receives: a fake "compile" records its argv and
// the file's bytes. The real compiler reading such a file is checked by
// tst_build_oracle's long-command-line row.
#include "exec/buildconfig.h"
#include "exec/responsefile.h"
#include "exec/shell.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::exec;

class TestResponseFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whichTools_data();
    void whichTools();
    void encoding();
    void toolGetsFile_data();
    void toolGetsFile();
};

void TestResponseFile::whichTools_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<bool>("expected");
    const QString tools = QStringLiteral("/usr/lib/go/pkg/tool/linux_amd64/");
    QTest::newRow("compile at the limit") << tools + "compile" << 30720 << false;
    QTest::newRow("compile over the limit") << tools + "compile" << 30721 << true;
    QTest::newRow("link") << tools + "link" << 40000 << true;
    QTest::newRow("asm") << tools + "asm" << 40000 << true;
    QTest::newRow("cgo") << tools + "cgo" << 40000 << true;
    QTest::newRow("cover.exe") << tools + "cover.exe" << 40000 << true;
    QTest::newRow("vet") << tools + "vet" << 40000 << false;
    QTest::newRow("pack") << tools + "pack" << 40000 << false;
    QTest::newRow("gcc") << QStringLiteral("/usr/bin/gcc") << 400000 << false;
}

void TestResponseFile::whichTools()
{
    QFETCH(QString, program);
    QFETCH(int, bytes);
    QFETCH(bool, expected);
    QCOMPARE(useResponseFile(program, bytes), expected);
}

void TestResponseFile::encoding()
{
    QCOMPARE(encodeResponseArg(QStringLiteral("-p=main")), QByteArray("-p=main"));
    QCOMPARE(encodeResponseArg(QStringLiteral("a\\b\nc")), QByteArray("a\\\\b\\nc"));
    QCOMPARE(encodeResponseArg(QStringLiteral("ünï code")), QStringLiteral("ünï code").toUtf8());
    QCOMPARE(encodeResponseArg(QString()), QByteArray());
}

void TestResponseFile::toolGetsFile_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<int>("files");
    QTest::addColumn<bool>("viaFile");
    QTest::newRow("compile, short") << QStringLiteral("compile") << 10 << false;
    QTest::newRow("compile, long") << QStringLiteral("compile") << 2000 << true;
    QTest::newRow("vet, long") << QStringLiteral("vet") << 2000 << false;
}

void TestResponseFile::toolGetsFile()
{
    QFETCH(QString, tool);
    QFETCH(int, files);
    QFETCH(bool, viaFile);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    // The fake tool writes its arguments, and the file an @argument names.
    const QString program = tmp.filePath(tool);
    QFile script(program);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$OUT\"\n"
        "case \"$1\" in @*) cat \"${1#@}\" > \"$OUT.rsp\"; echo \"${1#@}\" > \"$OUT.name\";; "
        "esac\n");
    script.close();
    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner));
    QStringList argv = {program, QStringLiteral("-p"), QStringLiteral("main"), QStringLiteral("-D"),
                        QStringLiteral("back\\slash\nnewline")};
    for (int i = 0; i < files; ++i)
        argv << QStringLiteral("./a_rather_long_file_name_%1.go").arg(i);
    BuildConfig config;
    config.cwd = tmp.path();
    config.toolEnv = QProcessEnvironment::systemEnvironment();
    const QString out = tmp.filePath(QStringLiteral("out"));
    Shell shell(config, {}, nullptr);
    const ToolRun r = shell.run(tmp.path(), argv, {QStringLiteral("OUT=") + out}, QString());
    QVERIFY2(r.ok, qPrintable(r.error + QString::fromUtf8(r.output)));
    QCOMPARE(r.cmdline, joinUnambiguously(argv)); // the action graph's Cmd has everything
    QFile got(out);
    QVERIFY(got.open(QIODevice::ReadOnly));
    const QByteArray received = got.readAll();
    QByteArray expected;
    for (qsizetype i = 1; i < argv.size(); ++i)
        expected += encodeResponseArg(argv[i]) + '\n';
    if (!viaFile) {
        QVERIFY(!QFile::exists(out + ".rsp"));
        QCOMPARE(received, argv.mid(1).join(QLatin1Char('\n')).toUtf8() + '\n');
        return;
    }
    QFile name(out + ".name");
    QVERIFY(name.open(QIODevice::ReadOnly));
    const QString rspPath = QString::fromUtf8(name.readAll().trimmed());
    QCOMPARE(received, '@' + rspPath.toUtf8() + '\n');
    QVERIFY(rspPath.startsWith(QDir::tempPath() + QStringLiteral("/args")));
    QVERIFY2(!QFile::exists(rspPath), "the response file outlives the tool");
    QFile rsp(out + ".rsp");
    QVERIFY(rsp.open(QIODevice::ReadOnly));
    QCOMPARE(rsp.readAll(), expected);
}

QTEST_GUILESS_MAIN(TestResponseFile)
#include "tst_responsefile.moc"
