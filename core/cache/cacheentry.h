// The cache index's values: what a scan of a GOCACHE directory finds (see
// cachescan.h) and what pruning works on (pruneplan.h).
//
// One CacheEntry per `<actionID>-a` index file, together with the output it
// names; and one per `<outputID>-d` output that no index file names (an
// orphan: go writes the output before the index line, and go's trim removes
// files independently). A kind says what go stored; it comes from Kiln's side
// index when Kiln ran the action (sideindex.h), else from the output's bytes
// (cachecontent.h). Entries are plain values; nothing here touches the disk.
#pragma once

#include "base/sha256.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <cstring>
#include <optional>

namespace kiln::cache
{

enum class EntryKind {
    Archive,     // a compiled package (_pkg_.a with __.PKGDEF)
    Object,      // an object or an ar archive without Go export data
    Executable,  // a linked program (go run / go tool: a -d directory)
    VetResult,   // vet.out facts (gob)
    CgoOutput,   // a file cgo generated (_cgo_gotypes.go, *.cgo1.go, _cgo_install.h)
    SourceList,  // the srcfiles list of a compile
    Stdout,      // compiler or linker output as printed (stdout, link-stdout)
    TestLog,     // a test's log of inputs ("# test log")
    TestOutput,  // a passing test's saved output (its last line is go's ok line)
    ModuleIndex, // go's module index data ("go index v2")
    PgoProfile,  // a preprocessed PGO profile
    Unknown,
    Count
};

// "archive", "object", "executable", "vet", "cgo", "srcfiles", "stdout",
// "testlog", "testoutput", "modindex", "pgo", "unknown".
QString kindName(EntryKind kind);
std::optional<EntryKind> kindFromName(QStringView name);
// Every kind name, in enum order (for usage messages).
QStringList kindNames();

enum class EntryOrigin {
    Index,       // an -a index file and the output it names
    OrphanOutput // a -d output that no -a file names
};

// What is on disk under an entry's name (lstat: links are never followed).
enum class FileState { Missing, Regular, Directory, Link, Other };

// Where the kind and the names came from.
enum class NamedBy { Content, SideIndex };

struct CacheEntry {
    EntryOrigin origin = EntryOrigin::Index;
    Digest key{};               // the action ID (Index) or the output ID (OrphanOutput)
    Digest outputID{};          // the -d it names (equals key for an orphan)
    qint64 size = 0;            // the size the index line records (orphan: the file's)
    qint64 putNanos = 0;        // the index line's time (Unix ns); 0 for an orphan
    qint64 indexMtimeNs = 0;    // mtime of the -a file; 0 for an orphan
    qint64 outputMtimeNs = 0;   // mtime of the -d file or directory; 0 when missing
    qint64 indexBytes = 0;      // the -a file's size (175 when well formed)
    qint64 outputBytes = 0;     // the -d file's size (an executable: its one file)
    qint64 outputDiskBytes = 0; // blocks of the -d file (and directory) × 512
    qint64 indexDiskBytes = 0;  // blocks of the -a file × 512
    FileState indexState = FileState::Missing;  // Missing for an orphan
    FileState outputState = FileState::Missing; // Directory: an executable

    EntryKind kind = EntryKind::Unknown;
    NamedBy namedBy = NamedBy::Content;
    QString packagePath; // import path ("" unknown; "main" for a main package's archive
                         // unless the side index names it)
    QString module;      // module path: "std", "cmd", the side index's, an executable's; "" unknown
    QString toolchain;   // "go1.25.12" (archives, executables, side index); "" unknown
    QString buildID;     // archives and executables
    QString detail;      // the role the side index records ("link-stdout" …) or content detail
    QString mode, flags; // side index: the action's mode and a summary of its flags
    QString problem;     // "" when well formed; else why not (never fatal)

    // When the entry was last used: the -a file's mtime, which go refreshes
    // (at most hourly) on every hit; an orphan's -d mtime. The -d's own mtime
    // is refreshed by every entry sharing it (many entries share the one
    // empty output), so it is not this entry's.
    qint64 lastUseNs() const { return origin == EntryOrigin::Index ? indexMtimeNs : outputMtimeNs; }
    bool ok() const { return problem.isEmpty(); }
};

// Hex file names <hex>-a / <hex>-d as used by go.
QString entryFileName(const QString &cacheDir, const Digest &id, char suffix);
std::optional<Digest> digestFromHex(QByteArrayView hex);

struct DigestHash {
    size_t operator()(const Digest &d) const noexcept
    {
        size_t h;
        std::memcpy(&h, d.data(), sizeof h);
        return h;
    }
};

} // namespace kiln::cache
