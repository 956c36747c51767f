// What every verb shares: output streams, the process environment, the working
// directory and the toolchain (found lazily, so `kiln-cli help` needs no Go).
#pragma once

#include "base/result.h"
#include "goenv/toolchain.h"

#include <QProcessEnvironment>
#include <QTextStream>
#include <optional>

namespace kiln::cli {

class CliContext {
public:
    CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QProcessEnvironment &environment() const { return m_env; }
    QString workingDir() const { return m_workingDir; }

    // The toolchain, found on first use (goenv::discoverToolchain). On failure
    // prints "kiln: <error>" to err() and returns nullptr.
    const goenv::Toolchain *toolchain();
    void setGorootSetting(const QString &dir) { m_gorootSetting = dir; }

    void writeOut(const QByteArray &bytes);

private:
    QTextStream m_out;
    QTextStream m_err;
    QProcessEnvironment m_env;
    QString m_workingDir;
    QString m_gorootSetting;
    std::optional<goenv::Toolchain> m_toolchain;
};

} // namespace kiln::cli
