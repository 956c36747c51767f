// Character classes shared by the scanner's files (goscanner.cpp and
// goscannerliterals.cpp), as go/scanner defines them. Private to core/load.
#pragma once

#include "load/goscanner.h"

#include <QByteArray>

namespace kiln::load::gosyntax::detail
{

inline int lower(int ch)
{
    return ('a' - 'A') | ch;
}
inline bool isDecimal(int ch)
{
    return '0' <= ch && ch <= '9';
}
inline bool isHex(int ch)
{
    return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f');
}
inline bool isLetterCh(int ch)
{
    return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_' ||
           (ch >= 0x80 && isLetter(char32_t(ch)));
}
inline bool isDigitCh(int ch)
{
    return isDecimal(ch) || (ch >= 0x80 && isDigit(char32_t(ch)));
}

inline int digitVal(int ch)
{
    if (isDecimal(ch))
        return ch - '0';
    if ('a' <= lower(ch) && lower(ch) <= 'f')
        return lower(ch) - 'a' + 10;
    return 16;
}

// Drops '\r' as go/scanner's stripCR does (keeping "*\r/" inside /* */).
QByteArray stripCR(const QByteArray &b, bool comment);

} // namespace kiln::load::gosyntax::detail
