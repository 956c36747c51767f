// The inputs of a test result one by one, and Kiln's record of them.
//
// go's testInputsID (testinputs.h) folds every input of a test's log into
// one hash, so a miss says only that *something* changed. To name it, Kiln
// keeps the per-input hashes of each result it saves, in a side file of its
// own under the cache (go never reads it):
//
//   <GOCACHE>/kiln/testinputs/<hh>/<testID hex>     one file per test ID,
//                                                   replaced by each save
//   record = "kiln test inputs 1\n"
//            "log " hex64(SHA-256 of the test log) " " PUT "\n"
//            "inputs " hex64(testInputsID) "\n"
//            "package " IMPORTPATH "\n"
//            { input }
//   input  = "env "   hex64(hashGetenv) " " NAME "\n"             GODEBUG first
//          | "chdir " hex64(hashStat) " " DIR "\n"
//          | "stat "  hex64(hashStat) " " SIZE " " MTIME " " PATH "\n"
//          | "open "  hex64(hashOpen) " " SIZE " " MTIME " " PATH "\n"
//   SIZE MTIME = os.Stat's size and mtime (Unix ns) at save time; -1 -1
//                when the path did not exist
//   PATH       = the absolute path go hashed (relative names joined to the
//                working directory); paths outside the root are left out,
//                as go leaves them out; each (op, name) once, first wins
//
//   PUT        = the put time (Unix ns) of the test ID's index entry
//
// The hashes are go's own (hashGetenv/hashStat/hashOpen, salted), so the
// record never holds an environment value. The "log" line ties the record
// to the test log go keeps under the same test ID: when a result was saved
// there since (by go, which knows nothing of the record), the entry's put
// time differs and the record is stale (not used).
// Records are written when Kiln saves a result, and when a prediction finds
// a result go saved still valid (its inputs then hash to the saved ones).
// A record is a few hundred bytes; records of test IDs that left the cache
// are removed by removeStaleTestInputRecords.
//
// Thread-safe (no state). Blocking file I/O.
#pragma once

#include "base/result.h"
#include "base/sha256.h"
#include "cache/diskcache.h"
#include "test/testinputs.h"
#include "test/testlog.h"

#include <QList>
#include <optional>

namespace kiln::test
{

struct TestInput {
    TestLogOp op = TestLogOp::Getenv;
    QByteArray name;  // variable name, or the absolute path go checks
    QByteArray hash;  // hex64 of go's hash of it; "" when not hashed (outsideRoot, tooNew)
    qint64 size = -1; // stat/open: os.Stat's size now (-1: missing)
    qint64 mtimeNs = -1;
    bool isDir = false;
    bool isRegular = false;
    bool outsideRoot = false; // go does not check it at all
    bool tooNew = false;      // a regular file modified less than 2 s before ctx.nowNanos
    bool operator==(const TestInput &) const = default;
};

// The inputs of testLog as go's computeTestInputsID sees them now, in its
// order (GODEBUG first), each (op, name) once. Inputs outside the root are
// included with outsideRoot set (go skips them). ctx.traces are not used.
QList<TestInput> currentTestInputs(const QByteArray &testLog, const TestInputsContext &ctx);

struct TestInputRecord {
    Digest logHash{};
    qint64 logPutNs = 0;
    Digest inputsID{};
    QString importPath; // the tested package (names the test log in the cache views)
    QList<TestInput> inputs;
};

QString testInputRecordFile(const QString &cacheDir, const Digest &testID);
QByteArray formatTestInputRecord(const TestInputRecord &record);
// nullopt: not a record (wrong header, a malformed line).
std::optional<TestInputRecord> parseTestInputRecord(const QByteArray &data);

// nullopt: no record for testID, or an unreadable one.
std::optional<TestInputRecord> readTestInputRecord(const QString &cacheDir, const Digest &testID);

// Whether record describes the log now stored under its test ID (log is
// goGetBytes' data, putNs its entry's time).
bool recordMatches(const TestInputRecord &record, const QByteArray &log, qint64 putNs);

// Called when a result is saved (TestResultCache::save, after the puts):
// the record of testLog's inputs under each test ID. Errors only for file
// writes; a failure never fails the save.
Result<void> recordTestInputs(const cache::DiskCache &cache, const QList<Digest> &testIDs,
                              const QByteArray &testLog, const Digest &inputsID,
                              const TestInputsContext &ctx);

// Removes the records whose test ID has no index entry in the cache any
// more (go trimmed or Kiln invalidated it). Returns how many went.
int removeStaleTestInputRecords(const QString &cacheDir);

} // namespace kiln::test
