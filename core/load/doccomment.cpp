#include "load/doccomment.h"

#include "load/doctext.h"
#include "load/goutf8.h"

#include <QHash>
#include <QList>

#include <algorithm>

namespace kiln::load
{

using namespace gotext;

namespace
{

using Lines = QList<QByteArray>;

// ---- lines and spans (go/doc/comment parse.go) --------------------------------------------

bool indented(QByteArrayView line)
{
    return !line.isEmpty() && (line.front() == ' ' || line.front() == '\t');
}

QByteArrayView leadingSpace(QByteArrayView s)
{
    qsizetype i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
    return s.first(i);
}

bool isBlankLine(const QByteArray &s)
{
    return s.isEmpty() || s == "\n";
}

// unindent: drops blank lines at both ends and the common space/tab prefix;
// lines of only white space become empty.
Lines unindent(Lines lines)
{
    while (!lines.isEmpty() && isBlankLine(lines.front()))
        lines.removeFirst();
    while (!lines.isEmpty() && isBlankLine(lines.back()))
        lines.removeLast();
    if (lines.isEmpty())
        return {};
    QByteArray prefix = leadingSpace(lines.front()).toByteArray();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (isBlankLine(lines[i]))
            continue;
        const QByteArrayView other = leadingSpace(lines[i]);
        qsizetype n = 0;
        while (n < prefix.size() && n < other.size() && prefix[n] == other[n])
            ++n;
        prefix.truncate(n);
    }
    for (QByteArray &line : lines) {
        if (line.startsWith(prefix))
            line.remove(0, prefix.size());
        if (trimGoSpace(line).isEmpty())
            line.clear();
    }
    while (!lines.isEmpty() && lines.front().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

struct ListMarker {
    bool ok = false;
    bool numbered = false;
    QByteArrayView rest;
};

ListMarker listMarker(QByteArrayView line)
{
    line = trimGoSpace(line);
    if (line.isEmpty())
        return {};
    ListMarker m;
    const DecodedRune d = decodeRune(line);
    if (d.rune == U'•' || d.rune == '*' || d.rune == '+' || d.rune == '-') {
        m.rest = line.sliced(d.size);
    } else if (line.front() >= '0' && line.front() <= '9') {
        qsizetype n = 1;
        while (n < line.size() && line[n] >= '0' && line[n] <= '9')
            ++n;
        if (n >= line.size() || (line[n] != '.' && line[n] != ')'))
            return {};
        m.numbered = true;
        m.rest = line.sliced(n + 1);
    } else {
        return {};
    }
    if (!indented(m.rest) || trimGoSpace(m.rest).isEmpty())
        return {};
    m.ok = true;
    return m;
}

bool isList(QByteArrayView line)
{
    return listMarker(line).ok;
}

bool isHeading(QByteArrayView line)
{
    return line.size() >= 2 && line[0] == '#' && (line[1] == ' ' || line[1] == '\t') &&
           trimGoSpace(line) != "#";
}

// isOldHeading: a lone capitalised line between blank lines, followed by an
// unindented one, with no punctuation but "(),", "'s" and inner dots.
bool isOldHeading(const Lines &all, qsizetype off)
{
    if (off <= 0 || !all[off - 1].isEmpty() || off + 2 >= all.size() || !all[off + 1].isEmpty() ||
        !leadingSpace(all[off + 2]).isEmpty())
        return false;
    const QByteArrayView line = trimGoSpace(all[off]);
    const char32_t first = decodeRune(line).rune;
    if (!isGoLetter(first) || !isGoUpper(first))
        return false;
    const char32_t last = decodeLastRune(line).rune;
    if (!isGoLetter(last) && !isGoDigit(last))
        return false;
    for (const char c : QByteArrayView(";:!?+*/=[]{}_^&~%#@<\">\\"))
        if (line.contains(c))
            return false;
    if (line.contains("°") || line.contains("§"))
        return false;
    for (qsizetype q = line.indexOf('\''); q >= 0; q = line.indexOf('\'', q + 1)) {
        const QByteArrayView after = line.sliced(q + 1);
        if (after != "s" && !after.startsWith("s "))
            return false;
    }
    for (qsizetype d = line.indexOf('.'); d >= 0; d = line.indexOf('.', d + 1)) {
        const QByteArrayView after = line.sliced(d + 1);
        if (after.isEmpty() || after.startsWith(' '))
            return false;
    }
    return true;
}

enum class SpanKind { Code, Heading, List, Paragraph };

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
    SpanKind kind = SpanKind::Paragraph;
};

QList<Span> parseSpans(const Lines &lines)
{
    QList<Span> spans;
    const qsizetype n = lines.size();
    qsizetype i = 0;
    qsizetype forceIndent = 0;
    qsizetype watchdog = 2 * n; // go panics when it runs out; it cannot
    for (;;) {
        while (i < n && lines[i].isEmpty())
            ++i;
        if (i >= n || --watchdog < 0)
            break;
        Span s{i, i, SpanKind::Paragraph};
        if (i < forceIndent || indented(lines[i])) {
            // Indented, up to the next unindented line. An unindented list
            // that a heuristic forced in here may go on until a blank line.
            bool unindentedListOK = isList(lines[i]) && i < forceIndent;
            ++i;
            while (i < n && (lines[i].isEmpty() || i < forceIndent || indented(lines[i]) ||
                             (unindentedListOK && isList(lines[i])))) {
                if (lines[i].isEmpty())
                    unindentedListOK = false;
                ++i;
            }
            s.end = i;
            while (s.end > s.start && lines[s.end - 1].isEmpty())
                --s.end;
            if (s.end < n && lines[s.end].startsWith('}')) // code pasted without indenting "}"
                ++s.end;
            s.kind = isList(lines[s.start]) ? SpanKind::List : SpanKind::Code;
        } else {
            ++i;
            while (i < n && !lines[i].isEmpty() && !indented(lines[i]))
                ++i;
            s.end = i;
            // Unindented list items or a code opener right before indented
            // lines are probably misindented: leave them to the indented span.
            if (i < n && !lines[i].isEmpty() && !isList(lines[i])) {
                if (isList(lines[i - 1])) {
                    forceIndent = s.end;
                    --s.end;
                    while (s.end > s.start && isList(lines[s.end - 1]))
                        --s.end;
                } else if (lines[i - 1].endsWith('{') || lines[i - 1].endsWith('\\')) {
                    forceIndent = s.end;
                    --s.end;
                }
                if (s.start == s.end && forceIndent > s.start) {
                    i = s.start;
                    continue;
                }
            }
            if (s.end - s.start == 1 && (isHeading(lines[s.start]) || isOldHeading(lines, s.start)))
                s.kind = SpanKind::Heading;
        }
        spans.append(s);
        i = s.end;
    }
    return spans;
}

// ---- the parsed doc ---------------------------------------------------------------------

struct LinkDef {
    QByteArray text;
    QByteArray url;
    bool used = false;
};

struct Block {
    SpanKind kind = SpanKind::Paragraph;
    Lines paragraphs; // a paragraph's text, or a list's item paragraphs
};

class DocParser
{
public:
    explicit DocParser(QByteArrayView text);
    std::optional<QByteArray> firstParagraphText();

private:
    std::optional<QByteArray> paragraph(const Lines &lines);
    Lines listParagraphs(const Lines &lines);
    QByteArray linkedText(QByteArrayView text);

