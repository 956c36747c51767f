// The hashes behind GOCACHE keys (cmd/go internal/cache/hash.go):
//
//   CacheHash(name)      SHA-256 of salt ‖ writes; salt = the go command's
//                        version without " X:..." (e.g. "go1.25.12")
//   subkey(parent, d)    SHA-256("subkey:" ‖ parent ‖ d), no salt
//   FileHasher::hash(f)  plain SHA-256 of f's bytes, memoised per path
//
// With a HashTrace (GODEBUG=gocachehash=1) every step prints go's lines:
//   HASH[name]                        a hash starts
//   HASH[name]: "<%q of the write>"   each write (the salt first)
//   HASH[name]: <hex>                 the sum
//   HASH <file>: <hex>                a file hashed (or ": <error>")
//   HASH subkey <hex> "<desc>" = <hex>
// so Kiln's preimages can be diffed line by line with go's.
#pragma once

#include "base/result.h"
#include "base/sha256.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>

namespace kiln::cache
{

// Receives whole trace lines (with their newline); may be called from
// several threads at once.
using HashTrace = std::function<void(const QByteArray &line)>;

class CacheHash
{
public:
    CacheHash(const QString &name, const QByteArray &salt, const HashTrace *trace = nullptr);
    // Keeps every write after the salt in *lines too (the GUI's "cache-key
    // inputs" and why-rebuilt diffs).
    void recordInto(QList<QByteArray> *lines) { m_lines = lines; }
    void write(const QByteArray &data);
    Digest sum();

private:
    Sha256 m_sha;
    QByteArray m_name;
    const HashTrace *m_trace;
    QList<QByteArray> *m_lines = nullptr;
};

Digest subkey(const Digest &parent, const QByteArray &desc, const HashTrace *trace = nullptr);

// The salt for a toolchain version: "go1.25.12 X:foo" → "go1.25.12".
QByteArray hashSalt(const QString &goVersion);

// Memoised file hashes, shared by all actions of a build. Thread-safe.
class FileHasher
{
public:
    explicit FileHasher(const HashTrace *trace = nullptr) : m_trace(trace) {}
    Result<Digest> hash(const QString &file);
    // go's b.fileHash: HashToString of the hash, or "" if unreadable.
    QString hashString(const QString &file);

private:
    const HashTrace *m_trace;
    QMutex m_mutex;
    QHash<QString, Digest> m_known;
};

} // namespace kiln::cache
