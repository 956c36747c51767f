// The text helpers of goscanner.h: UTF-8 decoding and the unicode
// predicates go's parsers use, fmt-style rune formatting, and positions
// (go/token.File with //line directives).
#include "load/goscanner.h"

#include "base/goquote.h"
#include "load/goutf8.h"

#include <QChar>
#include <algorithm>

namespace kiln::load::gosyntax
{

// ---- unicode/utf8 and unicode ------------------------------------------------

DecodedRune decodeRune(QByteArrayView s, qsizetype i)
{
    const qsizetype n = s.size() - i;
    if (n <= 0)
        return {kRuneError, 0};
    const auto b = [&](qsizetype k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c0 = b(0);
    if (c0 < 0x80)
        return {c0, 1};
    const auto cont = [&](qsizetype k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return k < n && b(k) >= lo && b(k) <= hi;
    };
    if (c0 >= 0xC2 && c0 <= 0xDF && cont(1))
        return {char32_t(((c0 & 0x1F) << 6) | (b(1) & 0x3F)), 2};
    if (c0 >= 0xE0 && c0 <= 0xEF) {
        const unsigned char lo = c0 == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = c0 == 0xED ? 0x9F : 0xBF; // no surrogates
        if (cont(1, lo, hi) && cont(2))
            return {char32_t(((c0 & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F)), 3};
    }
    if (c0 >= 0xF0 && c0 <= 0xF4) {
        const unsigned char lo = c0 == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = c0 == 0xF4 ? 0x8F : 0xBF;
        if (cont(1, lo, hi) && cont(2) && cont(3))
            return {char32_t(((c0 & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) |
                             (b(3) & 0x3F)),
                    4};
    }
    return {kRuneError, 1};
}

int runeCount(QByteArrayView s)
{
    int count = 0;
    for (qsizetype i = 0; i < s.size(); i += decodeRune(s, i).width)
        ++count;
    return count;
}

QByteArray encodeRune(char32_t r)
{
    QByteArray out;
    gotext::appendRune(out, r);
    return out;
}

bool isSpace(char32_t r)
{
    return gotext::isGoSpace(r);
}

bool isLetter(char32_t r)
{
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
    return r <= 0x10FFFF && QChar::isLetter(r);
}

bool isDigit(char32_t r)
{
    if (r < 0x80)
        return r >= '0' && r <= '9';
    return r <= 0x10FFFF && QChar::isDigit(r);
}

QByteArrayView trimSpace(QByteArrayView s)
{
    return gotext::trimGoSpace(s);
}

QList<QByteArrayView> fields(QByteArrayView s)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    qsizetype start = -1;
    while (i < s.size()) {
        const DecodedRune d = decodeRune(s, i);
        if (isSpace(d.rune)) {
            if (start >= 0)
                out.append(s.sliced(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
        i += d.width;
    }
    if (start >= 0)
        out.append(s.sliced(start));
    return out;
}

QList<QByteArrayView> splitBytes(QByteArrayView s, char sep)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == sep) {
            out.append(s.sliced(start, i - start));
            start = i + 1;
        }
    }
    out.append(s.sliced(start));
    return out;
}

QByteArray formatUnicode(int r)
{
    QByteArray out = "U+" + QByteArray::number(r, 16).toUpper().rightJustified(4, '0');
    if (r >= 0 && kiln::goIsPrint(char32_t(r)))
        out += " '" + encodeRune(char32_t(r)) + "'";
    return out;
}

QByteArray quoteRune(char32_t r)
{
    return "'" + encodeRune(r) + "'";
}

// ---- positions -----------------------------------------------------------------

LineTable::LineTable(QByteArrayView src, const QString &fileName)
    : m_fileName(fileName), m_size(src.size())
{
    m_starts.append(0);
    // As token.File.AddLine: a line starting at the very end does not exist.
    for (qsizetype i = 0; i + 1 < src.size(); ++i)
        if (src[i] == '\n')
            m_starts.append(i + 1);
}

int LineTable::line(qsizetype offset) const
{
    if (offset < 0)
        return 0;
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return int(it - m_starts.begin());
}

int LineTable::column(qsizetype offset) const
{
    if (offset < 0)
        return 0;
    return int(offset - m_starts[line(offset) - 1]) + 1;
}

void LineTable::addLineInfo(qsizetype offset, const QString &file, int line, int column)
{
    if ((m_infos.isEmpty() || m_infos.last().offset < offset) && offset < m_size)
        m_infos.append({offset, file, line, column});
}

QString LineTable::dir() const
{
    const qsizetype slash = m_fileName.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : m_fileName.first(slash);
}

Position LineTable::position(qsizetype offset) const
{
    if (offset < 0)
        return {};
    offset = std::min(offset, m_size);
    Position p{m_fileName, line(offset), column(offset)};
    auto it =
        std::upper_bound(m_infos.begin(), m_infos.end(), offset,
                         [](qsizetype off, const LineInfo &info) { return off < info.offset; });
    if (it == m_infos.begin())
        return p;
    const LineInfo &alt = *(it - 1);
    p.file = alt.file;
    const int d = p.line - line(alt.offset); // lines from the directive's target
    p.line = alt.line + d;
    if (alt.column == 0)
        p.column = 0; // unknown until the next directive
    else if (d == 0)
        p.column = alt.column + int(offset - alt.offset);
    return p;
}

QString toQString(QByteArrayView utf8)
{
    QString out;
    while (utf8.startsWith("\xEF\xBB\xBF")) {
        out.append(QChar(0xFEFF));
        utf8 = utf8.sliced(3);
    }
    return out + QString::fromUtf8(utf8);
}

} // namespace kiln::load::gosyntax
