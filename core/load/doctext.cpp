#include "load/doctext.h"

#include "load/goutf8.h"

#include <algorithm>
#include <array>

namespace kiln::load
{

using namespace gotext;

namespace
{

bool isAsciiAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool isHost(char c)
{
    return isAsciiAlnum(c) || QByteArrayView("_@-.[]:").contains(c);
}

// Punctuation allowed inside a URL but not at its end.
bool isUrlPunct(char c)
{
    return QByteArrayView(".,:;?!").contains(c);
}

bool isPath(char c)
{
    return isAsciiAlnum(c) || QByteArrayView("$'()*+&#=@~_/-[]{}%").contains(c);
}

// autoURL: the length of the URL s starts with, 0 if none.
qsizetype autoUrlLength(QByteArrayView s)
{
    if (s.size() < 7)
        return 0;
    qsizetype i = 0;
    if (s[3] == ':')
        i = 3;
    else if (s[4] == ':')
        i = 4;
    else if (s[5] == ':')
        i = 5;
    else if (s[6] == ':')
        i = 6;
    else
        return 0;
    if (i + 3 > s.size() || s.sliced(i, 3) != "://" || !isDocUrlScheme(s.first(i)))
        return 0;
    i += 3;
    if (i >= s.size() || !isHost(s[i]) || isUrlPunct(s[i]))
        return 0;
    ++i;
    qsizetype end = i;
    for (; i < s.size() && isHost(s[i]); ++i)
        if (!isUrlPunct(s[i]))
            end = i + 1;
    i = end;
    // The path: brackets only when balanced, no punctuation at the end.
    QByteArray stack;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (isUrlPunct(c))
            continue;
        if (!isPath(c))
            break;
        if (c == '(')
            stack += ')';
        else if (c == '{')
            stack += '}';
        else if (c == '[')
            stack += ']';
        else if (c == ')' || c == '}' || c == ']') {
            if (stack.isEmpty() || stack.back() != c)
                break;
            stack.chop(1);
        }
        if (stack.isEmpty())
            end = i + 1;
    }
    return end;
}

// ident: the length of the Go identifier ([\pL_][\pL_0-9]*) s starts with.
qsizetype identLength(QByteArrayView s)
{
    qsizetype n = 0;
    while (n < s.size()) {
        const auto c = uchar(s[n]);
        if (c < 0x80) {
            if ((isAsciiAlnum(char(c)) || c == '_') && (n > 0 || c < '0' || c > '9')) {
                ++n;
                continue;
            }
            break;
        }
        const DecodedRune d = decodeRune(s.sliced(n));
        if (!isGoLetter(d.rune))
            break;
        n += d.size;
    }
    return n;
}

bool isName(QByteArrayView s)
{
    return !s.isEmpty() && identLength(s) == s.size() && isGoUpper(decodeRune(s).rune);
}

struct DocName {
    QByteArrayView before;
    QByteArrayView name;
    bool found = false;
};

// splitDocName: "before.Name" with Name a capitalised identifier.
DocName splitDocName(QByteArrayView text)
{
    const qsizetype dot = text.lastIndexOf('.');
    const QByteArrayView name = text.sliced(dot + 1);
    if (!isName(name))
        return {text, {}, false};
    return {dot >= 0 ? text.first(dot) : QByteArrayView(), name, true};
}

bool validImportPathElem(QByteArrayView elem)
{
    if (elem.isEmpty() || elem.front() == '.' || elem.back() == '.')
        return false;
    return std::ranges::all_of(
        elem, [](char c) { return isAsciiAlnum(c) || QByteArrayView("-.~_+").contains(c); });
}

bool validImportPath(QByteArrayView path)
{
    if (!isValidUtf8(path) || path.isEmpty() || path.front() == '-' || path.contains("//") ||
        path.back() == '/')
        return false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        if (i < path.size() && path[i] != '/')
            continue;
        if (!validImportPathElem(path.sliced(start, i - start)))
            return false;
        start = i + 1;
    }
    return true;
}

// DefaultLookupPackage: the standard packages with one-element paths, as
// go 1.25's go/doc/comment lists them (std.go).
bool isStdSingleElementPackage(QByteArrayView name)
{
    static constexpr std::array<const char *, 40> std = {
        "bufio",   "bytes",   "cmp",     "context", "crypto",  "embed",   "encoding", "errors",
        "expvar",  "flag",    "fmt",     "hash",    "html",    "image",   "io",       "iter",
        "log",     "maps",    "math",    "mime",    "net",     "os",      "path",     "plugin",
        "reflect", "regexp",  "runtime", "slices",  "sort",    "strconv", "strings",  "structs",
        "sync",    "syscall", "testing", "time",    "unicode", "unique",  "unsafe",   "weak"};
    return std::ranges::any_of(std, [&](const char *p) { return name == QByteArrayView(p); });
}

} // namespace

bool isDocUrlScheme(QByteArrayView s)
{
    return s == "file" || s == "ftp" || s == "gopher" || s == "http" || s == "https" ||
           s == "mailto" || s == "nntp";
}

bool isDocLink(QByteArrayView text, QByteArrayView before, QByteArrayView after)
{
    const auto bounded = [](char32_t r) {
        return isGoPunct(r) || r == ' ' || r == '\t' || r == '\n';
    };
    if (!before.isEmpty() && !bounded(decodeLastRune(before).rune))
        return false;
    if (!after.isEmpty() && !bounded(decodeRune(after).rune))
        return false;
    if (text.startsWith('*'))
        text = text.sliced(1);
    DocName split = splitDocName(text);
    QByteArrayView pkg = split.before;
    if (split.found)
        pkg = splitDocName(pkg).before;
    if (pkg.isEmpty())
        return false; // a symbol of this package: none are known
    if (pkg.contains('/'))
        return validImportPath(pkg);
    return isStdSingleElementPackage(pkg);
}

QByteArray docPlainText(QByteArrayView s, AutoLink autoLink)
{
    QByteArray out;
    qsizetype wrote = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const QByteArrayView t = s.sliced(i);
        if (autoLink == AutoLink::Yes) {
            if (const qsizetype url = autoUrlLength(t)) {
                i += url;
                continue;
            }
            if (const qsizetype id = identLength(t)) {
                i += id;
                continue;
            }
        }
        if (t.startsWith("``")) {
            if (t.size() >= 3 && t[2] == '`') {
                // go skips the run with an index into s compared against t;
                // kept as is, so that the output is go's.
                i += 3;
                while (i < t.size() && t[i] == '`')
                    ++i;
                continue;
            }
            out += s.sliced(wrote, i - wrote);
            out += "“";
            i += 2;
            wrote = i;
        } else if (t.startsWith("''")) {
            out += s.sliced(wrote, i - wrote);
            out += "”";
            i += 2;
            wrote = i;
        } else {
            ++i;
        }
    }
    out += s.sliced(wrote);
    return out;
}

} // namespace kiln::load
