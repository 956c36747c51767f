#include "load/goscanner.h"

#include "load/goscannerchars.h"

#include <QDir>
#include <algorithm>
#include <tuple>

namespace kiln::load::gosyntax
{

using namespace detail;

// ---- go/token ----------------------------------------------------------------

bool isLiteral(Tok t)
{
    return t >= Tok::Ident && t <= Tok::String;
}

QByteArray tokenString(const Token &t)
{
    switch (t.tok) {
    case Tok::Illegal:
        return "ILLEGAL";
    case Tok::Eof:
        return "EOF";
    case Tok::Comment:
        return "COMMENT";
    case Tok::Ident:
        return "IDENT";
    case Tok::Int:
        return "INT";
    case Tok::Float:
        return "FLOAT";
    case Tok::Imag:
        return "IMAG";
    case Tok::Char:
        return "CHAR";
    case Tok::String:
        return "STRING";
    default:
        break;
    }
    if (!t.op.isEmpty())
        return t.op;
    return t.lit; // keywords
}

namespace
{

constexpr int kEof = -1;
constexpr char32_t kBom = 0xFEFF;

struct Keyword {
    const char *text;
    Tok tok;
};

constexpr Keyword kKeywords[] = {
    {"break", Tok::Break},
    {"case", Tok::Keyword},
    {"chan", Tok::Keyword},
    {"const", Tok::Const},
    {"continue", Tok::Continue},
    {"default", Tok::Keyword},
    {"defer", Tok::Defer},
    {"else", Tok::Keyword},
    {"fallthrough", Tok::Fallthrough},
    {"for", Tok::For},
    {"func", Tok::Keyword},
    {"go", Tok::Go},
    {"goto", Tok::Goto},
    {"if", Tok::If},
    {"import", Tok::Import},
    {"interface", Tok::Keyword},
    {"map", Tok::Keyword},
    {"package", Tok::Package},
    {"range", Tok::Keyword},
    {"return", Tok::Return},
    {"select", Tok::Select},
    {"struct", Tok::Keyword},
    {"switch", Tok::Switch},
    {"type", Tok::Type},
    {"var", Tok::Var},
};

Tok lookupKeyword(const QByteArray &ident)
{
    for (const Keyword &k : kKeywords)
        if (ident == k.text)
            return k.tok;
    return Tok::Ident;
}

} // namespace

QByteArray detail::stripCR(const QByteArray &b, bool comment)
{
    QByteArray c;
    c.reserve(b.size());
    for (qsizetype j = 0; j < b.size(); ++j) {
        const char ch = b[j];
        if (ch != '\r' ||
            (comment && c.size() > 2 && c.back() == '*' && j + 1 < b.size() && b[j + 1] == '/'))
            c.append(ch);
    }
    return c;
}

// ---- go/scanner ----------------------------------------------------------------

Scanner::Scanner(QByteArrayView src, ErrorHandler onError, LineTable *lines)
    : m_src(src), m_onError(std::move(onError)), m_lines(lines)
{
    next();
    if (m_ch == int(kBom))
        next(); // a BOM is ignored at the beginning of the file
}

void Scanner::error(qsizetype offset, const QByteArray &msg)
{
    if (m_onError)
        m_onError(offset, msg);
}

void Scanner::next()
{
    if (m_rdOffset < m_src.size()) {
        m_offset = m_rdOffset;
        if (m_ch == '\n')
            m_lineOffset = m_offset;
        int r = static_cast<unsigned char>(m_src[m_rdOffset]);
        int w = 1;
        if (r == 0) {
            error(m_offset, "illegal character NUL");
        } else if (r >= 0x80) {
            const DecodedRune d = decodeRune(m_src, m_rdOffset);
            r = int(d.rune);
            w = d.width;
            if (d.rune == kRuneError && d.width == 1) {
                const QByteArrayView in = m_src.sliced(m_rdOffset);
                const auto b0 = static_cast<unsigned char>(in[0]);
                const auto b1 = in.size() >= 2 ? static_cast<unsigned char>(in[1]) : 0;
                if (m_offset == 0 && in.size() >= 2 &&
                    ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))) {
                    error(m_offset, "illegal UTF-8 encoding (got UTF-16)");
                    m_rdOffset += in.size(); // consume all input to avoid an error cascade
                } else {
                    error(m_offset, "illegal UTF-8 encoding");
                }
            } else if (d.rune == kBom && m_offset > 0) {
                error(m_offset, "illegal byte order mark");
            }
        }
        m_rdOffset += w;
        m_ch = r;
    } else {
        m_offset = m_src.size();
        if (m_ch == '\n')
            m_lineOffset = m_offset;
        m_ch = kEof;
    }
}

char Scanner::peek() const
{
    return m_rdOffset < m_src.size() ? m_src[m_rdOffset] : '\0';
}

