#include "load/patterns.h"

#include <QRegularExpression>
#include <QStringList>

namespace kiln::load
{

namespace
{

const QChar vendorChar(0);

// Replaces every non-final "vendor" element of x with repl.
QString replaceVendor(const QString &x, const QString &repl)
{
    if (!x.contains(QLatin1String("vendor")))
        return x;
    QStringList elem = x.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < elem.size(); ++i)
        if (elem[i] == QLatin1String("vendor"))
            elem[i] = repl;
    return elem.join(QLatin1Char('/'));
}

} // namespace

bool isMetaPackage(const QString &p)
{
    return p == QLatin1String("std") || p == QLatin1String("cmd") || p == QLatin1String("all") ||
           p == QLatin1String("tool") || p == QLatin1String("work");
}

bool isLocalPattern(const QString &p)
{
    return p == QLatin1String(".") || p == QLatin1String("..") ||
           p.startsWith(QLatin1String("./")) || p.startsWith(QLatin1String("../")) ||
           p.startsWith(QLatin1Char('/'));
}

bool isStandardImportPath(const QString &path)
{
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    return !path.left(slash < 0 ? path.size() : slash).contains(QLatin1Char('.'));
}

std::function<bool(const QString &)> matchPattern(const QString &pattern)
{
    if (pattern.contains(vendorChar))
        return [](const QString &) { return false; };
    const QString v(vendorChar);
    QString re = QRegularExpression::escape(pattern);
    // QRegularExpression::escape escapes "/" too; undo that for the rules below.
    re.replace(QLatin1String("\\/"), QLatin1String("/"));
    re = replaceVendor(re, v);
    const QString dots = QStringLiteral("\\.\\.\\.");
    if (re.endsWith(QLatin1Char('/') + v + QLatin1Char('/') + dots))
        re = re.left(re.size() - (v.size() + 2 + dots.size())) + QStringLiteral("(/vendor|/") + v +
             QLatin1Char('/') + dots + QLatin1Char(')');
    else if (re == v + QLatin1Char('/') + dots)
        re = QStringLiteral("(/vendor|/") + v + QLatin1Char('/') + dots + QLatin1Char(')');
    else if (re.endsWith(QLatin1Char('/') + dots))
        re = re.left(re.size() - 1 - dots.size()) + QStringLiteral("(/") + dots +
             QStringLiteral(")?");
    re.replace(dots, QStringLiteral("[^") + v + QStringLiteral("]*"));
    const QRegularExpression reg(QLatin1Char('^') + re + QLatin1Char('$'),
                                 QRegularExpression::DotMatchesEverythingOption);
    return [reg, v](const QString &name) {
        if (name.contains(vendorChar))
            return false;
        return reg.match(replaceVendor(name, v)).hasMatch();
    };
}

QString patternLiteralPrefix(const QString &pattern)
{
    const qsizetype i = pattern.indexOf(QLatin1String("..."));
    if (i < 0)
        return pattern;
    QString prefix = pattern.left(i);
    const qsizetype slash = prefix.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : prefix.left(slash);
}

} // namespace kiln::load
