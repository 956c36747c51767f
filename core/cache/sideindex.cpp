#include "cache/sideindex.h"

#include "base/goquote.h"
#include "base/hashid.h"
#include "cache/cachehash.h"
#include "cache/filelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace kiln::cache
{

namespace
{

constexpr qint64 compactAbove = 4 * 1024 * 1024;

const char *const roles[] = {"archive", "stdout", "link-stdout", "srcfiles", "executable", "pgo"};

QString lockFile(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/kiln/actions.lock");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Complete lines only: a writer may be appending the last one.
QList<QByteArrayView> completeLines(const QByteArray &data)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype nl; (nl = data.indexOf('\n', start)) >= 0; start = nl + 1)
        out.append(QByteArrayView(data).sliced(start, nl + 1 - start));
    return out;
}

bool indexFileExists(const QString &cacheDir, const Digest &key)
{
    struct stat st {
    };
    return ::lstat(QFile::encodeName(entryFileName(cacheDir, key, 'a')).constData(), &st) == 0;
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QString tmp = path + QStringLiteral(".tmp");
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return fail(QStringLiteral("write %1: %2").arg(tmp, f.errorString()));
    f.close();
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(
            QStringLiteral("rename %1: %2").arg(tmp, QString::fromLocal8Bit(strerror(errno))));
    return {};
}

// The compaction itself; the caller holds the lock.
Result<int> compactLocked(const QString &cacheDir)
{
    const QString file = sideIndexFile(cacheDir);
    const QByteArray data = readAll(file);
    std::unordered_map<Digest, QByteArray, DigestHash> latest;
    QList<Digest> order;
    int lines = 0;
    for (QByteArrayView line : completeLines(data)) {
        ++lines;
        const auto r = parseSideRecord(line);
        if (!r)
            continue;
        if (latest.find(r->key) == latest.end())
            order.append(r->key);
        latest[r->key] = line.toByteArray();
    }
    QByteArray out;
    int kept = 0;
    for (const Digest &k : order) {
        if (!indexFileExists(cacheDir, k))
            continue;
        out += latest[k];
        ++kept;
    }
    KILN_CHECK(writeFileAtomically(file, out));
    return lines - kept;
}

} // namespace

QString roleName(SideRole role)
{
    return QString::fromLatin1(roles[int(role)]);
}

std::optional<SideRole> roleFromName(QByteArrayView name)
{
    for (int i = 0; i < int(std::size(roles)); ++i)
        if (name == roles[i])
            return SideRole(i);
    return std::nullopt;
}

EntryKind kindOfRole(SideRole role)
{
    switch (role) {
    case SideRole::Archive:
        return EntryKind::Archive;
    case SideRole::Stdout:
    case SideRole::LinkStdout:
        return EntryKind::Stdout;
    case SideRole::SourceList:
        return EntryKind::SourceList;
    case SideRole::Executable:
        return EntryKind::Executable;
    case SideRole::PgoProfile:
        return EntryKind::PgoProfile;
    }
    return EntryKind::Unknown;
}

QString sideIndexFile(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/kiln/actions-v1.txt");
}

QByteArray formatSideRecord(const SideRecord &r)
{
    return digestHex(r.key) + ' ' + roleName(r.role).toLatin1() + ' ' +
           goQuote(r.toolchain.toUtf8()) + ' ' + goQuote(r.mode.toUtf8()) + ' ' +
           goQuote(r.packagePath.toUtf8()) + ' ' + goQuote(r.module.toUtf8()) + ' ' +
           goQuote(r.flags.toUtf8()) + '\n';
}

