// The version of the main module at a revision (local git only): the parts
// of modfetch that LookupLocal reaches (cachingRepo.Stat's by-hash cache,
// codeRepo.convert/findDir, codehost's gitRepo.statLocal/RecentTag). The
// contract is in buildvcs.h.
#include "load/buildvcs.h"

#include "base/goquote.h"
#include "load/buildvcsgit.h"
#include "load/modgraph.h"
#include "load/semver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kiln::load
{

using namespace vcsgit;

namespace
{

bool allHex(const QString &s)
{
    for (QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

// load.goModPath: the module path of dir/go.mod as a quick scan reads it.
QString goModPath(const QString &dir)
{
    QFile f(dir + QStringLiteral("/go.mod"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    qsizetype i = 0;
    if (!data.startsWith("module ")) {
        i = data.indexOf("\nmodule ");
        if (i < 0)
            return {};
        ++i;
    }
    QByteArray line = data.mid(i);
    if (const qsizetype j = line.indexOf('\n'); j >= 0)
        line.truncate(j);
    if (line.endsWith('\r'))
        line.chop(1);
    line = line.mid(7).trimmed();
    if (line.startsWith('"')) {
        const auto unq = goUnquote(line);
        return unq ? QString::fromUtf8(*unq) : QString();
    }
    return QString::fromUtf8(line);
}

struct RevInfo {
    QString name; // full hash
    QString shortHash;
    qint64 time = 0;
    QStringList tags; // tags on the commit, sorted
};

// codehost's gitRepo in local mode: no remote refs, so Tags() is always
// empty and a revision unknown locally is an error.
class LocalGitRepo
{
public:
    explicit LocalGitRepo(const Git &git) : m_git(git) {}

    Result<RevInfo> stat(const QString &rev)
    {
        if (auto it = m_stat.constFind(rev); it != m_stat.constEnd())
            return *it;
        Result<RevInfo> r = statUncached(rev);
        m_stat.insert(rev, r);
        return r;
    }

    // ReadFile: the file at rev, nullopt when the revision lacks it.
    Result<std::optional<QByteArray>> readFile(const QString &rev, const QString &file)
    {
        KILN_TRY(info, stat(rev));
        const auto out = m_git.run({QStringLiteral("cat-file"), QStringLiteral("--end-of-options"),
                                    QStringLiteral("blob"), info.name + QLatin1Char(':') + file});
        if (!out)
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(*out);
    }

    // RecentTag: prefix + the highest allowed semver tag merged into rev.
    Result<QString> recentTag(const QString &rev, const QString &prefix,
                              const std::function<bool(const QString &)> &allowed)
    {
        KILN_TRY(info, stat(rev));
        KILN_TRY(out,
                 m_git.run({QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname)"),
                            QStringLiteral("--merged=") + info.name}));
        QString highest;
        for (const QByteArray &raw : out.split('\n')) {
            QString line = QString::fromUtf8(raw.trimmed());
            if (!line.startsWith(QLatin1String("refs/tags/")))
                continue;
            line = line.mid(10);
            if (!line.startsWith(prefix) || !allowed(line))
                continue;
            const QString semtag = line.mid(prefix.size());
            if (compareSemver(semtag, highest) > 0)
                highest = semtag;
        }
        return highest.isEmpty() ? QString() : prefix + highest;
    }

private:
    Result<RevInfo> statUncached(const QString &rev)
    {
        if (rev.size() >= 7 && rev.size() <= 64 && allHex(rev))
            if (auto info = statLocal(rev))
                return info;
        if (!m_localTags) {
            m_localTags.emplace();
            if (const auto out = m_git.run({QStringLiteral("tag"), QStringLiteral("-l")}))
                for (const QByteArray &line : out->split('\n'))
                    if (!line.isEmpty())
                        m_localTags->insert(QString::fromUtf8(line));
        }
        if (m_localTags->contains(rev))
            return statLocal(QStringLiteral("refs/tags/") + rev);
        return fail(QStringLiteral("revision does not exist locally: ") + rev);
    }

    Result<RevInfo> statLocal(const QString &rev)
    {
        const auto out =
            m_git.run({QStringLiteral("-c"), QStringLiteral("log.showsignature=false"),
                       QStringLiteral("log"), QStringLiteral("--no-decorate"),
                       QStringLiteral("-n1"), QStringLiteral("--format=format:%H %ct %D"),
                       QStringLiteral("--end-of-options"), rev, QStringLiteral("--")});
        if (!out)
            return fail(QStringLiteral("unknown revision ") + rev);
        const QStringList f = QString::fromUtf8(*out).split(
            QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        bool ok = false;
        RevInfo info;
        if (f.size() >= 2)
            info.time = f[1].toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("unexpected response from git log"));
        info.name = f[0];
        info.shortHash = allHex(info.name) && (info.name.size() == 40 || info.name.size() == 64)
                             ? info.name.left(12)
                             : info.name;
        for (qsizetype i = 2; i + 1 < f.size(); ++i)
            if (f[i] == QLatin1String("tag:")) {
                QString tag = f[++i];
                if (tag.endsWith(QLatin1Char(',')))
                    tag.chop(1);
                info.tags.append(tag);
            }
        std::sort(info.tags.begin(), info.tags.end(),
                  [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        info.tags.erase(std::unique(info.tags.begin(), info.tags.end()), info.tags.end());
        return info;
    }

    const Git &m_git;
    std::optional<QSet<QString>> m_localTags;
    QHash<QString, Result<RevInfo>> m_stat;
};

// x/mod modfile.ModulePath.
QString modulePathOf(const QByteArray &mod)
{
    for (QByteArray line : mod.split('\n')) {
        if (const qsizetype i = line.indexOf("//"); i >= 0)
            line.truncate(i);
        line = line.trimmed();
        if (!line.startsWith("module"))
            continue;
        line = line.mid(6);
        const qsizetype n = line.size();
        line = line.trimmed();
        if (line.size() == n || line.isEmpty())
            continue;
        if (line.startsWith('"') || line.startsWith('`')) {
            const auto p = goUnquote(line);
            return p ? QString::fromUtf8(*p) : QString();
        }
        return QString::fromUtf8(line);
    }
    return {};
}

// modfetch's hasPathPrefix for module paths.
bool hasPathPrefix(const QString &s, const QString &prefix)
{
    if (s.size() == prefix.size())
        return s == prefix;
    if (s.size() < prefix.size() || !s.startsWith(prefix))
        return false;
    return (!prefix.isEmpty() && prefix.endsWith(QLatin1Char('/'))) ||
           s[prefix.size()] == QLatin1Char('/');
}

bool matchPathMajor(const QString &v, const QString &pathMajor)
{
    return checkPathMajor(v, pathMajor).isEmpty();
}

// module.PathMajorPrefix.
QString pathMajorPrefix(QString pathMajor)
{
    if (pathMajor.startsWith(QLatin1String(".v")) && pathMajor.endsWith(QLatin1String("-unstable")))
        pathMajor.chop(9);
    return pathMajor.mid(1);
}

// codeRepo.isMajor.
bool isMajor(const QString &mpath, const QString &pathMajor)
{
    if (mpath.isEmpty())
        return false;
    const PathVersionSplit s = splitPathVersion(mpath);
    if (!s.ok)
        return false;
    if (pathMajor.isEmpty()) {
        const QString m = pathMajorPrefix(s.pathMajor);
        return m.isEmpty() || m == QLatin1String("v0") || m == QLatin1String("v1");
    }
    if (s.pathMajor.isEmpty())
        return false;
    return pathMajor.mid(1) == s.pathMajor.mid(1);
}

// modfetch's codeRepo for a module in a local repository: converts a
// revision into the module's version (codeRepo.Stat for a commit hash).
class CodeRepo
{
public:
    CodeRepo(LocalGitRepo &code, QString codeRoot, QString modPath, QString codeDir,
             QString pathMajor)
        : m_code(code), m_codeRoot(std::move(codeRoot)), m_modPath(std::move(modPath)),
          m_codeDir(std::move(codeDir)), m_pathMajor(std::move(pathMajor))
    {
    }

    // convert(info, statVers = the hash): "" when go's Stat fails.
    QString versionOf(const QString &rev)
    {
        const auto stat = m_code.stat(rev);
        if (!stat)
            return {};
        m_info = *stat;
        const QString tagPrefix = m_codeDir.isEmpty() ? QString() : m_codeDir + QLatin1Char('/');
        // Locally go lists no tags (Tags() is empty), so nothing is retracted.
        QString highest;
        for (const QString &tag : m_info.tags) {
            const auto [v, canonical] = tagToVersion(tag, tagPrefix);
            if (canonical && compareSemver(highest, v) < 0 &&
                (matchPathMajor(v, m_pathMajor) || canUseIncompatible(v)))
                highest = v;
        }
        if (!highest.isEmpty())
            return checkCanonical(highest);
        const auto tag = m_code.recentTag(m_info.name, tagPrefix, [&](const QString &t) {
            const QString v = tagToVersion(t, tagPrefix).first;
            return !v.isEmpty() && (matchPathMajor(v, m_pathMajor) || canUseIncompatible(v));
        });
        if (!tag)
            return {};
        const QString base = tag->isEmpty() ? QString() : tagToVersion(*tag, tagPrefix).first;
        return checkCanonical(
            pseudoVersion(pathMajorPrefix(m_pathMajor), base, m_info.time, m_info.shortHash));
    }

private:
    static std::pair<QString, bool> tagToVersion(const QString &tag, const QString &prefix)
    {
        if (!tag.startsWith(prefix) || isPseudoVersion(tag))
            return {};
        const QString trimmed = tag.mid(prefix.size());
        const QString v = canonicalSemver(trimmed);
        if (v.isEmpty() || !trimmed.startsWith(v))
            return {};
        return {v, v == trimmed};
    }

    std::optional<bool> hasFile(const QString &file)
    {
        const auto r = m_code.readFile(m_info.name, file);
        return r ? std::optional<bool>(r->has_value()) : std::nullopt;
    }

    // +incompatible is possible only without a go.mod at the root (and
    // at <major>/go.mod) in the revision being converted.
    bool canUseIncompatible(const QString &v)
    {
        if (!m_codeDir.isEmpty() || !m_pathMajor.isEmpty())
            return false;
        if (hasFile(QStringLiteral("go.mod")).value_or(false))
            return false;
        if (!v.isEmpty() && hasFile(semverMajor(v) + QStringLiteral("/go.mod")).value_or(false))
            return false;
        return true;
    }

    QString revToRev(const QString &v) const
    {
        if (isPseudoVersion(v)) {
            QString s = v.left(v.size() - semverBuild(v).size());
            return s.mid(s.lastIndexOf(QLatin1Char('-')) + 1);
        }
        QString rev = v;
        if (semverBuild(rev) == QLatin1String("+incompatible"))
            rev.chop(13);
        return m_codeDir.isEmpty() ? rev : m_codeDir + QLatin1Char('/') + rev;
    }

    // findDir: whether version has its go.mod where the module path says.
    bool findDir(const QString &version)
    {
        const QString rev = revToRev(version);
        auto join = [](const QString &dir, const QString &file) {
            return dir.isEmpty() ? file : dir + QLatin1Char('/') + file;
        };
        const auto gomod1 = m_code.readFile(rev, join(m_codeDir, QStringLiteral("go.mod")));
        if (!gomod1)
            return false;
        const QString mpath1 = gomod1->has_value() ? modulePathOf(**gomod1) : QString();
        const bool found1 =
            gomod1->has_value() &&
            (isMajor(mpath1, m_pathMajor) ||
             (m_pathMajor.isEmpty() && mpath1.startsWith(QLatin1String("gopkg.in/"))));
        if (!m_pathMajor.isEmpty() && m_codeRoot != m_modPath &&
            !m_pathMajor.startsWith(QLatin1Char('.'))) {
            const QString dir2 = join(m_codeDir, m_pathMajor.mid(1));
            const auto gomod2 = m_code.readFile(rev, join(dir2, QStringLiteral("go.mod")));
            if (!gomod2)
                return false;
            const bool found2 = gomod2->has_value() && isMajor(modulePathOf(**gomod2), m_pathMajor);
            if (found1 && found2)
                return false;
            if (found2)
                return true;
            if (gomod2->has_value())
                return false;
        }
        if (found1)
            return true;
        if (gomod1->has_value())
            return false;
        return m_codeDir.isEmpty() &&
               (m_pathMajor.isEmpty() || m_pathMajor.startsWith(QLatin1Char('.')));
    }

    // checkCanonical, for a statVers that is a commit hash.
    QString checkCanonical(QString v)
    {
        if (!isValidSemver(v) || !findDir(v))
            return {};
        const QString incompatible = QStringLiteral("+incompatible");
        const QString base = v.endsWith(incompatible) ? v.chopped(incompatible.size()) : v;
        if (!matchPathMajor(base, m_pathMajor)) {
            if (!canUseIncompatible(base))
                return {};
            v = base + incompatible;
        } else if (v.endsWith(incompatible)) {
            return {};
        }
        return v;
    }

    LocalGitRepo &m_code;
    QString m_codeRoot, m_modPath, m_codeDir, m_pathMajor;
    RevInfo m_info;
};

// readDiskStatByHash (GOPROXY=off only): the highest pseudo-version go cached
// for the commit.
QString cachedVersionByHash(const QString &modulePath, const QString &rev, const BuildSettings &s)
{
    if (s.goproxy != QLatin1String("off") || s.gomodcache.isEmpty() || rev.size() < 12 ||
        !allHex(rev))
        return {};
    const QDir dir(s.gomodcache + QStringLiteral("/cache/download/") +
                   escapeModulePath(modulePath) + QStringLiteral("/@v"));
    const QString suffix = QLatin1Char('-') + rev.left(12) + QStringLiteral(".info");
    QString best;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (!name.endsWith(suffix))
            continue;
        const QString v = name.chopped(5);
        if (isPseudoVersion(v) && compareSemver(v, best) > 0)
            best = v;
    }
    if (best.isEmpty())
        return {};
    QFile f(dir.filePath(best + QStringLiteral(".info")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return {};
    return doc.object().value(QLatin1String("Version")).toString();
}

} // namespace

QString vcsgit::versionForRevision(const Git &git, const QString &repoDir,
                                   const QString &modulePath, const QString &revision,
                                   const BuildSettings &settings)
{
    const QString rootModPath = goModPath(repoDir);
    if (rootModPath.isEmpty())
        return {};
    const PathVersionSplit root = splitPathVersion(rootModPath);
    if (!root.ok)
        return {};
    const QString codeRoot = root.prefix;
    // newCodeRepo.
    if (!hasPathPrefix(modulePath, codeRoot))
        return {};
    const PathVersionSplit mod = splitPathVersion(modulePath);
    if (!mod.ok)
        return {};
    const QString pathPrefix = codeRoot == modulePath ? modulePath : mod.prefix;
    QString codeDir;
    if (codeRoot != modulePath) {
        if (!hasPathPrefix(pathPrefix, codeRoot))
            return {};
        codeDir = pathPrefix.mid(codeRoot.size());
        while (codeDir.startsWith(QLatin1Char('/')))
            codeDir.remove(0, 1);
        while (codeDir.endsWith(QLatin1Char('/')))
            codeDir.chop(1);
    }
    if (const QString cached = cachedVersionByHash(modulePath, revision, settings);
        !cached.isEmpty())
        return cached;
    LocalGitRepo code(git);
    CodeRepo repo(code, codeRoot, modulePath, codeDir, mod.pathMajor);
    return repo.versionOf(revision);
}

} // namespace kiln::load
