// GOCACHE in go's on-disk format (cmd/go/internal/cache), shared with go.
//
//   GOCACHE/
//     README                  go's fixed text; written when missing
//     00/ … ff/               256 shards, named by the first byte of an ID
//       <actionID hex>-a      index entry (grammar below)
//       <outputID hex>-d      output bytes; outputID = SHA-256 of the bytes
//     trim.txt, testexpire.txt   (see trim and test-cache code)
//
//   index entry = "v1 " hex64(actionID) " " hex64(outputID) " "
//                 %20d(size) " " %20d(put time, Unix ns) "\n"     ; exactly 175 bytes
//
// Writes follow go's rules: the -d file is written in place with its last
// byte written last (a reader that checks the size never sees a short file),
// and an identical -d file is reused; the -a entry is written, then
// truncated to its length. No temp files, no renames: identical content makes
// concurrent writers safe. Reading never fails a build: every bad entry is a
// miss with a reason (Entry::missReason), as go treats it.
#pragma once

#include "base/result.h"
#include "base/sha256.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kiln::cache
{

using ActionID = Digest;
using OutputID = Digest;

struct Entry {
    OutputID outputID{};
    qint64 size = 0;
    qint64 timeNanos = 0; // when it was put
};

struct Lookup {
    std::optional<Entry> entry;
    QString missReason; // why there is no usable entry ("entry not found", "incomplete entry" …)
    bool hit() const { return entry.has_value(); }
};

class DiskCache
{
public:
    // Opens dir as a cache: creates the 256 shard directories and README.
    // Errors: dir not absolute, not creatable, or not writable.
    static Result<DiskCache> open(const QString &dir);

    QString dir() const { return m_dir; }
    QString fileName(const Digest &id, char kind) const; // <dir>/<hh>/<hex>-<kind>
    QString outputFile(const OutputID &out) const { return fileName(out, 'd'); }

    // Stores data as the output of action id; returns its output ID.
    Result<OutputID> put(const ActionID &id, const QByteArray &data);
    // The index entry for id (not the output; see getFile).
    Lookup get(const ActionID &id) const;
    // get plus a check that the output file exists with the recorded size;
    // refreshes the mtimes of used entries at most hourly, like go.
    Lookup getFile(const ActionID &id) const;

    // go's Trim at the end of a build: at most once a day (trim.txt), removes
    // -a/-d entries unused for 5 days + 1 h. Never follows symlinks.
    void trim(const QDateTime &now) const;

    // The 175-byte index line go writes.
    static QByteArray formatEntry(const ActionID &id, const Entry &e);
    // Parses an index entry for id; a miss reason on any defect.
    static Lookup parseEntry(const ActionID &id, const QByteArray &data);

private:
    explicit DiskCache(QString dir) : m_dir(std::move(dir)) {}
    Result<void> putOutput(const OutputID &out, const QByteArray &data);
    void markUsed(const QString &file) const;

    QString m_dir;
};

} // namespace kiln::cache
