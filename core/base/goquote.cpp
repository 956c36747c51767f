#include "base/goquote.h"

#include <QChar>

namespace kiln
{

namespace
{

const char hexDigits[] = "0123456789abcdef";

// Decodes one UTF-8 rune at s[i]; returns its width, or 1 with ok=false when
// the bytes are not valid UTF-8 (go's utf8.DecodeRune returning RuneError,1).
int decodeRune(const QByteArray &s, qsizetype i, char32_t &r, bool &ok)
{
    const auto b0 = uchar(s[i]);
    ok = true;
    if (b0 < 0x80) {
        r = b0;
        return 1;
    }
    int n = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        n = 2, r = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        n = 3, r = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        n = 4, r = b0 & 0x07, min = 0x10000;
    } else {
        ok = false;
        return 1;
    }
    if (i + n > s.size()) {
        ok = false;
        return 1;
    }
    for (int k = 1; k < n; ++k) {
        const auto b = uchar(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            ok = false;
            return 1;
        }
        r = (r << 6) | (b & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
        ok = false;
        return 1;
    }
    return n;
}

void appendHex(QByteArray &out, char32_t v, int digits)
{
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += hexDigits[(v >> shift) & 0xF];
}

void appendEscaped(QByteArray &out, char32_t r, const QByteArray &raw)
{
    if (r == '"' || r == '\\') {
        out += '\\';
        out += char(r);
        return;
    }
    if (goIsPrint(r)) {
        out += raw;
        return;
    }
    switch (r) {
    case '\a':
        out += "\\a";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    case '\v':
        out += "\\v";
        return;
    default:
        break;
    }
    if (r < ' ' || r == 0x7F) {
        out += "\\x";
        appendHex(out, r, 2);
    } else if (r < 0x10000) {
        out += "\\u";
        appendHex(out, r, 4);
    } else {
        out += "\\U";
        appendHex(out, r, 8);
    }
}

} // namespace

bool goIsPrint(char32_t r)
{
    if (r == ' ')
        return true;
    switch (QChar::category(r)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

QByteArray goQuote(const QByteArray &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (qsizetype i = 0; i < s.size();) {
        char32_t r = 0;
        bool ok = true;
        const int w = decodeRune(s, i, r, ok);
        if (!ok) {
            out += "\\x";
            appendHex(out, uchar(s[i]), 2);
        } else {
            appendEscaped(out, r, s.mid(i, w));
        }
        i += w;
    }
    out += '"';
    return out;
}

QByteArray goQuoteList(const QList<QByteArray> &items)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ' ';
        out += goQuote(items[i]);
    }
    out += ']';
    return out;
}

QByteArray goQuoteList(const QStringList &items)
{
    QList<QByteArray> bytes;
    bytes.reserve(items.size());
    for (const QString &s : items)
        bytes.append(s.toUtf8());
    return goQuoteList(bytes);
}

} // namespace kiln

namespace kiln
{

namespace
{

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads n hex digits at s[i]; -1 when they are not all hex.
long readHex(const QByteArray &s, qsizetype i, int n)
{
    if (i + n > s.size())
        return -1;
    long v = 0;
    for (int k = 0; k < n; ++k) {
        const int d = hexValue(s[i + k]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

void appendUtf8(QByteArray &out, char32_t r)
{
    out += QString::fromUcs4(&r, 1).toUtf8();
}

} // namespace

std::optional<QByteArray> goUnquote(const QByteArray &s)
{
    if (s.size() < 2)
        return std::nullopt;
    if (s.front() == '`' && s.back() == '`') {
        QByteArray body = s.mid(1, s.size() - 2);
        if (body.contains('`'))
            return std::nullopt;
        body.replace("\r", "");
        return body;
    }
    if (s.front() != '"' || s.back() != '"')
        return std::nullopt;
    QByteArray out;
    const QByteArray body = s.mid(1, s.size() - 2);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c == '"' || c == '\n')
            return std::nullopt;
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= body.size())
            return std::nullopt;
        const char e = body[i];
        static const QByteArray simple = "abfnrtv\\\"";
        static const QByteArray values = "\a\b\f\n\r\t\v\\\"";
        if (const qsizetype k = simple.indexOf(e); k >= 0) {
            out += values[k];
        } else if (e == 'x') {
            const long v = readHex(body, i + 1, 2);
            if (v < 0)
                return std::nullopt;
            out += char(v);
            i += 2;
        } else if (e == 'u' || e == 'U') {
            const int n = e == 'u' ? 4 : 8;
            const long v = readHex(body, i + 1, n);
            if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
                return std::nullopt;
            appendUtf8(out, char32_t(v));
            i += n;
        } else if (e >= '0' && e <= '7') {
            if (i + 2 >= body.size())
                return std::nullopt;
            int v = 0;
            for (int k = 0; k < 3; ++k) {
                const char d = body[i + k];
                if (d < '0' || d > '7')
                    return std::nullopt;
                v = v * 8 + (d - '0');
            }
            if (v > 255)
                return std::nullopt;
            out += char(v);
            i += 2;
        } else {
            return std::nullopt;
        }
    }
    return out;
}

} // namespace kiln
