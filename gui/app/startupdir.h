// Which module folder the GUI opens at start: the folder named on the
// command line; else the last module opened (if it still exists); else the
// bundled example "hello" (see bundledExamplesDir()).
#pragma once

#include <QString>

namespace kiln::gui
{

// The bundled example modules: the source tree's resources/examples (the
// KILN_EXAMPLES_DIR compile definition) when it exists, else the installed
// /usr/share/kiln/examples. "" when neither exists.
QString bundledExamplesDir();

QString startupModuleDir(const QString &commandLineDir, const QString &lastModule);

} // namespace kiln::gui
