// Where tests find things: the source tree, the build tree, built binaries
// and the bundled examples. Set by ctest through KILN_SOURCE_DIR/KILN_BINARY_DIR.
#pragma once

#include <QString>

namespace kiln::test
{

QString sourceDir();
QString binaryDir();
QString kilnCli();                        // build/bin/kiln-cli
QString kilnGui();                        // build/bin/kiln
QString exampleDir(const QString &name);  // resources/examples/<name>
QString testDataDir(const QString &name); // tests/data/<name>

} // namespace kiln::test
