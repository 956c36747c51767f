#include "exec/ccompilerprobe.h"

#include "base/goquote.h"
#include "base/hashid.h"
#include "base/process.h"
#include "exec/buildid.h"
#include "goenv/hostpaths.h"
#include "goenv/quotedargs.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <time.h>

namespace kiln::exec
{

QString lookPathError(const QString &name, const QProcessEnvironment &env, QString *path)
{
    const goenv::LookPathResult r = goenv::lookPath(name, env);
    if (r.usable) {
        if (path)
            *path = r.path;
        return QString();
    }
    const QString quoted = QString::fromUtf8(goQuote(name.toUtf8()));
    if (!name.contains(QLatin1Char('/')))
        return QStringLiteral("exec: %1: executable file not found in $PATH").arg(quoted);
    if (!QFileInfo::exists(name))
        return QStringLiteral("exec: %1: stat %2: no such file or directory").arg(quoted, name);
    return QStringLiteral("exec: %1: permission denied").arg(quoted);
}

namespace
{

struct Ran {
    QByteArray output;
    QString error; // exec error or "exit status N"
};

// exec.Command(argv…).CombinedOutput() with env + LC_ALL=C in dir.
Ran runCombined(const QStringList &argv, const QProcessEnvironment &baseEnv, const QString &dir)
{
    Ran r;
    QString path;
    r.error = lookPathError(argv.first(), baseEnv, &path);
    if (!r.error.isEmpty())
        return r;
    QProcessEnvironment env = baseEnv;
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    ProcessSpec spec;
    spec.program = path;
    spec.arguments = argv.mid(1);
    spec.workingDir = dir;
    spec.environment = env;
    auto out = runProcess(spec);
    if (!out) {
        r.error = out.error().message;
        return r;
    }
    r.output = out->stdOut + out->stdErr;
    if (out->crashed)
        r.error = QStringLiteral("signal: killed");
    else if (out->exitCode != 0)
        r.error = QStringLiteral("exit status %1").arg(out->exitCode);
    return r;
}

QString versionLine(const QByteArray &out)
{
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields[i].endsWith(':'))
                break;
            if (fields[i] == "version" && i + 1 < fields.size()) {
                const QByteArray &next = fields[i + 1];
                if (!next.isEmpty() && next[0] >= '0' && next[0] <= '9')
                    return QString::fromUtf8(line);
            }
        }
    }
    return QString();
}

// The compiler proper of an experimental compiler: its build ID or hash.
CcToolId experimentalId(const QString &name, const QByteArray &out, const QProcessEnvironment &env)
{
    CcToolId t;
    QString compiler;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(' ') && !line.startsWith(" (in-process)")) {
            compiler = QString::fromUtf8(line);
            break;
        }
    const QString quotedOut = QString::fromUtf8(goQuote(out));
    if (compiler.isEmpty()) {
        t.error = QStringLiteral("%1: can not find compilation command in %2").arg(name, quotedOut);
        return t;
    }
    const QStringList fields = goenv::splitQuoted(compiler).value_or(QStringList());
    if (fields.isEmpty()) {
        t.error = QStringLiteral("%1: compilation command confusion %2").arg(name, quotedOut);
        return t;
    }
    t.exe = fields.first();
    if (!t.exe.contains(QLatin1Char('/'))) {
        const goenv::LookPathResult lp = goenv::lookPath(t.exe, env);
        if (lp.usable)
            t.exe = lp.path;
    }
    auto id = readBuildId(t.exe);
    if (!id) {
        t.error = id.error().message;
        return t;
    }
    t.id = QString::fromUtf8(*id);
    if (t.id.isEmpty()) {
        auto d = sha256File(t.exe);
        t.id = d ? hashToString(*d) : QString();
    }
    return t;
}

Digest digestFromBytes(const QByteArray &bytes)
{
    Digest d{};
    std::copy_n(reinterpret_cast<const uint8_t *>(bytes.constData()), d.size(), d.begin());
    return d;
}

QByteArray boolText(bool b)
{
    return b ? "true" : "false";
}

} // namespace

