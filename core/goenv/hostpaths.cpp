#include "goenv/hostpaths.h"

#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace kiln::goenv
{

namespace
{

// The user directory under $XDG_<kind>_HOME, else $HOME/<homeSub>.
Result<QString> xdgDir(const QProcessEnvironment &env, const QString &xdgName,
                       const QString &homeSub)
{
    QString dir = env.value(xdgName);
    if (dir.isEmpty()) {
        dir = env.value(QStringLiteral("HOME"));
        if (dir.isEmpty())
            return fail(QStringLiteral("neither $%1 nor $HOME are defined").arg(xdgName));
        return dir + homeSub;
    }
    if (!isAbsPath(dir))
        return fail(QStringLiteral("path in $%1 is relative").arg(xdgName));
    return dir;
}

bool isExecutableFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {
    };
    if (::stat(native.constData(), &st) != 0 || S_ISDIR(st.st_mode))
        return false;
    return ::access(native.constData(), X_OK) == 0;
}

bool sameDirectory(const QString &a, const QString &b)
{
    struct stat sa {
    }, sb{};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

} // namespace

QString cleanPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    const bool rooted = path.startsWith(QLatin1Char('/'));
    QStringList out;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!out.isEmpty() && out.last() != QLatin1String(".."))
                out.removeLast();
            else if (!rooted)
                out.append(part);
            continue;
        }
        out.append(part);
    }
    const QString joined = out.join(QLatin1Char('/'));
    if (rooted)
        return QLatin1Char('/') + joined;
    return joined.isEmpty() ? QStringLiteral(".") : joined;
}

QString joinPath(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            nonEmpty.append(p);
    }
    return nonEmpty.isEmpty() ? QString() : cleanPath(nonEmpty.join(QLatin1Char('/')));
}

bool isAbsPath(const QString &path)
{
    return path.startsWith(QLatin1Char('/'));
}

Result<QString> userConfigDir(const QProcessEnvironment &env)
{
    return xdgDir(env, QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/.config"));
}

Result<QString> userCacheDir(const QProcessEnvironment &env)
{
    return xdgDir(env, QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("/.cache"));
}

QString tempDir(const QProcessEnvironment &env)
{
    const QString dir = env.value(QStringLiteral("TMPDIR"));
    return dir.isEmpty() ? QStringLiteral("/tmp") : dir;
}

QString workingDirLikeGo(const QString &dir, const QProcessEnvironment &env)
{
    const QString pwd = env.value(QStringLiteral("PWD"));
    if (isAbsPath(pwd) && sameDirectory(pwd, dir))
        return pwd;
    return dir;
}

LookPathResult lookPath(const QString &file, const QProcessEnvironment &env)
{
    if (file.isEmpty())
        return {};
    if (file.contains(QLatin1Char('/')))
        return isExecutableFile(file) ? LookPathResult{file, true} : LookPathResult{};
    // Split like filepath.SplitList: an empty $PATH has no entries.
    const QString pathVar = env.value(QStringLiteral("PATH"));
    if (pathVar.isEmpty())
        return {};
    for (QString dir : pathVar.split(QLatin1Char(':'))) {
        if (dir.isEmpty())
            dir = QStringLiteral(".");
        const QString candidate = joinPath({dir, file});
        if (isExecutableFile(candidate))
            return {candidate, isAbsPath(candidate)};
    }
    return {};
}

} // namespace kiln::goenv
