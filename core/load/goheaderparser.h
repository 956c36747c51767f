// Internal to kiln_load: go/parser.ParseFile in ImportsOnly|ParseComments
// mode — the package clause and the import declarations, with go's comment
// grouping (lead comments become docs) and go's error recovery, so the first
// error after sorting is the one go/build reports.
#pragma once

#include "load/goscanner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kiln::load::gosyntax
{

struct ParsedComment {
    qsizetype pos = 0;
    QByteArray text; // with its // or /* */ markers, '\r' removed as go/scanner does
};

struct CommentGroup {
    QList<ParsedComment> list;
    qsizetype pos() const { return list.isEmpty() ? -1 : list.first().pos; }
    // ast.CommentGroup.Text(): markers removed, directives (//go:x, //line, //export
    // ...) dropped, blank-line runs collapsed, newline-terminated unless empty.
    QByteArray text() const;
};

struct ParsedImport {
    qsizetype pos = 0;  // ImportSpec.Pos(): the name when present, else the path
    QByteArray name;    // "" when absent
    QByteArray pathLit; // the path literal as written ("" when missing)
    int doc = -1;       // index into ParsedHeader::comments; the spec's doc, or the
                        // declaration's when it has a single spec
};

struct ParseError {
    Position pos; // adjusted by //line directives, as go reports it
    QByteArray message;
};

struct ParsedHeader {
    explicit ParsedHeader(LineTable table) : lines(std::move(table)) {}
    LineTable lines;           // positions, with the //line directives seen
    bool hasFile = false;      // parseFile returned a file (no error up to the package clause)
    QByteArray packageName;    // "" when !hasFile
    qsizetype packagePos = -1; // the "package" keyword
    qsizetype namePos = -1;
    int packageDoc = -1; // index into comments: the package clause's doc comment
    QList<ParsedImport> imports;
    QList<CommentGroup> comments;
    QList<ParseError> errors; // sorted by file, line, column, message (ErrorList.Sort)
};

// fileName names the source in positions (and anchors relative //line names).
ParsedHeader parseHeader(QByteArrayView src, const QString &fileName);

} // namespace kiln::load::gosyntax