QByteArray Scanner::scanComment(qsizetype *nlOffset)
{
    // initial '/' already consumed; m_ch == '/' || m_ch == '*'
    const qsizetype offs = m_offset - 1;
    int numCR = 0;
    *nlOffset = 0;
    qsizetype nextOffset = -1; // just after the comment; -1 if unterminated
    if (m_ch == '/') {
        next();
        while (m_ch != '\n' && m_ch >= 0) {
            if (m_ch == '\r')
                ++numCR;
            next();
        }
        nextOffset = m_ch == '\n' ? m_offset + 1 : m_offset;
    } else {
        next();
        while (m_ch >= 0) {
            const int ch = m_ch;
            if (ch == '\r')
                ++numCR;
            else if (ch == '\n' && *nlOffset == 0)
                *nlOffset = m_offset;
            next();
            if (ch == '*' && m_ch == '/') {
                next();
                nextOffset = m_offset;
                break;
            }
        }
        if (nextOffset < 0)
            error(offs, "comment not terminated");
    }
    QByteArray lit = m_src.sliced(offs, m_offset - offs).toByteArray();
    // A //-comment line may end in "\r\n": drop that final '\r'.
    if (numCR > 0 && lit.size() >= 2 && lit[1] == '/' && lit.back() == '\r') {
        lit.chop(1);
        --numCR;
    }
    // A //line directive starts its line; a /*line */ one may be anywhere.
    if (nextOffset >= 0 && (lit[1] == '*' || offs == m_lineOffset) &&
        QByteArrayView(lit).sliced(2).startsWith("line "))
        updateLineInfo(nextOffset, offs, lit);
    if (numCR > 0)
        lit = stripCR(lit, lit[1] == '*');
    return lit;
}

namespace
{

// The offset after the last ':' in text and the number after it (bool: it is
// one); 0 when there is no ':'.
std::tuple<qsizetype, qulonglong, bool> trailingDigits(QByteArrayView text)
{
    const qsizetype i = text.lastIndexOf(':');
    if (i < 0)
        return {0, 0, false};
    const QByteArrayView digits = text.sliced(i + 1);
    bool ok = !digits.isEmpty();
    qulonglong n = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9' || n > (~0ULL - 9) / 10) {
            ok = false;
            break;
        }
        n = n * 10 + qulonglong(c - '0');
    }
    return {i + 1, n, ok};
}

QString cleanJoin(const QString &dir, const QString &file)
{
    if (file.startsWith(QLatin1Char('/')) || dir.isEmpty())
        return QDir::cleanPath(file);
    return QDir::cleanPath(dir + QLatin1Char('/') + file);
}

} // namespace

// Scanner.updateLineInfo: "//line file:line", "//line file:line:col" (file
// may be empty to keep the current one) set the position of what follows.
void Scanner::updateLineInfo(qsizetype next, qsizetype offs, QByteArrayView text)
{
    if (text[1] == '*')
        text.chop(2);
    text = text.sliced(7);
    offs += 7;
    auto [i, n, ok] = trailingDigits(text);
    if (i == 0)
        return; // not a line directive
    if (!ok) {
        error(offs + i, "invalid line number: " + text.sliced(i).toByteArray());
        return;
    }
    constexpr qulonglong maxLineCol = 1u << 30;
    qulonglong line = 0;
    qulonglong col = 0;
    auto [i2, n2, ok2] = trailingDigits(text.first(i - 1));
    if (ok2) {
        std::swap(i, i2);
        line = n2;
        col = n;
        if (col == 0 || col > maxLineCol) {
            error(offs + i2, "invalid column number: " + text.sliced(i2).toByteArray());
            return;
        }
        text = text.first(i2 - 1);
    } else {
        line = n;
    }
    if (line == 0 || line > maxLineCol) {
        error(offs + i, "invalid line number: " + text.sliced(i).toByteArray());
        return;
    }
    if (!m_lines)
        return;
    QString file = toQString(text.first(i - 1));
    if (file.isEmpty() && ok2)
        file = m_lines->position(offs).file;
    else if (!file.isEmpty())
        file = cleanJoin(m_lines->dir(), file);
    m_lines->addLineInfo(next, file, int(line), int(col));
}

QByteArray Scanner::scanIdentifier()
{
    const qsizetype offs = m_offset;
    while (isLetterCh(m_ch) || isDigitCh(m_ch))
        next();
    return m_src.sliced(offs, m_offset - offs).toByteArray();
}

void Scanner::skipWhitespace()
{
    while (m_ch == ' ' || m_ch == '\t' || (m_ch == '\n' && !m_insertSemi) || m_ch == '\r')
        next();
}

