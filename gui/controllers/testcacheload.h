// The test results in a GOCACHE, read for the Test Cache panel: every entry
// the cache index classified as a test output (go test's saved output of a
// passing package, its last line "ok  \t<package>\t<elapsed>s") or a test
// log (the inputs the test read, test/testlog.h), with the bytes of each
// (up to MaxBytes) and what go test would print when it replays an output
// (test::cachedOutputForPrint: the elapsed time becomes "(cached)").
// A log names no package; Kiln's record of its inputs (test/testinputrecord.h,
// written when Kiln saved the result or saw go's valid) does.
// testexpire.txt (test/testexpire.h) says which outputs go clean -testcache
// expired: go ignores an output put before that time.
//
// loadTestCache reads files (blocking): call it on a worker.
#pragma once

#include "cache/cacheentry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace kiln::gui
{

struct TestCacheItem {
    int entry = -1; // into the scanned CacheIndex's entries
    Digest key{};   // the entry's key (a log's: its test ID)
    cache::EntryKind kind = cache::EntryKind::TestOutput;
    QString packagePath; // an output's package; a log's from Kiln's record ("" unknown)
    qint64 putNs = 0;    // when go saved it (the index line's time)
    qint64 lastUseNs = 0;
    qint64 bytes = 0;
    QString elapsed;    // an output's time as go printed it ("0.003s"); "" unknown
    QByteArray content; // the saved output or the log, at most MaxBytes
    bool truncated = false;
    QByteArray replayed;               // an output as go test replays it; empty when go would not
    int envInputs = 0, fileInputs = 0; // a log's getenv lines, and open/stat/chdir lines
    QString problem;                   // why it cannot be read or replayed ("" when fine)
};

struct TestCacheSnapshot {
    QString dir;
    QList<TestCacheItem> items;     // in index order
    std::optional<qint64> expireNs; // testexpire.txt, Unix ns
};

inline constexpr qint64 testCacheMaxBytes = 1 << 20;

// The items of entries (only kinds TestOutput and TestLog are taken).
TestCacheSnapshot loadTestCache(const QString &dir, const QList<cache::CacheEntry> &entries);

// An output put before the expiry is one go test no longer replays.
inline bool isExpired(const TestCacheItem &item, std::optional<qint64> expireNs)
{
    return expireNs && item.kind == cache::EntryKind::TestOutput && item.putNs < *expireNs;
}

} // namespace kiln::gui
