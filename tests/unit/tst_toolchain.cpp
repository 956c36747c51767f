// Unit tests of toolchain discovery (core/goenv/toolchain.h) against fake
// GOROOTs: the order setting → $GOROOT → go on PATH → Debian GOROOT, the
// errors for missing or broken candidates, and kiln-cli's behaviour with no
// Go at all.
#include "goenv/builddefaults.h"
#include "goenv/toolchain.h"
#include "support/oraclego.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using goenv::GorootSource;

namespace
{

QString hostToolDir()
{
    const QString arch = QSysInfo::currentCpuArchitecture();
    return QStringLiteral("linux_") +
           (arch == QLatin1String("x86_64") ? QStringLiteral("amd64") : arch);
}

void writeFile(const QString &path, const QByteArray &content, bool executable)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup);
}

// What a fake GOROOT has: each part can be left out to break it.
enum Part { Version = 1, GoBinary = 2, Compiler = 4, Complete = 7 };

void makeGoroot(const QString &dir, const QByteArray &version, int parts = Complete)
{
    QDir().mkpath(dir);
    if (parts & Version)
        writeFile(dir + QStringLiteral("/VERSION"), version + "\ntime 2026-01-01T00:00:00Z\n",
                  false);
    if (parts & GoBinary)
        writeFile(dir + QStringLiteral("/bin/go"), "#!/bin/sh\nexit 3\n", true);
    if (parts & Compiler)
        writeFile(dir + QStringLiteral("/pkg/tool/") + hostToolDir() + QStringLiteral("/compile"),
                  "#!/bin/sh\n", true);
}

// Names used in rows; expanded to directories of the test's temp dir.
// "A".."D" are complete fake roots with versions go1.25.1 .. go1.25.4.
QString expand(const QString &name, const QString &root)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')))
        return name;
    return root + QLatin1Char('/') + name;
}

} // namespace

class TestToolchain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void order_data();
    void order();
    void errors_data();
    void errors();
    void pathSymlink();
    void buildDefaults_data();
    void buildDefaults();
    void cliWithoutGo_data();
    void cliWithoutGo();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_root;
};

void TestToolchain::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_root = m_tmp->path();
    for (int i = 0; i < 4; ++i)
        makeGoroot(m_root + QLatin1Char('/') + QChar(u'A' + i),
                   "go1.25." + QByteArray::number(i + 1));
}

void TestToolchain::order_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("envGoroot");
    QTest::addColumn<QString>("pathRoot"); // its bin/ goes on PATH
    QTest::addColumn<QString>("debian");
    QTest::addColumn<QString>("wantRoot");
    QTest::addColumn<int>("wantSource");
    QTest::addColumn<QString>("wantVersion");
    const int setting = int(GorootSource::Setting), env = int(GorootSource::Environment),
              path = int(GorootSource::PathGo), debian = int(GorootSource::DebianPackage);
    QTest::newRow("setting beats all") << "A"
                                       << "B"
                                       << "C"
                                       << "D"
                                       << "A" << setting << "go1.25.1";
    QTest::newRow("$GOROOT beats PATH") << ""
                                        << "B"
                                        << "C"
                                        << "D"
                                        << "B" << env << "go1.25.2";
    QTest::newRow("PATH beats Debian") << ""
                                       << ""
                                       << "C"
                                       << "D"
                                       << "C" << path << "go1.25.3";
    QTest::newRow("Debian last") << ""
                                 << ""
                                 << ""
                                 << "D"
                                 << "D" << debian << "go1.25.4";
    QTest::newRow("uncleaned setting") << "A/../B/./"
                                       << ""
                                       << ""
                                       << ""
                                       << "B" << setting << "go1.25.2";
}

void TestToolchain::order()
{
    QFETCH(QString, setting);
    QFETCH(QString, envGoroot);
    QFETCH(QString, pathRoot);
    QFETCH(QString, debian);
    QFETCH(QString, wantRoot);
    QFETCH(int, wantSource);
    QFETCH(QString, wantVersion);
    goenv::DiscoveryInput in;
    in.setting = expand(setting, m_root);
    if (!envGoroot.isEmpty())
        in.environment.insert(QStringLiteral("GOROOT"), expand(envGoroot, m_root));
    in.environment.insert(QStringLiteral("PATH"),
                          pathRoot.isEmpty() ? QStringLiteral("/nonexistent")
                                             : expand(pathRoot, m_root) + QStringLiteral("/bin"));
    in.debianGoroot = debian.isEmpty() ? QStringLiteral("/nonexistent") : expand(debian, m_root);
    const auto tc = goenv::discoverToolchain(in);
    QVERIFY2(tc.has_value(), tc ? "" : qPrintable(tc.error().toString()));
    const QString root = QDir::cleanPath(expand(wantRoot, m_root));
    QCOMPARE(tc->goroot, root);
    QCOMPARE(int(tc->source), wantSource);
    QCOMPARE(tc->version, wantVersion);
    QCOMPARE(tc->goBinary, root + QStringLiteral("/bin/go"));
    QCOMPARE(tc->toolDir, root + QStringLiteral("/pkg/tool/") + hostToolDir());
}

