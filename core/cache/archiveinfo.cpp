#include "cache/archiveinfo.h"

#include "base/goquote.h"

#include <array>

namespace kiln::cache
{

namespace
{

constexpr qint64 headSize = 4096;
constexpr int numSections =
    10; // String, Meta, PosBase, Pkg, Name, Type, Obj, ObjExt, ObjDict, Body
constexpr int sectionString = 0, sectionMeta = 1, sectionPkg = 3;
constexpr uint32_t flagSyncMarkers = 1;

uint32_t le32(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const uint8_t *>(b.constData()) + at;
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

struct Cursor {
    const QByteArray &data;
    qsizetype pos = 0;
    std::optional<uint64_t> uvarint()
    {
        uint64_t x = 0;
        for (int shift = 0; shift < 64 && pos < data.size(); shift += 7) {
            const uint8_t c = uint8_t(data[pos++]);
            x |= uint64_t(c & 0x7f) << shift;
            if (c < 0x80)
                return x;
        }
        return std::nullopt;
    }
};

// The export data of one archive: the section and element tables are read
// lazily through the source, so only the elements asked for are read.
class ExportData
{
public:
    ExportData(const ByteSource &src, qint64 start, qint64 end) : m_src(src), m_end(end)
    {
        const QByteArray head = src.read(start, 8 + 4 * numSections);
        if (head.size() < 4)
            return;
        const uint32_t version = le32(head, 0);
        qsizetype at = 4;
        if (version >= 1) {
            if (head.size() < 8)
                return;
            m_flags = le32(head, 4);
            at = 8;
        }
        if (head.size() < at + 4 * numSections)
            return;
        for (int k = 0; k < numSections; ++k)
            m_sectionEnds[k] = le32(head, at + 4 * k);
        m_elemEnds = start + at + 4 * numSections;
        m_elemData = m_elemEnds + 4 * qint64(m_sectionEnds[numSections - 1]);
        m_valid = m_elemData <= m_end;
    }

    bool valid() const { return m_valid; }
    bool syncMarkers() const { return m_flags & flagSyncMarkers; }

    std::optional<QByteArray> element(int section, uint64_t index) const
    {
        const uint64_t first = section == 0 ? 0 : m_sectionEnds[section - 1];
        const uint64_t abs = first + index;
        if (abs >= m_sectionEnds[section])
            return std::nullopt;
        const QByteArray ends = m_src.read(m_elemEnds + 4 * qint64(abs ? abs - 1 : 0), 8);
        if (ends.size() < (abs ? 8 : 4))
            return std::nullopt;
        const uint32_t begin = abs ? le32(ends, 0) : 0;
        const uint32_t end = abs ? le32(ends, 4) : le32(ends, 0);
        if (end < begin || m_elemData + end > m_end || end - begin > (1u << 20))
            return std::nullopt;
        QByteArray data = m_src.read(m_elemData + begin, end - begin);
        if (data.size() != qsizetype(end - begin))
            return std::nullopt;
        return data;
    }

    // The target of the element's first value, read as a reference into
    // wantSection: (section, index) from the element's reference table.
    std::optional<uint64_t> firstReference(const QByteArray &elem, int wantSection) const
    {
        Cursor c{elem};
        const auto count = c.uvarint();
        if (!count || *count > 1u << 16)
            return std::nullopt;
        QList<std::pair<uint64_t, uint64_t>> refs;
        for (uint64_t i = 0; i < *count; ++i) {
            const auto section = c.uvarint();
            const auto index = c.uvarint();
            if (!section || !index)
                return std::nullopt;
            refs.append({*section, *index});
        }
        const auto which = c.uvarint();
        if (!which || *which >= uint64_t(refs.size()) ||
            refs[qsizetype(*which)].first != uint64_t(wantSection))
            return std::nullopt;
        return refs[qsizetype(*which)].second;
    }

private:
    const ByteSource &m_src;
    qint64 m_end;
    uint32_t m_flags = 0;
    std::array<uint32_t, numSections> m_sectionEnds{};
    qint64 m_elemEnds = 0, m_elemData = 0;
    bool m_valid = false;
};

QString readPackagePath(const ByteSource &src, qint64 start, qint64 end, QByteArray &path)
{
    const ExportData x(src, start, end);
    if (!x.valid())
        return QStringLiteral("export data is cut short");
    if (x.syncMarkers())
        return QStringLiteral("export data has sync markers (not decoded)");
    const auto root = x.element(sectionMeta, 0);
    const auto pkg = root ? x.firstReference(*root, sectionPkg) : std::nullopt;
    const auto pkgElem = pkg ? x.element(sectionPkg, *pkg) : std::nullopt;
    const auto str = pkgElem ? x.firstReference(*pkgElem, sectionString) : std::nullopt;
    const auto text = str ? x.element(sectionString, *str) : std::nullopt;
    if (!text || text->isEmpty())
        return QStringLiteral("export data does not name the package");
    path = *text;
    return {};
}

} // namespace

std::optional<ArchiveInfo> readArchiveInfo(const ByteSource &src)
{
    QByteArray head = src.read(0, headSize);
    if (!head.startsWith("!<arch>\n__.PKGDEF       ") || head.size() < 68 ||
        head.mid(66, 2) != "`\n")
        return std::nullopt;
    bool ok = false;
    const qint64 memberSize = head.mid(56, 10).trimmed().toLongLong(&ok);
    if (!ok || memberSize < 0)
        return std::nullopt;
    const qint64 memberEnd = std::min<qint64>(68 + memberSize, src.size());
    const qsizetype lineEnd = head.indexOf('\n', 68);
    if (!head.mid(68).startsWith("go object ") || lineEnd < 0)
        return std::nullopt;
    ArchiveInfo info;
    const QList<QByteArray> fields = head.mid(68 + 10, lineEnd - 78).split(' ');
    if (fields.size() < 3)
        return std::nullopt;
    info.goos = fields[0];
    info.goarch = fields[1];
    info.goVersion = fields[2];
    const qsizetype idEnd = head.indexOf('\n', lineEnd + 1);
    if (head.mid(lineEnd + 1).startsWith("build id ") && idEnd > 0)
        info.buildID =
            goUnquote(head.mid(lineEnd + 10, idEnd - lineEnd - 10)).value_or(QByteArray());

    // "\n$$B\nu" follows the header lines; a long header may reach past head.
    qsizetype marker = head.indexOf("\n$$B\nu", lineEnd);
    if (marker < 0 && memberEnd > head.size()) {
        head = src.read(0, std::min<qint64>(memberEnd, 64 * 1024));
        marker = head.indexOf("\n$$B\nu", lineEnd);
    }
    if (marker < 0 || marker + 6 > memberEnd)
        info.problem = QStringLiteral("no unified export data in __.PKGDEF");
    else
        info.problem = readPackagePath(src, marker + 6, memberEnd, info.packagePath);
    return info;
}

} // namespace kiln::cache
