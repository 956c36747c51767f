#include "load/semver.h"

#include <QStringList>

namespace kiln::load
{

namespace
{

struct Parsed {
    QString major, minor, patch, prerelease, build;
    bool shorthand = false;
};

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

bool isNum(QStringView s)
{
    return isDigits(s) && (s.size() == 1 || s[0] != QLatin1Char('0'));
}

bool isIdentChar(QChar c)
{
    const ushort u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '-';
}

// Dot-separated identifiers; numeric ones in prereleases have no leading zero.
bool validIdents(QStringView s, bool prerelease)
{
    if (s.isEmpty())
        return false;
    for (QStringView part : s.split(QLatin1Char('.'))) {
        if (part.isEmpty())
            return false;
        for (QChar c : part)
            if (!isIdentChar(c))
                return false;
        if (prerelease && isDigits(part) && !isNum(part))
            return false;
    }
    return true;
}

std::optional<Parsed> parse(const QString &v)
{
    if (v.size() < 2 || v[0] != QLatin1Char('v'))
        return std::nullopt;
    Parsed p;
    QString rest = v.mid(1);
    const qsizetype plus = rest.indexOf(QLatin1Char('+'));
    if (plus >= 0) {
        p.build = rest.mid(plus);
        rest.truncate(plus);
        if (!validIdents(QStringView(p.build).mid(1), false))
            return std::nullopt;
    }
    const qsizetype dash = rest.indexOf(QLatin1Char('-'));
    if (dash >= 0) {
        p.prerelease = rest.mid(dash);
        rest.truncate(dash);
        if (!validIdents(QStringView(p.prerelease).mid(1), true))
            return std::nullopt;
    }
    const QStringList nums = rest.split(QLatin1Char('.'));
    if (nums.size() > 3)
        return std::nullopt;
    for (const QString &n : nums)
        if (!isNum(n))
            return std::nullopt;
    p.major = nums[0];
    p.minor = nums.size() > 1 ? nums[1] : QStringLiteral("0");
    p.patch = nums.size() > 2 ? nums[2] : QStringLiteral("0");
    p.shorthand = nums.size() < 3;
    if (p.shorthand && (!p.prerelease.isEmpty() || !p.build.isEmpty()))
        return std::nullopt;
    return p;
}

int compareInt(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a < b ? -1 : (a > b ? 1 : 0);
}

int comparePrerelease(const QString &a, const QString &b)
{
    if (a == b)
        return 0;
    if (a.isEmpty())
        return 1;
    if (b.isEmpty())
        return -1;
    const QStringList x = a.mid(1).split(QLatin1Char('.'));
    const QStringList y = b.mid(1).split(QLatin1Char('.'));
    for (qsizetype i = 0; i < x.size() && i < y.size(); ++i) {
        if (x[i] == y[i])
            continue;
        const bool nx = isDigits(x[i]), ny = isDigits(y[i]);
        if (nx != ny)
            return nx ? -1 : 1;
        if (nx)
            return compareInt(x[i], y[i]);
        return x[i] < y[i] ? -1 : 1;
    }
    return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
}

} // namespace

bool isValidSemver(const QString &v)
{
    return parse(v).has_value();
}

QString canonicalSemver(const QString &v)
{
    const auto p = parse(v);
    if (!p)
        return {};
    return QStringLiteral("v%1.%2.%3%4").arg(p->major, p->minor, p->patch, p->prerelease);
}

QString canonicalModuleVersion(const QString &v)
{
    QString cv = canonicalSemver(v);
    if (!cv.isEmpty() && semverBuild(v) == QLatin1String("+incompatible"))
        cv += QLatin1String("+incompatible");
    return cv;
}

QString semverMajor(const QString &v)
{
    const auto p = parse(v);
    return p ? QLatin1Char('v') + p->major : QString();
}

QString semverBuild(const QString &v)
{
    const auto p = parse(v);
    return p ? p->build : QString();
}

QString semverPrerelease(const QString &v)
{
    const auto p = parse(v);
    return p ? p->prerelease : QString();
}

int compareSemver(const QString &a, const QString &b)
{
    const auto pa = parse(a), pb = parse(b);
    if (!pa || !pb)
        return (pa ? 1 : 0) - (pb ? 1 : 0);
    if (int c = compareInt(pa->major, pb->major))
        return c;
    if (int c = compareInt(pa->minor, pb->minor))
        return c;
    if (int c = compareInt(pa->patch, pb->patch))
        return c;
    return comparePrerelease(pa->prerelease, pb->prerelease);
}

namespace
{

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

PathVersionSplit splitGopkgIn(const QString &path)
{
    qsizetype i = path.size();
    if (path.endsWith(QLatin1String("-unstable")))
        i -= 9;
    while (i > 0 && isAsciiDigit(path[i - 1]))
        --i;
    if (i <= 1 || path[i - 1] != QLatin1Char('v') || path[i - 2] != QLatin1Char('.'))
        return {path, {}, false};
    const QString prefix = path.left(i - 2), major = path.mid(i - 2);
    if (major.size() <= 2 || (major[2] == QLatin1Char('0') && major != QLatin1String(".v0")))
        return {path, {}, false};
    return {prefix, major, true};
}

} // namespace

PathVersionSplit splitPathVersion(const QString &path)
{
    if (path.startsWith(QLatin1String("gopkg.in/")))
        return splitGopkgIn(path);
    qsizetype i = path.size();
    bool dot = false;
    while (i > 0 && (isAsciiDigit(path[i - 1]) || path[i - 1] == QLatin1Char('.'))) {
        if (path[i - 1] == QLatin1Char('.'))
            dot = true;
        --i;
    }
    if (i <= 1 || i == path.size() || path[i - 1] != QLatin1Char('v') ||
        path[i - 2] != QLatin1Char('/'))
        return {path, {}, true};
    const QString prefix = path.left(i - 2), major = path.mid(i - 2);
    if (dot || major.size() <= 2 || major[2] == QLatin1Char('0') || major == QLatin1String("/v1"))
        return {path, {}, false};
    return {prefix, major, true};
}

QString checkPathMajor(const QString &v, const QString &pathMajorIn)
{
    QString pathMajor = pathMajorIn;
    if (pathMajor.startsWith(QLatin1String(".v")) && pathMajor.endsWith(QLatin1String("-unstable")))
        return {};
    if (v.startsWith(QLatin1String("v0.0.0-")) && pathMajor == QLatin1String(".v1"))
        return {};
    const QString m = semverMajor(v);
    bool match;
    if (pathMajor.isEmpty())
        match = m == QLatin1String("v0") || m == QLatin1String("v1") ||
                semverBuild(v) == QLatin1String("+incompatible");
    else
        match = m == pathMajor.mid(1);
    if (match)
        return {};
    if (pathMajor.isEmpty())
        pathMajor = QStringLiteral("v0 or v1");
    else
        pathMajor = pathMajor.mid(1);
    return QStringLiteral("should be %1, not %2").arg(pathMajor, m);
}

} // namespace kiln::load
