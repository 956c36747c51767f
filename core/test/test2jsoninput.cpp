#include "test/test2jsoninput.h"

#include <QChar>

#include <charconv>
#include <limits>

namespace kiln::test
{

namespace
{

constexpr char marker = 0x16; // ^V

struct LineEnd {
    qsizetype pos = -1;  // -1: none
    qsizetype width = 0; // 1 for '\n' (kept), 0 before a ^V (left for the next line)
};

LineEnd findLineEnd(QByteArrayView b)
{
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (b[i] == '\n')
            return {i, 1};
        if (b[i] == marker && i > 0)
            return {i, 0};
    }
    return {};
}

// The rune at the start of b as Go's utf8.DecodeRune reads it (U+FFFD for
// an invalid or truncated sequence).
char32_t decodeRune(QByteArrayView b)
{
    const auto c = uchar(b[0]);
    if (c < 0x80)
        return c;
    const int n = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (n == 0 || n > b.size())
        return 0xFFFD;
    char32_t r = c & (0x7F >> n);
    for (int k = 1; k < n; ++k) {
        const auto cc = uchar(b[k]);
        if ((cc & 0xC0) != 0x80)
            return 0xFFFD;
        r = (r << 6) | (cc & 0x3F);
    }
    const char32_t minimum = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
    if (r < minimum || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return 0xFFFD;
    return r;
}

// Go's unicode.IsSpace for the rune at the start or end of s; its length, 0
// when it is not a space (invalid UTF-8 never is).
int leadingSpace(QByteArrayView s)
{
    const auto c = uchar(s[0]);
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    if (c == 0xC2 && s.size() >= 2 && (uchar(s[1]) == 0x85 || uchar(s[1]) == 0xA0))
        return 2;
    if (s.size() < 3)
        return 0;
    const auto b1 = uchar(s[1]), b2 = uchar(s[2]);
    if (c == 0xE1 && b1 == 0x9A && b2 == 0x80) // U+1680
        return 3;
    if (c == 0xE2 && b1 == 0x80 &&
        ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF))
        return 3;                              // U+2000..200A, U+2028, U+2029, U+202F
    if (c == 0xE2 && b1 == 0x81 && b2 == 0x9F) // U+205F
        return 3;
    if (c == 0xE3 && b1 == 0x80 && b2 == 0x80) // U+3000
        return 3;
    return 0;
}

int trailingSpace(QByteArrayView s)
{
    for (int n = 1; n <= 3 && n <= s.size(); ++n) {
        const QByteArrayView tail = s.last(n);
        if (n < 3 && (uchar(tail[0]) & 0xC0) == 0x80)
            continue; // inside a sequence: look further back
        return leadingSpace(tail) == n ? n : 0;
    }
    return 0;
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (lowerAscii(c) >= 'a' && lowerAscii(c) <= 'f');
}

// strconv's special(): [+-]inf, [+-]infinity, nan, in any case, whole string.
std::optional<double> parseSpecial(QByteArrayView s)
{
    const QByteArray lower = s.toByteArray().toLower();
    QByteArrayView v(lower);
    const bool negative = v.startsWith('-');
    if (negative || v.startsWith('+')) {
        v = v.sliced(1);
        if (v != "inf" && v != "infinity")
            return std::nullopt;
    }
    if (v == "inf" || v == "infinity")
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    if (v == "nan")
        return std::numeric_limits<double>::quiet_NaN();
    return std::nullopt;
}

// strconv's underscoreOK: '_' only between digits (a base prefix counts as one).
bool underscoresOk(QByteArrayView s)
{
    if (!s.isEmpty() && (s[0] == '-' || s[0] == '+'))
        s = s.sliced(1);
    char saw = '^';
    qsizetype i = 0;
    bool hex = false;
    if (s.size() >= 2 && s[0] == '0' &&
        (lowerAscii(s[1]) == 'b' || lowerAscii(s[1]) == 'o' || lowerAscii(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lowerAscii(s[1]) == 'x';
    }
    for (; i < s.size(); ++i) {
        if (isDigit(s[i]) || (hex && isHexDigit(s[i]))) {
            saw = '0';
        } else if (s[i] == '_') {
            if (saw != '0')
                return false;
            saw = '_';
        } else {
            if (saw == '_')
                return false;
            saw = '!';
        }
    }
    return saw != '_';
}

// The power (of 10, or of 2 for hex) of the leading non-zero digit of a
// mantissa such as "001.25" (-1 for all zeros does not matter: no range error).
qint64 leadingPower(QByteArrayView mantissa, int bitsPerDigit)
{
    const qsizetype dot = mantissa.indexOf('.');
    const qsizetype intDigits = dot < 0 ? mantissa.size() : dot;
    qsizetype position = 0; // digits seen before the leading non-zero one
    for (char c : mantissa) {
        if (c == '.')
            continue;
        if (c != '0')
            break;
        ++position;
    }
    return qint64(intDigits - 1 - position) * bitsPerDigit;
}

} // namespace

// strings.TrimSpace.
QByteArrayView goTrimSpace(QByteArrayView s)
{
    while (!s.isEmpty()) {
        const int n = leadingSpace(s);
        if (n == 0)
            break;
        s = s.sliced(n);
    }
    while (!s.isEmpty()) {
        const int n = trailingSpace(s);
        if (n == 0)
            break;
        s.chop(n);
    }
    return s;
}

std::optional<double> parseGoFloat(QByteArrayView s)
{
    if (const auto special = parseSpecial(s))
        return special;
    // The grammar of strconv's readFloat; the whole string must match.
    qsizetype i = 0;
    const bool negative = !s.isEmpty() && s[0] == '-';
    if (!s.isEmpty() && (s[0] == '-' || s[0] == '+'))
        ++i;
    bool hex = false;
    if (i + 2 < s.size() && s[i] == '0' && lowerAscii(s[i + 1]) == 'x') {
        hex = true;
        i += 2;
    }
    QByteArray mantissa;
    bool sawDot = false, sawDigits = false, underscores = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '_') {
            underscores = true;
        } else if (c == '.' && !sawDot) {
            sawDot = true;
            mantissa += c;
        } else if (isDigit(c) || (hex && isHexDigit(c))) {
            sawDigits = true;
            mantissa += c;
        } else {
            break;
        }
    }
    if (!sawDigits)
        return std::nullopt;
    QByteArray exponent;
    if (i < s.size() && lowerAscii(s[i]) == (hex ? 'p' : 'e')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            exponent += s[i++];
        if (i >= s.size() || !isDigit(s[i]))
            return std::nullopt;
        for (; i < s.size() && (isDigit(s[i]) || s[i] == '_'); ++i) {
            if (s[i] == '_')
                underscores = true;
            else
                exponent += s[i];
        }
    } else if (hex) {
        return std::nullopt; // a hex mantissa needs a 'p' exponent
    }
    if (i != s.size() || (underscores && !underscoresOk(s)))
        return std::nullopt;

