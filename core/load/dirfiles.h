// The files of one package directory, classified for a build context the way
// the go command does it (go/build's Context.Import, or the module index's
// equivalent for GOROOT and module-cache packages).
//
// Per file, in byte order of names:
//   _x, .x        skipped, never listed
//   other exts    skipped unless go/build lists them (buildconstraint.h SourceKind)
//   name_GOOS...  wrong target: IgnoredGoFiles / IgnoredOtherFiles
//   .syso         listed without being read
//   header        //go:build (or // +build) false: ignored; unreadable .go: invalid
//   package       "documentation": ignored; another name than the first file's:
//                 invalid (MultiplePackageError); x_test in a _test.go file: XTest
//   import "C"    CgoFiles (IgnoredGoFiles when cgo is off); not allowed in tests
//   .S, .sx       SFiles only when the package has CgoFiles, else IgnoredOtherFiles
// A .go file with a parse error is invalid but still listed (without imports).
#pragma once

#include "base/rawdir.h"
#include "base/result.h"
#include "load/buildconstraint.h"
#include "load/gofileheader.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::load
{

// Which of go's two readers of a directory to follow. They agree on valid
// files; on broken ones they differ in small ways (see classifyFiles).
// cmd/go reads every package of a module (main module, module cache, GOROOT)
// through its module index, except when the index is off (GOCACHE=off,
// GODEBUG=goindex=0), for fips140 snapshots, and for a directory holding a
// non-regular file or a file modified less than two seconds ago: those, and
// GOPATH mode, use go/build.
enum class DirReader {
    Direct,      // go/build Context.ImportDir
    ModuleIndex, // cmd/go/internal/modindex IndexPackage.Import
};

using FilePos = GoPos; // file is the full path (or a //line directive's file)

struct FileDirective {
    QString text;
    FilePos pos;
    bool operator==(const FileDirective &) const = default;
};

enum class IgnoreReason {
    OSArchSuffix,     // name_GOOS / name_GOARCH for another target
    BuildConstraints, // //go:build or // +build says no
    CgoDisabled,      // imports "C" with cgo off
    Documentation,    // package documentation
    NeedsCgo,         // .S / .sx in a package without cgo files
    Unreadable,       // a non-Go source that cannot be opened
    BadConstraints,   // a non-Go source whose //go:build line does not parse
};

struct FileProblem {
    QString file;       // base name
    Error error;        // positioned when go positions it
    int moreErrors = 0; // further parse errors (go's "(and N more errors)")
    bool operator==(const FileProblem &) const = default;
};

struct DirFiles {
    QString dir;
    QString name; // package name; "" when no file gave one
    bool binaryOnly = false;

    QStringList goFiles, cgoFiles, ignoredGoFiles, invalidGoFiles, ignoredOtherFiles;
    QStringList cFiles, cxxFiles, mFiles, hFiles, fFiles, sFiles;
    QStringList swigFiles, swigCxxFiles, sysoFiles;
    QStringList testGoFiles, xtestGoFiles;
    QMap<QString, IgnoreReason> ignoreReasons; // for every ignored file

    CgoFlags cgo;

    // Sorted and unique; positions per path in file order.
    QStringList imports, testImports, xtestImports;
    QMap<QString, QList<FilePos>> importPos, testImportPos, xtestImportPos;
    QStringList embedPatterns, testEmbedPatterns, xtestEmbedPatterns;
    QMap<QString, QList<FilePos>> embedPatternPos, testEmbedPatternPos, xtestEmbedPatternPos;
    QList<FileDirective> directives, testDirectives, xtestDirectives;
    // The package comments of the non-test Go files go reads for the package
    // Doc, in order: go keeps the first non-empty doc.Synopsis among them.
    QStringList packageDocs;

    QStringList allTags; // sorted: every tag that could change the selection

    QList<FileProblem> problems; // every bad .go file's error, in file order
    // What go's Import returns: the first problem, else "no buildable Go
    // source files in <dir>" when the directory has no Go files to build, or
    // a package-level failure (missing directory, unparseable //go:build line
    // in ModuleIndex mode).
    std::optional<Error> error;

    bool operator==(const DirFiles &) const = default;
};

// One entry of readDirTyped: RawDirEntry's fields (isDir after following a
// symbolic link) plus whether the entry itself is a symbolic link.
struct TypedDirEntry : RawDirEntry {
    bool isSymlink = false;
};

// readDirRaw (base/rawdir.h) without a stat per entry: the type comes from
// readdir's d_type; only symbolic links (and file systems that leave d_type
// unknown) cost a stat. Sorted by raw bytes like os.ReadDir. Errors: the
// directory cannot be opened (the strerror text, file = dir).
Result<QList<TypedDirEntry>> readDirTyped(const QString &dir);

// One directory entry as classifyFiles sees it.
struct SourceFile {
    QString name;
    QByteArray content; // ignored for .syso files
    QString openError;  // non-empty: the file could not be read (go's os error text)
};

// Reads dir (sorted like os.ReadDir, directories and links to them skipped)
// and classifies its files. Blocking file I/O: call off the GUI thread.
DirFiles classifyDir(const QString &dir, const BuildContext &ctx,
                     DirReader reader = DirReader::Direct);

// The classification itself, over files already read (in directory order).
// Differences of DirReader::ModuleIndex: read errors and malformed headers
// of .go files count even for names excluded by _GOOS/_GOARCH; a parse
// error counts even in a file the build constraints exclude; an unparseable
// //go:build line fails the whole package; #cgo errors name the file by its
// base name and quote the trimmed line; binary-only only from non-test files
// that are built.
DirFiles classifyFiles(const QString &dir, const QList<SourceFile> &files, const BuildContext &ctx,
                       DirReader reader = DirReader::Direct);

} // namespace kiln::load
