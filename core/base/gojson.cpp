#include "base/gojson.h"

namespace kiln
{

namespace
{

const char hex[] = "0123456789abcdef";

void appendU(QByteArray &out, uint32_t c)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hex[(c >> shift) & 0xF];
}

// Length of the valid UTF-8 sequence at s[i], 0 when the byte starts none
// (Go's utf8.DecodeRune returning RuneError with size 1: stray continuation
// bytes, overlong forms, surrogates, > U+10FFFF, truncated sequences).
int utf8Len(QByteArrayView s, qsizetype i)
{
    const auto b = uchar(s[i]);
    int n = b < 0xC2 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 0;
    if (n == 0 || i + n > s.size())
        return 0;
    for (int k = 1; k < n; ++k)
        if ((uchar(s[i + k]) & 0xC0) != 0x80)
            return 0;
    const auto b1 = uchar(s[i + 1]);
    if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) ||
        (b == 0xF4 && b1 > 0x8F))
        return 0;
    return n;
}

enum class ReplacementChar { Keep, Escape };

QByteArray quoteJson(QByteArrayView s, ReplacementChar replacement)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (qsizetype i = 0; i < s.size();) {
        const auto c = uchar(s[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '<':
            case '>':
            case '&':
                appendU(out, c);
                break;
            default:
                if (c < 0x20)
                    appendU(out, c);
                else
                    out += char(c);
            }
            ++i;
            continue;
        }
        const int n = utf8Len(s, i);
        if (n == 0) {
            out += "\\ufffd";
            ++i;
            continue;
        }
        // U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
        if (n == 3 && c == 0xE2 && uchar(s[i + 1]) == 0x80 && (uchar(s[i + 2]) & 0xFE) == 0xA8) {
            appendU(out, 0x2028 | (uchar(s[i + 2]) & 1));
        } else if (replacement == ReplacementChar::Escape && n == 3 && c == 0xEF &&
                   uchar(s[i + 1]) == 0xBF && uchar(s[i + 2]) == 0xBD) {
            // U+FFFD: in Kiln's text it stands for bytes that were not UTF-8
            // (a file name, say), which go's encoder writes as \ufffd.
            out += "\\ufffd";
        } else {
            out += s.sliced(i, n);
        }
        i += n;
    }
    out += '"';
    return out;
}

} // namespace

QByteArray GoJson::quote(const QByteArray &utf8)
{
    return quoteJson(utf8, ReplacementChar::Escape);
}

QByteArray GoJson::quoteBytes(QByteArrayView bytes)
{
    return quoteJson(bytes, ReplacementChar::Keep);
}

void GoJson::newline()
{
    m_out += '\n';
    m_out += QByteArray(m_depth, '\t');
}

void GoJson::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first)
            m_out += ',';
        newline();
    }
    m_first = false;
}

void GoJson::beginObject()
{
    beforeValue();
    m_out += '{';
    ++m_depth;
    m_first = true;
}

void GoJson::endObject()
{
    --m_depth;
    if (!m_first)
        newline();
    m_out += '}';
    m_first = false;
}

void GoJson::beginArray()
{
    beforeValue();
    m_out += '[';
    ++m_depth;
    m_first = true;
}

void GoJson::endArray()
{
    endObject();
    m_out[m_out.size() - 1] = ']';
}

void GoJson::key(const char *name)
{
    beforeValue();
    m_out += quote(name);
    m_out += ": ";
    m_afterKey = true;
}

void GoJson::string(const QString &s)
{
    rawString(s.toUtf8());
}

void GoJson::rawString(const QByteArray &utf8)
{
    beforeValue();
    m_out += quote(utf8);
}

void GoJson::number(qint64 n)
{
    beforeValue();
    m_out += QByteArray::number(n);
}

void GoJson::boolean(bool b)
{
    beforeValue();
    m_out += b ? "true" : "false";
}

void GoJson::null()
{
    beforeValue();
    m_out += "null";
}

void GoJson::stringField(const char *name, const QString &s)
{
    if (s.isEmpty())
        return;
    key(name);
    string(s);
}

void GoJson::boolField(const char *name, bool b)
{
    if (!b)
        return;
    key(name);
    boolean(true);
}

void GoJson::listField(const char *name, const QStringList &list)
{
    if (list.isEmpty())
        return;
    listFieldAlways(name, list);
}

void GoJson::listFieldAlways(const char *name, const QStringList &list)
{
    key(name);
    beginArray();
    for (const QString &s : list)
        string(s);
    endArray();
}

} // namespace kiln