// The operator starting with ch (already consumed): go/scanner's switch2/3/4.
QByteArray Scanner::scanOperator(int ch)
{
    QByteArray op(1, char(ch));
    if (ch == '<' && m_ch == '-') { // <-
        next();
        return "<-";
    }
    if (ch == '&' && m_ch == '^') { // &^ and &^=
        next();
        op += '^';
    }
    const bool doubles = op.size() == 1 && QByteArrayView("+-&|<>").contains(char(ch));
    if (m_ch == '=') {
        next();
        op += '=';
    } else if (doubles && m_ch == ch) {
        next();
        op += char(ch);
        if ((ch == '<' || ch == '>') && m_ch == '=') { // <<= and >>=
            next();
            op += '=';
        }
    }
    return op;
}

Token Scanner::scan()
{
    if (m_nlPos >= 0) {
        // the artificial ';' after a /* */ comment that contains a newline
        Token t{Tok::Semicolon, m_nlPos, "\n", {}};
        m_nlPos = -1;
        return t;
    }
    skipWhitespace();
    Token t;
    t.pos = m_offset;
    bool insertSemi = false;
    const int ch = m_ch;
    if (isLetterCh(ch)) {
        t.lit = scanIdentifier();
        t.tok = t.lit.size() > 1 ? lookupKeyword(t.lit) : Tok::Ident;
        insertSemi = t.tok == Tok::Ident || t.tok == Tok::Break || t.tok == Tok::Continue ||
                     t.tok == Tok::Fallthrough || t.tok == Tok::Return;
        m_insertSemi = insertSemi;
        return t;
    }
    if (isDecimal(ch) || (ch == '.' && isDecimal(peek()))) {
        t.tok = scanNumber(&t.lit);
        m_insertSemi = true;
        return t;
    }
    next(); // always make progress
    switch (ch) {
    case kEof:
        if (m_insertSemi) {
            m_insertSemi = false;
            return Token{Tok::Semicolon, t.pos, "\n", {}};
        }
        t.tok = Tok::Eof;
        break;
    case '\n': // only reached when a semicolon is due
        m_insertSemi = false;
        return Token{Tok::Semicolon, t.pos, "\n", {}};
    case '"':
        insertSemi = true;
        t.tok = Tok::String;
        t.lit = scanString();
        break;
    case '\'':
        insertSemi = true;
        t.tok = Tok::Char;
        t.lit = scanRune();
        break;
    case '`':
        insertSemi = true;
        t.tok = Tok::String;
        t.lit = scanRawString();
        break;
    case '.':
        t.tok = Tok::Period;
        t.op = ".";
        if (m_ch == '.' && peek() == '.') {
            next();
            next();
            t.tok = Tok::Operator;
            t.op = "...";
        }
        break;
    case ';':
        t.tok = Tok::Semicolon;
        t.op = t.lit = ";";
        break;
    case ',':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '~': {
        static constexpr std::pair<char, Tok> kinds[] = {
            {',', Tok::Comma},  {'(', Tok::LParen},   {')', Tok::RParen}, {'[', Tok::Operator},
            {']', Tok::RBrack}, {'{', Tok::Operator}, {'}', Tok::RBrace}, {'~', Tok::Operator},
        };
        for (const auto &[c, kind] : kinds)
            if (c == ch)
                t.tok = kind;
        t.op = QByteArray(1, char(ch));
        insertSemi = ch == ')' || ch == ']' || ch == '}';
        break;
    }
    case '/':
        if (m_ch == '/' || m_ch == '*') {
            qsizetype nlOffset = 0;
            t.lit = scanComment(&nlOffset);
            if (m_insertSemi && nlOffset != 0) {
                // A /* */ comment spanning lines ends the statement: COMMENT,
                // then an artificial ';' at its first newline.
                m_nlPos = nlOffset;
                m_insertSemi = false;
            } else {
                insertSemi = m_insertSemi;
            }
            t.tok = Tok::Comment;
            break;
        }
        [[fallthrough]];
    case ':':
    case '+':
    case '-':
    case '*':
    case '%':
    case '^':
    case '<':
    case '>':
    case '=':
    case '!':
    case '&':
    case '|':
        t.op = scanOperator(ch);
        t.tok = t.op == ":" ? Tok::Colon : Tok::Operator;
        insertSemi = t.op == "++" || t.op == "--";
        break;
    default:
        if (ch != int(kBom)) { // next() already reported a misplaced BOM
            if (ch == 0x201C || ch == 0x201D)
                error(t.pos,
                      "curly quotation mark " + quoteRune(char32_t(ch)) + " (use neutral '\"')");
            else
                error(t.pos, "illegal character " + formatUnicode(ch));
        }
        insertSemi = m_insertSemi;
        t.tok = Tok::Illegal;
        t.lit = encodeRune(char32_t(ch));
    }
    m_insertSemi = insertSemi;
    return t;
}

} // namespace kiln::load::gosyntax
