#include "support/golden.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kiln::test
{

QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    if (a == b)
        return {};
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    const qsizetype n = qMax(la.size(), lb.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArray x = i < la.size() ? la[i] : QByteArray("<end>");
        const QByteArray y = i < lb.size() ? lb[i] : QByteArray("<end>");
        if (x != y)
            return QStringLiteral("line %1:\n- %2\n+ %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(x), QString::fromUtf8(y));
    }
    return QStringLiteral("(differ only in trailing bytes)");
}

QString compareGolden(const QString &relPath, const QByteArray &actual)
{
    const QString path = testDataDir(relPath);
    if (qEnvironmentVariableIntValue("KILN_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(actual);
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read golden file %1").arg(path);
    return firstDifference(f.readAll(), actual);
}

} // namespace kiln::test
