#include "goenv/toolchain.h"

#include "base/process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

namespace kiln::goenv {

namespace {

const char installHint[] =
    "install Go 1.25: on Debian 12 run packaging/deps.sh, which adds trixie-backports "
    "(pinned to golang-1.25*) and installs golang-1.25-go; or set GOROOT";

QString hostToolDirName()
{
    QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == QLatin1String("x86_64"))
        arch = QStringLiteral("amd64");
    else if (arch == QLatin1String("i386"))
        arch = QStringLiteral("386");
    return QStringLiteral("linux_") + arch;
}

// GOROOT of the `go` found on PATH: the binary's real location's grandparent,
// else what `go env GOROOT` prints.
QString gorootOfPathGo(const QProcessEnvironment &env)
{
    const QStringList path = env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (path.isEmpty()) // findExecutable would search Kiln's own PATH instead
        return {};
    const QString go = QStandardPaths::findExecutable(QStringLiteral("go"), path);
    if (go.isEmpty())
        return {};
    const QFileInfo real(QFileInfo(go).canonicalFilePath());
    const QDir bin = real.absoluteDir();
    if (bin.dirName() == QLatin1String("bin") && QFileInfo::exists(bin.filePath(QStringLiteral("../VERSION"))))
        return QDir::cleanPath(bin.filePath(QStringLiteral("..")));
    ProcessSpec spec;
    spec.program = go;
    spec.arguments = {QStringLiteral("env"), QStringLiteral("GOROOT")};
    spec.environment = env;
    auto out = runProcess(spec, 30000);
    if (!out || out->exitCode != 0)
        return {};
    return QString::fromUtf8(out->stdOut).trimmed();
}

} // namespace

QString describe(GorootSource source)
{
    switch (source) {
    case GorootSource::Setting: return QStringLiteral("the GOROOT setting");
    case GorootSource::Environment: return QStringLiteral("$GOROOT");
    case GorootSource::PathGo: return QStringLiteral("go on PATH");
    case GorootSource::DebianPackage: return QStringLiteral("the Debian golang-1.25-go package");
    }
    return {};
}

Result<Toolchain> inspectGoroot(const QString &dir, GorootSource source)
{
    const QString root = QDir::cleanPath(QDir(dir).absolutePath());
    const QString what = QStringLiteral("GOROOT %1 (from %2)").arg(root, describe(source));
    if (!QFileInfo(root).isDir())
        return fail(QStringLiteral("%1 does not exist; %2").arg(what, QLatin1String(installHint)));
    QFile version(root + QStringLiteral("/VERSION"));
    if (!version.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1 is not a Go root: no VERSION file").arg(what));
    const QString first = QString::fromUtf8(version.readLine()).trimmed();
    if (!first.startsWith(QLatin1String("go1")))
        return fail(QStringLiteral("%1 is not a Go root: VERSION says %2").arg(what, first));
    Toolchain tc;
    tc.goroot = root;
    tc.goBinary = root + QStringLiteral("/bin/go");
    tc.version = first;
    tc.toolDir = root + QStringLiteral("/pkg/tool/") + hostToolDirName();
    tc.source = source;
    if (!QFileInfo(tc.goBinary).isExecutable())
        return fail(QStringLiteral("%1 is not a Go root: no bin/go").arg(what));
    if (!QFileInfo(tc.toolDir + QStringLiteral("/compile")).isExecutable())
        return fail(QStringLiteral("%1 has no compiler at %2").arg(what, tc.toolDir + QStringLiteral("/compile")));
    return tc;
}

Result<Toolchain> discoverToolchain(const DiscoveryInput &input)
{
    if (!input.setting.isEmpty())
        return inspectGoroot(input.setting, GorootSource::Setting);
    const QString envRoot = input.environment.value(QStringLiteral("GOROOT"));
    if (!envRoot.isEmpty())
        return inspectGoroot(envRoot, GorootSource::Environment);
    const QString pathRoot = gorootOfPathGo(input.environment);
    if (!pathRoot.isEmpty())
        return inspectGoroot(pathRoot, GorootSource::PathGo);
    if (!input.debianGoroot.isEmpty() && QFileInfo(input.debianGoroot).isDir())
        return inspectGoroot(input.debianGoroot, GorootSource::DebianPackage);
    return fail(QStringLiteral("no Go toolchain found (no GOROOT setting, no $GOROOT, no go on PATH, "
                               "no %1); %2")
                    .arg(input.debianGoroot, QLatin1String(installHint)));
}

} // namespace kiln::goenv
