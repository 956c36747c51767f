#include "exec/contentid.h"

#include "base/goquote.h"
#include "base/hashid.h"
#include "exec/buildid.h"
#include "exec/objformat.h"
#include "exec/rawfile.h"

#include <QFile>

#include <cstring>

namespace kiln::exec
{

namespace
{

constexpr qint64 DefaultChunk = 31 * 1024;

// The regions read as zero: the Mach-O code signature and the host build ID
// (GNU note or LC_UUID), each only when go's parser accepts the file.
QList<FileRange> excludedRanges(const RawFile &f)
{
    QList<FileRange> ranges;
    const FileSource src(f);
    if (const auto gnu = findElfSection(src, QByteArrayLiteral(".note.gnu.build-id"))) {
        if (gnu->size >= 16) // go skips the 16-byte note header
            ranges.append({gnu->offset + 16, gnu->size - 16});
        return ranges;
    }
    if (const auto macho = parseMacho(src)) {
        if (macho->codeSignature)
            ranges.append(*macho->codeSignature);
        if (macho->uuid)
            ranges.append(*macho->uuid);
    }
    return ranges;
}

void zeroRanges(char *buf, qint64 len, qint64 fileOffset, const QList<FileRange> &ranges)
{
    for (const FileRange &r : ranges) {
        const qint64 from = std::max(r.offset, fileOffset);
        const qint64 to = std::min(r.offset + r.size, fileOffset + len);
        if (from < to)
            std::memset(buf + (from - fileOffset), 0, size_t(to - from));
    }
}

std::unexpected<Error> lengthMismatch(const QByteArray &prefix, const QByteArray &oldId,
                                      const QByteArray &newId)
{
    return fail(QString::fromUtf8(prefix + "build ID length mismatch " + goQuote(oldId) + " vs " +
                                  goQuote(newId)));
}

} // namespace

Result<IdScan> findAndHash(const QString &file, const QByteArray &id, qint64 chunkSize)
{
    const qint64 chunk = chunkSize > 0 ? chunkSize : DefaultChunk;
    if (id.isEmpty())
        return fail(QStringLiteral("buildid.FindAndHash: no id specified"));
    if (id.size() > chunk)
        return fail(QStringLiteral("buildid.FindAndHash: buffer too small"));
    KILN_TRY(f, RawFile::open(file, RawFile::Access::ReadOnly));
    const QList<FileRange> excluded = excludedRanges(f);
    const QByteArray zeros(id.size(), '\0');

    // buf[0, fringe) holds the unhashed tail of the previous chunk; a chunk is
    // read into buf[fringe, fringe+chunk). Index fringe is file offset `offset`.
    const qint64 fringe = (id.size() + 127) & ~qint64(127);
    QByteArray buf(fringe + chunk, '\0');
    char *b = buf.data();
    Sha256 h;
    IdScan scan;
    qint64 start = fringe;
    for (qint64 offset = 0;; offset += chunk) {
        KILN_TRY(n, f.readAt(b + fringe, chunk, offset));
        zeroRanges(b + fringe, n, offset, excluded);
        const QByteArrayView window(b, fringe + n);
        for (;;) {
            const qsizetype i = window.indexOf(id, start);
            if (i < 0)
                break;
            scan.matches.append(offset + (i - fringe));
            h.add(b + start, i - start);
            h.add(zeros);
            start = i + id.size();
        }
        if (n < chunk) {
            h.add(b + start, fringe + n - start);
            break;
        }
        // Hash all but the last `fringe` bytes; a match may already have
        // consumed part of them.
        if (start < chunk) {
            h.add(b + start, chunk - start);
            start = chunk;
        }
        std::memmove(b, b + chunk, size_t(fringe));
        start -= chunk;
    }
    scan.hash = h.finish();
    return scan;
}

Result<void> rewriteBuildId(const QString &file, const QList<qint64> &matches,
                            const QByteArray &newId)
{
    KILN_TRY(f, RawFile::open(file, RawFile::Access::ReadWrite));
    for (const qint64 at : matches)
        if (auto w = f.writeAt(newId, at); !w)
            return w;
    const FileSource src(f);
    if (const auto macho = parseMacho(src); macho && macho->codeSignature) {
        const FileRange sig = *macho->codeSignature;
        // Re-sign only when the signature has the size the Go linker gives
        // it, so no header needs fixing.
        static const QByteArray ident = QByteArrayLiteral("a.out");
        if (codeSignatureSize(sig.offset, ident) == sig.size) {
            if (!macho->textSegment)
                return fail(QStringLiteral("%1: Mach-O file without __TEXT segment").arg(file));
            const QByteArray cs =
                adHocCodeSignature(src, ident, sig.offset, macho->textSegment->offset,
                                   macho->textSegment->size, macho->fileType == 2);
            if (auto w = f.writeAt(cs, sig.offset); !w)
                return w;
        }
    }
    return f.close();
}

Result<BuildIdUpdate> updateBuildId(const QString &file, const QByteArray &placeholder)
{
    const qsizetype slash = placeholder.lastIndexOf('/');
    if (slash < 0)
        return fail(QString::fromUtf8("internal error: build ID " + goQuote(placeholder) +
                                      " has no content ID"));
    KILN_TRY(scan, findAndHash(file, placeholder));
    BuildIdUpdate u;
    u.contentId = hashToString(scan.hash).toLatin1();
    u.buildId = placeholder.left(slash + 1) + u.contentId;
    if (u.buildId.size() != placeholder.size())
        return lengthMismatch("internal error: ", placeholder, u.buildId);
    u.occurrences = scan.matches.size();
    if (!scan.matches.isEmpty())
        if (auto r = rewriteBuildId(file, scan.matches, u.buildId); !r)
            return std::unexpected(r.error());
    return u;
}

Result<BuildIdUpdate> writeContentId(const QString &file)
{
    KILN_TRY(id, readBuildId(file));
    KILN_TRY(scan, findAndHash(file, id));
    const qsizetype slash = id.lastIndexOf('/');
    if (slash < 0)
        return fail(QStringLiteral("%1: build ID is a legacy format...binary too old for this tool")
                        .arg(file));
    BuildIdUpdate u;
    u.contentId = hashToString(scan.hash).toLatin1();
    u.buildId = id.left(slash + 1) + u.contentId;
    if (u.buildId.size() != id.size())
        return lengthMismatch(QFile::encodeName(file) + ": ", id, u.buildId);
    u.occurrences = scan.matches.size();
    if (!scan.matches.isEmpty())
        if (auto r = rewriteBuildId(file, scan.matches, u.buildId); !r)
            return std::unexpected(r.error());
    return u;
}

} // namespace kiln::exec
