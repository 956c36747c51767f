// cmd/go's vcs.FromDir and gitStatus; the version is buildvcsversion.cpp's.
#include "load/buildvcs.h"

#include "base/goquote.h"
#include "base/process.h"
#include "load/buildvcsgit.h"
#include "load/semver.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace kiln::load
{

using namespace vcsgit;

namespace
{

QString q(const QString &s)
{
    return QString::fromUtf8(goQuote(s.toUtf8()));
}

Error vcsError(const QString &err)
{
    return Error{QStringLiteral("error obtaining VCS status: ") + err +
                 QStringLiteral("\n\tUse -buildvcs=false to disable VCS stamping.")};
}

// str.HasFilePathPrefix (Unix).
bool hasFilePathPrefix(const QString &s, const QString &prefix)
{
    if (s.size() == prefix.size())
        return s == prefix;
    if (prefix.isEmpty())
        return true;
    if (s.size() < prefix.size() || !s.startsWith(prefix))
        return false;
    return prefix.endsWith(QLatin1Char('/')) || s[prefix.size()] == QLatin1Char('/');
}

struct Repo {
    QString dir;
    QString cmd; // "hg", "git", "svn", "bzr", "fossil"; "" = none found
};

// vcs.FromDir(dir, ""): the innermost repository; a second VCS further up is
// an error unless it is git inside git. Errors are go's text.
Result<Repo> fromDir(const QString &start, const QProcessEnvironment &env)
{
    struct Root {
        const char *cmd;
        const char *name;
        bool isDir;
    };
    static const Root roots[] = {
        {"hg", ".hg", true},   {"git", ".git", true},          {"svn", ".svn", true},
        {"bzr", ".bzr", true}, {"fossil", ".fslckout", false}, {"fossil", "_FOSSIL_", false}};
    const bool allowMultiple = env.value(QStringLiteral("GODEBUG"))
                                   .split(QLatin1Char(','))
                                   .lastIndexOf(QStringLiteral("allowmultiplevcs=1")) >= 0;
    Repo found;
    QString dir = QDir::cleanPath(start);
    while (!dir.isEmpty()) {
        QString lastCmd;
        for (const Root &r : roots) {
            if (lastCmd == QLatin1String(r.cmd))
                continue; // fossil's second root name
            const QFileInfo fi(dir + QLatin1Char('/') + QLatin1String(r.name));
            if (!fi.exists() || fi.isDir() != r.isDir)
                continue;
            lastCmd = QLatin1String(r.cmd);
            if (found.cmd.isEmpty()) {
                found = {dir, QLatin1String(r.cmd)};
                if (allowMultiple)
                    return found;
                continue;
            }
            if (found.cmd == QLatin1String("git") && lastCmd == QLatin1String("git"))
                continue;
            return fail(QStringLiteral("multiple VCS detected: %1 in %2, and %3 in %4")
                            .arg(found.cmd, q(found.dir), lastCmd, q(dir)));
        }
        const QString parent = QFileInfo(dir).path();
        if (parent.size() >= dir.size())
            break;
        dir = parent;
    }
    return found; // cmd "" when there is no repository
}

QProcessEnvironment effectiveEnv(const BuildSettings &s)
{
    return s.environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : s.environment;
}

// pathcache.LookPath over the environment's PATH.
QString lookPath(const QString &cmd, const QProcessEnvironment &env)
{
    QStringList dirs;
    for (const QString &d : env.value(QStringLiteral("PATH")).split(QLatin1Char(':')))
        dirs.append(d.isEmpty() ? QStringLiteral(".") : d);
    return QStandardPaths::findExecutable(cmd, dirs);
}

QString utcText(qint64 secs, const char *format)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QLatin1String(format));
}

// gitStatus.
Result<VcsStamp> gitStatus(const Git &git)
{
    KILN_TRY(status, git.run({QStringLiteral("status"), QStringLiteral("--porcelain")}));
    VcsStamp st;
    st.vcs = QStringLiteral("git");
    st.modified = !status.isEmpty();
    const auto log =
        git.run({QStringLiteral("-c"), QStringLiteral("log.showsignature=false"),
                 QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%H:%ct")});
    if (!log && !st.modified)
        return std::unexpected(log.error());
    if (log) {
        const QString out = QString::fromUtf8(log->trimmed());
        const qsizetype i = out.indexOf(QLatin1Char(':'));
        if (i < 1)
            return fail(QStringLiteral("unrecognized VCS tool output"));
        bool ok = false;
        const qint64 secs = out.mid(i + 1).toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("unrecognized VCS tool output: strconv.ParseInt: parsing "
                                       "%1: invalid syntax")
                            .arg(q(out.mid(i + 1))));
        st.revision = out.left(i);
        st.time = utcText(secs, "yyyy-MM-ddThh:mm:ssZ");
    }
    return st;
}

} // namespace

