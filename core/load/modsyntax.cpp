#include "load/modsyntax.h"

#include "base/goquote.h"

namespace kiln::load
{

namespace
{

enum class Tok { Eof, Newline, LParen, RParen, Other, String, Ident, Comment, EolComment };

struct Token {
    Tok kind = Tok::Eof;
    QString text;
    SyntaxPos pos;
};

struct SyntaxErrorThrown {
};

class Lexer
{
public:
    Lexer(const QString &fileName, const QByteArray &data) : m_file(fileName), m_data(data)
    {
        m_pos = {1, 1};
    }
    // Reads the first token; like every read it may throw SyntaxErrorThrown.
    void start() { next(); }

    const Token &peek() const { return m_tok; }
    Token take()
    {
        Token t = m_tok;
        next();
        return t;
    }
    [[noreturn]] void error(const QString &message)
    {
        m_error = errorAt(m_file, m_pos, message);
        throw SyntaxErrorThrown{};
    }
    [[noreturn]] void errorAtPos(SyntaxPos pos, const QString &message)
    {
        m_pos = pos;
        error(message);
    }
    Error lastError() const { return m_error; }
    const QString &fileName() const { return m_file; }

private:
    bool eof() const { return m_i >= m_data.size(); }
    bool startsWith(const char *s) const { return m_data.mid(m_i).startsWith(s); }

    // Decodes the rune at m_i without consuming; width in bytes.
    char32_t peekRune(int *width = nullptr) const
    {
        const QString s = QString::fromUtf8(m_data.mid(m_i, 4));
        char32_t r = s.isEmpty() ? 0xFFFD : s.at(0).unicode();
        if (!s.isEmpty() && s.at(0).isHighSurrogate() && s.size() > 1)
            r = QChar::surrogateToUcs4(s.at(0), s.at(1));
        if (width)
            *width = r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
        if (uchar(m_data[m_i]) >= 0x80 && r == 0xFFFD && width)
            *width = 1;
        return r;
    }
    char32_t readRune()
    {
        int w = 1;
        const char32_t r = peekRune(&w);
        m_i += w;
        if (r == '\n') {
            m_pos.line++;
            m_pos.column = 1;
        } else {
            m_pos.column++;
        }
        return r;
    }

    static bool isIdentRune(char32_t r)
    {
        switch (r) {
        case ' ':
        case '(':
        case ')':
        case '[':
        case ']':
        case '{':
        case '}':
        case ',':
            return false;
        default:
            return !QChar::isSpace(r) && goIsPrint(r);
        }
    }

    bool lineHasTokensBefore() const
    {
        const qsizetype nl = m_data.lastIndexOf('\n', m_i - 1);
        return !m_data.mid(nl + 1, m_i - nl - 1).trimmed().isEmpty();
    }

    void finish(Tok kind, qsizetype startByte, SyntaxPos startPos)
    {
        m_tok.kind = kind;
        m_tok.pos = startPos;
        QByteArray text = m_data.mid(startByte, m_i - startByte);
        if (kind == Tok::Comment || kind == Tok::EolComment) {
            if (text.endsWith("\r\n"))
                text.chop(2);
            else if (text.endsWith('\n'))
                text.chop(1);
        }
        m_tok.text = QString::fromUtf8(text);
    }

    void next()
    {
        while (!eof()) {
            const char c = m_data[m_i];
            if (c == ' ' || c == '\t' || c == '\r') {
                readRune();
                continue;
            }
            if (startsWith("//")) {
                const qsizetype start = m_i;
                const SyntaxPos pos = m_pos;
                const bool suffix = lineHasTokensBefore();
                while (!eof() && readRune() != '\n') {
                }
                finish(suffix ? Tok::EolComment : Tok::Comment, start, pos);
                return;
            }
            if (startsWith("/*"))
                error(QStringLiteral("mod files must use // comments (not /* */ comments)"));
            break;
        }
        const qsizetype start = m_i;
        const SyntaxPos pos = m_pos;
        if (eof()) {
            finish(Tok::Eof, start, pos);
            return;
        }
        const char32_t c = peekRune();
        switch (c) {
        case '\n':
            readRune();
            finish(Tok::Newline, start, pos);
            return;
        case '(':
            readRune();
            finish(Tok::LParen, start, pos);
            return;
        case ')':
            readRune();
            finish(Tok::RParen, start, pos);
            return;
        case '[':
        case ']':
        case '{':
        case '}':
        case ',':
            readRune();
            finish(Tok::Other, start, pos);
            return;
        case '"':
        case '`':
            readString(c, start, pos);
            return;
        default:
            break;
        }
        if (!isIdentRune(c))
            error(QStringLiteral("unexpected input character %1").arg(quoteRune(c)));
        while (!eof() && isIdentRune(peekRune())) {
            if (startsWith("//"))
                break;
            if (startsWith("/*"))
                error(QStringLiteral("mod files must use // comments (not /* */ comments)"));
            readRune();
        }
        finish(Tok::Ident, start, pos);
    }

    void readString(char32_t quote, qsizetype start, SyntaxPos pos)
    {
        readRune();
        for (;;) {
            if (eof())
                errorAtPos(pos, QStringLiteral("unexpected EOF in string"));
            if (m_data[m_i] == '\n')
                error(QStringLiteral("unexpected newline in string"));
            const char32_t r = readRune();
            if (r == quote)
                break;
            if (r == '\\' && quote != '`') {
                if (eof())
                    errorAtPos(pos, QStringLiteral("unexpected EOF in string"));
                readRune();
            }
        }
        finish(Tok::String, start, pos);
    }

