// The header-only reader of Go source files (go/build's readGoInfo): the
// package clause, the imports, the cgo preamble, //go:embed patterns and the
// build-constraint lines, without reading or parsing past the imports.
//
// How go reads a header, and so how Kiln does:
//   1. A leading UTF-8 BOM is dropped; every position is relative to the rest.
//   2. A quick byte scanner reads `package <ident>` and the import
//      declarations. It stops at the first byte that cannot continue them;
//      the bytes before it are the header. A NUL byte in what it reads is a
//      read error ("unexpected NUL in input"). On a syntax error the whole
//      file is the header (so the parser reports go's error), and a NUL
//      anywhere in the file becomes the read error.
//   3. go/parser (ImportsOnly) parses the header; its errors, sorted by
//      position, are the file's parse errors. With any parse error the file
//      has no imports, directives or embeds.
//   4. Only when "embed" is imported is the rest of the file scanned for
//      //go:embed lines (at the start of a line, outside strings and
//      comments); malformed ones are skipped, as go does.
// Build constraints are taken from the header's leading comment block
// (buildconstraint.h).
//
// #cgo directives (the preamble's "#cgo [cond...] VERB: args" lines):
//   line  = "#cgo" (" " | "\t") [ cond { cond } ] verb ":" args
//   cond  = a tag expression in +build or //go:build syntax (Context.matchAuto);
//           the line applies when any cond matches (or there is none)
//   verb  = CFLAGS | CPPFLAGS | CXXFLAGS | FFLAGS | LDFLAGS | pkg-config
//   args  = shell-like words: '...' and "..." group, \ escapes
// "#cgo nocallback f" and "#cgo noescape f" are not flags and are skipped.
#pragma once

#include "base/result.h"
#include "load/buildconstraint.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::load
{

// A go/token.Position: //line directives can move it to another file and
// leave the column unknown (0).
struct GoPos {
    QString file;
    int line = 0;   // 1-based
    int column = 0; // 1-based, in bytes
    bool operator==(const GoPos &) const = default;
};

struct GoImport {
    QString path;
    QString name; // the local name as written ("", ".", "_" or an identifier)
    GoPos pos;    // of the name when present, else of the path
    QString doc;  // the doc comment's text (ast.CommentGroup.Text)
    bool isCgo() const { return path == QLatin1String("C"); }
};

struct GoEmbed {
    QString pattern;
    GoPos pos;
};

struct GoDirective {
    QString text; // the whole comment, "//go:..."
    GoPos pos;
};

enum class HeaderEnd {
    Clean,       // stopped at the first byte after the imports
    EndOfFile,   // the file ended before anything but the header
    SyntaxError, // the quick scan failed: the whole file was parsed for go's error
    ReadError,   // a NUL byte: the file is unreadable for go
};

struct GoFileHeader {
    QByteArray header; // what go/build keeps of the file (BOM dropped)
    HeaderEnd end = HeaderEnd::Clean;
    // matchFile's error: "read <file>: unexpected NUL in input". The file
    // then has nothing else.
    std::optional<Error> readError;
    // go/parser's errors in go's order; go/build reports the first, go list
    // adds "(and N more errors)" to its text.
    QList<Error> parseErrors;
    // The parse error is go/build's own "invalid import path" check (a single
    // scanner.Error rather than the parser's list; the module index loses its
    // text, see dirfiles.cpp).
    bool invalidImportPath = false;
    QString packageName; // "" when the package clause did not parse
    // The package clause's doc comment (ast.CommentGroup.Text), kept even when
    // an import fails to parse; "" without one.
    QString packageDoc;
    GoPos packagePos; // of the name (the physical position)
    QList<GoImport> imports;
    QList<GoEmbed> embeds;
    QList<GoDirective> directives; // //go: comments before the package clause
    FileConstraints constraints;

    bool ok() const { return !readError && parseErrors.isEmpty(); }
    bool importsC() const;
    bool importsEmbed() const;
    // The docs of the import "C" declarations, joined: what #cgo lines come from.
    QString cgoPreamble() const;
};

// Never fails and never crashes: binary or garbage input gives a read or
// parse error. fileName is used in the errors' positions only.
GoFileHeader readGoFileHeader(const QString &fileName, QByteArrayView data);

// go/build readComments, for non-Go sources: the leading blank lines and
// comments (BOM dropped). error is "syntax error" (a stray '/' or an
// unterminated /* */) or "unexpected NUL in input"; go then lists the file
// without checking its constraints.
struct LeadingComments {
    QByteArray text;
    QString error;
};
LeadingComments readLeadingComments(QByteArrayView data);

// ---- #cgo ----------------------------------------------------------------------------

struct CgoDirective {
    QString text;           // the line as written (trimmed)
    QStringList conditions; // empty: applies everywhere
    QString verb;
    QStringList args;       // split like a shell would, before ${SRCDIR} expansion
    QString argsError;      // "unclosed quote" / "unfinished escaping"
    bool malformed = false; // no ':' or nothing before it: "invalid #cgo line"
};

// Every #cgo line of preamble in order, whether or not its conditions hold.
QList<CgoDirective> parseCgoDirectives(const QString &preamble);

struct CgoFlags {
    QStringList cflags;
    QStringList cppflags;
    QStringList cxxflags;
    QStringList fflags;
    QStringList ldflags;
    QStringList pkgConfig;
    bool operator==(const CgoFlags &) const = default;
};

// go/build saveCgo: appends the flags of the lines whose conditions hold,
// with ${SRCDIR} expanded and relative -I/-L paths made absolute against
// srcDir. Errors, prefixed with fileLabel as go does: "<f>: invalid #cgo line:
// <line>", "<f>: malformed #cgo argument: <arg>", "<f>: invalid #cgo verb:
// <line>". Lines after an error are not applied.
std::optional<QString> applyCgoDirectives(const QString &fileLabel, const QString &preamble,
                                          const BuildContext &ctx, const QString &srcDir,
                                          CgoFlags *flags);

} // namespace kiln::load
