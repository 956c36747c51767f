#include "flags/testflagsvalues.h"

#include "base/goquote.h"
#include "flags/flagset.h"

#include <QByteArray>
#include <QSet>

#include <limits>

namespace kiln::flags
{

namespace
{

constexpr quint64 maxPlusOne = quint64(1) << 63; // 1<<63, the limit time.ParseDuration uses

// time's leadingInt: the digits at the front of s; false on overflow.
bool leadingInt(const QByteArray &s, qsizetype &i, quint64 &x)
{
    x = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        if (x > maxPlusOne / 10)
            return false;
        x = x * 10 + quint64(s[i] - '0');
        if (x > maxPlusOne)
            return false;
    }
    return true;
}

// time's leadingFraction: digits after '.', scale = 10^(digits kept); digits
// that would overflow are skipped, not an error.
void leadingFraction(const QByteArray &s, qsizetype &i, quint64 &x, double &scale)
{
    x = 0;
    scale = 1;
    bool overflow = false;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        if (overflow)
            continue;
        if (x > (maxPlusOne - 1) / 10) {
            overflow = true;
            continue;
        }
        const quint64 y = x * 10 + quint64(s[i] - '0');
        if (y > maxPlusOne) {
            overflow = true;
            continue;
        }
        x = y;
        scale *= 10;
    }
}

quint64 unitNanos(const QByteArray &u)
{
    if (u == "ns")
        return 1;
    if (u == "us" || u == "\xc2\xb5s" || u == "\xce\xbcs")
        return 1000;
    if (u == "ms")
        return 1000000;
    if (u == "s")
        return 1000000000;
    if (u == "m")
        return 60ull * 1000000000;
    if (u == "h")
        return 3600ull * 1000000000;
    return 0;
}

// strconv.ParseInt(s, 10, 64)'s error, as Go prints it.
Result<qint64> parseDecimalInt64(const QString &s)
{
    const QString q = QString::fromUtf8(goQuote(s.toUtf8()));
    QStringView d(s);
    bool neg = false;
    if (!d.isEmpty() && (d[0] == u'+' || d[0] == u'-')) {
        neg = d[0] == u'-';
        d = d.mid(1);
    }
    if (d.isEmpty())
        return fail(QStringLiteral("strconv.ParseInt: parsing %1: invalid syntax").arg(q));
    // strconv.ParseUint's loop: overflowing uint64 is a range error at once,
    // a bad character before that a syntax error.
    const quint64 cutoff = std::numeric_limits<quint64>::max() / 10 + 1;
    const QString range = QStringLiteral("strconv.ParseInt: parsing %1: value out of range").arg(q);
    quint64 n = 0;
    for (const QChar c : d) {
        if (c < u'0' || c > u'9')
            return fail(QStringLiteral("strconv.ParseInt: parsing %1: invalid syntax").arg(q));
        if (n >= cutoff)
            return fail(range);
        const quint64 n1 = n * 10 + quint64(c.unicode() - '0');
        if (n1 < n * 10)
            return fail(range);
        n = n1;
    }
    if ((!neg && n >= maxPlusOne) || (neg && n > maxPlusOne))
        return fail(range);
    return neg ? qint64(0 - n) : qint64(n);
}

const QSet<QString> &vetAnalyzers()
{
    static const QSet<QString> names = {
        "appends",      "asmdecl",       "assign",       "atomic",
        "bool",         "bools",         "buildtag",     "buildtags",
        "cgocall",      "composites",    "copylocks",    "defers",
        "directive",    "errorsas",      "framepointer", "hostport",
        "httpresponse", "ifaceassert",   "loopclosure",  "lostcancel",
        "methods",      "nilfunc",       "printf",       "rangeloops",
        "shift",        "sigchanyzer",   "slog",         "stdmethods",
        "stdversion",   "stringintconv", "structtag",    "testinggoroutine",
        "tests",        "timeformat",    "unmarshal",    "unreachable",
        "unsafeptr",    "unusedresult",  "waitgroup"};
    return names;
}

// Writes v's fraction digits (prec of them, trailing zeros dropped, '.'
// only when something is printed) in front of out; returns v / 10^prec.
quint64 prependFraction(QByteArray &out, quint64 v, int prec)
{
    bool print = false;
    for (int i = 0; i < prec; ++i) {
        const quint64 digit = v % 10;
        print = print || digit != 0;
        if (print)
            out.prepend(char('0' + digit));
        v /= 10;
    }
    if (print)
        out.prepend('.');
    return v;
}

void prependInt(QByteArray &out, quint64 v)
{
    out.prepend(QByteArray::number(v));
}

} // namespace

