// The part of go/doc/comment that doc.Synopsis uses: the block parser (with
// its heuristics for misindented code and lists) and the plain-text printer
// of a doc's first block, on the UTF-8 bytes go works on.
//
// Blocks, from lines after the common indentation is removed:
//   paragraph  unindented lines up to a blank or indented line
//   heading    "# Text" alone on its line, or an old-style heading (a single
//              capitalised line without punctuation between blank lines)
//   code       indented lines (blank lines inside allowed)
//   list       indented lines starting with "-", "*", "+", "•" or "1." / "1)"
//   link defs  a paragraph made only of "[text]: scheme://..." lines: it is
//              no block; its definitions resolve "[text]" anywhere
// Inside text, "[text]" is a link when a definition names it, or a doc link
// when it names a package ("[io]", "[encoding/json]", "[io.Reader]"; single
// element names only from the standard library list) and is bounded by
// punctuation or spaces; either prints without its brackets. `` and '' print
// as “ and ”, except inside URLs.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace kiln::load
{

// go/doc/comment's Parser (no known symbols, the default package lookup)
// over text, then Printer{TextWidth: -1}.Text of the first block: its words
// on one line ending in '\n', followed, when any "[text]" in the doc used a
// link definition, by a blank line and those definitions ("[text]: url").
// nullopt when the doc has no blocks or its first block is not a paragraph.
std::optional<QByteArray> firstParagraphText(QByteArrayView text);

} // namespace kiln::load
