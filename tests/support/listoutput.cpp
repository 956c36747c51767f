#include "support/listoutput.h"

#include "support/golden.h"

#include <QList>

namespace kiln::test
{

QByteArray withoutBuildFields(const QByteArray &goListJson)
{
    QList<QByteArray> out;
    for (const QByteArray &line : goListJson.split('\n')) {
        const QByteArray t = line.trimmed();
        if (t.startsWith("\"Stale\":") || t.startsWith("\"StaleReason\":"))
            continue;
        out.append(line);
    }
    return out.join('\n');
}

QString listDifference(const kiln::ProcessOutput &go, const kiln::ProcessOutput &kiln)
{
    if (kiln.exitCode != go.exitCode)
        return QStringLiteral("exit %1, go %2: %3")
            .arg(kiln.exitCode)
            .arg(go.exitCode)
            .arg(QString::fromUtf8(kiln.stdErr));
    if (const QString d = firstDifference(go.stdErr, kiln.stdErr); !d.isEmpty())
        return QStringLiteral("(stderr) ") + d;
    return firstDifference(withoutBuildFields(go.stdOut), kiln.stdOut);
}

} // namespace kiln::test
