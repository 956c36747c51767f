#include "load/pathglob.h"

#include "load/goutf8.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>

namespace kiln::load
{

using namespace gotext;

namespace
{

// One chunk of the pattern after the leading stars: single-rune operators
// only (literals, classes, '?'), up to the next '*' outside a class.
struct Chunk {
    bool star = false;
    QByteArrayView chunk;
    QByteArrayView rest;
};

Chunk scanChunk(QByteArrayView pattern)
{
    Chunk c;
    while (!pattern.isEmpty() && pattern.front() == '*') {
        pattern = pattern.sliced(1);
        c.star = true;
    }
    bool inRange = false;
    qsizetype i = 0;
    for (; i < pattern.size(); ++i) {
        const char ch = pattern[i];
        if (ch == '\\') {
            if (i + 1 < pattern.size()) // a trailing '\\' is reported by matchChunk
                ++i;
        } else if (ch == '[') {
            inRange = true;
        } else if (ch == ']') {
            inRange = false;
        } else if (ch == '*' && !inRange) {
            break;
        }
    }
    c.chunk = pattern.first(i);
    c.rest = pattern.sliced(i);
    return c;
}

// getEsc: one possibly escaped rune of a character class.
bool classRune(QByteArrayView &chunk, char32_t &r)
{
    if (chunk.isEmpty() || chunk.front() == '-' || chunk.front() == ']')
        return false;
    if (chunk.front() == '\\') {
        chunk = chunk.sliced(1);
        if (chunk.isEmpty())
            return false;
    }
    const DecodedRune d = decodeRune(chunk);
    chunk = chunk.sliced(d.size);
    r = d.rune;
    return !(d.rune == kRuneError && d.size == 1) && !chunk.isEmpty();
}

struct ChunkMatch {
    bool ok = false;
    bool bad = false;
    QByteArrayView rest;
};

// matchChunk: whether chunk matches a prefix of s. After a mismatch the
// chunk is still read to the end so that a malformed chunk is always bad.
ChunkMatch matchChunk(QByteArrayView chunk, QByteArrayView s)
{
    bool failed = false;
    while (!chunk.isEmpty()) {
        if (!failed && s.isEmpty())
            failed = true;
        const char c = chunk.front();
        if (c == '[') {
            char32_t r = 0;
            if (!failed) {
                const DecodedRune d = decodeRune(s);
                r = d.rune;
                s = s.sliced(d.size);
            }
            chunk = chunk.sliced(1);
            bool negated = false;
            if (!chunk.isEmpty() && chunk.front() == '^') {
                negated = true;
                chunk = chunk.sliced(1);
            }
            bool match = false;
            int ranges = 0;
            for (;;) {
                if (!chunk.isEmpty() && chunk.front() == ']' && ranges > 0) {
                    chunk = chunk.sliced(1);
                    break;
                }
                char32_t lo = 0, hi = 0;
                if (!classRune(chunk, lo))
                    return {false, true, {}};
                hi = lo;
                if (chunk.front() == '-') {
                    chunk = chunk.sliced(1);
                    if (!classRune(chunk, hi))
                        return {false, true, {}};
                }
                if (lo <= r && r <= hi)
                    match = true;
                ++ranges;
            }
            if (match == negated)
                failed = true;
        } else if (c == '?') {
            if (!failed) {
                if (s.front() == '/')
                    failed = true;
                s = s.sliced(decodeRune(s).size);
            }
            chunk = chunk.sliced(1);
        } else {
            if (c == '\\') {
                chunk = chunk.sliced(1);
                if (chunk.isEmpty())
                    return {false, true, {}};
            }
            if (!failed) {
                if (chunk.front() != s.front())
                    failed = true;
                s = s.sliced(1);
            }
            chunk = chunk.sliced(1);
        }
    }
    if (failed)
        return {};
    return {true, false, s};
}

bool hasMeta(QByteArrayView path)
{
    return std::ranges::any_of(
        path, [](char c) { return c == '*' || c == '?' || c == '[' || c == '\\'; });
}

std::string toStd(const QByteArray &b)
{
    return std::string(b.constData(), size_t(b.size()));
}

bool isDirFollowing(const QByteArray &path)
{
    std::error_code ec;
    return std::filesystem::is_directory(std::filesystem::path(toStd(path)), ec);
}

bool existsNoFollow(const QByteArray &path)
{
    std::error_code ec;
    const auto st = std::filesystem::symlink_status(std::filesystem::path(toStd(path)), ec);
    return !ec && st.type() != std::filesystem::file_type::not_found;
}

QByteArray joinPath(const QByteArray &dir, const QByteArray &name)
{
    if (dir == ".")
        return name;
    if (dir.endsWith('/'))
        return dir + name;
    return dir + '/' + name;
}

// fsys's glob: the names in dir matching pattern, appended in byte order.
// I/O errors are ignored, as go does.
bool globDir(const QByteArray &dir, QByteArrayView pattern, QList<QByteArray> &matches)
{
    if (!isDirFollowing(dir))
        return true;
    std::error_code ec;
    std::filesystem::directory_iterator it(std::filesystem::path(toStd(dir)), ec);
    if (ec)
        return true;
    QList<QByteArray> names;
    for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
        if (ec)
            return true; // os.ReadDir fails as a whole
        const std::string n = it->path().filename().native();
        names.append(QByteArray(n.data(), qsizetype(n.size())));
    }
    std::ranges::sort(names);
    for (const QByteArray &n : names) {
        const GlobMatch m = globMatch(pattern, n, PatternCheck::UpToMismatch);
        if (m == GlobMatch::BadPattern)
            return false;
        if (m == GlobMatch::Match)
            matches.append(joinPath(dir, n));
    }
    return true;
}

} // namespace

