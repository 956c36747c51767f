// `go list -json` output for packages and modules: the same fields, in the
// same order, with the same omitempty behaviour, written through GoJson so
// the bytes equal go's (see core/base/gojson.h).
#pragma once

#include "load/package.h"

#include <QByteArray>

namespace kiln::load
{

// Which build-engine fields exist only after a build (Stale, Export …) is not
// Kiln's concern here: those are left out until the build engine sets them.
QByteArray packageJson(const Package &p);
QByteArray moduleJson(const ModuleInfo &m);

} // namespace kiln::load
