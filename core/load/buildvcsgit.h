// What buildvcs.cpp (the stamp) and buildvcsversion.cpp (the main module's
// version at a revision) share: running git, and the version lookup's entry
// point. Private to core/load.
#pragma once

#include "base/process.h"
#include "base/result.h"
#include "load/buildvcs.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kiln::load::vcsgit
{

// Runs git in dir like go's exec.Command(...).Output(): a failure is
// "exit status N".
class Git
{
public:
    Git(QString program, QString dir, QProcessEnvironment env)
        : m_program(std::move(program)), m_dir(std::move(dir)), m_env(std::move(env))
    {
        m_env.insert(QStringLiteral("PWD"), m_dir);
    }

    Result<QByteArray> run(const QStringList &args) const
    {
        ProcessSpec spec{m_program, args, m_dir, m_env};
        KILN_TRY(out, runProcess(spec));
        if (out.crashed)
            return fail(QStringLiteral("signal: killed"));
        if (out.exitCode != 0)
            return fail(QStringLiteral("exit status %1").arg(out.exitCode));
        return out.stdOut;
    }

private:
    QString m_program;
    QString m_dir;
    QProcessEnvironment m_env;
};

// The main module's version at revision (buildvcs.h), "" when it cannot be
// worked out locally.
QString versionForRevision(const Git &git, const QString &repoDir, const QString &modulePath,
                           const QString &revision, const BuildSettings &settings);

} // namespace kiln::load::vcsgit
