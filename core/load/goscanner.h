// Internal to kiln_load: the pieces of go/scanner, unicode and unicode/utf8
// that Go's header reader, build-constraint parser and #cgo line parser rely
// on, with go's exact error texts. Positions are byte offsets into the source
// the scanner was given; callers turn them into line:col.
//
// //line directives remap positions as go/token does (File.AddLineColumnInfo).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <functional>

namespace kiln::load::gosyntax
{

// ---- unicode/utf8 and unicode ------------------------------------------------

constexpr char32_t kRuneError = 0xFFFD;

struct DecodedRune {
    char32_t rune = kRuneError;
    int width = 0; // 0 only at the end of s
};

// utf8.DecodeRune at s[i]: invalid or overlong encodings and surrogates give
// (RuneError, 1).
DecodedRune decodeRune(QByteArrayView s, qsizetype i);
int runeCount(QByteArrayView s);
QByteArray encodeRune(char32_t r);

bool isSpace(char32_t r);  // unicode.IsSpace
bool isLetter(char32_t r); // unicode.IsLetter
bool isDigit(char32_t r);  // unicode.IsDigit

QByteArrayView trimSpace(QByteArrayView s);                   // bytes.TrimSpace
QList<QByteArrayView> fields(QByteArrayView s);               // strings.Fields
QList<QByteArrayView> splitBytes(QByteArrayView s, char sep); // strings.Split

// fmt's %#U ("U+0040 '@'") and %q of a printable rune ("'e'").
QByteArray formatUnicode(int r);
QByteArray quoteRune(char32_t r);

// ---- go/token and go/scanner -------------------------------------------------

enum class Tok {
    Illegal,
    Eof,
    Comment,
    // literals
    Ident,
    Int,
    Float,
    Imag,
    Char,
    String,
    // operators and delimiters whose identity the header parser needs; every
    // other operator is Operator with its text in Token::op
    Operator,
    LParen,
    RParen,
    RBrack,
    RBrace,
    Comma,
    Period,
    Semicolon,
    Colon,
    // keywords; Keyword covers the ones the parser does not test for
    Keyword,
    Package,
    Import,
    Break,
    Const,
    Continue,
    Defer,
    Fallthrough,
    For,
    Go,
    Goto,
    If,
    Return,
    Select,
    Switch,
    Type,
    Var,
};

struct Token {
    Tok tok = Tok::Illegal;
    qsizetype pos = 0; // byte offset of the token's first byte
    QByteArray lit;    // literal text, comment text, keyword, or ";" / "\n"
    QByteArray op;     // operator text (token.Token.String())
};

class LineTable;

bool isLiteral(Tok t);
// token.Token.String() of t ("EOF", "IDENT", "(", "import", ...).
QByteArray tokenString(const Token &t);

// go/scanner.Scanner in ScanComments mode with semicolon insertion. Errors go
// to onError(offset, message) in the order go reports them.
class Scanner
{
public:
    using ErrorHandler = std::function<void(qsizetype, const QByteArray &)>;
    // lines receives the //line directives; it may be null.
    Scanner(QByteArrayView src, ErrorHandler onError, LineTable *lines = nullptr);

    Token scan();

private:
    void next();
    char peek() const;
    void error(qsizetype offset, const QByteArray &msg);
    QByteArray scanComment(qsizetype *nlOffset);
    QByteArray scanIdentifier();
    int digits(int base, qsizetype *invalid);
    Tok scanNumber(QByteArray *lit);
    bool scanEscape(int quote);
    QByteArray scanRune();
    QByteArray scanString();
    QByteArray scanRawString();
    void skipWhitespace();
    void updateLineInfo(qsizetype next, qsizetype offs, QByteArrayView text);
    QByteArray scanOperator(int ch);

    QByteArrayView m_src;
    ErrorHandler m_onError;
    LineTable *m_lines = nullptr;
    qsizetype m_lineOffset = 0;
    int m_ch = ' '; // current character; -1 at end of file
    qsizetype m_offset = 0;
    qsizetype m_rdOffset = 0;
    bool m_insertSemi = false;
    qsizetype m_nlPos = -1; // pending artificial ';' after a multi-line /* */ comment
};

struct Position {
    QString file;
    int line = 0;   // 1-based; 0 for an invalid position
    int column = 0; // 1-based, in bytes; 0 when a //line directive left it unknown
};

// go/token.File for one source: offset → line:col (column in bytes), and the
// //line directives' alternative positions.
class LineTable
{
public:
    LineTable(QByteArrayView src, const QString &fileName);
    // Unadjusted (physical) line and column; 0 for offset < 0.
    int line(qsizetype offset) const;
    int column(qsizetype offset) const;
    // File.Position: adjusted by //line directives.
    Position position(qsizetype offset) const;
    // File.AddLineColumnInfo: ignored unless after the previous one and
    // inside the source.
    void addLineInfo(qsizetype offset, const QString &file, int line, int column);
    // The directory part of the file name, for relative //line file names.
    QString dir() const;

private:
    struct LineInfo {
        qsizetype offset;
        QString file;
        int line;
        int column;
    };
    QString m_fileName;
    qsizetype m_size = 0;
    QList<qsizetype> m_starts;
    QList<LineInfo> m_infos;
};

// A QString of UTF-8 bytes that keeps a leading U+FEFF (QString::fromUtf8
// drops it); invalid bytes become U+FFFD.
QString toQString(QByteArrayView utf8);

} // namespace kiln::load::gosyntax
