// Packages as the file system shows them, before any build-constraint or
// import analysis: every directory of a module tree that holds .go files.
// The walk follows go's rules for "./...": directories named testdata or
// vendor, and those whose name starts with "_" or ".", are skipped, and so is
// any subdirectory with its own go.mod (it is another module). Files whose
// name starts with "_" or "." are ignored, as go ignores them.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kiln::gui
{

struct PackageDir {
    QString relPath;    // "/"-separated, relative to the module root; "" for the root
    QString name;       // package clause (see scanPackages); "" if none could be read
    int goFiles = 0;    // .go files that are not tests
    int testFiles = 0;  // _test.go files
    QString importPath; // set when the loader found the package
    QString error;      // the loader's error for the package, go's wording
    bool isMain() const { return name == QLatin1String("main"); }
};

// Walks root and returns its package directories sorted by relPath. A
// package's name comes from the package clause of its first non-test .go
// file (by file name); a directory with only tests takes the first test
// file's name without a "_test" suffix. Reads the file system only, holds no
// state: safe to run on any thread. An unreadable root yields an empty list.
QList<PackageDir> scanPackages(const QString &root);

// The name in a Go source's package clause, skipping leading whitespace and
// comments (line and block); "" when the source does not start with one.
QString readPackageClause(const QByteArray &source);

} // namespace kiln::gui
