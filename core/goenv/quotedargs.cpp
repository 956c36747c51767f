#include "goenv/quotedargs.h"

#include "base/goquote.h"

namespace kiln::goenv
{

namespace
{

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r');
}

} // namespace

Result<QStringList> splitQuoted(const QString &s)
{
    QStringList fields;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s.at(i)))
            ++i;
        if (i == s.size())
            break;
        const QChar quote = s.at(i);
        if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
            const qsizetype close = s.indexOf(quote, i + 1);
            if (close < 0)
                return fail(QStringLiteral("unterminated %1 string").arg(quote));
            fields.append(s.mid(i + 1, close - i - 1));
            i = close + 1;
            continue;
        }
        const qsizetype start = i;
        while (i < s.size() && !isSpace(s.at(i)))
            ++i;
        fields.append(s.mid(start, i - start));
    }
    return fields;
}

Result<QString> joinQuoted(const QStringList &args)
{
    QStringList out;
    for (const QString &arg : args) {
        bool space = false, single = false, dbl = false;
        for (const QChar c : arg) {
            space = space || isSpace(c);
            single = single || c == QLatin1Char('\'');
            dbl = dbl || c == QLatin1Char('"');
        }
        if (!space && !single && !dbl)
            out.append(arg);
        else if (!single)
            out.append(QLatin1Char('\'') + arg + QLatin1Char('\''));
        else if (!dbl)
            out.append(QLatin1Char('"') + arg + QLatin1Char('"'));
        else
            return fail(QStringLiteral("argument %1 contains both single and double quotes and "
                                       "cannot be quoted")
                            .arg(QString::fromUtf8(goQuote(arg.toUtf8()))));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace kiln::goenv