    QList<Block> m_blocks;
    QList<LinkDef> m_links;
    QHash<QByteArray, qsizetype> m_linkByText; // the first definition of each text
};

std::optional<LinkDef> parseLinkDef(QByteArrayView line)
{
    if (line.isEmpty() || line.front() != '[')
        return std::nullopt;
    const qsizetype i = line.indexOf("]:");
    if (i < 0 || i + 3 >= line.size() || (line[i + 2] != ' ' && line[i + 2] != '\t'))
        return std::nullopt;
    const QByteArrayView url = trimGoSpace(line.sliced(i + 3));
    const qsizetype scheme = url.indexOf("://");
    if (scheme < 0 || !isDocUrlScheme(url.first(scheme)))
        return std::nullopt;
    return LinkDef{line.sliced(1, i - 1).toByteArray(), url.toByteArray(), false};
}

// A paragraph's text, or nothing when every line is a link definition (they
// are recorded instead; so is an empty list of lines).
std::optional<QByteArray> DocParser::paragraph(const Lines &lines)
{
    QList<LinkDef> defs;
    for (const QByteArray &line : lines) {
        auto def = parseLinkDef(line);
        if (!def)
            return lines.join('\n');
        defs.append(*def);
    }
    for (const LinkDef &def : defs) {
        if (!m_linkByText.contains(def.text))
            m_linkByText.insert(def.text, m_links.size());
        m_links.append(def);
    }
    return std::nullopt;
}

Lines DocParser::listParagraphs(const Lines &lines)
{
    const bool numbered = listMarker(lines.front()).numbered;
    Lines paragraphs;
    Lines text;
    bool inItem = false;
    const auto flush = [&] {
        if (inItem)
            if (auto p = paragraph(text))
                paragraphs.append(*p);
        text.clear();
    };
    for (const QByteArray &l : lines) {
        QByteArrayView line = l;
        if (const ListMarker m = listMarker(line); m.ok && m.numbered == numbered) {
            flush();
            inItem = true;
            line = m.rest;
        }
        line = trimGoSpace(line);
        if (line.isEmpty()) {
            flush();
            continue;
        }
        text.append(line.toByteArray());
    }
    flush();
    return paragraphs;
}

DocParser::DocParser(QByteArrayView text)
{
    Lines lines;
    for (qsizetype start = 0;;) {
        const qsizetype nl = text.indexOf('\n', start);
        lines.append(text.sliced(start, (nl < 0 ? text.size() : nl) - start).toByteArray());
        if (nl < 0)
            break;
        start = nl + 1;
    }
    lines = unindent(lines);
    for (const Span &s : parseSpans(lines)) {
        const Lines part = lines.mid(s.start, s.end - s.start);
        if (s.kind == SpanKind::List) {
            m_blocks.append({SpanKind::List, listParagraphs(part)});
        } else if (s.kind == SpanKind::Paragraph) {
            if (auto p = paragraph(part))
                m_blocks.append({SpanKind::Paragraph, {*p}});
        } else {
            m_blocks.append({s.kind, {}});
        }
    }
}

// parseLinkedText, printed: explicit links and doc links lose their brackets.
QByteArray DocParser::linkedText(QByteArrayView text)
{
    QByteArray out;
    qsizetype wrote = 0;
    qsizetype start = -1;
    QByteArray buf;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n' || c == '\t')
            c = ' ';
        if (c == '[') {
            start = i;
        } else if (c == ']') {
            if (start >= 0) {
                const QByteArrayView inner = text.sliced(start + 1, i - start - 1);
                bool link = false;
                if (auto it = m_linkByText.constFind(buf); it != m_linkByText.constEnd()) {
                    m_links[*it].used = true;
                    link = true;
                } else {
                    link = isDocLink(inner, text.first(start), text.sliced(i + 1));
                }
                if (link) {
                    out += docPlainText(text.sliced(wrote, start - wrote), AutoLink::Yes);
                    out += docPlainText(inner, AutoLink::No);
                    wrote = i + 1;
                }
            }
            start = -1;
            buf.clear();
        }
        if (start >= 0 && i != start)
            buf += c;
    }
    out += docPlainText(text.sliced(wrote), AutoLink::Yes);
    return out;
}

std::optional<QByteArray> DocParser::firstParagraphText()
{
    // Every paragraph is interpreted, so that links used anywhere are marked.
    QByteArray first;
    for (qsizetype b = 0; b < m_blocks.size(); ++b)
        for (const QByteArray &p : m_blocks[b].paragraphs) {
            QByteArray t = linkedText(p);
            if (b == 0)
                first = std::move(t);
        }
    if (m_blocks.isEmpty() || m_blocks.front().kind != SpanKind::Paragraph)
        return std::nullopt;

    // strings.Fields, joined by single spaces.
    QByteArray out;
    QByteArrayView rest = first;
    while (!(rest = trimGoSpace(rest)).isEmpty()) {
        qsizetype n = 0;
        while (n < rest.size()) {
            const DecodedRune d = decodeRune(rest.sliced(n));
            if (isGoSpace(d.rune))
                break;
            n += d.size;
        }
        if (!out.isEmpty())
            out += ' ';
        out += rest.first(n);
        rest = rest.sliced(n);
    }
    out += '\n';
    if (std::ranges::any_of(m_links, &LinkDef::used)) {
        out += '\n';
        for (const LinkDef &def : m_links)
            if (def.used)
                out += '[' + def.text + "]: " + def.url + '\n';
    }
    return out;
}

} // namespace

std::optional<QByteArray> firstParagraphText(QByteArrayView text)
{
    return DocParser(text).firstParagraphText();
}

} // namespace kiln::load
