#include "flags/flagset.h"

#include "base/goquote.h"

namespace kiln::flags
{

namespace
{

QString quoted(const QString &s)
{
    return QString::fromUtf8(goQuote(s.toUtf8()));
}

// strconv's underscoreOK: '_' only between digits (a base prefix counts as one).
bool underscoreOk(QStringView s)
{
    if (!s.isEmpty() && (s[0] == u'-' || s[0] == u'+'))
        s = s.mid(1);
    char saw = '^';
    qsizetype i = 0;
    bool hex = false;
    if (s.size() >= 2 && s[0] == u'0') {
        const QChar b = s[1].toLower();
        if (b == u'b' || b == u'o' || b == u'x') {
            i = 2;
            saw = '0';
            hex = b == u'x';
        }
    }
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if ((c >= u'0' && c <= u'9') || (hex && c.toLower() >= u'a' && c.toLower() <= u'f')) {
            saw = '0';
            continue;
        }
        if (c == u'_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

enum class NumError { None, Syntax, Range };

// strconv.ParseUint(s, 0, 64).
NumError parseUint(QStringView s, quint64 &out)
{
    if (s.isEmpty())
        return NumError::Syntax;
    const QStringView s0 = s;
    int base = 10;
    if (s[0] == u'0') {
        const QChar b = s.size() >= 3 ? s[1].toLower() : QChar();
        base = b == u'b' ? 2 : b == u'o' ? 8 : b == u'x' ? 16 : 8;
        s = s.mid(base == 8 && b != u'o' ? 1 : 2);
    }
    const quint64 cutoff = std::numeric_limits<quint64>::max() / quint64(base) + 1;
    bool underscores = false;
    quint64 n = 0;
    for (const QChar c : s) {
        int d;
        if (c == u'_') {
            underscores = true;
            continue;
        } else if (c >= u'0' && c <= u'9') {
            d = c.unicode() - '0';
        } else if (c.toLower() >= u'a' && c.toLower() <= u'z') {
            d = c.toLower().unicode() - 'a' + 10;
        } else {
            return NumError::Syntax;
        }
        if (d >= base)
            return NumError::Syntax;
        if (n >= cutoff) {
            out = std::numeric_limits<quint64>::max();
            return NumError::Range;
        }
        n *= quint64(base);
        const quint64 n1 = n + quint64(d);
        if (n1 < n) {
            out = std::numeric_limits<quint64>::max();
            return NumError::Range;
        }
        n = n1;
    }
    if (underscores && !underscoreOk(s0))
        return NumError::Syntax;
    out = n;
    return NumError::None;
}

} // namespace

std::optional<bool> parseGoBool(const QString &s)
{
    static const QStringList yes = {QStringLiteral("1"),    QStringLiteral("t"),
                                    QStringLiteral("T"),    QStringLiteral("TRUE"),
                                    QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList no = {QStringLiteral("0"),     QStringLiteral("f"),
                                   QStringLiteral("F"),     QStringLiteral("FALSE"),
                                   QStringLiteral("false"), QStringLiteral("False")};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

Result<qint64> parseGoInt(const QString &s)
{
    if (s.isEmpty())
        return fail(QStringLiteral("parse error"));
    QStringView rest(s);
    bool neg = false;
    if (rest[0] == u'+' || rest[0] == u'-') {
        neg = rest[0] == u'-';
        rest = rest.mid(1);
    }
    quint64 un = 0;
    const NumError err = parseUint(rest, un);
    if (err == NumError::Syntax)
        return fail(QStringLiteral("parse error"));
    const quint64 cutoff = quint64(1) << 63;
    if ((!neg && un >= cutoff) || (neg && un > cutoff))
        return fail(QStringLiteral("value out of range"));
    return neg ? qint64(0 - un) : qint64(un);
}

FlagSet::FlagSet(QString usageLine, QString helpName)
    : m_usageLine(std::move(usageLine)), m_helpName(std::move(helpName))
{
}

void FlagSet::add(const QString &name, FlagKind kind, Setter setter)
{
    m_flags.insert(name, Flag{kind, std::move(setter)});
}

QString FlagSet::usage() const
{
    return QStringLiteral("usage: %1\nRun 'go help %2' for details.").arg(m_usageLine, m_helpName);
}

FlagError FlagSet::usageError(const QString &message) const
{
    return FlagError{message.isEmpty() ? usage() : message + QLatin1Char('\n') + usage(), 2};
}

FlagResult<void> FlagSet::setFromGoflags(const QStringList &goflags)
{
    const QString where = QStringLiteral("$GOFLAGS");
    for (const QString &goflag : goflags) {
        QString name = goflag;
        QString value;
        bool hasValue = false;
        const qsizetype eq = goflag.indexOf(QLatin1Char('='));
        if (eq == 0)
            continue;
        if (eq > 0) {
            name = goflag.left(eq);
            value = goflag.mid(eq + 1);
            hasValue = true;
        }
        if (name.startsWith(QLatin1String("--")))
            name = name.mid(1);
        const auto it = m_flags.constFind(name.mid(1));
        if (it == m_flags.constEnd())
            continue;
        if (it->kind == FlagKind::Bool) {
            if (auto r = it->set(hasValue ? value : QStringLiteral("true")); !r) {
                const QString msg =
                    hasValue
                        ? QStringLiteral("go: invalid boolean value %1 for flag %2 (from %3): %4")
                              .arg(quoted(value), name, where, r.error().message)
                        : QStringLiteral("go: invalid boolean flag %1 (from %2): %3")
                              .arg(name, where, r.error().message);
                return std::unexpected(usageError(msg));
            }
            continue;
        }
        if (!hasValue)
            return std::unexpected(usageError(
                QStringLiteral("go: flag needs an argument: %1 (from %2)").arg(name, where)));
        if (auto r = it->set(value); !r)
            return std::unexpected(
                usageError(QStringLiteral("go: invalid value %1 for flag %2 (from %3): %4")
                               .arg(quoted(value), name, where, r.error().message)));
    }
    return {};
}

FlagResult<QStringList> FlagSet::parse(QStringList args)
{
    while (!args.isEmpty()) {
        const QString s = args.first();
        if (s.size() < 2 || s[0] != u'-')
            break;
        int minuses = 1;
        if (s[1] == u'-') {
            minuses = 2;
            if (s.size() == 2) {
                args.removeFirst();
                break;
            }
        }
        QString name = s.mid(minuses);
        if (name.isEmpty() || name[0] == u'-' || name[0] == u'=')
            return std::unexpected(usageError(QStringLiteral("bad flag syntax: %1").arg(s)));
        args.removeFirst();
        bool hasValue = false;
        QString value;
        if (const qsizetype eq = name.indexOf(QLatin1Char('='), 1); eq > 0) {
            value = name.mid(eq + 1);
            hasValue = true;
            name.truncate(eq);
        }
        const auto it = m_flags.constFind(name);
        if (it == m_flags.constEnd()) {
            if (name == QLatin1String("help") || name == QLatin1String("h"))
                return std::unexpected(usageError({}));
            return std::unexpected(
                usageError(QStringLiteral("flag provided but not defined: -%1").arg(name)));
        }
        if (it->kind == FlagKind::Bool) {
            if (auto r = it->set(hasValue ? value : QStringLiteral("true")); !r)
                return std::unexpected(
                    usageError(hasValue ? QStringLiteral("invalid boolean value %1 for -%2: %3")
                                              .arg(quoted(value), name, r.error().message)
                                        : QStringLiteral("invalid boolean flag %1: %2")
                                              .arg(name, r.error().message)));
            continue;
        }
        if (!hasValue && !args.isEmpty()) {
            value = args.takeFirst();
            hasValue = true;
        }
        if (!hasValue)
            return std::unexpected(
                usageError(QStringLiteral("flag needs an argument: -%1").arg(name)));
        if (auto r = it->set(value); !r)
            return std::unexpected(usageError(QStringLiteral("invalid value %1 for flag -%2: %3")
                                                  .arg(quoted(value), name, r.error().message)));
    }
    return args;
}

} // namespace kiln::flags
