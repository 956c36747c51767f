#include "explain/preimagediff.h"

#include "base/goquote.h"

#include <QHash>
#include <QMap>

namespace kiln::explain
{

namespace
{

// What a preimage line is about (see the header's table).
struct LineInfo {
    QByteArray key;
    LineCategory category = LineCategory::Other;
    QString subject;
    QByteArray value; // the part that changes: a hash, a content ID, the rest of the line
};

QString text(QByteArrayView b)
{
    return QString::fromUtf8(b);
}

QByteArrayView chopNewline(QByteArrayView line)
{
    return line.endsWith('\n') ? line.chopped(1) : line;
}

bool isOneOf(QByteArrayView word, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (word == w)
            return true;
    return false;
}

LineInfo describeLine(QByteArrayView line)
{
    LineInfo info;
    const qsizetype space = line.indexOf(' ');
    const QByteArrayView word = space < 0 ? line : line.first(space);
    const QByteArrayView rest = space < 0 ? QByteArrayView() : line.sliced(space + 1);
    auto splitLast = [&](char sep, LineCategory category, const char *keyWord) {
        const qsizetype at = rest.lastIndexOf(sep);
        const QByteArrayView name = at < 0 ? rest : rest.first(at);
        info.key = QByteArray(keyWord) + ' ' + name.toByteArray();
        info.category = category;
        info.subject = text(name);
        info.value = at < 0 ? QByteArray() : rest.sliced(at + 1).toByteArray();
    };
    if (word == "file") {
        splitLast(' ', LineCategory::File, "file");
    } else if (word == "import" && rest.startsWith('"')) {
        info.key = "import \"";
        info.category = LineCategory::Module;
        info.subject = QStringLiteral("import path");
        info.value = rest.toByteArray();
    } else if (word == "import") {
        splitLast(' ', LineCategory::Dependency, "import");
    } else if (word == "packagefile") {
        splitLast('=', LineCategory::Dependency, "packagefile");
    } else if (word == "vetout") {
        // vet: "vetout "P" HASH", the facts a dependency's vet wrote.
        splitLast(' ', LineCategory::Dependency, "vetout");
        if (info.subject.size() >= 2 && info.subject.startsWith(QLatin1Char('"')))
            info.subject = info.subject.mid(1, info.subject.size() - 2);
    } else if ((word == "CC" || word == "CXX" || word == "FC") && rest.startsWith("ID")) {
        info.key = word.toByteArray() + " ID";
        info.category = LineCategory::Toolchain;
        info.subject = text(word) + QStringLiteral(" ID");
        info.value = rest.toByteArray();
    } else if (word.contains('=')) {
        const QByteArrayView name = word.first(word.indexOf('='));
        info.key = name.toByteArray();
        info.category = name == "GOROOT" ? LineCategory::Toolchain : LineCategory::Env;
        info.subject = text(name);
        info.value = line.sliced(name.size() + 1).toByteArray();
    } else if (word == "magic") {
        const qsizetype eq = rest.indexOf('=');
        info.key = "magic " + (eq < 0 ? rest : rest.first(eq)).toByteArray();
        info.category = LineCategory::Env;
        info.subject = text(eq < 0 ? rest : rest.first(eq));
        info.value = eq < 0 ? QByteArray() : rest.sliced(eq + 1).toByteArray();
    } else {
        info.key = word.toByteArray();
        info.subject = text(word);
        info.value = rest.toByteArray();
        if (isOneOf(word, {"packagemain", "pkg"})) // pkg: a vet's compile action ID
            info.category = LineCategory::Dependency;
        else if (isOneOf(word, {"compile", "asm", "link", "cgo", "preprofile", "vet"}))
            info.category = LineCategory::Toolchain;
        else if (isOneOf(word, {"linkflags", "omitdebug", "trimpath", "forcelibrary", "buildmode",
                                "vetflags"}))
            info.category = LineCategory::Flag;
        else if (word == "goos")
            info.category = LineCategory::Env;
        else if (isOneOf(word, {"dir", "go", "module", "defaultgodebug"}))
            info.category = LineCategory::Module;
        else if (isOneOf(word, {"pgofile", "input"}))
            info.category = LineCategory::File;
        else if (word == "modinfo")
            info.category = LineCategory::Module;
    }
    return info;
}

// A tool line's "TOOLID FORCED FLAGS" (FORCED: go's forced flags as a %q
// list, [] unless -race and the like): {tool ID, flags}, the forced list kept
// in front of the flags when it is not empty, so turning -race on or off is a
// flag change too.
std::pair<QByteArray, QByteArray> toolParts(const QByteArray &value)
{
    const qsizetype at = value.indexOf(" [");
    if (at < 0)
        return {value, QByteArray()};
    QByteArray rest = value.sliced(at + 1);
    if (rest.startsWith("[] "))
        rest.remove(0, 3);
    return {value.first(at), rest};
}

QString arrow(QByteArrayView before, QByteArrayView after)
{
    return text(before) + QStringLiteral(" → ") + text(after);
}

// The changed lines of a modinfo value (BuildInfo.String()): build settings
// by key, other lines (path, mod, dep) as added or removed. The category is
// the strongest reason among them: a tag, a flag, the environment, modules.
void describeModinfo(const QByteArray &before, const QByteArray &after, LineChange &change)
{
    auto lines = [](const QByteArray &quoted) {
        QMap<QByteArray, QByteArray> settings;
        QList<QByteArray> other;
        for (const QByteArray &l : goUnquote(quoted).value_or(quoted).split('\n')) {
            if (l.isEmpty())
                continue;
            if (l.startsWith("build\t")) {
                const QByteArray kv = l.mid(6);
                const qsizetype eq = kv.indexOf('=');
                settings.insert(eq < 0 ? kv : kv.first(eq), eq < 0 ? QByteArray() : kv.mid(eq + 1));
            } else {
                other.append(l);
            }
        }
        return std::pair{settings, other};
    };
    const auto [s0, o0] = lines(before);
    const auto [s1, o1] = lines(after);
    QStringList parts;
    int strength = 0; // 4 tag, 3 flag, 2 env, 1 module, 0 other
    auto note = [&](const QByteArray &key) {
        const int s = key == "-tags" ? 4 : key.startsWith('-') ? 3 : key.startsWith("vcs") ? 0 : 2;
        strength = std::max(strength, s);
    };
    QList<QByteArray> keys = s0.keys() + s1.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QByteArray &k : keys) {
        const bool had = s0.contains(k), has = s1.contains(k);
        if (had && has && s0[k] == s1[k])
            continue;
        note(k);
        if (had && has)
            parts << text(k) + QStringLiteral(": ") + arrow(s0[k], s1[k]);
        else if (has)
            parts << text(k) + QLatin1Char('=') + text(s1[k]) + QStringLiteral(" added");
        else
            parts << text(k) + QLatin1Char('=') + text(s0[k]) + QStringLiteral(" removed");
    }
    for (const QByteArray &l : o0)
        if (!o1.contains(l)) {
            strength = std::max(strength, 1);
            parts << text(l).replace(QLatin1Char('\t'), QLatin1Char(' ')) +
                         QStringLiteral(" removed");
        }
    for (const QByteArray &l : o1)
        if (!o0.contains(l)) {
            strength = std::max(strength, 1);
            parts << text(l).replace(QLatin1Char('\t'), QLatin1Char(' ')) +
                         QStringLiteral(" added");
        }
    static const LineCategory byStrength[] = {LineCategory::Other, LineCategory::Module,
                                              LineCategory::Env, LineCategory::Flag,
                                              LineCategory::Tag};
    change.category = byStrength[strength];
    change.subject = QStringLiteral("build info");
    change.detail = parts.join(QStringLiteral("; "));
}

void describeChanged(const LineInfo &was, const LineInfo &is, LineChange &change)
{
    change.category = is.category;
    change.subject = is.subject;
    switch (is.category) {
    case LineCategory::File:
        change.detail = QStringLiteral("hash ") + arrow(was.value, is.value);
        return;
    case LineCategory::Dependency:
        change.detail = is.key == "packagemain"
                            ? QStringLiteral("build ID ") + arrow(was.value, is.value)
                        : is.key == "pkg" ? QStringLiteral("compile action ID changed")
                        : is.key.startsWith("vetout ")
                            ? QStringLiteral("vet facts ") + arrow(was.value, is.value)
                            : QStringLiteral("content ID ") + arrow(was.value, is.value);
        return;
    default:
        break;
    }
    if (is.key == "modinfo") {
        describeModinfo(was.value, is.value, change);
        return;
    }
    if (is.key == "compile" || is.key == "asm" || is.key == "link") {
        const auto [tool0, flags0] = toolParts(was.value);
        const auto [tool1, flags1] = toolParts(is.value);
        QStringList parts;
        if (tool0 != tool1)
            parts << QStringLiteral("tool ID ") + arrow(tool0, tool1);
        if (flags0 != flags1) {
            const QString what = is.key == "compile" ? QStringLiteral("-gcflags")
                                 : is.key == "asm"   ? QStringLiteral("-asmflags")
                                                     : QStringLiteral("link mode");
            parts << what + QLatin1Char(' ') + arrow(flags0, flags1);
            if (tool0 == tool1) {
                change.category = LineCategory::Flag;
                change.subject = what;
                change.detail = arrow(flags0, flags1);
                return;
            }
        }
        change.detail = parts.join(QStringLiteral("; "));
        return;
    }
    change.detail = arrow(was.value, is.value);
}

// Keys numbered by occurrence, so repeated keys align in order.
QList<QByteArray> numberedKeys(const QList<LineInfo> &infos)
{
    QHash<QByteArray, int> seen;
    QList<QByteArray> out;
    for (const LineInfo &i : infos) {
        const int n = seen[i.key]++;
        out.append(n == 0 ? i.key : i.key + '\x01' + QByteArray::number(n));
    }
    return out;
}

QList<LineInfo> describeAll(const QList<QByteArray> &lines)
{
    QList<LineInfo> out;
    out.reserve(lines.size());
    for (const QByteArray &l : lines)
        out.append(describeLine(chopNewline(l)));
    return out;
}

} // namespace

