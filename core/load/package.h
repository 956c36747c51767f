// Package: one loaded package, as `go list -json` describes it (the public
// fields, in go's field order) plus what the loader and the build need
// internally. A plain value; the loader owns the table of packages and links
// them by index.
#pragma once

#include "load/modgraph.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace kiln::load
{

// A position in a source file as go prints it: "file:line:col".
struct SourcePos {
    QString file; // absolute
    int line = 0;
    int column = 0;
};

// go's PackageError: the import stack from a command-line package down to
// the failing one, an optional position, and the message.
struct PackageError {
    QStringList importStack;   // package paths (Desc() form)
    QList<SourcePos> stackPos; // position of each import on the stack (cycles)
    QString pos;               // "file:line:col", file shortened like go
    QString err;
    bool isImportCycle = false;
    bool alwaysPrintStack = false;

    // The text go prints for the error (PackageError.Error()).
    QString text() const;
};

struct Package {
    // --- go list -json public fields, in go's order ---
    QString dir;
    QString importPath;
    QString importComment;
    QString name;
    QString doc;
    QString target;
    QString root;
    QString conflictDir;
    QString forTest;
    std::shared_ptr<ModuleInfo> module;
    QStringList match;
    bool goroot = false;
    bool standard = false;
    bool depOnly = false;
    bool binaryOnly = false;
    bool incomplete = false;
    QString defaultGODEBUG;
    QStringList goFiles, cgoFiles, compiledGoFiles, ignoredGoFiles, invalidGoFiles,
        ignoredOtherFiles, cFiles, cxxFiles, mFiles, hFiles, fFiles, sFiles, swigFiles,
        swigCXXFiles, sysoFiles;
    QStringList embedPatterns, embedFiles;
    QStringList cgoCFLAGS, cgoCPPFLAGS, cgoCXXFLAGS, cgoFFLAGS, cgoLDFLAGS, cgoPkgConfig;
    QStringList imports;
    QMap<QString, QString> importMap;
    QStringList deps;
    std::optional<PackageError> error;
    QList<PackageError> depsErrors;
    QStringList testGoFiles, testImports, testEmbedPatterns, testEmbedFiles;
    QStringList xtestGoFiles, xtestImports, xtestEmbedPatterns, xtestEmbedFiles;

    // --- internal ---
    // go's Desc(): "P [Q.test]" for test variants, "P [main]" for PGO copies.
    QString desc() const;
    QStringList rawImports; // imports as written (sorted, unique)
    QMap<QString, QList<SourcePos>> importPos;
    QMap<QString, QList<SourcePos>> testImportPos;
    QMap<QString, QList<SourcePos>> xtestImportPos;
    QMap<QString, QList<SourcePos>> embedPatternPos;
    QMap<QString, QList<SourcePos>> testEmbedPatternPos;
    QMap<QString, QList<SourcePos>> xtestEmbedPatternPos;
    QMap<QString, QStringList> embedMap; // go's Internal.Embed: pattern → files (embedcfg)
    QByteArray testmainGo;      // pmain of a test: the generated _testmain.go
    QList<int> internalImports; // indexes into the loader's table
    int explicitImports = 0;    // how many of internalImports come from import declarations
    QString forMain;            // a copy of the package built for this main (its default.pgo)
    QString pgoProfile;         // the PGO profile this package is compiled with
    bool cmdlineFiles = false;  // loaded from .go files on the command line
    bool local = false;         // named by a relative directory
};

// The executable's base name (go's exeFromImportPath): the import path's last
// element, skipping a /vN major-version element.
QString exeName(const QString &importPath);
// go's DefaultExecName: exeName, or the first file's name for packages
// built from .go files named on the command line. No ".exe" suffix.
QString defaultExecName(const Package &p);

} // namespace kiln::load
