// go's cmd/internal/buildid.HashToString: the first 15 bytes of a 32-byte hash
// as 20 characters of URL-safe base64 (no padding). Action IDs, content IDs and
// the parts of build IDs are written this way.
#pragma once

#include "base/sha256.h"

#include <QString>

namespace kiln
{

QString hashToString(const Digest &d);

} // namespace kiln