QString categoryName(LineCategory category)
{
    static const char *const names[] = {"file", "flag",   "toolchain",  "env",
                                        "tag",  "module", "dependency", "other"};
    return QString::fromLatin1(names[int(category)]);
}

QList<AlignedLine> alignPreimages(const QList<QByteArray> &before, const QList<QByteArray> &after)
{
    const QList<QByteArray> a = numberedKeys(describeAll(before));
    const QList<QByteArray> b = numberedKeys(describeAll(after));
    const qsizetype n = a.size(), m = b.size();
    // lcs[i][j]: the longest common subsequence of a[i…] and b[j…].
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] =
                a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QList<AlignedLine> out;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            const QByteArray x = chopNewline(before[i]).toByteArray();
            const QByteArray y = chopNewline(after[j]).toByteArray();
            out.append({x == y ? LineDiff::Same : LineDiff::Changed, x, y});
            ++i;
            ++j;
        } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out.append({LineDiff::Added, QByteArray(), chopNewline(after[j]).toByteArray()});
            ++j;
        } else {
            out.append({LineDiff::Removed, chopNewline(before[i]).toByteArray(), QByteArray()});
            ++i;
        }
    }
    return out;
}

QList<LineChange> preimageChanges(const QList<QByteArray> &before, const QList<QByteArray> &after)
{
    QList<LineChange> out;
    for (const AlignedLine &row : alignPreimages(before, after)) {
        if (row.kind == LineDiff::Same)
            continue;
        LineChange c;
        c.kind = row.kind;
        c.before = row.before;
        c.after = row.after;
        const LineInfo was = describeLine(row.before);
        const LineInfo is = describeLine(row.after);
        if (row.kind == LineDiff::Changed) {
            describeChanged(was, is, c);
        } else {
            const LineInfo &info = row.kind == LineDiff::Added ? is : was;
            c.category = info.key == "modinfo" ? LineCategory::Module : info.category;
            c.subject = info.subject;
            c.detail =
                row.kind == LineDiff::Added ? QStringLiteral("added") : QStringLiteral("removed");
        }
        out.append(c);
    }
    return out;
}

} // namespace kiln::explain
