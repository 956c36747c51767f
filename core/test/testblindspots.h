// What go test's result cache cannot see (cmd/go/internal/test hashOpen,
// computeTestInputsID; testing's M.before, which starts the test log):
//
//   MtimeAndSize      a regular file the test opened: go hashes its os.Stat
//                     line (size, mode, mtime), never its bytes — a rewrite
//                     that keeps size and mtime goes unnoticed
//   DirectoryListing  a directory the test opened: names and each entry's
//                     stat line, not what the files hold
//   OutsideRoot       a file outside the module root: not checked at all
//   ModifiedRecently  a file modified less than 2 s ago: go refuses to trust
//                     its mtime and re-runs (and saves nothing) until it is
//                     older
//   EarlyEnv          an environment variable read before the test log
//                     starts (package initialisation: init functions and
//                     package-level variables; TestMain before m.Run): not
//                     logged, so a change never invalidates the result
//   Environ           os.Environ is not logged at all
//
// EarlyEnv and Environ come from a lexical scan of the package's own files
// (GoFiles, TestGoFiles, XTestGoFiles): calls os.Getenv/os.LookupEnv with a
// string literal (subject: the name; "" for a non-literal) inside func init,
// func TestMain or outside any function body, and any os.Environ call. It
// does not follow imports; it is a warning, not proof.
#pragma once

#include "load/package.h"
#include "test/testinputrecord.h"

#include <QList>
#include <QString>

namespace kiln::test
{

enum class BlindSpotKind {
    MtimeAndSize,
    DirectoryListing,
    OutsideRoot,
    ModifiedRecently,
    EarlyEnv,
    Environ
};

struct BlindSpot {
    BlindSpotKind kind = BlindSpotKind::MtimeAndSize;
    QString subject; // the file, directory or variable ("" when not known)
    bool operator==(const BlindSpot &) const = default;
};

// From the inputs of a test's last log (currentTestInputs).
QList<BlindSpot> inputBlindSpots(const QList<TestInput> &inputs);

// From Go source text (one file).
QList<BlindSpot> earlyEnvReads(const QByteArray &source);
// The package's own files, each spot once.
QList<BlindSpot> sourceBlindSpots(const load::Package &package);

} // namespace kiln::test
