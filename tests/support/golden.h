// Golden files: expected output kept as text under tests/data. Set
// KILN_UPDATE_GOLDEN=1 to rewrite them from the actual output.
#pragma once

#include <QByteArray>
#include <QString>

namespace kiln::test
{

// Compares actual with the golden file (path relative to tests/data); on a
// mismatch returns a unified-style description of the first differing line.
QString compareGolden(const QString &relPath, const QByteArray &actual);

// The first line where a and b differ, as "line N:\n- a\n+ b"; empty if equal.
QString firstDifference(const QByteArray &a, const QByteArray &b);

} // namespace kiln::test
