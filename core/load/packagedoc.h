// The package Doc go list shows: go/build takes, among the package's
// non-test Go files in directory order (GoFiles and CgoFiles), the first
// whose package comment has a non-empty doc.Synopsis (docsynopsis.h).
//
// A file's package comment is found the way go/parser finds it: the last
// comment group before the package clause, when it ends on the line right
// above the clause (a group is a run of comments with no blank line between).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kiln::load
{

// The raw comments ("//..." or "/*...*/") of src's package comment; empty when
// it has none.
QStringList packageDocComments(const QByteArray &src);

// Reads files (names relative to dir, in the order go reads them) until one
// gives a synopsis. Unreadable files are skipped.
QString packageDoc(const QString &dir, const QStringList &files);

} // namespace kiln::load
