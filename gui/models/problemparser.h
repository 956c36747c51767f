// Problems: the errors of a build's failed actions, parsed from what go
// printed, as values a list can show and a click can follow to the action.
//
// Grammar of the build output (go's reports; exec/shell.h writes them):
//
//   output   = { report | failure | other } .
//   report   = "# " pkgdesc NL { problem | note } .    pkgdesc: "pkg" or "pkg [pkg.test]";
//                                                        vet's "# [pkg]" too
//   problem  = ["vet: "] file ":" line [":" column] ": " [severity ": "] message NL
//              { continuation } .
//   severity = "error" | "fatal error" | "warning" | "note" .   (gcc/clang, for cgo)
//   continuation = (TAB | SPACE) text NL                    ("\thave …", gcc's source lines)
//   note     = text NL .          a located problem before it in the report: appended to it
//                                 ("compilation terminated."); none: a problem without a
//                                 location (linker errors)
//   failure  = pkg ": " message NL .   perform()'s error for an action without a report
//
// go test's stdout (OutputKind::TestOut) has a block per package, ended by
// go's verdict line; inside it, the lines the testing package printed:
//
//   testout  = { block } .
//   block    = { line } verdict .
//   verdict  = ("ok  " | "FAIL" | "?   ") TAB pkg (TAB | " [") … NL .
//   located  = indent file ":" line ": " message NL { deeper } .   t.Error, t.Fatal, t.Log
//   indent   = "    " { "    " } .          four spaces a nesting level (subtests deeper)
//   deeper   = indent "    " text NL .       the message's further lines (text kept)
//
// Which test a line belongs to, and whether that test failed, is what
// test2json (test/test2json.h) makes of the block: lines after "--- FAIL: T"
// (or, with -v, between "=== RUN T" and "--- FAIL: T") are T's. The located
// lines of failed tests are problems of the package's test run action, in
// the order go printed them. file is relative to the package directory (go
// prints the base name; -fullpath: absolute) and resolved against it.
// Lines of tests that passed (t.Log) are not problems; -json output has no
// such lines (its events are not read here).
//
// A report belongs to the failed action of its package (the path before
// " ["); a report of a package whose actions all succeeded (cgo warnings)
// gives warnings. Every failed action gets at least one problem: when go
// printed nothing Kiln could attribute, "<mode> failed". File names are
// kept as go printed them (relative to the build's working directory, or
// absolute) and resolved to an absolute path.
#pragma once

#include "controllers/buildrun.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kiln::gui
{

enum class Severity { Error, Warning, Note };

struct Problem {
    int action = -1;          // the action it belongs to; -1: the build did not start
    QString package;          // import path ("" for errors before the build)
    QString file;             // as go printed it; "" when the message names no file
    QString path;             // file made absolute; "" without a file
    int line = 0, column = 0; // 1-based; 0 = not given
    Severity severity = Severity::Error;
    QString message; // continuation lines joined with '\n', their indentation kept
    // "file:line:col" (or less, as given); "" without a file.
    QString location() const;
    friend bool operator==(const Problem &, const Problem &) = default;
};

class ProblemParser
{
    Q_DECLARE_TR_FUNCTIONS(kiln::gui::ProblemParser)
public:
    // output: everything the build printed (OutputKind::Build), in order;
    // runs: the finished build's runs, one per action of start.
    // testOutput: everything go test printed on stdout (OutputKind::TestOut).
    static QList<Problem> parse(const QString &output, const BuildStart &start,
                                const QList<ActionRun> &runs,
                                const QString &testOutput = QString());
    // Why a build did not start (go's text, BuildOutcome::error): its
    // located lines, or the whole text as one problem.
    static QList<Problem> parseStartError(const QString &error, const QString &workingDir);
};

} // namespace kiln::gui
