// Oracle: go's #cgo flag allow-lists (work/security.go) against Kiln's
// (cgoflags.h). Each row is a package with one #cgo directive; `go build -n
// -a` and `kiln-cli build -n -a` (CGO_ENABLED=1) must print the same script
// and exit the same way: an accepted flag shows up in the gcc/cgo command
// lines (and -flto in the "preferlinkext" token), a refused one ends the
// script with go's "invalid flag in #cgo …" text. Under -n nothing runs, so
// the rows are quick; pkg-config rows check only its arguments.
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QFileInfo>
#include <QtTest>

using namespace kiln::test;

namespace
{

enum class Expect { Accepted, Refused };

struct Row {
    const char *name;
    const char *directive;          // the text after "#cgo "
    Expect expect;                  // what go does (checked, so a row cannot pass vacuously)
    const char *allowEnv = nullptr; // NAME=regexp for CGO_*_ALLOW / _DISALLOW
};

const QList<Row> &rows()
{
    static const QList<Row> list = {
        {"cflags-ok", "CFLAGS: -O2 -g -Wall -DFOO=1 -UBAR -std=c11 -fno-common -m64",
         Expect::Accepted},
        {"cflags-I-next", "CFLAGS: -I include -isystem /usr/include -x c", Expect::Accepted},
        {"cflags-isystem-at", "CFLAGS: -isystem @evil", Expect::Refused},
        {"cflags-I-last", "CFLAGS: -I", Expect::Refused},
        {"cflags-plugin", "CFLAGS: -fplugin=x", Expect::Refused},
        {"cflags-Wa", "CFLAGS: -Wa,--noexecstack", Expect::Refused},
        {"cflags-Wa-bigobj", "CFLAGS: -Wa,-mbig-obj", Expect::Accepted},
        {"cflags-Wp-define", "CFLAGS: -Wp,-DX=1", Expect::Accepted},
        {"cflags-D-at", "CFLAGS: -DX=@y", Expect::Refused},
        {"cflags-flto", "CFLAGS: -flto", Expect::Accepted},
        {"cflags-sanitize", "CFLAGS: -fsanitize=address -fno-omit-frame-pointer", Expect::Accepted},
        {"cflags-march", "CFLAGS: -march=x86-64-v2 -mavx2 -msse4.2", Expect::Accepted},
        {"cflags-allow", "CFLAGS: -fplugin=x", Expect::Accepted, "CGO_CFLAGS_ALLOW=-fplugin=.*"},
        {"cflags-disallow", "CFLAGS: -O2", Expect::Refused, "CGO_CFLAGS_DISALLOW=-O.*"},
        {"cppflags-bad", "CPPFLAGS: -imacros x.h", Expect::Refused},
        {"cxxflags-ok", "CXXFLAGS: -std=c++17 -fno-exceptions -fno-rtti", Expect::Accepted},
        {"cxxflags-bad", "CXXFLAGS: -fdump-tree-all", Expect::Refused},
        {"ldflags-ok", "LDFLAGS: -lm -L/usr/lib -pthread -Wl,--as-needed -Wl,-z,relro,-z,now",
         Expect::Accepted},
        {"ldflags-rpath", "LDFLAGS: -Wl,-rpath,/opt/lib -Wl,-rpath -Wl,/opt/lib2",
         Expect::Accepted},
        {"ldflags-push-state", "LDFLAGS: -Wl,--push-state,--as-needed -lm -Wl,--pop-state",
         Expect::Accepted},
        {"ldflags-push-state-bad", "LDFLAGS: -Wl,--push-state,--evil", Expect::Refused},
        {"ldflags-plugin", "LDFLAGS: -Wl,--plugin=evil.so", Expect::Refused},
        {"ldflags-lto-library", "LDFLAGS: -lto_library", Expect::Refused},
        {"ldflags-object", "LDFLAGS: libfoo.a ./bar.o", Expect::Accepted},
        {"ldflags-z-bad", "LDFLAGS: -Wl,-z,evil", Expect::Refused},
        {"ldflags-disallow", "LDFLAGS: -lm", Expect::Refused, "CGO_LDFLAGS_DISALLOW=-l.*"},
        {"pkgconfig-flag", "pkg-config: --static zlib", Expect::Accepted},
        {"pkgconfig-bad-flag", "pkg-config: --evil zlib", Expect::Refused},
        {"pkgconfig-bad-name", "pkg-config: -x", Expect::Refused},
    };
    return list;
}

} // namespace

class TestCgoOracleFlags : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void flags_data();
    void flags();

private:
    OracleGo m_go;
};

void TestCgoOracleFlags::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    QVERIFY2(QFileInfo(kilnCli()).isExecutable(),
             qPrintable(kilnCli() + QStringLiteral(" missing")));
}

void TestCgoOracleFlags::flags_data()
{
    QTest::addColumn<int>("row");
    for (qsizetype i = 0; i < rows().size(); ++i)
        QTest::newRow(rows()[i].name) << int(i);
}

void TestCgoOracleFlags::flags()
{
    QFETCH(int, row);
    const Row &r = rows()[row];
    TempModule m({{QStringLiteral("go.mod"), "module example.com/flags\n\ngo 1.22\n"},
                  {QStringLiteral("main.go"), "package main\n\n// #cgo " + QByteArray(r.directive) +
                                                  "\nimport \"C\"\n\nfunc main() {}\n"}});
    QMap<QString, QString> env{{QStringLiteral("CGO_ENABLED"), QStringLiteral("1")}};
    if (r.allowEnv) {
        const QString setting = QString::fromLatin1(r.allowEnv);
        const qsizetype eq = setting.indexOf(QLatin1Char('='));
        env.insert(setting.left(eq), setting.mid(eq + 1));
    }
    const QProcessEnvironment penv = m_go.environment(env);
    const QStringList args{QStringLiteral("build"), QStringLiteral("-n"),   QStringLiteral("-a"),
                           QStringLiteral("-o"),    QStringLiteral("prog"), QStringLiteral(".")};
    const kiln::ProcessOutput go = m_go.runWithEnv(args, m.path(), penv);
    const kiln::ProcessOutput kiln = runKilnCli(args, m.path(), penv);
    QVERIFY2(go.stdErr.contains("runtime/cgo"),
             "go's script does not build runtime/cgo: cgo is off");
    QCOMPARE(go.exitCode != 0, r.expect == Expect::Refused);
    QCOMPARE(kiln.exitCode, go.exitCode);
    QCOMPARE(QString::fromUtf8(kiln.stdErr), QString::fromUtf8(go.stdErr));
}

QTEST_GUILESS_MAIN(TestCgoOracleFlags)
#include "tst_cgo_oracle_flags.moc"
