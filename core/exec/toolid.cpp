#include "exec/toolid.h"

#include "base/process.h"

#include <QDir>

namespace kiln::exec
{

Result<QString> parseToolVersion(const QString &name, const QByteArray &output)
{
    const QString line = QString::fromUtf8(output).trimmed();
    const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (f.size() < 3 || f[0] != name || f[1] != QLatin1String("version"))
        return fail(QStringLiteral("go: parsing buildID from %1 -V=full: unexpected output:\n\t%2")
                        .arg(name, line));
    if (!f[2].contains(QLatin1String("devel")))
        return line;
    const QString last = f.last();
    if (!last.startsWith(QLatin1String("buildID=")))
        return fail(QStringLiteral("go: %1 -V=full: missing buildID in devel version:\n\t%2")
                        .arg(name, line));
    return last.mid(last.lastIndexOf(QLatin1Char('/')) + 1);
}

ToolIds::ToolIds(QString toolDir, QProcessEnvironment env)
    : m_toolDir(std::move(toolDir)), m_env(std::move(env))
{
}

std::shared_future<Result<QString>> ToolIds::start(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_ids.constFind(name); it != m_ids.constEnd())
        return *it;
    const QString program = QDir(m_toolDir).filePath(name);
    const QProcessEnvironment env = m_env;
    auto run = [name, program, env]() -> Result<QString> {
        ProcessSpec spec;
        spec.program = program;
        spec.arguments = {QStringLiteral("-V=full")};
        spec.environment = env;
        auto out = runProcess(spec);
        if (!out)
            return std::unexpected(out.error());
        if (out->exitCode != 0)
            return fail(QStringLiteral("go: %1: %2")
                            .arg(program, QString::fromUtf8(out->stdErr).trimmed()));
        return parseToolVersion(name, out->stdOut);
    };
    auto f = std::async(std::launch::async, run).share();
    m_ids.insert(name, f);
    return f;
}

Result<QString> ToolIds::id(const QString &name)
{
    return start(name).get();
}

void ToolIds::prefetch(const QStringList &names)
{
    for (const QString &n : names)
        start(n);
}

} // namespace kiln::exec
