// Shell: how the build engine runs tools and shows what it does, after
// cmd/go's work.Shell (shell.go). One Shell serves every action of a build.
//
// -x / -n echo: each command is printed as go prints it — the work dir shown
// as $WORK (except in "cat" heredocs), a "cd DIR" line when the command's
// directory changes, and " DIR/" prefixes shortened to " ./"; internal steps
// print their shell equivalent ("mkdir -p", "echo '…' > f # internal",
// "go tool buildid -w f # internal", "cp a b # internal").
// Tool output becomes go's report: "# <pkg desc>\n" then the text with the
// work dir as $WORK and paths shortened relative to the working directory.
//
// Threading: every method may be called from any worker; printing is
// serialised. Blocking (waits for the child process).
#pragma once

#include "base/result.h"
#include "exec/buildconfig.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace kiln::exec
{

using Printer = std::function<void(const QByteArray &)>;

struct ToolRun {
    QString cmdline;   // joinUnambiguously(argv), absolute paths (actiongraph Cmd)
    QByteArray output; // stdout and stderr, interleaved as written
    bool ok = false;   // started, exited normally with status 0
    QString error;     // "<tool>: exit status 2", "<tool>: signal: killed" …
    qint64 realNs = 0;
};

// go's joinUnambiguously: %q for arguments that are empty or contain
// " ()>;" or characters %q would escape.
QString joinUnambiguously(const QStringList &args);

class Shell
{
public:
    Shell(const BuildConfig &config, Printer printer, const std::atomic_bool *cancel);

    // Running tools poll this flag and are killed when it becomes true.
    void setCancel(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void print(const QByteArray &text);
    // Prints one echo line (only under -x / -n).
    void showCmd(const QString &dir, const QString &text);
    bool echoing() const { return m_config.echo != Echo::None; }
    bool dryRun() const { return m_config.echo == Echo::DryRun; }

    // Runs argv in dir with the tool environment plus env ("K=V") and
    // TOOLEXEC_IMPORTPATH=desc. Echoes first under -x/-n; under -n runs nothing.
    // A long command line reaches the tool through a response file
    // (responsefile.h); ToolRun::cmdline still has every argument.
    ToolRun run(const QString &dir, const QStringList &argv, const QStringList &env,
                const QString &desc);

    Result<void> mkdir(const QString &dir);
    Result<void> writeFile(const QString &file, const QByteArray &data);

    // go's reportCmd text for a tool's output: "# desc\n" + shortened output.
    QByteArray report(const QString &desc, const QString &dir, QByteArray output) const;

private:
    QString fmtCmd(const QString &text) const;
    QString shortPath(const QString &path) const;

    const BuildConfig &m_config;
    Printer m_printer;
    const std::atomic_bool *m_cancel;
    QMutex m_printMutex;
    QString m_scriptDir;
    QMutex m_mkdirMutex;
    QStringList m_made;
};

} // namespace kiln::exec
