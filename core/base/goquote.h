// Go-compatible quoting, for text that is hashed or printed exactly as go does.
//   goQuote      strconv.Quote / fmt "%q" of a string (UTF-8 bytes in, ASCII
//                escapes for non-printable runes, \xNN for invalid bytes)
//   goQuoteList  fmt "%q" of a []string: ["a" "b"], and [] when empty
#pragma once

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace kiln
{

QByteArray goQuote(const QByteArray &s);
QByteArray goQuoteList(const QList<QByteArray> &items);
QByteArray goQuoteList(const QStringList &items);
// unicode.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020.
bool goIsPrint(char32_t r);

} // namespace kiln

namespace kiln
{

// strconv.Unquote for "double-quoted" and `raw` strings; nullopt on bad syntax.
std::optional<QByteArray> goUnquote(const QByteArray &s);

} // namespace kiln
