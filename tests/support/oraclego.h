// OracleGo: runs the real go command as the oracle, isolated from the user's
// setup. Every run gets GOCACHE = the shared oracle cache of this ctest run
// ($KILN_ORACLE_GOCACHE), GOENV=off unless overridden, GOTOOLCHAIN=local,
// GOPROXY=off, GOFLAGS="", GOTELEMETRY=off, and no other GO* variable from the
// caller's environment. Tests add or override variables per run.
#pragma once

#include "base/process.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kiln::test
{

class OracleGo
{
public:
    OracleGo();

    // False (with reason()) when no Go toolchain was found: oracle tests then
    // QFAIL — a skipped comparison is a defect, not a pass.
    bool available() const { return !m_goBinary.isEmpty(); }
    QString reason() const { return m_reason; }
    QString goBinary() const { return m_goBinary; }
    QString goroot() const { return m_goroot; }

    // The isolated base environment (see above), plus extra.
    QProcessEnvironment environment(const QMap<QString, QString> &extra = {}) const;

    // Runs `go args...` in dir with environment(extra).
    kiln::ProcessOutput run(const QStringList &args, const QString &dir,
                            const QMap<QString, QString> &extra = {}) const;
    // Same, with a fully specified environment.
    kiln::ProcessOutput runWithEnv(const QStringList &args, const QString &dir,
                                   const QProcessEnvironment &env) const;

    // The shared cache directory of this run.
    static QString sharedCache();

private:
    QString m_goBinary;
    QString m_goroot;
    QString m_reason;
};

// Runs build/bin/kiln-cli with the given environment.
kiln::ProcessOutput runKilnCli(const QStringList &args, const QString &dir,
                               const QProcessEnvironment &env);

} // namespace kiln::test