void TestToolchain::errors_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("envGoroot");
    QTest::addColumn<int>("brokenParts"); // parts of $ROOT/broken that exist
    QTest::addColumn<QByteArray>("brokenVersion");
    QTest::addColumn<QStringList>("wantInMessage");
    const QString hint = QStringLiteral("golang-1.25-go");
    QTest::newRow("nothing anywhere")
        << ""
        << "" << 0 << QByteArray()
        << QStringList{QStringLiteral("no Go toolchain found"), QStringLiteral("install"), hint};
    QTest::newRow("$GOROOT not a Go root")
        << ""
        << "broken" << 0 << QByteArray()
        << QStringList{QStringLiteral("broken"), QStringLiteral("$GOROOT"),
                       QStringLiteral("not a Go root")};
    QTest::newRow("setting not a Go root")
        << "broken"
        << "A" << 0 << QByteArray()
        << QStringList{QStringLiteral("broken"), QStringLiteral("the GOROOT setting"),
                       QStringLiteral("not a Go root")};
    QTest::newRow("$GOROOT does not exist")
        << ""
        << "/nonexistent/goroot" << 0 << QByteArray()
        << QStringList{QStringLiteral("/nonexistent/goroot"), QStringLiteral("$GOROOT"),
                       QStringLiteral("does not exist"), hint};
    QTest::newRow("no bin/go") << ""
                               << "broken" << int(Version | Compiler) << QByteArray("go1.25.0")
                               << QStringList{QStringLiteral("broken"),
                                              QStringLiteral("no bin/go")};
    QTest::newRow("no compiler") << ""
                                 << "broken" << int(Version | GoBinary) << QByteArray("go1.25.0")
                                 << QStringList{QStringLiteral("broken"),
                                                QStringLiteral("no compiler")};
    QTest::newRow("VERSION not go1")
        << ""
        << "broken" << int(Complete) << QByteArray("devel abc")
        << QStringList{QStringLiteral("broken"), QStringLiteral("devel abc")};
}

void TestToolchain::errors()
{
    QFETCH(QString, setting);
    QFETCH(QString, envGoroot);
    QFETCH(int, brokenParts);
    QFETCH(QByteArray, brokenVersion);
    QFETCH(QStringList, wantInMessage);
    makeGoroot(m_root + QStringLiteral("/broken"), brokenVersion, brokenParts);
    goenv::DiscoveryInput in;
    in.setting = expand(setting, m_root);
    if (!envGoroot.isEmpty())
        in.environment.insert(QStringLiteral("GOROOT"), expand(envGoroot, m_root));
    in.environment.insert(QStringLiteral("PATH"), QString());
    in.debianGoroot = QStringLiteral("/nonexistent/debian-go");
    const auto tc = goenv::discoverToolchain(in);
    QVERIFY2(!tc.has_value(), tc ? qPrintable(tc->goroot) : "");
    const QString message = tc.error().toString();
    for (const QString &want : wantInMessage)
        QVERIFY2(message.contains(want),
                 qPrintable(QStringLiteral("%1 lacks %2").arg(message, want)));
}

// go on PATH through a symlink: GOROOT is the binary's real location's parent.
void TestToolchain::pathSymlink()
{
    QDir().mkpath(m_root + QStringLiteral("/links"));
    QVERIFY(
        QFile::link(m_root + QStringLiteral("/C/bin/go"), m_root + QStringLiteral("/links/go")));
    goenv::DiscoveryInput in;
    in.environment.insert(QStringLiteral("PATH"), m_root + QStringLiteral("/links"));
    in.debianGoroot = m_root + QStringLiteral("/D");
    const auto tc = goenv::discoverToolchain(in);
    QVERIFY(tc.has_value());
    QCOMPARE(tc->goroot, QFileInfo(m_root + QStringLiteral("/C")).canonicalFilePath());
    QCOMPARE(int(tc->source), int(GorootSource::PathGo));
}