    // fmt's %#q of a rune: 'x' when printable, else an escaped form.
    static QString quoteRune(char32_t c)
    {
        if (goIsPrint(c) && c != '\'' && c != '\\')
            return QLatin1Char('\'') + QString::fromUcs4(&c, 1) + QLatin1Char('\'');
        QByteArray q = goQuote(QString::fromUcs4(&c, 1).toUtf8());
        return QLatin1Char('\'') + QString::fromUtf8(q.mid(1, q.size() - 2)) + QLatin1Char('\'');
    }

    QString m_file;
    QByteArray m_data;
    qsizetype m_i = 0;
    SyntaxPos m_pos;
    Token m_tok;
    Error m_error;
};

bool isEol(Tok k)
{
    return k == Tok::Newline || k == Tok::Eof || k == Tok::EolComment;
}

class Parser
{
public:
    explicit Parser(Lexer &lex) : m_lex(lex) {}

    void parseFile(SyntaxFile &file)
    {
        QList<SyntaxComment> pending;
        for (;;) {
            switch (m_lex.peek().kind) {
            case Tok::Newline:
                m_lex.take();
                pending.clear();
                break;
            case Tok::Comment: {
                const Token t = m_lex.take();
                pending.append({t.pos, t.text});
                break;
            }
            case Tok::Eof:
                return;
            default:
                parseStmt(file);
                attachBefore(file.stmts.last(), pending);
                pending.clear();
            }
        }
    }

private:
    static void attachBefore(SyntaxStmt &stmt, const QList<SyntaxComment> &before)
    {
        if (stmt.isBlock)
            stmt.block.before = before;
        else
            stmt.line.before = before;
    }

    // Consumes an end of line; a suffix comment is returned (and its newline eaten).
    QList<SyntaxComment> takeEol()
    {
        QList<SyntaxComment> suffix;
        const Token t = m_lex.take();
        if (t.kind == Tok::EolComment)
            suffix.append({t.pos, t.text});
        return suffix;
    }

    void parseStmt(SyntaxFile &file)
    {
        const Token first = m_lex.take();
        SyntaxStmt stmt;
        stmt.line.start = first.pos;
        stmt.line.tokens = {first.text};
        for (;;) {
            if (isEol(m_lex.peek().kind)) {
                stmt.line.suffix = takeEol();
                file.stmts.append(stmt);
                return;
            }
            const Token t = m_lex.take();
            if (t.kind == Tok::LParen) {
                const Tok next = m_lex.peek().kind;
                if (isEol(next)) {
                    stmt.isBlock = true;
                    stmt.block.start = stmt.line.start;
                    stmt.block.tokens = stmt.line.tokens;
                    stmt.block.suffix = takeEol();
                    parseBlockBody(stmt.block);
                    file.stmts.append(stmt);
                    return;
                }
                if (next == Tok::RParen) {
                    const Token rp = m_lex.take();
                    if (isEol(m_lex.peek().kind)) {
                        takeEol();
                        stmt.isBlock = true;
                        stmt.block.start = stmt.line.start;
                        stmt.block.tokens = stmt.line.tokens;
                        file.stmts.append(stmt);
                        return;
                    }
                    stmt.line.tokens << t.text << rp.text;
                    continue;
                }
            }
            stmt.line.tokens << t.text;
        }
    }

    void parseBlockBody(SyntaxBlock &block)
    {
        QList<SyntaxComment> comments;
        for (;;) {
            switch (m_lex.peek().kind) {
            case Tok::EolComment:
                m_lex.take();
                break;
            case Tok::Newline:
                m_lex.take();
                if ((comments.isEmpty() && !block.lines.isEmpty()) ||
                    (!comments.isEmpty() && !comments.last().text.isEmpty()))
                    comments.append(SyntaxComment{});
                break;
            case Tok::Comment: {
                const Token t = m_lex.take();
                comments.append({t.pos, t.text});
                break;
            }
            case Tok::Eof:
                m_lex.error(QStringLiteral("syntax error (unterminated block started at %1:%2:%3)")
                                .arg(m_lex.fileName())
                                .arg(block.start.line)
                                .arg(block.start.column));
            case Tok::RParen:
                m_lex.take();
                if (!isEol(m_lex.peek().kind))
                    m_lex.error(
                        QStringLiteral("syntax error (expected newline after closing paren)"));
                takeEol();
                return;
            default:
                block.lines.append(parseLine());
                block.lines.last().before = comments;
                comments.clear();
            }
        }
    }

    SyntaxLine parseLine()
    {
        const Token first = m_lex.take();
        SyntaxLine line;
        line.start = first.pos;
        line.tokens = {first.text};
        for (;;) {
            if (isEol(m_lex.peek().kind)) {
                line.suffix = takeEol();
                return line;
            }
            line.tokens << m_lex.take().text;
        }
    }

    Lexer &m_lex;
};

} // namespace

Error errorAt(const QString &fileName, SyntaxPos pos, const QString &message)
{
    return Error{message, fileName, pos.line, pos.column > 1 ? pos.column : 0};
}

SyntaxFile parseModSyntax(const QString &fileName, const QByteArray &data)
{
    // A syntax error unwinds the recursive parse at once (go panics and
    // recovers the same way); the exception never leaves this function.
    SyntaxFile file;
    Lexer lex(fileName, data);
    try {
        lex.start();
        Parser p(lex);
        p.parseFile(file);
    } catch (const SyntaxErrorThrown &) {
        file.syntaxError = lex.lastError();
    }
    return file;
}

} // namespace kiln::load