std::optional<SideRecord> parseSideRecord(QByteArrayView line)
{
    if (!line.endsWith('\n') || line.size() < 66 || line[64] != ' ')
        return std::nullopt;
    SideRecord r;
    const auto key = digestFromHex(line.first(64));
    const qsizetype roleEnd = line.indexOf(' ', 65);
    if (!key || roleEnd < 0)
        return std::nullopt;
    const auto role = roleFromName(line.sliced(65, roleEnd - 65));
    if (!role)
        return std::nullopt;
    r.key = *key;
    r.role = *role;
    // Five quoted fields, each followed by one space (the last by the
    // newline); %q escapes '"' and '\\', so a field ends at its first bare '"'.
    QString *fields[] = {&r.toolchain, &r.mode, &r.packagePath, &r.module, &r.flags};
    qsizetype pos = roleEnd + 1;
    for (int i = 0; i < 5; ++i) {
        if (pos >= line.size() || line[pos] != '"')
            return std::nullopt;
        qsizetype end = pos + 1;
        while (end < line.size() && line[end] != '"')
            end += line[end] == '\\' ? 2 : 1;
        if (end >= line.size())
            return std::nullopt;
        const auto text = goUnquote(line.sliced(pos, end + 1 - pos).toByteArray());
        if (!text)
            return std::nullopt;
        *fields[i] = QString::fromUtf8(*text);
        pos = end + 1;
        const char want = i == 4 ? '\n' : ' ';
        if (pos >= line.size() || line[pos] != want)
            return std::nullopt;
        ++pos;
    }
    if (pos != line.size())
        return std::nullopt;
    return r;
}

SideIndex readSideIndex(const QString &cacheDir)
{
    SideIndex index;
    const QByteArray data = readAll(sideIndexFile(cacheDir));
    for (QByteArrayView line : completeLines(data))
        if (auto r = parseSideRecord(line))
            index[r->key] = std::move(*r);
    return index;
}

Result<int> recordSideIndex(const QString &cacheDir, const QList<SideRecord> &records)
{
    if (records.isEmpty())
        return 0;
    if (!QDir().mkpath(cacheDir + QStringLiteral("/kiln")))
        return fail(QStringLiteral("cannot create %1/kiln").arg(cacheDir));
    FileLock lock(lockFile(cacheDir));
    if (!lock.locked())
        return fail(QStringLiteral("cannot lock %1").arg(lockFile(cacheDir)));
    const QString file = sideIndexFile(cacheDir);
    const QByteArray data = readAll(file);
    std::unordered_map<Digest, QByteArrayView, DigestHash> have;
    for (QByteArrayView line : completeLines(data))
        if (line.size() > 64)
            if (auto k = digestFromHex(line.first(64)))
                have[*k] = line;
    QByteArray add;
    int added = 0;
    for (const SideRecord &r : records) {
        const QByteArray line = formatSideRecord(r);
        auto it = have.find(r.key);
        if (it != have.end() && it->second == line)
            continue;
        add += line;
        ++added;
    }
    if (add.isEmpty())
        return 0;
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(add) != add.size())
        return fail(QStringLiteral("write %1: %2").arg(file, f.errorString()));
    f.close();
    if (data.size() + add.size() > compactAbove)
        KILN_CHECK(compactLocked(cacheDir));
    return added;
}

Result<int> compactSideIndex(const QString &cacheDir)
{
    if (!QFileInfo::exists(sideIndexFile(cacheDir)))
        return 0;
    FileLock lock(lockFile(cacheDir));
    if (!lock.locked())
        return fail(QStringLiteral("cannot lock %1").arg(lockFile(cacheDir)));
    return compactLocked(cacheDir);
}

QList<SideRecord> sideRecordsFor(const QString &goVersion, const QList<RanAction> &actions)
{
    const QByteArray salt = hashSalt(goVersion);
    QList<SideRecord> out;
    for (const RanAction &a : actions) {
        if (a.preimage.isEmpty() || a.shortID.isEmpty())
            continue;
        Sha256 h;
        h.add(salt);
        for (const QByteArray &line : a.preimage)
            h.add(line);
        const Digest id = h.finish();
        if (hashToString(id) != a.shortID)
            continue; // the preimage is not the whole hash input: name nothing rather than wrong
        SideRecord base;
        base.toolchain = goVersion;
        base.mode = a.mode;
        base.packagePath = a.packagePath;
        base.module = a.module;
        base.flags = a.flags;
        if (a.own) {
            SideRecord r = base;
            r.key = id;
            r.role = *a.own;
            out.append(r);
        }
        for (const auto &[name, role] : a.subkeys) {
            SideRecord r = base;
            r.key = subkey(id, name);
            r.role = role;
            out.append(r);
        }
    }
    return out;
}

} // namespace kiln::cache
