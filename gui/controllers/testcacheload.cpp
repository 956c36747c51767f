#include "controllers/testcacheload.h"

#include "test/testcachekey.h"
#include "test/testexpire.h"
#include "test/testinputrecord.h"
#include "test/testlog.h"

#include <QFile>

namespace kiln::gui
{

namespace
{

// The elapsed field of go's "ok  \t<package>\t<elapsed>s…" last line.
QString elapsedOf(const QByteArray &output)
{
    const qsizetype start = output.size() < 2 ? 0 : output.lastIndexOf('\n', output.size() - 2) + 1;
    const QList<QByteArray> fields = output.mid(start).trimmed().split('\t');
    if (fields.size() < 3 || fields[0].trimmed() != "ok")
        return {};
    return QString::fromUtf8(fields[2].split(' ').first());
}

void readItem(const QString &dir, const cache::CacheEntry &e, TestCacheItem &item)
{
    if (!e.ok() || e.outputState != cache::FileState::Regular) { // links are never read
        item.problem = e.problem;
        return;
    }
    QFile f(cache::entryFileName(dir, e.outputID, 'd'));
    if (!f.open(QIODevice::ReadOnly)) {
        item.problem = f.errorString();
        return;
    }
    item.content = f.read(testCacheMaxBytes);
    item.truncated = f.size() > testCacheMaxBytes;
    if (item.kind == cache::EntryKind::TestOutput) {
        item.elapsed = elapsedOf(item.content);
        if (auto replayed = test::cachedOutputForPrint(item.content); replayed && !item.truncated)
            item.replayed = *replayed;
        else
            item.problem = QStringLiteral("test output malformed");
        return;
    }
    for (const test::TestLogEntry &entry : test::parseTestLog(item.content).entries)
        ++(entry.op == test::TestLogOp::Getenv ? item.envInputs : item.fileInputs);
}

} // namespace

TestCacheSnapshot loadTestCache(const QString &dir, const QList<cache::CacheEntry> &entries)
{
    TestCacheSnapshot out;
    out.dir = dir;
    out.expireNs = test::readTestExpire(dir);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const cache::CacheEntry &e = entries[i];
        if (e.kind != cache::EntryKind::TestOutput && e.kind != cache::EntryKind::TestLog)
            continue;
        TestCacheItem item;
        item.entry = int(i);
        item.kind = e.kind;
        item.key = e.key;
        item.packagePath = e.packagePath;
        if (e.kind == cache::EntryKind::TestLog && item.packagePath.isEmpty())
            if (const auto record = test::readTestInputRecord(dir, e.key))
                item.packagePath = record->importPath;
        item.putNs = e.putNanos;
        item.lastUseNs = e.lastUseNs();
        item.bytes = e.indexBytes + e.outputBytes;
        readItem(dir, e, item);
        out.items.append(std::move(item));
    }
    return out;
}

} // namespace kiln::gui
