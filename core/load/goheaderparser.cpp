#include "load/goheaderparser.h"

#include "load/goscanner.h"

#include <algorithm>

namespace kiln::load::gosyntax
{

QByteArray CommentGroup::text() const
{
    QList<QByteArray> lines;
    for (const ParsedComment &comment : list) {
        QByteArray c = comment.text;
        if (c.size() < 2)
            continue;
        if (c[1] == '/') {
            c = c.sliced(2);
            if (!c.isEmpty() && c[0] == ' ') {
                c = c.sliced(1);
            } else if (!c.isEmpty()) {
                // A directive (//go:noinline, //line x:1, //export f) is not text.
                if (c.startsWith("line ") || c.startsWith("extern ") || c.startsWith("export "))
                    continue;
                const qsizetype colon = c.indexOf(':');
                if (colon > 0 && colon + 1 < c.size()) {
                    bool directive = true;
                    for (qsizetype i = 0; i <= colon + 1 && directive; ++i) {
                        const char b = c[i];
                        directive = i == colon || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
                    }
                    if (directive)
                        continue;
                }
            }
        } else {
            c = c.size() >= 4 ? c.sliced(2, c.size() - 4) : QByteArray();
        }
        for (QByteArray l : c.split('\n')) {
            qsizetype n = l.size();
            while (n > 0 &&
                   (l[n - 1] == ' ' || l[n - 1] == '\t' || l[n - 1] == '\n' || l[n - 1] == '\r'))
                --n;
            l.truncate(n);
            lines.append(l);
        }
    }
    // Drop leading blank lines, collapse runs of blank lines.
    QList<QByteArray> kept;
    for (const QByteArray &line : lines)
        if (!line.isEmpty() || (!kept.isEmpty() && !kept.last().isEmpty()))
            kept.append(line);
    if (!kept.isEmpty() && !kept.last().isEmpty())
        kept.append(QByteArray());
    return kept.join('\n');
}

namespace
{

bool inStmtStart(Tok t)
{
    switch (t) {
    case Tok::Break:
    case Tok::Const:
    case Tok::Continue:
    case Tok::Defer:
    case Tok::Fallthrough:
    case Tok::For:
    case Tok::Go:
    case Tok::Goto:
    case Tok::If:
    case Tok::Return:
    case Tok::Select:
    case Tok::Switch:
    case Tok::Type:
    case Tok::Var:
        return true;
    default:
        return false;
    }
}

bool inExprEnd(Tok t)
{
    return t == Tok::Comma || t == Tok::Colon || t == Tok::Semicolon || t == Tok::RParen ||
           t == Tok::RBrack || t == Tok::RBrace;
}

class HeaderParser
{
public:
    HeaderParser(QByteArrayView src, const QString &fileName)
        : m_out(LineTable(src, fileName)),
          m_scanner(
              src, [this](qsizetype offset, const QByteArray &msg) { addError(offset, msg); },
              &m_out.lines)
    {
    }

    ParsedHeader parse();

private:
    int lineFor(qsizetype pos) const { return m_out.lines.line(pos); }
    void addError(qsizetype offset, const QByteArray &msg);
    void error(qsizetype offset, const QByteArray &msg);
    void errorExpected(qsizetype pos, const QByteArray &what);
    void next0();
    void next();
    int consumeCommentGroup(int n, int *endline);
    qsizetype expect(Tok tok, const char *name);
    void expectSemi();
    void advance(bool (*to)(Tok));
    void parseImportDecl();
    void parseImportSpec(int doc);

