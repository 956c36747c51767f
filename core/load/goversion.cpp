#include "load/goversion.h"

#include "load/semver.h"

namespace kiln::load::gover
{

namespace
{

struct Parsed {
    QString major, minor, patch, kind, pre; // decimal strings; kind: "", alpha, beta, rc
    bool valid = false;
};

// Leading decimal without an unneeded leading zero; empty when there is none.
QString cutInt(QStringView &s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] >= QLatin1Char('0') && s[i] <= QLatin1Char('9'))
        ++i;
    if (i == 0 || (s[0] == QLatin1Char('0') && i != 1))
        return {};
    const QString n = s.left(i).toString();
    s = s.mid(i);
    return n;
}

Parsed parse(const QString &text)
{
    Parsed v;
    QStringView s(text);
    v.major = cutInt(s);
    if (v.major.isEmpty())
        return {};
    if (s.isEmpty()) { // "1" means 1.0.0
        v.minor = v.patch = QStringLiteral("0");
        v.valid = true;
        return v;
    }
    if (s[0] != QLatin1Char('.'))
        return {};
    s = s.mid(1);
    v.minor = cutInt(s);
    if (v.minor.isEmpty())
        return {};
    if (s.isEmpty()) {
        // Before 1.21 a missing patch is the same as .0; from 1.21 on "1.21"
        // is the language version, lower than 1.21rc1 and 1.21.0.
        if (v.minor.size() < 2 || (v.minor.size() == 2 && v.minor < QLatin1String("21")))
            v.patch = QStringLiteral("0");
        v.valid = true;
        return v;
    }
    if (s[0] == QLatin1Char('.')) {
        s = s.mid(1);
        v.patch = cutInt(s);
        v.valid = !v.patch.isEmpty() && s.isEmpty();
        return v.valid ? v : Parsed{};
    }
    qsizetype i = 0;
    while (i < s.size() && (s[i] < QLatin1Char('0') || s[i] > QLatin1Char('9'))) {
        if (s[i] < QLatin1Char('a') || s[i] > QLatin1Char('z'))
            return {};
        ++i;
    }
    if (i == 0)
        return {};
    v.kind = s.left(i).toString();
    s = s.mid(i);
    if (!s.isEmpty()) {
        v.pre = cutInt(s);
        if (v.pre.isEmpty() || !s.isEmpty())
            return {};
    }
    v.valid = true;
    return v;
}

int cmpInt(const QString &a, const QString &b)
{
    if (a == b)
        return 0;
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a < b ? -1 : 1;
}

} // namespace

bool isValid(const QString &v)
{
    return parse(v).valid;
}

int compare(const QString &a, const QString &b)
{
    const Parsed x = parse(a);
    const Parsed y = parse(b);
    for (auto field : {&Parsed::major, &Parsed::minor, &Parsed::patch}) {
        if (const int c = cmpInt(x.*field, y.*field))
            return c;
    }
    if (x.kind != y.kind) // "" < alpha < beta < rc
        return x.kind < y.kind ? -1 : 1;
    return cmpInt(x.pre, y.pre);
}

QString max(const QString &a, const QString &b)
{
    return compare(a, b) < 0 ? b : a;
}

QString fromToolchain(const QString &name)
{
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        !name.startsWith(QLatin1String("go")))
        return {};
    QString v = name.mid(2);
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == QLatin1Char(' ') || v[i] == QLatin1Char('\t') || v[i] == QLatin1Char('-')) {
            v.truncate(i);
            break;
        }
    }
    return isValid(v) ? v : QString();
}

bool isToolchainModule(const QString &path)
{
    return path == QLatin1String("go") || path == QLatin1String("toolchain");
}

int modCompare(const QString &path, const QString &a, const QString &b)
{
    if (path == QLatin1String("go"))
        return compare(a, b);
    if (path == QLatin1String("toolchain")) {
        auto version = [](const QString &v) { return isValid(v) ? v : fromToolchain(v); };
        return compare(version(a), version(b));
    }
    return compareSemver(a, b);
}

bool modIsValid(const QString &path, const QString &version)
{
    if (path == QLatin1String("toolchain"))
        return isValid(fromToolchain(version));
    if (path == QLatin1String("go"))
        return isValid(version);
    return isValidSemver(version);
}

} // namespace kiln::load::gover
