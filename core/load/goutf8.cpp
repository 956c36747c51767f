#include "load/goutf8.h"

#include <QChar>

#include <algorithm>

namespace kiln::load::gotext
{

DecodedRune decodeRune(QByteArrayView s)
{
    if (s.isEmpty())
        return {kRuneError, 0};
    const auto b0 = uchar(s[0]);
    if (b0 < 0x80)
        return {b0, 1};
    int need = 0;
    char32_t r = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1, r = b0 & 0x1F, min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2, r = b0 & 0x0F, min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3, r = b0 & 0x07, min = 0x10000;
    } else {
        return {kRuneError, 1};
    }
    if (s.size() < need + 1)
        return {kRuneError, 1};
    for (int i = 1; i <= need; ++i) {
        const auto b = uchar(s[i]);
        if ((b & 0xC0) != 0x80)
            return {kRuneError, 1};
        r = (r << 6) | (b & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return {kRuneError, 1};
    return {r, need + 1};
}

DecodedRune decodeLastRune(QByteArrayView s)
{
    if (s.isEmpty())
        return {kRuneError, 0};
    const qsizetype end = s.size();
    if (uchar(s[end - 1]) < 0x80)
        return {uchar(s[end - 1]), 1};
    const qsizetype limit = std::max<qsizetype>(end - 4, 0);
    qsizetype start = end - 1;
    for (start--; start >= limit; start--) {
        if ((uchar(s[start]) & 0xC0) != 0x80)
            break;
    }
    if (start < 0)
        start = 0;
    const DecodedRune d = decodeRune(s.sliced(start));
    if (start + d.size != end)
        return {kRuneError, 1};
    return d;
}

bool isValidUtf8(QByteArrayView s)
{
    while (!s.isEmpty()) {
        const DecodedRune d = decodeRune(s);
        if (d.rune == kRuneError && d.size == 1)
            return false;
        s = s.sliced(d.size);
    }
    return true;
}

void appendRune(QByteArray &out, char32_t r)
{
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = kRuneError;
    if (r < 0x80) {
        out += char(r);
    } else if (r < 0x800) {
        out += char(0xC0 | (r >> 6));
        out += char(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        out += char(0xE0 | (r >> 12));
        out += char(0x80 | ((r >> 6) & 0x3F));
        out += char(0x80 | (r & 0x3F));
    } else {
        out += char(0xF0 | (r >> 18));
        out += char(0x80 | ((r >> 12) & 0x3F));
        out += char(0x80 | ((r >> 6) & 0x3F));
        out += char(0x80 | (r & 0x3F));
    }
}

bool isGoSpace(char32_t r)
{
    switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return r >= 0x2000 && r <= 0x200A;
    }
}

bool isGoUpper(char32_t r)
{
    return QChar::isUpper(r);
}

bool isGoLetter(char32_t r)
{
    return QChar::isLetter(r);
}

bool isGoDigit(char32_t r)
{
    return QChar::category(r) == QChar::Number_DecimalDigit;
}

bool isGoPunct(char32_t r)
{
    return QChar::isPunct(r);
}

QByteArrayView trimGoSpace(QByteArrayView s)
{
    while (!s.isEmpty()) {
        const DecodedRune d = decodeRune(s);
        if (!isGoSpace(d.rune))
            break;
        s = s.sliced(d.size);
    }
    while (!s.isEmpty()) {
        const DecodedRune d = decodeLastRune(s);
        if (!isGoSpace(d.rune))
            break;
        s.chop(d.size);
    }
    return s;
}

} // namespace kiln::load::gotext
