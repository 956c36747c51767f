#include "support/buildscript.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace kiln::test
{

namespace
{

// Optional NAME='v' / NAME="v" prefixes, then the tool's path and name.
const QRegularExpression &toolLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[A-Za-z_][A-Za-z0-9_]*=(?:'[^']*'|\"[^\"]*\"|\\S*)\\s+)*"
                       "\\S*/pkg/tool/[^/\\s]+/([A-Za-z0-9_]+)(?:\\s|$)"));
    return re;
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

BuildScript parseBuildScript(const QByteArray &stderrText)
{
    static const QRegularExpression packageFlag(QStringLiteral("\\s-p\\s+(\\S+)"));
    static const QRegularExpression buildIdFlag(QStringLiteral("\\s-buildid\\s+([^/\\s]+)/"));
    BuildScript s;
    for (const QByteArray &raw : lines(stderrText)) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("WORK="))) {
            s.workDir = line.mid(5);
            continue;
        }
        const auto m = toolLine().match(line);
        if (!m.hasMatch())
            continue;
        s.toolRuns.append(m.captured(1));
        if (m.captured(1) == QLatin1String("compile")) {
            const auto p = packageFlag.match(line, m.capturedEnd(1));
            const auto id = buildIdFlag.match(line, m.capturedEnd(1));
            s.compiles.append({p.hasMatch() ? p.captured(1) : QStringLiteral("?"),
                               id.hasMatch() ? id.captured(1) : QString()});
            s.compiledPackages.append(s.compiles.last().package);
        }
    }
    std::sort(s.compiledPackages.begin(), s.compiledPackages.end());
    return s;
}

QByteArray normaliseScript(const QByteArray &script, const QList<QPair<QString, QString>> &paths)
{
    QByteArray out = script;
    const QString work = parseBuildScript(script).workDir;
    if (!work.isEmpty())
        out.replace(work.toUtf8(), "$WORK");
    for (const auto &[dir, name] : paths)
        out.replace(dir.toUtf8(), name.toUtf8());
    return out;
}

QStringList unmatchedLines(const QByteArray &go, const QByteArray &kiln)
{
    QHash<QByteArray, int> count;
    for (const QByteArray &l : lines(go))
        ++count[l];
    for (const QByteArray &l : lines(kiln))
        --count[l];
    QStringList out;
    for (const QByteArray &l : lines(go))
        if (count.value(l) > 0) {
            --count[l];
            out.append(QStringLiteral("go only: ") + QString::fromUtf8(l.left(400)));
        }
    for (const QByteArray &l : lines(kiln))
        if (count.value(l) < 0) {
            ++count[l];
            out.append(QStringLiteral("kiln only: ") + QString::fromUtf8(l.left(400)));
        }
    return out;
}

} // namespace kiln::test
