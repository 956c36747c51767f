#include "load/docsynopsis.h"

#include "load/doccomment.h"
#include "load/goutf8.h"

#include <QByteArrayList>
#include <QChar>

namespace kiln::load
{

using namespace gotext;

namespace
{

// go/scanner's stripCR: carriage returns go, except one between '*' and '/'
// inside a /* */ comment (removing it would end the comment early).
QByteArray stripCR(const QByteArray &b, bool blockComment)
{
    QByteArray c;
    c.reserve(b.size());
    for (qsizetype j = 0; j < b.size(); ++j) {
        const char ch = b[j];
        if (ch != '\r' || (blockComment && c.size() > 2 && c.back() == '*' && j + 1 < b.size() &&
                           b[j + 1] == '/'))
            c += ch;
    }
    return c;
}

// ast's isDirective, on a "//" comment without its "//": //line, //extern,
// //export and //[a-z0-9]+:[a-z0-9]... (//go:build, //nolint:x, ...).
bool isDirective(QByteArrayView c)
{
    if (c.startsWith("line ") || c.startsWith("extern ") || c.startsWith("export "))
        return true;
    const qsizetype colon = c.indexOf(':');
    if (colon <= 0 || colon + 1 >= c.size())
        return false;
    for (qsizetype i = 0; i <= colon + 1; ++i) {
        if (i == colon)
            continue;
        const char b = c[i];
        if (!((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')))
            return false;
    }
    return true;
}

QByteArray stripTrailingWhitespace(QByteArray s)
{
    qsizetype i = s.size();
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n' || s[i - 1] == '\r'))
        --i;
    s.truncate(i);
    return s;
}

// doc's firstSentence: up to the first ". " not after exactly one capital,
// or through the first '。' or '．'. Line breaks and tabs count as spaces.
QByteArrayView firstSentence(QByteArrayView s)
{
    char32_t ppp = 0, pp = 0, p = 0;
    for (qsizetype i = 0; i < s.size();) {
        const DecodedRune d = decodeRune(s.sliced(i));
        char32_t q = d.rune;
        if (q == '\n' || q == '\r' || q == '\t')
            q = ' ';
        if (q == ' ' && p == '.' && (!isGoUpper(pp) || isGoUpper(ppp)))
            return s.first(i);
        if (p == U'。' || p == U'．')
            return s.first(i);
        ppp = pp;
        pp = p;
        p = q;
        i += d.size;
    }
    return s;
}

// strings.HasPrefix(strings.ToLower(s), prefix) for an ASCII prefix, with
// go's simple per-rune lower-casing (so "COPYRİGHT" counts too).
bool hasLowerPrefix(QByteArrayView s, QByteArrayView prefix)
{
    QByteArray lower;
    while (lower.size() < prefix.size() && !s.isEmpty()) {
        const DecodedRune d = decodeRune(s);
        // Qt leaves runes with special casing alone; go's simple mapping
        // lowers U+0130 'İ' to 'i'.
        appendRune(lower, d.rune == 0x130 ? U'i' : QChar::toLower(d.rune));
        s = s.sliced(d.size);
    }
    return lower.startsWith(prefix);
}

} // namespace

QString commentGroupText(const QStringList &rawComments)
{
    QByteArrayList lines;
    for (const QString &raw : rawComments) {
        QByteArray c = raw.toUtf8();
        if (c.size() < 2)
            continue;
        const bool block = c[1] == '*';
        c = stripCR(c, block);
        if (!block) {
            c = c.mid(2);
            if (!c.isEmpty() && c.front() == ' ')
                c.remove(0, 1); // one space, as example tests need
            else if (!c.isEmpty() && isDirective(c))
                continue;
        } else {
            c = c.mid(2, c.size() - 4);
        }
        for (const QByteArray &line : c.split('\n'))
            lines.append(stripTrailingWhitespace(line));
    }
    // Drop leading blank lines and collapse runs of blank lines.
    QByteArrayList kept;
    for (const QByteArray &line : lines)
        if (!line.isEmpty() || (!kept.isEmpty() && !kept.back().isEmpty()))
            kept.append(line);
    if (!kept.isEmpty() && !kept.back().isEmpty())
        kept.append(QByteArray()); // the final newline
    return QString::fromUtf8(kept.join('\n'));
}

QString docSynopsis(const QString &commentText)
{
    const QByteArray utf8 = commentText.toUtf8();
    const QByteArrayView text = firstSentence(utf8);
    // A copyright notice right above the package clause is no doc comment.
    for (const char *prefix : {"copyright", "all rights", "author"})
        if (hasLowerPrefix(text, prefix))
            return {};
    const std::optional<QByteArray> printed = firstParagraphText(text);
    if (!printed)
        return {};
    return QString::fromUtf8(trimGoSpace(*printed));
}

} // namespace kiln::load