CcToolId CCompilerProbe::toolId(const BuildConfig &config, const QString &name,
                                const QString &language)
{
    const QString key = name + QLatin1Char('.') + language;
    {
        QMutexLocker lock(&m_idMutex);
        if (auto it = m_toolIds.constFind(key); it != m_toolIds.constEnd())
            return *it;
    }
    const Ran r = runCombined({name, QStringLiteral("-###"), QStringLiteral("-x"), language,
                               QStringLiteral("-c"), QStringLiteral("-")},
                              config.toolEnv, config.cwd);
    CcToolId t;
    const QString quotedOut = QString::fromUtf8(goQuote(r.output));
    if (!r.error.isEmpty()) {
        t.error = QStringLiteral("%1: %2; output: %3").arg(name, r.error, quotedOut);
        return t;
    }
    const QString version = versionLine(r.output);
    if (version.isEmpty()) {
        t.error = QStringLiteral("%1: can not find version number in %2").arg(name, quotedOut);
        return t;
    }
    if (version.contains(QLatin1String("experimental"))) {
        t = experimentalId(name, r.output, config.toolEnv);
        if (!t.error.isEmpty())
            return t;
    } else {
        t.id = version;
    }
    QMutexLocker lock(&m_idMutex);
    m_toolIds.insert(key, t);
    return t;
}

std::optional<Digest> CCompilerProbe::compilerId(const ProbeScope &scope, const QString &compiler)
{
    const BuildConfig &cfg = scope.config;
    if (cfg.echo == Echo::DryRun) {
        scope.shell.showCmd(cfg.workDir,
                            joinUnambiguously({compiler, QStringLiteral("--version")}) +
                                QStringLiteral(" || true"));
        return std::nullopt;
    }
    QMutexLocker lock(&m_execMutex);
    if (auto it = m_compilerIds.constFind(compiler); it != m_compilerIds.constEnd())
        return *it;
    const goenv::LookPathResult lp = goenv::lookPath(compiler, cfg.toolEnv);
    if (!lp.usable)
        return std::nullopt;
    const QString exe = lp.path;
    const QByteArray salt = cache::hashSalt(cfg.goVersion);
    const QByteArray first = "gccCompilerID " + goQuote(exe.toUtf8());
    cache::CacheHash keyHash(QStringLiteral("gccCompilerID"), salt, scope.trace);
    keyHash.write(first);
    const Digest key = keyHash.sum();
    if (scope.cache) {
        // go's validation, literally (it never accepts its own entries).
        const cache::Lookup l = scope.cache->getFile(key);
        QFile f(l.hit() ? scope.cache->outputFile(l.entry->outputID) : QString());
        const QByteArray data = l.hit() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        if (data.size() > 32) {
            const QList<QByteArray> stats = data.left(data.size() - 32).split('\0');
            bool valid = stats.size() % 2 == 0;
            for (qsizetype i = 0; valid && i + 2 <= stats.size(); ++i)
                valid = goStatString(QString::fromUtf8(stats[i])).toUtf8() == stats[i + 1];
            if (valid) {
                const Digest id = digestFromBytes(data.right(32));
                m_compilerIds.insert(compiler, id);
                return id;
            }
        }
    }
    const CcToolId tool = toolId(cfg, compiler, QStringLiteral("c"));
    if (!tool.error.isEmpty())
        return std::nullopt;
    QStringList exes{exe, tool.exe};
    if (exes[1] == exes[0])
        exes.removeLast();
    // The same hash object continues in go; its trace goes on under the same name.
    cache::CacheHash idHash(QStringLiteral("gccCompilerID"), salt, nullptr);
    idHash.write(first);
    const QByteArray second =
        "gccCompilerID " + goQuoteList(exes) + " " + goQuote(tool.id.toUtf8()) + "\n";
    idHash.write(second);
    const Digest id = idHash.sum();
    if (scope.trace) {
        (*scope.trace)("HASH[gccCompilerID]: " + goQuote(second) + "\n");
        (*scope.trace)("HASH[gccCompilerID]: " + digestHex(id) + "\n");
    }
    QByteArray payload;
    for (const QString &e : exes) {
        if (e.isEmpty())
            continue;
        const QString st = goStatString(e);
        if (st.isEmpty())
            return std::nullopt;
        payload += e.toUtf8() + '\0' + st.toUtf8() + '\0';
    }
    payload += digestBytes(id);
    if (scope.cache)
        (void)scope.cache->put(key, payload);
    m_compilerIds.insert(compiler, id);
    return id;
}

