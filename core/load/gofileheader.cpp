#include "load/gofileheader.h"

#include "base/goquote.h"
#include "load/goheaderparser.h"
#include "load/goscanner.h"

#include <cstring>

namespace kiln::load
{

using namespace gosyntax;

namespace
{

bool isIdentByte(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c >= 0x80;
}

// go/build's importReader over an in-memory file. "buf" (the bytes read so
// far) is data[0, m_read); the embed scan re-reads it before reading on.
class ImportReader
{
public:
    enum class Err { None, Syntax, Nul };

    explicit ImportReader(QByteArrayView data) : m_data(data) {}

    Err err() const { return m_err; }
    bool eof() const { return m_eof; }
    qsizetype bytesRead() const { return m_read; }

    void clearSyntaxError()
    {
        if (m_err == Err::Syntax)
            m_err = Err::None;
    }

    unsigned char readByte()
    {
        if (m_read >= m_data.size()) {
            m_eof = true;
            return 0;
        }
        const auto c = static_cast<unsigned char>(m_data[m_read++]);
        if (c == 0 && m_err == Err::None)
            m_err = Err::Nul;
        return c;
    }

    unsigned char peekByte(bool skipSpace)
    {
        if (m_err != Err::None)
            return 0;
        unsigned char c = m_peek;
        if (c == 0)
            c = readByte();
        while (m_err == Err::None && !m_eof) {
            if (skipSpace) {
                // Semicolons never matter to this reader: treated as space.
                if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
                    c = readByte();
                    continue;
                }
                if (c == '/') {
                    c = readByte();
                    if (c == '/') {
                        while (c != '\n' && m_err == Err::None && !m_eof)
                            c = readByte();
                    } else if (c == '*') {
                        unsigned char c1 = 0;
                        while ((c != '*' || c1 != '/') && m_err == Err::None) {
                            if (m_eof)
                                syntaxError();
                            c = c1;
                            c1 = readByte();
                        }
                    } else {
                        syntaxError();
                    }
                    c = readByte();
                    continue;
                }
            }
            break;
        }
        m_peek = c;
        return c;
    }

    unsigned char nextByte(bool skipSpace)
    {
        const unsigned char c = peekByte(skipSpace);
        m_peek = 0;
        return c;
    }

    void readKeyword(const char *kw)
    {
        peekByte(true);
        for (const char *p = kw; *p; ++p) {
            if (nextByte(false) != static_cast<unsigned char>(*p)) {
                syntaxError();
                return;
            }
        }
        if (isIdentByte(peekByte(false)))
            syntaxError();
    }

    void readIdent()
    {
        if (!isIdentByte(peekByte(true))) {
            syntaxError();
            return;
        }
        while (isIdentByte(peekByte(false)))
            m_peek = 0;
    }

    void readString()
    {
        switch (nextByte(true)) {
        case '`':
            while (m_err == Err::None) {
                if (nextByte(false) == '`')
                    break;
                if (m_eof)
                    syntaxError();
            }
            break;
        case '"':
            while (m_err == Err::None) {
                const unsigned char c = nextByte(false);
                if (c == '"')
                    break;
                if (m_eof || c == '\n')
                    syntaxError();
                if (c == '\\')
                    nextByte(false);
            }
            break;
        default:
            syntaxError();
        }
    }

    void readImport()
    {
        const unsigned char c = peekByte(true);
        if (c == '.')
            m_peek = 0;
        else if (isIdentByte(c))
            readIdent();
        readString();
    }

    // readByteNoBuf: re-reads the buffered bytes, then reads on; tracks the
    // position of the next byte.
    unsigned char readByteNoBuf()
    {
        unsigned char c = 0;
        if (m_bufPos < m_read) {
            c = static_cast<unsigned char>(m_data[m_bufPos++]);
        } else {
            if (m_read >= m_data.size()) {
                m_eof = true;
                return 0;
            }
            c = static_cast<unsigned char>(m_data[m_read++]);
            m_bufPos = m_read;
            if (c == 0) {
                if (m_err == Err::None)
                    m_err = Err::Nul;
                return 0;
            }
        }
        ++m_offset;
        if (c == '\n') {
            ++m_pos.line;
            m_pos.column = 1;
        } else {
            ++m_pos.column;
        }
        return c;
    }

    bool findEmbed(bool first);
    GoPos pos() const { return m_pos; }
    qsizetype offset() const { return m_offset; }

