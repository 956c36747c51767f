// The loader's view of one package directory: go/build's ImportDir result
// (file lists by kind, imports with positions, embed patterns, cgo flags,
// //go:debug directives, package name and doc) plus the error go/build
// reports for the directory, if any. Implemented over dirfiles.h.
#pragma once

#include "load/buildcontext.h"
#include "load/dirfiles.h"
#include "load/package.h"

#include <QString>
#include <optional>

namespace kiln::load
{

struct DirScanError {
    enum class Kind {
        NoGo,             // no (buildable) Go files: NoGoError
        MultiplePackages, // found packages a (x.go) and b (y.go) in dir
        Parse,            // a file's syntax error: pos + message
        Other,
    };
    Kind kind = Kind::Other;
    QString message; // go's text (for NoGo the loader words it itself)
    QString pos;     // "file:line:col" for parse errors (absolute file)
};

struct DirScan {
    Package fields;              // the go/build fields; importPath and module are not set
    QStringList directives;      // //go: lines of non-test files
    QStringList testDirectives;  // ... of the package's _test.go files
    QStringList xtestDirectives; // ... of the external test files
    std::optional<DirScanError> error;
    bool hasGoFiles = false; // any .go file at all (IsGoDir)
    bool onlyTestFiles = false;
    bool excludedByConstraints = false;
};

// reader: DirReader::ModuleIndex for GOROOT and module-cache directories (go reads
// those through its module index), Direct otherwise.
// go/build's Doc: the first non-empty doc.Synopsis of the package comments
// classifyDir collected.
QString packageDoc(const DirFiles &d);

DirScan scanPackageDir(const QString &dir, const BuildContext &context, DirReader reader);
// The same for a directory already classified (from the loader's DirIndex).
DirScan scanFromFiles(const DirFiles &files);

} // namespace kiln::load
