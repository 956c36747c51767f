#include "goenv/modulefiles.h"

#include "goenv/hostpaths.h"

#include <QFileInfo>

namespace kiln::goenv
{

namespace
{

bool isRegularFile(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && !info.isDir();
}

QString parentDir(const QString &dir)
{
    if (dir == QLatin1String("/"))
        return dir;
    const qsizetype slash = dir.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QStringLiteral(".");
    return slash == 0 ? QStringLiteral("/") : dir.left(slash);
}

QString findWorkspaceFile(const QString &start, const QString &goroot)
{
    QString dir = cleanPath(start);
    for (;;) {
        const QString file = joinPath({dir, QStringLiteral("go.work")});
        if (isRegularFile(file))
            return file;
        const QString up = parentDir(dir);
        if (up == dir || up == goroot) // go does not search past GOROOT
            return {};
        dir = up;
    }
}

bool sameDir(const QString &a, const QString &b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return cleanPath(a) == cleanPath(b) ||
           (!ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath());
}

Result<QString> findGomod(const ModuleQuery &q, QStringList &warnings)
{
    const QString mode = q.go111module;
    if (mode == QLatin1String("off"))
        return QString();
    if (!mode.isEmpty() && mode != QLatin1String("on") && mode != QLatin1String("auto"))
        return fail(QStringLiteral("unknown environment setting GO111MODULE=%1").arg(mode));
    const QString outside = mode == QLatin1String("auto") ? QString() : QStringLiteral("/dev/null");
    const QString root = findModuleRoot(q.workingDir);
    if (root.isEmpty())
        return outside;
    if (sameDir(root, q.tempDir)) {
        warnings.append(
            QStringLiteral("go: warning: ignoring go.mod in system temp root %1").arg(q.tempDir));
        return outside;
    }
    return joinPath({root, QStringLiteral("go.mod")});
}

Result<QString> findGowork(const ModuleQuery &q)
{
    if (q.gowork == QLatin1String("off"))
        return q.gowork;
    if (q.gowork.isEmpty() || q.gowork == QLatin1String("auto"))
        return findWorkspaceFile(q.workingDir, q.goroot);
    if (!isAbsPath(q.gowork))
        return fail(QStringLiteral("invalid GOWORK: not an absolute path"));
    return q.gowork;
}

} // namespace

QString findModuleRoot(const QString &start)
{
    QString dir = cleanPath(start);
    for (;;) {
        if (isRegularFile(joinPath({dir, QStringLiteral("go.mod")})))
            return dir;
        const QString up = parentDir(dir);
        if (up == dir)
            return {};
        dir = up;
    }
}

Result<ModuleFiles> findModuleFiles(const ModuleQuery &query)
{
    ModuleFiles files;
    KILN_TRY(gomod, findGomod(query, files.warnings));
    KILN_TRY(gowork, findGowork(query));
    files.gomod = gomod;
    files.gowork = gowork;
    return files;
}

bool modulesWillBeEnabled(const ModuleQuery &query)
{
    const QString mode = query.go111module;
    if (mode.isEmpty() || mode == QLatin1String("on"))
        return true;
    if (mode != QLatin1String("auto"))
        return false;
    const QString root = findModuleRoot(query.workingDir);
    return !root.isEmpty() && !sameDir(root, query.tempDir);
}

} // namespace kiln::goenv
