#include "cache/cacheunits.h"

#include <cmath>

namespace kiln::cache
{

namespace
{

// number = digits [ "." digits ] at text[pos]; advances pos.
std::optional<double> number(const QString &text, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < text.size() && text[pos].isDigit())
        ++pos;
    if (pos == start)
        return std::nullopt;
    if (pos < text.size() && text[pos] == QLatin1Char('.')) {
        const qsizetype dot = ++pos;
        while (pos < text.size() && text[pos].isDigit())
            ++pos;
        if (pos == dot)
            return std::nullopt;
    }
    return text.mid(start, pos - start).toDouble();
}

} // namespace

Result<qint64> parseDurationNs(const QString &text)
{
    auto bad = [&] {
        return fail(QStringLiteral("invalid duration \"%1\": want a number and a unit "
                                   "(s, m, h, d or w), like 90m, 36h or 5d")
                        .arg(text));
    };
    if (text.isEmpty())
        return bad();
    double total = 0;
    for (qsizetype pos = 0; pos < text.size();) {
        const auto n = number(text, pos);
        if (!n || pos >= text.size())
            return bad();
        const QChar unit = text[pos++];
        const double seconds = unit == QLatin1Char('s')   ? 1
                               : unit == QLatin1Char('m') ? 60
                               : unit == QLatin1Char('h') ? 3600
                               : unit == QLatin1Char('d') ? 86400
                               : unit == QLatin1Char('w') ? 7 * 86400
                                                          : 0;
        if (seconds == 0)
            return bad();
        total += *n * seconds * 1e9;
    }
    if (total > 9e18)
        return fail(QStringLiteral("duration \"%1\" is too long").arg(text));
    return qint64(std::llround(total));
}

Result<qint64> parseSizeBytes(const QString &text)
{
    auto bad = [&] {
        return fail(QStringLiteral("invalid size \"%1\": want a number with an optional K, M, G "
                                   "or T suffix (powers of 1024), like 500M or 2G")
                        .arg(text));
    };
    qsizetype pos = 0;
    const auto n = number(text, pos);
    if (!n)
        return bad();
    QString suffix = text.mid(pos).toUpper();
    double scale = 1;
    if (suffix != QLatin1String("B") && !suffix.isEmpty()) {
        const QString unit = suffix.left(1);
        const QString rest = suffix.mid(1);
        if (!rest.isEmpty() && rest != QLatin1String("B") && rest != QLatin1String("IB"))
            return bad();
        const int power = QStringLiteral("KMGT").indexOf(unit) + 1;
        if (power == 0)
            return bad();
        scale = std::pow(1024.0, power);
    }
    const double bytes = *n * scale;
    if (bytes > 9e18)
        return fail(QStringLiteral("size \"%1\" is too large").arg(text));
    return qint64(std::llround(bytes));
}

} // namespace kiln::cache