Result<GoDuration> parseGoDuration(const QString &text)
{
    const QByteArray s = text.toUtf8();
    const auto bad = [] { return fail(QStringLiteral("parse error")); };
    qsizetype i = 0;
    bool neg = false;
    if (!s.isEmpty() && (s[0] == '-' || s[0] == '+')) {
        neg = s[0] == '-';
        i = 1;
    }
    if (s.mid(i) == "0")
        return GoDuration(0);
    if (i == s.size())
        return bad();
    quint64 d = 0;
    while (i < s.size()) {
        if (!(s[i] == '.' || (s[i] >= '0' && s[i] <= '9')))
            return bad();
        const qsizetype start = i;
        quint64 v = 0;
        if (!leadingInt(s, i, v))
            return bad();
        const bool pre = i != start;
        quint64 f = 0;
        double scale = 1;
        bool post = false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            const qsizetype fracStart = i;
            leadingFraction(s, i, f, scale);
            post = i != fracStart;
        }
        if (!pre && !post)
            return bad();
        const qsizetype unitStart = i;
        while (i < s.size() && s[i] != '.' && !(s[i] >= '0' && s[i] <= '9'))
            ++i;
        if (i == unitStart)
            return bad();
        const quint64 unit = unitNanos(s.mid(unitStart, i - unitStart));
        if (unit == 0 || v > maxPlusOne / unit)
            return bad();
        v *= unit;
        if (f > 0) {
            v += quint64(double(f) * (double(unit) / scale));
            if (v > maxPlusOne)
                return bad();
        }
        d += v;
        if (d > maxPlusOne)
            return bad();
    }
    if (neg)
        return GoDuration(qint64(0 - d));
    if (d > maxPlusOne - 1)
        return bad();
    return GoDuration(qint64(d));
}

QString formatGoDuration(GoDuration duration)
{
    const qint64 d = duration.count();
    quint64 u = d < 0 ? 0 - quint64(d) : quint64(d);
    QByteArray out;
    if (u < 1000000000) {
        if (u == 0)
            return QStringLiteral("0s");
        int prec;
        if (u < 1000) {
            prec = 0;
            out = "ns";
        } else if (u < 1000000) {
            prec = 3;
            out = "\xc2\xb5s"; // U+00B5 micro sign, as Go prints it
        } else {
            prec = 6;
            out = "ms";
        }
        u = prependFraction(out, u, prec);
        prependInt(out, u);
    } else {
        out = "s";
        u = prependFraction(out, u, 9);
        prependInt(out, u % 60);
        u /= 60;
        if (u > 0) {
            out.prepend('m');
            prependInt(out, u % 60);
            u /= 60;
            if (u > 0) {
                out.prepend('h');
                prependInt(out, u);
            }
        }
    }
    if (d < 0)
        out.prepend('-');
    return QString::fromUtf8(out);
}

Result<TestVerbose> parseTestVerbose(const QString &s)
{
    if (const auto b = parseGoBool(s))
        return TestVerbose{*b, false};
    if (s == QLatin1String("test2json"))
        return TestVerbose{true, true};
    return fail(QStringLiteral("invalid flag -test.v=%1").arg(s));
}

QString formatTestVerbose(const TestVerbose &v)
{
    if (v.json)
        return QStringLiteral("test2json");
    return v.on ? QStringLiteral("true") : QStringLiteral("false");
}

Result<TestShuffle> parseTestShuffle(const QString &s)
{
    if (s == QLatin1String("off"))
        return TestShuffle{};
    if (s == QLatin1String("on"))
        return TestShuffle{true, std::nullopt};
    auto seed = parseDecimalInt64(s);
    if (!seed)
        return fail(QStringLiteral("-shuffle argument must be \"on\", \"off\", or an int64: %1")
                        .arg(seed.error().message));
    return TestShuffle{true, *seed};
}

QString formatTestShuffle(const TestShuffle &s)
{
    if (!s.on)
        return QStringLiteral("off");
    return s.seed ? QString::number(*s.seed) : QStringLiteral("on");
}

TestVet defaultTestVet()
{
    // go's defaultVetFlags: the high-confidence subset (golang.org/issue/18085).
    return TestVet{false, false,
                   QStringList{"-atomic", "-bool", "-buildtags", "-directive", "-errorsas",
                               "-ifaceassert", "-nilfunc", "-printf", "-slog", "-stringintconv",
                               "-tests"}};
}

Result<TestVet> parseTestVet(const QString &value)
{
    if (value.isEmpty())
        return defaultTestVet();
    if (value.contains(QLatin1Char('=')))
        return fail(QStringLiteral("-vet argument cannot contain equal signs"));
    if (value.contains(QLatin1Char(' ')))
        return fail(QStringLiteral("-vet argument is comma-separated list, cannot contain spaces"));
    TestVet v{true, false, {}};
    QString single;
    for (const QString &arg : value.split(QLatin1Char(','))) {
        if (arg.isEmpty())
            return fail(QStringLiteral("-vet argument contains empty list element"));
        if (arg == QLatin1String("all") || arg == QLatin1String("off")) {
            single = arg;
            v = TestVet{true, arg == QLatin1String("off"), {}};
            continue;
        }
        if (!vetAnalyzers().contains(arg))
            return fail(QStringLiteral("-vet argument must be a supported analyzer or a "
                                       "distinguished value; found %1")
                            .arg(arg));
        v.flags.append(QLatin1Char('-') + arg);
    }
    if (v.flags.size() > 1 && !single.isEmpty())
        return fail(QStringLiteral("-vet does not accept %1 in a list with other analyzers")
                        .arg(QString::fromUtf8(goQuote(single.toUtf8()))));
    return v;
}

QString formatTestVet(const TestVet &v)
{
    if (!v.off && !v.explicitlySet && v.flags.isEmpty())
        return QStringLiteral("all");
    if (v.off)
        return QStringLiteral("off");
    return v.flags.join(QLatin1Char(','));
}

} // namespace kiln::flags