// The defaults a toolchain was built with come from its generated sources;
// without them, upstream's.
void TestToolchain::buildDefaults_data()
{
    QTest::addColumn<QByteArray>("zdefaultcc");
    QTest::addColumn<QByteArray>("zbootstrap");
    QTest::addColumn<QString>("goos");
    QTest::addColumn<QString>("goarch");
    QTest::addColumn<QString>("wantCC");
    QTest::addColumn<QString>("wantCXX");
    QTest::addColumn<QString>("wantPkgConfig");
    QTest::addColumn<QString>("wantGOAMD64");
    const QByteArray debian =
        "package cfg\n\nconst DefaultPkgConfig = `pkgconf`\n"
        "func DefaultCC(goos, goarch string) string {\n"
        "\tswitch goos+`/`+goarch {\n"
        "\tcase \"linux/amd64\":\n\t\treturn \"x86_64-linux-gnu-gcc\"\n\t}\n"
        "\tswitch goos {\n\tcase \"darwin\", \"ios\":\n\t\treturn \"clang\"\n\t}\n"
        "\treturn \"cc\"\n}\n"
        "func DefaultCXX(goos, goarch string) string {\n"
        "\tswitch goos+`/`+goarch {\n"
        "\tcase \"linux/amd64\":\n\t\treturn \"x86_64-linux-gnu-g++\"\n\t}\n"
        "\treturn \"c++\"\n}\n";
    const QByteArray boot =
        "package buildcfg\n\nconst DefaultGOAMD64 = `v3`\nconst defaultGOOS = runtime.GOOS\n";
    QTest::newRow("upstream, linux") << QByteArray() << QByteArray() << "linux"
                                     << "amd64"
                                     << "gcc"
                                     << "g++"
                                     << "pkg-config"
                                     << "v1";
    QTest::newRow("upstream, freebsd") << QByteArray() << QByteArray() << "freebsd"
                                       << "amd64"
                                       << "clang"
                                       << "clang++"
                                       << "pkg-config"
                                       << "v1";
    QTest::newRow("generated, listed platform") << debian << boot << "linux"
                                                << "amd64"
                                                << "x86_64-linux-gnu-gcc"
                                                << "x86_64-linux-gnu-g++"
                                                << "pkgconf"
                                                << "v3";
    QTest::newRow("generated, by GOOS") << debian << boot << "ios"
                                        << "arm64"
                                        << "clang"
                                        << "c++"
                                        << "pkgconf"
                                        << "v3";
    QTest::newRow("generated, fallback") << debian << boot << "linux"
                                         << "arm64"
                                         << "cc"
                                         << "c++"
                                         << "pkgconf"
                                         << "v3";
}

void TestToolchain::buildDefaults()
{
    QFETCH(QByteArray, zdefaultcc);
    QFETCH(QByteArray, zbootstrap);
    QFETCH(QString, goos);
    QFETCH(QString, goarch);
    const QString root = m_root + QStringLiteral("/A");
    if (!zdefaultcc.isEmpty())
        writeFile(root + QStringLiteral("/src/cmd/go/internal/cfg/zdefaultcc.go"), zdefaultcc,
                  false);
    if (!zbootstrap.isEmpty())
        writeFile(root + QStringLiteral("/src/internal/buildcfg/zbootstrap.go"), zbootstrap, false);
    const goenv::BuildDefaults d = goenv::BuildDefaults::forGoroot(root);
    QTEST(d.defaultCC(goos, goarch), "wantCC");
    QTEST(d.defaultCXX(goos, goarch), "wantCXX");
    QTEST(d.defaultPkgConfig(), "wantPkgConfig");
    QTEST(d.constant(QStringLiteral("DefaultGOAMD64")), "wantGOAMD64");
    QCOMPARE(d.constant(QStringLiteral("DefaultGOARM64")), QStringLiteral("v8.0"));
}

void TestToolchain::cliWithoutGo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("env") << QStringList{QStringLiteral("env")};
    QTest::newRow("env -json GOOS")
        << QStringList{QStringLiteral("env"), QStringLiteral("-json"), QStringLiteral("GOOS")};
    QTest::newRow("version") << QStringList{QStringLiteral("version")};
}

// kiln-cli with no Go: a clear error naming the candidate and how to install, exit 1.
void TestToolchain::cliWithoutGo()
{
    QFETCH(QStringList, args);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_root);
    env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent/bin"));
    env.insert(QStringLiteral("GOROOT"), QStringLiteral("/nonexistent/goroot"));
    const ProcessOutput out = test::runKilnCli(args, m_root, env);
    QCOMPARE(out.exitCode, 1);
    const QString err = QString::fromUtf8(out.stdErr);
    QVERIFY2(err.startsWith(
                 QLatin1String("kiln: GOROOT /nonexistent/goroot (from $GOROOT) does not exist")),
             qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("golang-1.25-go")), qPrintable(err));
    QVERIFY(!out.stdOut.contains("GOROOT="));
}

QTEST_GUILESS_MAIN(TestToolchain)
#include "tst_toolchain.moc"
