// The syntax layer shared by go.mod and go.work: lines, blocks, comments and
// positions, before any directive is interpreted (x/mod/modfile's read.go).
//
//   file      = { stmt | comment-line | "\n" }
//   stmt      = tokens "\n"                       (a Line)
//             | tokens "(" "\n" { line } ")" "\n"  (a Block)
//   token     = ident | "quoted" | `raw` | "(" | ")" | "[" | "]" | "{" | "}" | ","
//   ident     = printable non-space runes other than ()[]{}, and not "//"
// A "//" comment after tokens on the same line is that line's suffix comment;
// comment lines directly above a statement (no blank line between) are its
// "before" comments. A syntax error stops the parse (as in go): it is reported
// at the offending character, and the statements before it are kept.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace kiln::load
{

struct SyntaxPos {
    int line = 0;   // 1-based
    int column = 0; // 1-based, in runes (go's LineRune)
};

struct SyntaxComment {
    SyntaxPos pos;
    QString text; // starts with "//"; empty for a blank-line marker
};

struct SyntaxLine {
    SyntaxPos start;
    QStringList tokens;
    QList<SyntaxComment> before;
    QList<SyntaxComment> suffix;
};

struct SyntaxBlock {
    SyntaxPos start;
    QStringList tokens; // the tokens before "(", usually one verb
    QList<SyntaxLine> lines;
    QList<SyntaxComment> before;
    QList<SyntaxComment> suffix; // comment after "(" on the same line
};

struct SyntaxStmt {
    bool isBlock = false;
    SyntaxLine line;   // when !isBlock
    SyntaxBlock block; // when isBlock
};

struct SyntaxFile {
    QList<SyntaxStmt> stmts;
    std::optional<Error> syntaxError;
};

SyntaxFile parseModSyntax(const QString &fileName, const QByteArray &data);

// An Error at pos, with the column dropped when it is 1 (go prints
// "file:line:" for positions at the start of a line, "file:line:col:" else).
Error errorAt(const QString &fileName, SyntaxPos pos, const QString &message);

} // namespace kiln::load
