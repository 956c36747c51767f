#include "base/hashid.h"

namespace kiln
{

QString hashToString(const Digest &d)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString out;
    out.reserve(20);
    for (int i = 0; i < 15; i += 3) {
        const uint32_t x = (uint32_t(d[i]) << 16) | (uint32_t(d[i + 1]) << 8) | d[i + 2];
        for (int shift = 18; shift >= 0; shift -= 6)
            out += QLatin1Char(alphabet[(x >> shift) & 63]);
    }
    return out;
}

} // namespace kiln
