#include "support/cachescan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kiln::test
{

namespace
{

QByteArray readFile(const QString &path, qint64 maxBytes = -1)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return maxBytes < 0 ? f.readAll() : f.read(maxBytes);
}

bool isHex64(const QByteArray &s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(QString::fromLatin1(s)).hasMatch();
}

CacheIndexEntry parseIndexEntry(const QString &actionHex, const QByteArray &data)
{
    CacheIndexEntry e;
    e.fileSize = data.size();
    if (data.size() != 175) {
        e.problem = QStringLiteral("entry is %1 bytes, not 175").arg(data.size());
        return e;
    }
    const bool layout = data.startsWith("v1 ") && data[66 + 1] == ' ' && data[131 + 1] == ' ' &&
                        data[152 + 1] == ' ' && data[174] == '\n';
    const QByteArray action = data.mid(3, 64);
    const QByteArray output = data.mid(68, 64);
    bool sizeOk = false, timeOk = false;
    const qint64 size = data.mid(133, 20).trimmed().toLongLong(&sizeOk);
    const qint64 time = data.mid(154, 20).trimmed().toLongLong(&timeOk);
    if (!layout || !isHex64(action) || !isHex64(output) || !sizeOk || !timeOk || size < 0 ||
        time < 0) {
        e.problem = QStringLiteral("malformed entry");
        return e;
    }
    if (QString::fromLatin1(action) != actionHex) {
        e.problem = QStringLiteral("entry names action %1").arg(QString::fromLatin1(action));
        return e;
    }
    e.outputID = QString::fromLatin1(output);
    e.size = size;
    return e;
}

// The size of a -d output: the file, or the one file inside an executable's
// -d directory.
qint64 outputSize(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.isDir())
        return fi.size();
    const QFileInfoList inner = QDir(path).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    return inner.size() == 1 ? inner.first().size() : -1;
}

} // namespace

CacheScan scanCache(const QString &dir)
{
    static const QRegularExpression name(QStringLiteral("^([0-9a-f]{64})-([ad])$"));
    CacheScan scan;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const auto m = name.match(it.fileName());
        if (!m.hasMatch() || QFileInfo(path).dir().dirName() != m.captured(1).left(2))
            continue;
        if (m.captured(2) == QLatin1String("a"))
            scan.entries.insert(m.captured(1), parseIndexEntry(m.captured(1), readFile(path)));
        else
            scan.outputs.insert(m.captured(1), path);
    }
    return scan;
}

bool isModuleIndexBlob(const CacheScan &scan, const QString &outputID)
{
    const QString path = scan.outputs.value(outputID);
    return !path.isEmpty() && readFile(path, 12) == "go index v2\n";
}

QStringList cacheConsistencyProblems(const QString &dir)
{
    const CacheScan scan = scanCache(dir);
    QStringList problems;
    for (auto it = scan.entries.begin(); it != scan.entries.end(); ++it) {
        const CacheIndexEntry &e = it.value();
        if (!e.problem.isEmpty()) {
            problems.append(it.key() + QStringLiteral("-a: ") + e.problem);
            continue;
        }
        const QString out = scan.outputs.value(e.outputID);
        if (out.isEmpty())
            problems.append(
                QStringLiteral("%1-a: output %2-d is missing").arg(it.key(), e.outputID));
        else if (const qint64 size = outputSize(out); size != e.size)
            problems.append(QStringLiteral("%1-a: output %2-d has %3 bytes, entry says %4")
                                .arg(it.key(), e.outputID)
                                .arg(size)
                                .arg(e.size));
    }
    return problems;
}

QStringList cacheSubsetProblems(const QString &goDir, const QString &kilnDir)
{
    const CacheScan go = scanCache(goDir);
    const CacheScan kiln = scanCache(kilnDir);
    QStringList problems;
    for (auto it = kiln.outputs.begin(); it != kiln.outputs.end(); ++it) {
        const QString goPath = go.outputs.value(it.key());
        if (goPath.isEmpty())
            problems.append(QStringLiteral("kiln output %1-d is not in go's cache").arg(it.key()));
        else if (QFileInfo(goPath).isFile() && readFile(goPath) != readFile(it.value()))
            problems.append(QStringLiteral("output %1-d differs from go's").arg(it.key()));
    }
    for (auto it = go.entries.begin(); it != go.entries.end(); ++it) {
        if (isModuleIndexBlob(go, it->outputID))
            continue;
        const auto k = kiln.entries.find(it.key());
        if (k == kiln.entries.end())
            problems.append(QStringLiteral("go entry %1-a (output %2) is not in kiln's cache")
                                .arg(it.key(), it->outputID));
        else if (k->outputID != it->outputID || k->size != it->size)
            problems.append(QStringLiteral("entry %1-a: go → %2 (%3 bytes), kiln → %4 (%5 bytes)")
                                .arg(it.key(), it->outputID)
                                .arg(it->size)
                                .arg(k->outputID)
                                .arg(k->size));
    }
    for (auto it = kiln.entries.begin(); it != kiln.entries.end(); ++it) {
        if (!it->problem.isEmpty())
            problems.append(QStringLiteral("kiln entry %1-a: %2").arg(it.key(), it->problem));
        else if (!go.entries.contains(it.key()) && !isModuleIndexBlob(kiln, it->outputID))
            problems.append(QStringLiteral("kiln entry %1-a (output %2) is not in go's cache")
                                .arg(it.key(), it->outputID));
    }
    return problems;
}

} // namespace kiln::test
