// Go's view of text: UTF-8 decoding as unicode/utf8 does it (invalid bytes
// are U+FFFD of size 1) and the unicode package's classes, for code that must
// treat bytes and runes exactly as go does (patterns, file names, doc text).
// In a namespace of its own: kiln_load's source scanner has similar helpers
// (gosyntax) that its users pull in with a using-directive.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace kiln::load::gotext
{

constexpr char32_t kRuneError = 0xFFFD;

struct DecodedRune {
    char32_t rune = kRuneError;
    int size = 0; // 0 only for empty input
};

// utf8.DecodeRune / utf8.DecodeLastRune.
DecodedRune decodeRune(QByteArrayView s);
DecodedRune decodeLastRune(QByteArrayView s);
// utf8.ValidString.
bool isValidUtf8(QByteArrayView s);
// utf8.AppendRune (invalid runes become U+FFFD).
void appendRune(QByteArray &out, char32_t r);

// unicode.IsSpace (Latin-1 spaces and the White_Space property).
bool isGoSpace(char32_t r);
// unicode.IsUpper, IsLetter, IsDigit, IsPunct (Unicode categories, from Qt's
// tables; they can differ from go's for runes new in a later Unicode version).
bool isGoUpper(char32_t r);
bool isGoLetter(char32_t r);
bool isGoDigit(char32_t r);
bool isGoPunct(char32_t r);

// strings.TrimSpace: s without leading and trailing unicode.IsSpace runes.
QByteArrayView trimGoSpace(QByteArrayView s);

} // namespace kiln::load::gotext