GlobMatch globMatch(QByteArrayView pattern, QByteArrayView name, PatternCheck check)
{
    while (!pattern.isEmpty()) {
        const Chunk c = scanChunk(pattern);
        pattern = c.rest;
        if (c.star && c.chunk.isEmpty()) // a trailing '*' matches the rest without '/'
            return name.contains('/') ? GlobMatch::NoMatch : GlobMatch::Match;
        const ChunkMatch here = matchChunk(c.chunk, name);
        if (here.ok && (here.rest.isEmpty() || !pattern.isEmpty())) {
            name = here.rest;
            continue;
        }
        if (here.bad)
            return GlobMatch::BadPattern;
        bool advanced = false;
        if (c.star) {
            for (qsizetype i = 0; i < name.size() && name[i] != '/'; ++i) {
                const ChunkMatch later = matchChunk(c.chunk, name.sliced(i + 1));
                if (later.ok) {
                    if (pattern.isEmpty() && !later.rest.isEmpty())
                        continue; // the last chunk must consume the name
                    name = later.rest;
                    advanced = true;
                    break;
                }
                if (later.bad)
                    return GlobMatch::BadPattern;
            }
        }
        if (advanced)
            continue;
        if (check == PatternCheck::Whole) {
            while (!pattern.isEmpty()) {
                const Chunk next = scanChunk(pattern);
                pattern = next.rest;
                if (matchChunk(next.chunk, {}).bad)
                    return GlobMatch::BadPattern;
            }
        }
        return GlobMatch::NoMatch;
    }
    return name.isEmpty() ? GlobMatch::Match : GlobMatch::NoMatch;
}

QByteArray quoteGlob(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    for (const char c : s) {
        if (c == '*' || c == '?' || c == '[' || c == ']')
            out += '\\';
        out += c;
    }
    return out;
}

GlobResult globFiles(const QByteArray &pattern)
{
    GlobResult result;
    if (globMatch(pattern, {}, PatternCheck::UpToMismatch) == GlobMatch::BadPattern) {
        result.badPattern = true;
        return result;
    }
    if (!hasMeta(pattern)) {
        if (existsNoFollow(pattern))
            result.matches.append(pattern);
        return result;
    }
    const qsizetype slash = pattern.lastIndexOf('/');
    QByteArray dir = pattern.first(slash + 1);
    const QByteArrayView file = QByteArrayView(pattern).sliced(slash + 1);
    if (dir.isEmpty())
        dir = ".";
    else if (dir != "/")
        dir.chop(1);

    if (!hasMeta(dir)) {
        result.badPattern = !globDir(dir, file, result.matches);
        return result;
    }
    if (dir == pattern) { // go's guard against endless recursion
        result.badPattern = true;
        return result;
    }
    const GlobResult parents = globFiles(dir);
    if (parents.badPattern)
        return parents;
    for (const QByteArray &d : parents.matches) {
        if (!globDir(d, file, result.matches)) {
            result.badPattern = true;
            return result;
        }
    }
    return result;
}

} // namespace kiln::load