    void syntaxError()
    {
        if (m_err == Err::None)
            m_err = Err::Syntax;
    }

private:
    QByteArrayView m_data;
    qsizetype m_read = 0;
    unsigned char m_peek = 0;
    Err m_err = Err::None;
    bool m_eof = false;
    qsizetype m_bufPos = 0;
    qsizetype m_offset = 0;
    GoPos m_pos{{}, 1, 1};
};

// Skips to the next "//go:embed" at the start of a line (outside strings and
// comments) followed by a space or tab; false at the end or on an error.
bool ImportReader::findEmbed(bool first)
{
    // The first call starts mid-line as far as go is concerned.
    bool startLine = !first;
    static constexpr char goEmbed[] = "go:embed";
    while (m_err == Err::None && !m_eof) {
        unsigned char c = readByteNoBuf();
        for (bool reswitch = true; reswitch;) {
            reswitch = false;
            switch (c) {
            default:
                startLine = false;
                break;
            case '\n':
                startLine = true;
                break;
            case ' ':
            case '\t':
                break;
            case '"':
            case '\'': {
                const unsigned char quote = c;
                startLine = false;
                bool closed = false;
                while (m_err == Err::None) {
                    if (m_eof)
                        syntaxError();
                    c = readByteNoBuf();
                    if (c == '\\') {
                        readByteNoBuf();
                        if (m_err != Err::None) {
                            syntaxError();
                            return false;
                        }
                        continue;
                    }
                    if (c == quote) {
                        c = readByteNoBuf();
                        closed = true;
                        break;
                    }
                }
                // go re-dispatches on the byte after a "string"; after a
                // 'rune' (or an error) it reads on.
                reswitch = closed || quote == '"';
                break;
            }
            case '`':
                startLine = false;
                while (m_err == Err::None) {
                    if (m_eof)
                        syntaxError();
                    c = readByteNoBuf();
                    if (c == '`') {
                        c = readByteNoBuf();
                        reswitch = true;
                        break;
                    }
                }
                break;
            case '/':
                c = readByteNoBuf();
                if (c == '*') {
                    unsigned char c1 = 0;
                    while ((c != '*' || c1 != '/') && m_err == Err::None) {
                        if (m_eof)
                            syntaxError();
                        c = c1;
                        c1 = readByteNoBuf();
                    }
                    startLine = false;
                } else if (c == '/') {
                    bool skip = !startLine;
                    for (const char *p = goEmbed; *p && !skip; ++p) {
                        c = readByteNoBuf();
                        skip = c != static_cast<unsigned char>(*p);
                    }
                    if (!skip) {
                        c = readByteNoBuf();
                        if (c == ' ' || c == '\t')
                            return true;
                    }
                    while (c != '\n' && m_err == Err::None && !m_eof)
                        c = readByteNoBuf();
                    startLine = true;
                } else {
                    startLine = false;
                    reswitch = true;
                }
                break;
            }
        }
    }
    return false;
}

// parseGoEmbed: unquoted words, "Go strings" and `raw strings`, separated by
// white space; nullopt for a malformed line (go ignores those).
std::optional<QList<GoEmbed>> parseGoEmbed(QByteArrayView args, GoPos pos)
{
    const auto trimBytes = [&](qsizetype n) {
        pos.column += runeCount(args.first(n));
        args = args.sliced(n);
    };
    const auto trimSpaceLeft = [&]() {
        qsizetype i = 0;
        while (i < args.size()) {
            const DecodedRune d = decodeRune(args, i);
            if (!isSpace(d.rune))
                break;
            i += d.width;
        }
        trimBytes(i);
    };
    QList<GoEmbed> list;
    for (trimSpaceLeft(); !args.isEmpty(); trimSpaceLeft()) {
        QByteArray path;
        const GoPos pathPos = pos;
        if (args[0] == '`') {
            const qsizetype end = args.indexOf('`', 1);
            if (end < 0)
                return std::nullopt;
            path = args.sliced(1, end - 1).toByteArray();
            trimBytes(end + 1);
        } else if (args[0] == '"') {
            qsizetype i = 1;
            bool found = false;
            for (; i < args.size(); ++i) {
                if (args[i] == '\\') {
                    ++i;
                    continue;
                }
                if (args[i] == '"') {
                    const auto q = goUnquote(args.first(i + 1).toByteArray());
                    if (!q)
                        return std::nullopt;
                    path = *q;
                    trimBytes(i + 1);
                    found = true;
                    break;
                }
            }
            if (!found)
                return std::nullopt;
        } else {
            qsizetype i = 0;
            while (i < args.size()) {
                const DecodedRune d = decodeRune(args, i);
                if (isSpace(d.rune))
                    break;
                i += d.width;
            }
            path = args.first(i).toByteArray();
            trimBytes(i);
        }
        if (!args.isEmpty() && !isSpace(decodeRune(args, 0).rune))
            return std::nullopt;
        list.append({toQString(path), pathPos});
    }
    return list;
}

// go/build isValidImport: graphic, no spaces, none of !"#$%&'()*,:;<=>?[\]^{|}`
// and no U+FFFD (which invalid UTF-8 decodes to).
bool isValidImport(const QByteArray &s)
{
    static constexpr char illegal[] = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
    for (qsizetype i = 0; i < s.size();) {
        const DecodedRune d = decodeRune(s, i);
        i += d.width;
        if (!goIsPrint(d.rune) || isSpace(d.rune) || d.rune == kRuneError)
            return false;
        if (d.rune < 0x80 && strchr(illegal, char(d.rune)))
            return false;
    }
    return !s.isEmpty();
}

} // namespace

bool GoFileHeader::importsC() const
{
    for (const GoImport &imp : imports)
        if (imp.isCgo())
            return true;
    return false;
}

