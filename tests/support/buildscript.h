// Reading the script `go build -x` prints on stderr (and `kiln-cli build -x`),
// for oracle tests that compare what ran.
//
//   script  = ["WORK=" dir LF] { line LF }
//   tool    = [NAME=value …] <dir>/pkg/tool/<goos_goarch>/<name> args…
//                                          ; a tool run, e.g. compile, asm, link
//   compile = tool line of "compile", with "-p <importpath>" ("main" for
//             main packages) and "-buildid <actionID>/<actionID>"
//
// Lines inside heredocs (importcfg contents) never start with a tool path,
// so they are not mistaken for runs.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kiln::test
{

struct CompileRun {
    QString package;  // -p
    QString actionID; // the action-ID half of -buildid (HashToString, 20 characters)
};

struct BuildScript {
    QString workDir;              // the WORK= value, "" when not printed
    QStringList toolRuns;         // tool names in order: "compile", "asm", "link"…
    QStringList compiledPackages; // -p of each compile line, sorted
    QList<CompileRun> compiles;   // in script order
    bool linked() const { return toolRuns.contains(QStringLiteral("link")); }
    QSet<QString> tools() const { return {toolRuns.begin(), toolRuns.end()}; }
};

BuildScript parseBuildScript(const QByteArray &stderrText);

// The script with its WORK directory value (the WORK= line and every literal
// use, as in go's heredoc file names) replaced by "$WORK" and each given
// directory by its placeholder.
QByteArray normaliseScript(const QByteArray &script,
                           const QList<QPair<QString, QString>> &paths = {});

// Every line present in one script and missing in the other (a multiset
// difference, so reordered lines do not count), prefixed "go only: " /
// "kiln only: ".
QStringList unmatchedLines(const QByteArray &go, const QByteArray &kiln);

} // namespace kiln::test
