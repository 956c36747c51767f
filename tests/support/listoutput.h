// Comparing `kiln-cli list` with `go list`: Kiln's loader does not compute
// the fields that need a build (Stale, StaleReason), so they are taken out
// of go's -json output; everything else must be identical, order included.
#pragma once

#include "base/process.h"

#include <QByteArray>
#include <QString>

namespace kiln::test
{

// go list -json output without its "Stale" and "StaleReason" lines.
QByteArray withoutBuildFields(const QByteArray &goListJson);

// "" when kiln's exit status, stderr and stdout equal go's (build fields
// dropped); else the first difference ("exit 1, go 0: <kiln's stderr>",
// "(stderr) line N: …", "line N: …").
QString listDifference(const kiln::ProcessOutput &go, const kiln::ProcessOutput &kiln);

} // namespace kiln::test