    const QByteArray text = exponent.isEmpty() ? mantissa : mantissa + (hex ? 'p' : 'e') + exponent;
    double d = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), d,
                                   hex ? std::chars_format::hex : std::chars_format::general);
    if (r.ptr != text.data() + text.size())
        return std::nullopt;
    if (r.ec == std::errc::result_out_of_range) {
        // go rounds an underflow to zero without error; overflow is one.
        bool ok = true;
        qint64 e = exponent.isEmpty() ? 0 : exponent.left(7).toLongLong(&ok);
        if (exponent.size() > 7)
            e = exponent.startsWith('-') ? -1000000 : 1000000;
        if (leadingPower(mantissa, hex ? 4 : 1) + e >= 0)
            return std::nullopt;
        d = 0;
    } else if (r.ec != std::errc()) {
        return std::nullopt;
    }
    return negative ? -d : d;
}
bool isBenchmarkName(QByteArrayView b)
{
    constexpr QByteArrayView prefix = "Benchmark";
    if (!b.startsWith(prefix))
        return false;
    if (b.size() == prefix.size())
        return true;
    return !QChar::isLower(decodeRune(b.sliced(prefix.size())));
}

qsizetype trimUtf8(QByteArrayView b)
{
    // Look back over at most three bytes for the start of a sequence; cut
    // before it when the sequence it announces is longer than what follows.
    for (qsizetype i = 1; i < 4 && i <= b.size(); ++i) {
        const auto c = uchar(b[b.size() - i]);
        if ((c & 0xC0) == 0x80)
            continue;
        const qsizetype need = (c & 0xE0) == 0xC0   ? 2
                               : (c & 0xF0) == 0xE0 ? 3
                               : (c & 0xF8) == 0xF0 ? 4
                                                    : 0;
        if (i < need)
            return b.size() - i;
        break;
    }
    return b.size();
}

Test2JsonLineBuffer::Test2JsonLineBuffer(qsizetype capacity, Callback line, Callback part)
    : m_capacity(capacity), m_line(std::move(line)), m_part(std::move(part))
{
    m_buf.reserve(capacity);
}

void Test2JsonLineBuffer::write(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qsizetype room = std::min(m_capacity - m_buf.size(), bytes.size());
        m_buf.append(bytes.first(room));
        bytes = bytes.sliced(room);
        scan();
    }
}

void Test2JsonLineBuffer::scan()
{
    const QByteArrayView buf(m_buf);
    qsizetype i = 0;
    while (i < buf.size()) {
        const LineEnd end = findLineEnd(buf.sliced(i));
        if (end.pos < 0) {
            const qsizetype tab = m_mid ? -1 : buf.indexOf('\t', i);
            if (tab >= 0) {
                QByteArrayView name = buf.sliced(i, tab - i);
                while (name.endsWith(' '))
                    name.chop(1);
                if (isBenchmarkName(name)) {
                    m_part(buf.sliced(i, tab - i + 1));
                    m_mid = true;
                    i = tab + 1;
                }
            }
            break;
        }
        const qsizetype e = i + end.pos + end.width;
        if (m_mid) {
            m_part(buf.sliced(i, e - i));
            m_mid = false;
        } else {
            m_line(buf.sliced(i, e - i));
        }
        i = e;
    }
    if (i == 0 && m_buf.size() == m_capacity) {
        // One unfinished line fills the buffer: pass it on in pieces.
        const qsizetype t = trimUtf8(buf);
        m_part(buf.first(t));
        m_buf.remove(0, t);
        m_mid = true;
    } else if (i > 0) {
        m_buf.remove(0, i);
    }
}

void Test2JsonLineBuffer::flush()
{
    if (m_buf.isEmpty())
        return;
    const QByteArray rest = std::exchange(m_buf, {});
    m_buf.reserve(m_capacity);
    m_part(rest);
}

} // namespace kiln::test