bool CCompilerProbe::supportsFlag(const ProbeScope &scope, const QStringList &compiler,
                                  const QString &flag)
{
    const BuildConfig &cfg = scope.config;
    QStringList argv = compiler;
    argv << flag;
    if (flag.startsWith(QLatin1String("-Wl,"))) {
        argv << cfg.cgo.ldflags;
    } else {
        argv << cfg.cgo.cflags << QStringLiteral("-c");
    }
    argv << QStringLiteral("-x") << QStringLiteral("c") << QStringLiteral("-")
         << QStringLiteral("-o") << QStringLiteral("/dev/null");
    const QString shown = joinUnambiguously(argv) + QStringLiteral(" || true");
    if (cfg.echo == Echo::DryRun) {
        scope.shell.showCmd(cfg.workDir, shown);
        return false;
    }
    const std::optional<Digest> ccId = compilerId(scope, compiler.first());
    QMutexLocker lock(&m_execMutex);
    const QString key = compiler.first() + QLatin1Char('\0') + flag;
    if (auto it = m_flags.constFind(key); it != m_flags.constEnd())
        return *it;
    std::optional<Digest> flagId;
    if (ccId) {
        flagId = cache::subkey(*ccId, "gccSupportsFlag " + flag.toUtf8(), scope.trace);
        if (scope.cache) {
            const cache::Lookup l = scope.cache->getFile(*flagId);
            QFile f(l.hit() ? scope.cache->outputFile(l.entry->outputID) : QString());
            if (l.hit() && f.open(QIODevice::ReadOnly)) {
                const bool supported = f.readAll() == "true";
                m_flags.insert(key, supported);
                return supported;
            }
        }
    }
    if (scope.shell.echoing())
        scope.shell.showCmd(cfg.workDir, shown);
    const Ran r = runCombined(argv, cfg.toolEnv, cfg.workDir);
    bool supported = true;
    for (const char *word : {"unrecognized", "unknown", "unrecognised", "is not supported",
                             "not recognized", "unsupported"})
        supported = supported && !r.output.contains(word);
    if (flagId && scope.cache)
        (void)scope.cache->put(*flagId, boolText(supported));
    m_flags.insert(key, supported);
    return supported;
}

QString goStatString(const QString &file)
{
    struct stat st;
    if (::stat(QFile::encodeName(file).constData(), &st) != 0)
        return QString();
    quint64 mode = st.st_mode & 0777;
    switch (st.st_mode & S_IFMT) {
    case S_IFBLK:
        mode |= 1u << 26;
        break;
    case S_IFCHR:
        mode |= (1u << 26) | (1u << 21);
        break;
    case S_IFDIR:
        mode |= 1u << 31;
        break;
    case S_IFIFO:
        mode |= 1u << 25;
        break;
    case S_IFLNK:
        mode |= 1u << 27;
        break;
    case S_IFSOCK:
        mode |= 1u << 24;
        break;
    default:
        break;
    }
    if (st.st_mode & S_ISGID)
        mode |= 1u << 22;
    if (st.st_mode & S_ISUID)
        mode |= 1u << 23;
    if (st.st_mode & S_ISVTX)
        mode |= 1u << 20;
    // Time.String(): "2006-01-02 15:04:05.999999999 -0700 MST" in local time.
    struct tm tm;
    const time_t secs = st.st_mtim.tv_sec;
    localtime_r(&secs, &tm);
    char date[32];
    strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", &tm);
    QString frac;
    if (st.st_mtim.tv_nsec != 0) {
        frac = QStringLiteral(".%1").arg(qint64(st.st_mtim.tv_nsec), 9, 10, QLatin1Char('0'));
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
    }
    const long off = tm.tm_gmtoff;
    const long aoff = off < 0 ? -off : off;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(off < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(aoff / 3600, 2, 10, QLatin1Char('0'))
                             .arg(aoff % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString abbrev = tm.tm_zone ? QString::fromLatin1(tm.tm_zone) : zone;
    return QStringLiteral("stat %1 %2 %3%4 %5 %6 %7\n")
        .arg(qint64(st.st_size))
        .arg(QString::number(mode, 16))
        .arg(QString::fromLatin1(date), frac, zone, abbrev,
             QLatin1String(S_ISDIR(st.st_mode) ? "true" : "false"));
}

} // namespace kiln::exec
