// What go test finds in a package's _test.go files (cmd/go load/test.go
// loadTestFuncs): its tests, benchmarks, fuzz targets, runnable examples and
// TestMain, in file order, with go's signature checks and error texts. This is
// the input of _testmain.go (testmain.h).
//
// The rules, as go/parser + cmd/go + go/doc see a file:
//   * only top-level functions without a receiver count;
//   * "TestMain" is a test when its signature is that of a test, otherwise
//     it must be func TestMain(m *testing.M) (once per test binary);
//   * Test*, Benchmark*, Fuzz*, Example*: the prefix alone or followed by a
//     rune that is not a lower-case letter (unicode.IsLower);
//   * a test function has no results, exactly one parameter of type *X or
//     *pkg.X (X = T, B, F or M; the package name is not checked) and no type
//     parameters; anything else is "<pos>: wrong signature for <name>, ...";
//   * an example has no parameters and a body; it runs (and is listed) only
//     when the last comment group inside its body starts with "Output:" or
//     "Unordered output:" (any case, after white space). Its expected output
//     is the rest of that comment's text (ast.CommentGroup.Text) with leading
//     spaces and one newline removed. Examples without one still make the
//     test file imported.
// Test files are imported as _test, external (package P_test) files as
// _xtest; a package not needed by any function is imported as "_".
#pragma once

#include "base/result.h"
#include "load/package.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::load
{

struct TestFunc {
    QString package; // "_test" or "_xtest"
    QString name;
    QByteArray output; // examples: the expected output (UTF-8)
    bool unordered = false;
    bool operator==(const TestFunc &) const = default;
};

// -cover's inputs to _testmain.go (go's TestCover); Kiln does not fill it yet.
struct TestCover {
    QString mode;
    QStringList paths;       // nil in go when empty: no " in ..." text
    QStringList importPaths; // of the covered packages (CoverSelectedPackages)
};

struct TestFuncs {
    QList<TestFunc> tests;
    QList<TestFunc> benchmarks;
    QList<TestFunc> fuzzTargets;
    QList<TestFunc> examples;
    std::optional<TestFunc> testMain;
    QString importPath;  // of the package under test
    QString packageName; // its name (go's Tested())
    bool importTest = false;
    bool needTest = false;
    bool importXtest = false;
    bool needXtest = false;
    std::optional<TestCover> cover;

    // go's testFuncs.ImportPath(): "" for "_/..." and command-line-arguments.
    QString testmainImportPath() const;
};

enum class TestFileKind {
    Internal, // package P: imported as _test
    External, // package P_test: imported as _xtest
};

// Adds the functions of one test file to funcs (go's testFuncs.load).
// fileName is used for positions only. On error funcs may hold part of the
// file. Errors: "<file>:<line>:<col>: wrong signature for <name>, <why>",
// "multiple definitions of TestMain", and the first scanner error of a file
// that does not tokenize (Kiln has no full Go parser: syntax errors that are
// not scanner errors are not detected).
std::optional<Error> addTestFile(TestFuncs *funcs, const QString &fileName, QByteArrayView src,
                                 TestFileKind kind);

// loadTestFuncs plus what TestPackagesFor sets afterwards: reads p.dir's
// testGoFiles then xtestGoFiles. importTest is set when the test variant of p
// has Go files, importXtest when p has external test files. The error is the
// first one of any file (or a read failure), as go keeps it.
// On an error, *partial (when given) receives what was found: go still
// writes a _testmain.go from it.
Result<TestFuncs> loadTestFuncs(const Package &p, TestFuncs *partial = nullptr);

} // namespace kiln::load
