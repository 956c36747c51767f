// go.mod files: parsed as syntax first (lines, blocks, comments, positions),
// interpreted second, like golang.org/x/mod/modfile. Every error carries its
// position as go prints it: "go.mod:LINE:COL: message" (COL only where go
// gives one). Parsing never stops at the first bad line: all errors are
// collected, in file order, and whatever was understood is still returned.
//
// Grammar (informal; tokens are separated by spaces, // starts a comment):
//   file      = { line | block }
//   line      = verb args "\n"
//   block     = verb "(" "\n" { args "\n" } ")" "\n"
//   verb      = module | go | toolchain | godebug | require | exclude |
//               replace | retract | tool | ignore
//   args      = { ident | quoted-string | "=>" | "[" | "]" | "," }
// A require line whose comment is "// indirect" (or starts "indirect;")
// marks the requirement indirect. A "// Deprecated: ..." comment on the
// module line records the deprecation.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kiln::load
{

struct Position {
    int line = 0;   // 1-based
    int column = 0; // 1-based, in bytes like go
};

struct ModuleVersion {
    QString path;
    QString version; // empty for a directory replacement or the main module
};

struct Require {
    ModuleVersion mod;
    bool indirect = false;
    Position pos;
};

struct Replace {
    ModuleVersion old;         // old.version empty: all versions
    ModuleVersion replacement; // replacement.version empty: a directory path
    Position pos;
};

struct VersionInterval {
    QString low;
    QString high; // == low for a single version
    QString rationale;
    Position pos;
};

struct GoDebugSetting {
    QString key;
    QString value;
    Position pos;
};

struct ModFile {
    QString fileName;     // as given to the parser, used in errors
    ModuleVersion module; // module.version is always empty
    Position modulePos;
    QString deprecated; // text after "Deprecated:" on the module line
    QString goVersion;  // "" when there is no go line
    QString toolchain;  // "" when there is no toolchain line
    QList<GoDebugSetting> godebug;
    QList<Require> requirements; // "require" lines ("requires" is a C++ keyword)
    QList<ModuleVersion> excludes;
    QList<Replace> replaces;
    QList<VersionInterval> retracts;
    QList<QString> tools;
    QList<QString> ignores;
};

// go.work: go, toolchain, godebug, use and replace directives.
struct WorkUse {
    QString path; // as written: a directory relative to the go.work file
    Position pos;
};

struct WorkFile {
    QString fileName;
    QString goVersion;
    QString toolchain;
    QList<GoDebugSetting> godebug;
    QList<WorkUse> uses;
    QList<Replace> replaces;
};

// Main module go.mod files are strict: unknown directives are errors. A
// dependency's go.mod (Lax) ignores directives it does not need, as go does.
enum class Strictness { Strict, Lax };

struct ModFileParse {
    ModFile file;
    QList<Error> errors; // empty when the file is valid
    bool ok() const { return errors.isEmpty(); }
};

ModFileParse parseModFile(const QString &fileName, const QByteArray &data, Strictness strictness);

struct WorkFileParse {
    WorkFile file;
    QList<Error> errors;
    bool ok() const { return errors.isEmpty(); }
};

// go.work is parsed like a main go.mod but without go's version fixer (as
// modload does): valid versions are canonicalized, invalid ones are errors.
WorkFileParse parseWorkFile(const QString &fileName, const QByteArray &data);

// Reads and parses a file; an unreadable file is one error naming it.
ModFileParse readModFile(const QString &path, Strictness strictness);

// go's own wording for a failed parse, with file names shortened relative to
// workingDir when that is shorter (go's base.ShortPath), e.g.
//   go: errors parsing go.mod:
//   go.mod:3: unknown directive: foo
// Parse with the absolute path: go names it in some messages.
QString describeErrors(const ModFileParse &parse, const QString &workingDir = {});
QString describeErrors(const WorkFileParse &parse, const QString &workingDir = {});
QString describeErrors(const QString &fileName, const QList<Error> &errors,
                       const QString &workingDir);
QString shortPath(const QString &path, const QString &workingDir);

} // namespace kiln::load
