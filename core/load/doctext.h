// Inline text of go/doc/comment as its plain-text printer shows it: which
// "[text]" is a doc link, where an automatic URL ends, and the `` '' quotes.
// Used by the block parser (doccomment.cpp); byte-exact with go 1.25.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace kiln::load
{

// The URL schemes go/doc/comment links: file ftp gopher http https mailto nntp.
bool isDocUrlScheme(QByteArrayView s);

// docLink with no symbols of the current package known: "[text]" between
// before and after is a link to a package or one of its symbols ("[io]",
// "[encoding/json]", "[io.Reader]", "[*os.File.Close]"); it must be bounded
// by punctuation, spaces or the ends of the text. One-element package names
// count only for standard packages (go/doc/comment's std.go list).
bool isDocLink(QByteArrayView text, QByteArrayView before, QByteArrayView after);

// Whether URLs in the text are links (go: autoLink); their bytes are then
// left alone.
enum class AutoLink { No, Yes };

// parseText, printed: `` → “ and '' → ”, except inside automatic URLs and in
// runs of three or more backquotes.
QByteArray docPlainText(QByteArrayView s, AutoLink autoLink);

} // namespace kiln::load
