// The package Doc of go list: go/build keeps doc.Synopsis of the package
// comment of the first non-test Go file, in directory order, whose package
// comment gives a non-empty synopsis (files excluded by build constraints and
// "package documentation" files are not read).
//
// The package comment is the comment group ending on the line right before
// the `package` keyword: comments separated by at most a line break, with no
// blank line between them and the keyword. Its text (ast.CommentGroup.Text):
//   - "//" and "/*", "*/" removed, and one space after "//";
//   - "//" comments that are directives (//go:build, //line x, //export f,
//     //extern f, any //[a-z0-9]+:[a-z0-9]...) dropped;
//   - trailing spaces, tabs, CRs removed from every line; leading blank lines
//     dropped and runs of blank lines collapsed; the text ends with one '\n'.
//
// doc.Synopsis of that text:
//   1. the first sentence: up to the first '.' followed by a space (or line
//      break or tab) and not preceded by exactly one upper-case letter
//      ("U.S. law" goes on), or up to and including '。' or '．';
//   2. "" when it starts with "copyright", "all rights" or "author" in any case;
//   3. parsed as a doc comment (go/doc/comment); "" unless its first block is
//      a paragraph (not a heading, code block or list);
//   4. that paragraph printed as text on one line: words separated by single
//      spaces, `` and '' as “ and ”, links as their text ("[io.Reader]" →
//      "io.Reader" for standard packages; "[Name]" stays, no symbols are
//      known), then any link definitions it uses ("[text]: url").
#pragma once

#include <QString>
#include <QStringList>

namespace kiln::load
{

// ast.CommentGroup.Text of a comment group. rawComments are the comments as
// go/scanner returns them: "//..." (no newline) or "/*...*/"; carriage
// returns are removed here as the scanner removes them.
QString commentGroupText(const QStringList &rawComments);

// go/doc.Synopsis of a doc comment's text (as commentGroupText gives it).
QString docSynopsis(const QString &commentText);

} // namespace kiln::load