bool isPseudoVersion(const QString &v)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^v[0-9]+\.(0\.0-|\d+\.\d+-([^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$)"));
    return v.count(QLatin1Char('-')) >= 2 && isValidSemver(v) && re.match(v).hasMatch();
}

QString pseudoVersion(const QString &majorIn, const QString &olderIn, qint64 time,
                      const QString &rev)
{
    const QString major = majorIn.isEmpty() ? QStringLiteral("v0") : majorIn;
    const QString segment = utcText(time, "yyyyMMddhhmmss") + QLatin1Char('-') + rev;
    const QString build = semverBuild(olderIn);
    const QString older = canonicalSemver(olderIn);
    if (older.isEmpty())
        return major + QStringLiteral(".0.0-") + segment;
    if (!semverPrerelease(older).isEmpty())
        return older + QStringLiteral(".0.") + segment + build;
    const qsizetype i = older.lastIndexOf(QLatin1Char('.')) + 1;
    // incDecimal on the patch number.
    QString patch = older.mid(i);
    qsizetype k = patch.size() - 1;
    while (k >= 0 && patch[k] == QLatin1Char('9')) {
        patch[k] = QLatin1Char('0');
        --k;
    }
    if (k >= 0)
        patch[k] = QChar(patch[k].unicode() + 1);
    else
        patch.prepend(QLatin1Char('1'));
    return older.left(i) + patch + QStringLiteral("-0.") + segment + build;
}

Result<std::optional<VcsStamp>> vcsStamp(const VcsTarget &target, const BuildSettings &settings)
{
    const QProcessEnvironment env = effectiveEnv(settings);
    const auto cwdRepo = fromDir(settings.workingDir, env);
    if (!cwdRepo)
        return std::unexpected(vcsError(cwdRepo.error().message));
    const Repo repo = *cwdRepo;
    // The module and the working directory's repository must overlap.
    if (!hasFilePathPrefix(target.moduleDir, repo.dir) &&
        !hasFilePathPrefix(repo.dir, target.moduleDir))
        return std::nullopt;
    if (repo.cmd.isEmpty())
        return std::nullopt;
    const QString tool = lookPath(repo.cmd, env);
    if (settings.buildvcs == BuildVcs::Auto && tool.isEmpty())
        return std::nullopt;
    for (const auto &[dir, what] : {std::pair{target.packageDir, QStringLiteral("main package")},
                                    std::pair{target.moduleDir, QStringLiteral("main module")}}) {
        const auto other = fromDir(dir, env);
        if (!other)
            return std::unexpected(vcsError(other.error().message));
        if (other->cmd.isEmpty())
            return std::unexpected(
                vcsError(QStringLiteral("directory %1 is not using a known version control system")
                             .arg(q(QDir::cleanPath(dir)))));
        if (other->dir != repo.dir) {
            if (settings.buildvcs == BuildVcs::Auto)
                return std::nullopt;
            return std::unexpected(
                vcsError(QStringLiteral("%1 is in repository %2 but current directory is in "
                                        "repository %3")
                             .arg(what, q(other->dir), q(repo.dir))));
        }
    }
    if (repo.cmd != QLatin1String("git"))
        return fail(QStringLiteral("kiln: VCS stamping supports only git, not %1 (in %2); use "
                                   "-buildvcs=false")
                        .arg(repo.cmd, repo.dir));
    if (tool.isEmpty())
        return std::unexpected(
            vcsError(QStringLiteral("exec: \"git\": executable file not found in $PATH")));
    const Git git(tool, repo.dir, env);
    const auto st = gitStatus(git);
    if (!st)
        return std::unexpected(vcsError(st.error().message));
    VcsStamp stamp = *st;
    if (!stamp.revision.isEmpty()) {
        QString v = versionForRevision(git, repo.dir, target.modulePath, stamp.revision, settings);
        if (!v.isEmpty() && stamp.modified)
            v += v.endsWith(QLatin1String("+incompatible")) ? QStringLiteral(".dirty")
                                                            : QStringLiteral("+dirty");
        stamp.version = v;
    }
    return stamp;
}

} // namespace kiln::load
