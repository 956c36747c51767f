// go/scanner's literals: numbers (with go's errors for bad digits and
// separators), escapes, runes, interpreted and raw strings.
#include "load/goscanner.h"
#include "load/goscannerchars.h"

namespace kiln::load::gosyntax
{

using namespace detail;

namespace
{

const char *litName(char prefix)
{
    switch (prefix) {
    case 'x':
        return "hexadecimal literal";
    case 'o':
    case '0':
        return "octal literal";
    case 'b':
        return "binary literal";
    }
    return "decimal literal";
}

// Index of the first misplaced '_' in a number literal, or -1.
qsizetype invalidSep(const QByteArray &x)
{
    int x1 = ' ';
    int d = '.';
    qsizetype i = 0;
    if (x.size() >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < x.size(); ++i) {
        const int p = d;
        d = static_cast<unsigned char>(x[i]);
        if (d == '_') {
            if (p != '0')
                return i;
        } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return i - 1;
            d = '.';
        }
    }
    if (d == '_')
        return x.size() - 1;
    return -1;
}

} // namespace

int Scanner::digits(int base, qsizetype *invalid)
{
    int digsep = 0;
    if (base <= 10) {
        const int max = '0' + base;
        while (isDecimal(m_ch) || m_ch == '_') {
            int ds = 1;
            if (m_ch == '_')
                ds = 2;
            else if (m_ch >= max && invalid && *invalid < 0)
                *invalid = m_offset;
            digsep |= ds;
            next();
        }
    } else {
        while (isHex(m_ch) || m_ch == '_') {
            digsep |= m_ch == '_' ? 2 : 1;
            next();
        }
    }
    return digsep;
}

Tok Scanner::scanNumber(QByteArray *lit)
{
    const qsizetype offs = m_offset;
    Tok tok = Tok::Illegal;
    int base = 10;
    char prefix = 0;
    int digsep = 0;
    qsizetype invalid = -1;

    if (m_ch != '.') {
        tok = Tok::Int;
        if (m_ch == '0') {
            next();
            switch (lower(m_ch)) {
            case 'x':
                next();
                base = 16;
                prefix = 'x';
                break;
            case 'o':
                next();
                base = 8;
                prefix = 'o';
                break;
            case 'b':
                next();
                base = 2;
                prefix = 'b';
                break;
            default:
                base = 8;
                prefix = '0';
                digsep = 1; // leading 0
            }
        }
        digsep |= digits(base, &invalid);
    }
    if (m_ch == '.') {
        tok = Tok::Float;
        if (prefix == 'o' || prefix == 'b')
            error(m_offset, QByteArray("invalid radix point in ") + litName(prefix));
        next();
        digsep |= digits(base, &invalid);
    }
    if ((digsep & 1) == 0)
        error(m_offset, QByteArray(litName(prefix)) + " has no digits");

    if (const int e = lower(m_ch); e == 'e' || e == 'p') {
        if (e == 'e' && prefix != 0 && prefix != '0')
            error(m_offset, quoteRune(char32_t(m_ch)) + " exponent requires decimal mantissa");
        else if (e == 'p' && prefix != 'x')
            error(m_offset, quoteRune(char32_t(m_ch)) + " exponent requires hexadecimal mantissa");
        next();
        tok = Tok::Float;
        if (m_ch == '+' || m_ch == '-')
            next();
        const int ds = digits(10, nullptr);
        digsep |= ds;
        if ((ds & 1) == 0)
            error(m_offset, "exponent has no digits");
    } else if (prefix == 'x' && tok == Tok::Float) {
        error(m_offset, "hexadecimal mantissa requires a 'p' exponent");
    }
    if (m_ch == 'i') {
        tok = Tok::Imag;
        next();
    }
    *lit = m_src.sliced(offs, m_offset - offs).toByteArray();
    if (tok == Tok::Int && invalid >= 0)
        error(invalid, "invalid digit " + quoteRune(char32_t(uchar(lit->at(invalid - offs)))) +
                           " in " + litName(prefix));
    if (digsep & 2) {
        if (const qsizetype i = invalidSep(*lit); i >= 0)
            error(offs + i, "'_' must separate successive digits");
    }
    return tok;
}

bool Scanner::scanEscape(int quote)
{
    const qsizetype offs = m_offset;
    int n = 0;
    uint32_t base = 0;
    uint32_t max = 0;
    switch (m_ch) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\':
        next();
        return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
        n = 3;
        base = 8;
        max = 255;
        break;
    case 'x':
        next();
        n = 2;
        base = 16;
        max = 255;
        break;
    case 'u':
        next();
        n = 4;
        base = 16;
        max = 0x10FFFF;
        break;
    case 'U':
        next();
        n = 8;
        base = 16;
        max = 0x10FFFF;
        break;
    default:
        if (m_ch == quote) {
            next();
            return true;
        }
        error(offs, m_ch < 0 ? "escape sequence not terminated" : "unknown escape sequence");
        return false;
    }
    uint32_t x = 0;
    for (; n > 0; --n) {
        const auto d = uint32_t(digitVal(m_ch));
        if (d >= base) {
            error(m_offset,
                  m_ch < 0 ? QByteArray("escape sequence not terminated")
                           : "illegal character " + formatUnicode(m_ch) + " in escape sequence");
            return false;
        }
        x = x * base + d;
        next();
    }
    if (x > max || (0xD800 <= x && x < 0xE000)) {
        error(offs, "escape sequence is invalid Unicode code point");
        return false;
    }
    return true;
}

QByteArray Scanner::scanRune()
{
    const qsizetype offs = m_offset - 1;
    bool valid = true;
    int n = 0;
    for (;;) {
        const int ch = m_ch;
        if (ch == '\n' || ch < 0) {
            if (valid) {
                error(offs, "rune literal not terminated");
                valid = false;
            }
            break;
        }
        next();
        if (ch == '\'')
            break;
        ++n;
        if (ch == '\\' && !scanEscape('\''))
            valid = false;
    }
    if (valid && n != 1)
        error(offs, "illegal rune literal");
    return m_src.sliced(offs, m_offset - offs).toByteArray();
}

QByteArray Scanner::scanString()
{
    const qsizetype offs = m_offset - 1;
    for (;;) {
        const int ch = m_ch;
        if (ch == '\n' || ch < 0) {
            error(offs, "string literal not terminated");
            break;
        }
        next();
        if (ch == '"')
            break;
        if (ch == '\\')
            scanEscape('"');
    }
    return m_src.sliced(offs, m_offset - offs).toByteArray();
}

QByteArray Scanner::scanRawString()
{
    const qsizetype offs = m_offset - 1;
    bool hasCR = false;
    for (;;) {
        const int ch = m_ch;
        if (ch < 0) {
            error(offs, "raw string literal not terminated");
            break;
        }
        next();
        if (ch == '`')
            break;
        if (ch == '\r')
            hasCR = true;
    }
    QByteArray lit = m_src.sliced(offs, m_offset - offs).toByteArray();
    return hasCR ? stripCR(lit, false) : lit;
}

} // namespace kiln::load::gosyntax
