#include "test/testinputs.h"

#include "base/goquote.h"
#include "test/gofileinfo.h"
#include "test/testlog.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <dirent.h>

namespace kiln::test
{

namespace
{

constexpr qint64 modTimeCutoffNanos = 2'000'000'000; // modTimeCutoff = 2 * time.Second

const QByteArray errFileTooNew = "file used as input is too new";
const QByteArray errBadTestInputs = "error parsing test inputs";

QByteArray statLineOrError(const QByteArray &path, FollowLinks follow, const GoLocalZone &zone)
{
    const auto info = goStat(path, follow);
    return info ? goStatLine(*info, zone) : "err " + info.error() + '\n';
}

// os.ReadDir: the entry names sorted by bytes, or the open error.
std::expected<QList<QByteArray>, QByteArray> readDirNames(const QByteArray &path)
{
    DIR *dir = ::opendir(path.constData());
    if (!dir)
        return std::unexpected(goPathError("open", path, errno));
    QList<QByteArray> names;
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray name(e->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

Digest hashStatIn(const QByteArray &path, const TestInputsContext &ctx, const GoLocalZone &zone)
{
    cache::CacheHash h(QStringLiteral("stat"), ctx.salt, ctx.traces.hash);
    h.write(statLineOrError(path, FollowLinks::Yes, zone));
    h.write(statLineOrError(path, FollowLinks::No, zone));
    return h.sum();
}

std::expected<Digest, QByteArray> hashOpenIn(const QByteArray &path, const TestInputsContext &ctx,
                                             const GoLocalZone &zone)
{
    cache::CacheHash h(QStringLiteral("open"), ctx.salt, ctx.traces.hash);
    const auto info = goStat(path, FollowLinks::Yes);
    if (!info) {
        h.write("err " + info.error() + '\n');
        return h.sum();
    }
    h.write(goStatLine(*info, zone));
    if (info->isDir()) {
        const auto names = readDirNames(path);
        if (!names)
            h.write("err " + names.error() + '\n');
        for (const QByteArray &name : names.value_or(QList<QByteArray>())) {
            h.write("file " + name + ' ');
            h.write(statLineOrError(path + '/' + name, FollowLinks::No, zone));
        }
    } else if (info->isRegular() && ctx.nowNanos - info->mtimeNanos() < modTimeCutoffNanos) {
        // Writes within the file system's mtime precision would go unnoticed.
        return std::unexpected(errFileTooNew);
    }
    return h.sum();
}

// filepath.Clean on bytes (Unix).
QByteArray cleanPath(const QByteArray &path)
{
    if (path.isEmpty())
        return ".";
    const bool rooted = path.startsWith('/');
    QList<QByteArray> out;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (!out.isEmpty() && out.last() != "..")
                out.removeLast();
            else if (!rooted)
                out.append(part);
            continue;
        }
        out.append(part);
    }
    const QByteArray joined = out.join('/');
    if (rooted)
        return '/' + joined;
    return joined.isEmpty() ? QByteArray(".") : joined;
}

// str.HasFilePathPrefix-based lexical containment (search.InDir's inDirLex).
bool inDirLex(const QByteArray &path, const QByteArray &dir)
{
    if (dir.isEmpty() || path == dir)
        return true;
    if (path.size() <= dir.size())
        return false;
    if (dir.endsWith('/'))
        return path.startsWith(dir);
    return path.startsWith(dir) && path[dir.size()] == '/';
}

// filepath.EvalSymlinks for an absolute path; empty when it fails.
QByteArray evalSymlinks(const QByteArray &path)
{
    char buf[PATH_MAX];
    return ::realpath(path.constData(), buf) ? QByteArray(buf) : QByteArray();
}

} // namespace

void traceTestCache(const TestCacheTraces &traces, const QByteArray &text)
{
    if (traces.test)
        (*traces.test)("testcache: " + text + '\n');
}

void tracePackage(const TestInputsContext &ctx, const QByteArray &text)
{
    traceTestCache(ctx.traces, ctx.importPath.toUtf8() + ": " + text);
}

Digest hashGetenv(const QByteArray &name, const TestInputsContext &ctx)
{
    cache::CacheHash h(QStringLiteral("getenv"), ctx.salt, ctx.traces.hash);
    const QString key = QString::fromUtf8(name);
    if (!ctx.env.contains(key)) {
        h.write(QByteArray(1, '\0'));
    } else {
        h.write(QByteArray(1, '\1'));
        h.write(ctx.env.value(key).toUtf8());
    }
    return h.sum();
}

Digest hashStat(const QByteArray &path, const TestInputsContext &ctx)
{
    return hashStatIn(path, ctx, GoLocalZone::fromEnvironment(ctx.env));
}

std::expected<Digest, QByteArray> hashOpen(const QByteArray &path, const TestInputsContext &ctx)
{
    return hashOpenIn(path, ctx, GoLocalZone::fromEnvironment(ctx.env));
}

QByteArray joinCleanPath(const QByteArray &dir, const QByteArray &name)
{
    if (dir.isEmpty())
        return cleanPath(name);
    return cleanPath(dir + '/' + name);
}

bool pathInRoot(const QByteArray &path, const QByteArray &root)
{
    if (inDirLex(path, root))
        return true;
    QByteArray xpath = evalSymlinks(path);
    if (xpath == path)
        xpath.clear();
    if (!xpath.isEmpty() && inDirLex(xpath, root))
        return true;
    const QByteArray xroot = evalSymlinks(root);
    if (xroot.isEmpty() || xroot == root)
        return false;
    return inDirLex(path, xroot) || (!xpath.isEmpty() && inDirLex(xpath, xroot));
}

std::expected<Digest, QByteArray> computeTestInputsID(const QByteArray &testLog,
                                                      const TestInputsContext &ctx)
{
    const GoLocalZone zone = GoLocalZone::fromEnvironment(ctx.env);
    const QByteArray root = QFile::encodeName(ctx.root);
    cache::CacheHash h(QStringLiteral("testInputs"), ctx.salt, ctx.traces.hash);
    // The runtime always reads GODEBUG without logging it.
    h.write("env GODEBUG " + digestHex(hashGetenv("GODEBUG", ctx)) + '\n');
    QByteArray pwd = QFile::encodeName(ctx.packageDir);
    const TestLog log = parseTestLog(testLog);
    for (const TestLogEntry &e : log.entries) {
        QByteArray name = e.name;
        switch (e.op) {
        case TestLogOp::Getenv:
            h.write("env " + name + ' ' + digestHex(hashGetenv(name, ctx)) + '\n');
            break;
        case TestLogOp::Chdir:
            pwd = name; // always absolute (os.Getwd)
            h.write("chdir " + name + ' ' + digestHex(hashStatIn(name, ctx, zone)) + '\n');
            break;
        case TestLogOp::Stat:
        case TestLogOp::Open: {
            if (!name.startsWith('/'))
                name = joinCleanPath(pwd, name);
            // Files outside the module, GOPATH or GOROOT root are not rechecked.
            if (root.isEmpty() || !pathInRoot(name, root))
                break;
            if (e.op == TestLogOp::Stat) {
                h.write("stat " + name + ' ' + digestHex(hashStatIn(name, ctx, zone)) + '\n');
                break;
            }
            const auto opened = hashOpenIn(name, ctx, zone);
            if (!opened) {
                tracePackage(ctx, "input file " + name + ": " + opened.error());
                return std::unexpected(opened.error());
            }
            h.write("open " + name + ' ' + digestHex(*opened) + '\n');
            break;
        }
        }
    }
    if (log.malformedLine) {
        tracePackage(ctx, "input list malformed (" + goQuote(*log.malformedLine) + ")");
        return std::unexpected(errBadTestInputs);
    }
    return h.sum();
}

QProcessEnvironment goCommandEnv(const QProcessEnvironment &process,
                                 const QProcessEnvironment &goEnv, GoModuleMode mode)
{
    QProcessEnvironment env = process;
    for (const QString &k : goEnv.keys())
        if (goEnv.value(k) != process.value(k))
            env.insert(k, goEnv.value(k));
    if (mode == GoModuleMode::On) {
        if (env.value(QStringLiteral("GIT_TERMINAL_PROMPT")).isEmpty())
            env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
        if (env.value(QStringLiteral("GCM_INTERACTIVE")).isEmpty())
            env.insert(QStringLiteral("GCM_INTERACTIVE"), QStringLiteral("never"));
    }
    return env;
}

} // namespace kiln::test