    ParsedHeader m_out;
    QList<ParseError> m_errors;
    bool m_bailed = false;
    Scanner m_scanner;
    Token m_tok{Tok::Illegal, -1, {}, {}};
    int m_leadComment = -1;
    qsizetype m_syncPos = -1;
    int m_syncCnt = 0;
};

void HeaderParser::addError(qsizetype offset, const QByteArray &msg)
{
    if (!m_bailed)
        m_errors.append({m_out.lines.position(offset), msg});
}

// parser.error: without AllErrors, an error on the line of the previous one
// is dropped, and more than ten errors stop the parse (go's bailout).
void HeaderParser::error(qsizetype offset, const QByteArray &msg)
{
    if (m_bailed)
        return;
    const Position pos = m_out.lines.position(offset);
    if (!m_errors.isEmpty() && m_errors.last().pos.line == pos.line)
        return;
    if (m_errors.size() > 10) {
        m_bailed = true;
        return;
    }
    m_errors.append({pos, msg});
}

void HeaderParser::errorExpected(qsizetype pos, const QByteArray &what)
{
    QByteArray msg = "expected " + what;
    if (pos == m_tok.pos) {
        if (m_tok.tok == Tok::Semicolon && m_tok.lit == "\n")
            msg += ", found newline";
        else if (isLiteral(m_tok.tok))
            msg += ", found " + m_tok.lit;
        else
            msg += ", found '" + tokenString(m_tok) + "'";
    }
    error(pos, msg);
}

void HeaderParser::next0()
{
    if (m_bailed) {
        m_tok = Token{Tok::Eof, m_tok.pos, {}, {}};
        return;
    }
    m_tok = m_scanner.scan();
}

int HeaderParser::consumeCommentGroup(int n, int *endline)
{
    CommentGroup group;
    *endline = lineFor(m_tok.pos);
    while (m_tok.tok == Tok::Comment && lineFor(m_tok.pos) <= *endline + n) {
        *endline = lineFor(m_tok.pos);
        if (m_tok.lit.size() > 1 && m_tok.lit[1] == '*')
            *endline += int(m_tok.lit.count('\n'));
        group.list.append({m_tok.pos, m_tok.lit});
        next0();
    }
    m_out.comments.append(group);
    return int(m_out.comments.size() - 1);
}

// parser.next: the next non-comment token; a comment group ending on the line
// just before it is its lead comment (a doc).
void HeaderParser::next()
{
    m_leadComment = -1;
    const qsizetype prev = m_tok.pos;
    next0();
    if (m_tok.tok != Tok::Comment)
        return;
    int comment = -1;
    int endline = 0;
    if (lineFor(m_tok.pos) == lineFor(prev))
        comment = consumeCommentGroup(0, &endline); // a line comment, never a doc
    endline = -1;
    while (m_tok.tok == Tok::Comment)
        comment = consumeCommentGroup(1, &endline);
    if (endline + 1 == lineFor(m_tok.pos))
        m_leadComment = comment;
}

qsizetype HeaderParser::expect(Tok tok, const char *name)
{
    const qsizetype pos = m_tok.pos;
    if (m_tok.tok != tok)
        errorExpected(pos, QByteArray("'") + name + "'");
    next();
    return pos;
}

void HeaderParser::expectSemi()
{
    if (m_tok.tok == Tok::RParen || m_tok.tok == Tok::RBrace)
        return; // optional before a closing ) or }
    if (m_tok.tok == Tok::Comma) {
        errorExpected(m_tok.pos, "';'"); // a ',' is taken for a ';', with a complaint
        next();
    } else if (m_tok.tok == Tok::Semicolon) {
        next();
    } else {
        errorExpected(m_tok.pos, "';'");
        advance(inStmtStart);
    }
}

// parser.advance: skip to a token in the set, making progress across calls.
void HeaderParser::advance(bool (*to)(Tok))
{
    for (; m_tok.tok != Tok::Eof; next()) {
        if (!to(m_tok.tok))
            continue;
        if (m_tok.pos == m_syncPos && m_syncCnt < 10) {
            ++m_syncCnt;
            return;
        }
        if (m_tok.pos > m_syncPos) {
            m_syncPos = m_tok.pos;
            m_syncCnt = 0;
            return;
        }
    }
}

void HeaderParser::parseImportSpec(int doc)
{
    ParsedImport imp;
    imp.doc = doc;
    qsizetype namePos = -1;
    if (m_tok.tok == Tok::Ident) {
        namePos = m_tok.pos;
        imp.name = m_tok.lit;
        next();
    } else if (m_tok.tok == Tok::Period) {
        namePos = m_tok.pos;
        imp.name = ".";
        next();
    }
    const qsizetype pos = m_tok.pos;
    if (m_tok.tok == Tok::String) {
        imp.pathLit = m_tok.lit;
        next();
    } else if (isLiteral(m_tok.tok)) {
        error(pos, "import path must be a string");
        next();
    } else {
        error(pos, "missing import path");
        advance(inExprEnd);
    }
    expectSemi();
    imp.pos = namePos >= 0 ? namePos : pos;
    m_out.imports.append(imp);
}

void HeaderParser::parseImportDecl()
{
    const int declDoc = m_leadComment;
    expect(Tok::Import, "import");
    const qsizetype first = m_out.imports.size();
    if (m_tok.tok == Tok::LParen) {
        next();
        while (m_tok.tok != Tok::RParen && m_tok.tok != Tok::Eof)
            parseImportSpec(m_leadComment);
        expect(Tok::RParen, ")");
        expectSemi();
    } else {
        parseImportSpec(-1);
    }
    // A declaration's doc documents its spec when it has exactly one.
    if (m_out.imports.size() - first == 1 && m_out.imports[first].doc < 0)
        m_out.imports[first].doc = declDoc;
}

ParsedHeader HeaderParser::parse()
{
    next();
    // Errors scanning the first token or the package clause: not a Go file,
    // go/parser gives up (and returns no file).
    if (m_errors.isEmpty()) {
        const int doc = m_leadComment;
        m_out.packagePos = expect(Tok::Package, "package");
        m_out.namePos = m_tok.pos;
        QByteArray name = "_";
        if (m_tok.tok == Tok::Ident) {
            name = m_tok.lit;
            next();
        } else {
            expect(Tok::Ident, "IDENT");
        }
        expectSemi();
        if (m_errors.isEmpty()) {
            m_out.hasFile = true;
            m_out.packageName = name;
            m_out.packageDoc = doc;
            while (m_tok.tok == Tok::Import && !m_bailed)
                parseImportDecl();
        }
    }
    if (m_bailed) { // go panics out of parseFile: no file at all
        m_out.hasFile = false;
        m_out.packageName.clear();
        m_out.packageDoc = -1;
    }
    m_out.errors = m_errors;
    std::stable_sort(m_out.errors.begin(), m_out.errors.end(),
                     [](const ParseError &a, const ParseError &b) {
                         if (a.pos.file != b.pos.file)
                             return a.pos.file < b.pos.file;
                         if (a.pos.line != b.pos.line)
                             return a.pos.line < b.pos.line;
                         if (a.pos.column != b.pos.column)
                             return a.pos.column < b.pos.column;
                         return a.message < b.message;
                     });
    return m_out;
}

} // namespace

ParsedHeader parseHeader(QByteArrayView src, const QString &fileName)
{
    return HeaderParser(src, fileName).parse();
}

} // namespace kiln::load::gosyntax
