// Go's shell patterns as //go:embed sees them: path.Match, filepath.Match (Unix)
// and cmd/go's fsys.Glob (no overlays), on the UTF-8 bytes go compares.
//
//   pattern = { term }
//   term    = '*'                      any run of non-'/' bytes
//           | '?'                      one non-'/' rune
//           | '[' [ '^' ] range { range } ']'
//           | '\\' c                   c itself
//           | c                        c itself (c not one of * ? [ \)
//   range   = ch [ '-' ch ]            ch = c (not \ - ]) | '\\' c
//
// A malformed pattern (unterminated class, trailing '\\', "[]", "[a-]", ...)
// is ErrBadPattern. path.Match also checks the part of the pattern after a
// mismatch (PatternCheck::Whole); filepath.Match on Unix stops at the first
// mismatch (PatternCheck::UpToMismatch), so "a[" vs "b" is a plain mismatch.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace kiln::load
{

enum class GlobMatch { NoMatch, Match, BadPattern };
enum class PatternCheck { Whole, UpToMismatch };

// path.Match (Whole) / filepath.Match on Unix (UpToMismatch).
GlobMatch globMatch(QByteArrayView pattern, QByteArrayView name, PatternCheck check);

// str.QuoteGlob: escapes * ? [ ] with '\\' (not '\\' itself, as go does).
QByteArray quoteGlob(QByteArrayView s);

// fsys.Glob: the paths matching an absolute or relative pattern, each
// directory level sorted by name bytes. Unreadable directories and
// non-directories on the way are skipped silently, as go does; a symlink to a
// directory is descended (Stat). Returns badPattern for a malformed pattern.
struct GlobResult {
    QList<QByteArray> matches;
    bool badPattern = false;
};
GlobResult globFiles(const QByteArray &pattern);

} // namespace kiln::load
