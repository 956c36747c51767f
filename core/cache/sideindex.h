// Kiln's side index: for the actions Kiln ran, which GOCACHE keys they wrote
// and what those are, so the cache index names Kiln's entries precisely (a
// main package's archive by its import path, an empty output as link-stdout,
// the mode and flags behind an entry). go's keys are one-way hashes; go
// entries Kiln never ran are named from their content only (cachecontent.h).
//
//   <GOCACHE>/kiln/actions-v1.txt   the records, appended
//   <GOCACHE>/kiln/actions.lock     flock(2)ed by every writer (the data file is
//                                   replaced by rename when compacted, so the
//                                   lock cannot be on the data file itself)
//   <GOCACHE>/kiln/history-v1.txt   Kiln's build history, a sibling format
//                                   (grammar and bounds in buildhistory.h)
//
//   file   = { record }
//   record = hex64(key) " " role " " q(toolchain) " " q(mode) " " q(package) " "
//            q(module) " " q(flags) "\n"
//   role   = "archive" | "stdout" | "link-stdout" | "srcfiles" | "executable" | "pgo"
//   q(s)   = go's strconv.Quote of s
//
// key is the full 32-byte key of an -a file: an action ID, or a subkey of one
// (go's Subkey(actionID, "stdout") …). A later record for the same key
// replaces an earlier one; a line that does not parse, or has no final
// newline (a writer still appending), is skipped.
//
// Why inside GOCACHE and not in Kiln's own data directory: the records
// describe one cache's files, so they travel with it (a cache restored in CI,
// copied, or shared by several users), and need no mapping from cache paths.
// "kiln" is not a shard name (two hex digits): go's Trim and `go clean -cache`
// never look at it, and go never reads it. Records whose -a file is gone (go
// trimmed it, `go clean -cache`, a prune) are harmless — lookups go by the
// keys of existing -a files — and compaction drops them.
#pragma once

#include "base/result.h"
#include "cache/cacheentry.h"

#include <QList>
#include <QString>
#include <unordered_map>

namespace kiln::cache
{

enum class SideRole { Archive, Stdout, LinkStdout, SourceList, Executable, PgoProfile };

QString roleName(SideRole role); // the grammar's tokens
std::optional<SideRole> roleFromName(QByteArrayView name);
EntryKind kindOfRole(SideRole role);

struct SideRecord {
    Digest key{};
    SideRole role = SideRole::Archive;
    QString toolchain;   // the go command's version, e.g. "go1.25.12"
    QString mode;        // the action's mode ("build", "link" …)
    QString packagePath; // the import path (of a command too: not "main")
    QString module;      // module path, "std", "cmd", or "" (command-line files)
    QString flags;       // a summary of the flags that went into the key
    bool operator==(const SideRecord &) const = default;
};

QByteArray formatSideRecord(const SideRecord &record);
std::optional<SideRecord> parseSideRecord(QByteArrayView line);

using SideIndex = std::unordered_map<Digest, SideRecord, DigestHash>;

QString sideIndexFile(const QString &cacheDir);

// Every record (the latest per key). A missing or unreadable file is an empty
// index: the side index only adds names, it is never needed.
SideIndex readSideIndex(const QString &cacheDir);

// Appends the records not already there (with the same text), under the
// lock; compacts when the file has grown past 4 MiB. Returns how many were
// appended. Errors: kiln/ or the files cannot be created or written.
Result<int> recordSideIndex(const QString &cacheDir, const QList<SideRecord> &records);

// Rewrites the file without records whose -a file no longer exists (and
// without superseded ones). Returns how many records were dropped.
Result<int> compactSideIndex(const QString &cacheDir);

// One action as the build engine reports it, for sideRecordsFor.
struct RanAction {
    QList<QByteArray> preimage;  // every write to the action ID's hash after the salt
    QString shortID;             // HashToString(action ID), to check the recomputation
    std::optional<SideRole> own; // what the action ID's own entry is (none: not stored)
    QList<std::pair<QByteArray, SideRole>> subkeys; // Subkey(actionID, name) entries it writes
    QString mode, packagePath, module, flags;
};

// The records for actions of a build by toolchain goVersion: each action ID is
// recomputed as SHA-256(salt ‖ preimage) (salt = hashSalt(goVersion)) and kept
// only when it matches shortID. Pure.
QList<SideRecord> sideRecordsFor(const QString &goVersion, const QList<RanAction> &actions);

} // namespace kiln::cache
