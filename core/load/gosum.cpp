#include "load/gosum.h"

#include <QFile>

namespace kiln::load
{

namespace
{

// A bug in old go versions wrote this hash (a tree with an empty go.mod) for
// non-modules; go drops it when reading.
constexpr char kEmptyGoModHash[] = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=";

} // namespace

Result<GoSum> GoSum::read(const QStringList &files)
{
    GoSum sum;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        int lineno = 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            ++lineno;
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() == 1 && fields[0].isEmpty())
                continue;
            if (fields.size() != 3)
                return fail(QStringLiteral("malformed go.sum:\n%1:%2: wrong number of fields %3\n")
                                .arg(file)
                                .arg(lineno)
                                .arg(fields.size()));
            if (fields[2] == kEmptyGoModHash || !fields[2].startsWith("h1:"))
                continue;
            const QString key = QString::fromUtf8(fields[0] + ' ' + fields[1]);
            if (!sum.m_keys.contains(key))
                sum.m_keys.insert(key, QString::fromUtf8(fields[2]));
        }
    }
    return sum;
}

bool GoSum::has(const QString &path, const QString &version) const
{
    return m_keys.contains(path + QLatin1Char(' ') + version);
}

QString GoSum::recorded(const QString &path, const QString &version) const
{
    return m_keys.value(path + QLatin1Char(' ') + version);
}

} // namespace kiln::load