bool GoFileHeader::importsEmbed() const
{
    for (const GoImport &imp : imports)
        if (imp.path == QLatin1String("embed"))
            return true;
    return false;
}

QString GoFileHeader::cgoPreamble() const
{
    QString out;
    for (const GoImport &imp : imports)
        if (imp.isCgo())
            out += imp.doc;
    return out;
}

GoFileHeader readGoFileHeader(const QString &fileName, QByteArrayView data)
{
    GoFileHeader out;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    ImportReader r(data);
    r.readKeyword("package");
    r.readIdent();
    while (r.peekByte(true) == 'i') {
        r.readKeyword("import");
        if (r.peekByte(true) == '(') {
            r.nextByte(false);
            while (r.peekByte(true) != ')' && r.err() == ImportReader::Err::None)
                r.readImport();
            r.nextByte(false);
        } else {
            r.readImport();
        }
    }
    qsizetype headerEnd = r.bytesRead();
    // Stopped cleanly before the end: the last byte read told the reader it
    // was done and is not part of the header.
    if (r.err() == ImportReader::Err::None && !r.eof()) {
        --headerEnd;
        out.end = HeaderEnd::Clean;
    } else {
        out.end = r.eof() ? HeaderEnd::EndOfFile : HeaderEnd::Clean;
    }
    if (r.err() == ImportReader::Err::Syntax) {
        // Hand go/parser the whole file so its error is the one go reports.
        r.clearSyntaxError();
        while (r.err() == ImportReader::Err::None && !r.eof())
            r.readByte();
        headerEnd = r.bytesRead();
        out.end = HeaderEnd::SyntaxError;
    }
    out.header = data.first(headerEnd).toByteArray();
    if (r.err() == ImportReader::Err::Nul) {
        out.end = HeaderEnd::ReadError;
        out.readError =
            Error{QStringLiteral("read %1: unexpected NUL in input").arg(fileName), {}, 0, 0};
        return out;
    }
    out.constraints = scanFileConstraints(out.header);

    const ParsedHeader parsed = parseHeader(out.header, fileName);
    const auto posOf = [&](qsizetype offset) {
        const Position p = parsed.lines.position(offset);
        return GoPos{p.file, p.line, p.column};
    };
    out.packageName = toQString(parsed.packageName);
    if (parsed.packageDoc >= 0)
        out.packageDoc = toQString(parsed.comments[parsed.packageDoc].text());
    if (parsed.hasFile)
        out.packagePos =
            GoPos{fileName, parsed.lines.line(parsed.namePos), parsed.lines.column(parsed.namePos)};
    for (const ParseError &e : parsed.errors)
        out.parseErrors.append(Error{toQString(e.message), e.pos.file, e.pos.line, e.pos.column});
    if (!out.parseErrors.isEmpty())
        return out;

    for (const ParsedImport &spec : parsed.imports) {
        const auto path = goUnquote(spec.pathLit);
        if (!path) {
            out.imports.clear();
            out.parseErrors.append(
                Error{QStringLiteral("parser returned invalid quoted string: <%1>")
                          .arg(toQString(spec.pathLit)),
                      {},
                      0,
                      0});
            return out;
        }
        if (!isValidImport(*path)) {
            // The parser no longer checks paths; go/build does, as a parse error.
            out.imports.clear();
            const GoPos p = posOf(spec.pos);
            out.invalidImportPath = true;
            out.parseErrors.append(Error{QStringLiteral("invalid import path: ") + toQString(*path),
                                         p.file, p.line, p.column});
            return out;
        }
        GoImport imp;
        imp.path = toQString(*path);
        imp.name = toQString(spec.name);
        imp.pos = posOf(spec.pos);
        if (spec.doc >= 0)
            imp.doc = toQString(parsed.comments[spec.doc].text());
        out.imports.append(imp);
    }

    for (const CommentGroup &group : parsed.comments) {
        if (group.pos() >= parsed.packagePos)
            break;
        for (const ParsedComment &c : group.list)
            if (c.text.startsWith("//go:"))
                out.directives.append({toQString(c.text), posOf(c.pos)});
    }

    if (out.importsEmbed()) {
        for (bool first = true; r.findEmbed(first); first = false) {
            GoPos pos = r.pos();
            pos.file = fileName;
            QByteArray line;
            for (;;) {
                const unsigned char c = r.readByteNoBuf();
                if (c == '\n' || r.err() != ImportReader::Err::None || r.eof())
                    break;
                line.append(char(c));
            }
            if (const auto embeds = parseGoEmbed(line, pos))
                out.embeds += *embeds;
        }
    }
    return out;
}

LeadingComments readLeadingComments(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    ImportReader r(data);
    r.peekByte(true);
    qsizetype end = r.bytesRead();
    if (r.err() == ImportReader::Err::None && !r.eof())
        --end; // the first non-space byte
    LeadingComments out{data.first(end).toByteArray(), {}};
    if (r.err() == ImportReader::Err::Syntax)
        out.error = QStringLiteral("syntax error");
    else if (r.err() == ImportReader::Err::Nul)
        out.error = QStringLiteral("unexpected NUL in input");
    return out;
}

} // namespace kiln::load
