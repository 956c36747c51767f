#include "cache/cacheentry.h"

namespace kiln::cache
{

namespace
{

const char *const names[] = {"archive", "object",  "executable", "vet",      "cgo", "srcfiles",
                             "stdout",  "testlog", "testoutput", "modindex", "pgo", "unknown"};
static_assert(std::size(names) == size_t(EntryKind::Count));

} // namespace

QString kindName(EntryKind kind)
{
    return QString::fromLatin1(names[int(kind)]);
}

std::optional<EntryKind> kindFromName(QStringView name)
{
    for (int i = 0; i < int(EntryKind::Count); ++i)
        if (name == QLatin1String(names[i]))
            return EntryKind(i);
    return std::nullopt;
}

QStringList kindNames()
{
    QStringList out;
    for (const char *n : names)
        out.append(QString::fromLatin1(n));
    return out;
}

QString entryFileName(const QString &cacheDir, const Digest &id, char suffix)
{
    const QByteArray hex = digestHex(id);
    return cacheDir + QLatin1Char('/') + QString::fromLatin1(hex.left(2)) + QLatin1Char('/') +
           QString::fromLatin1(hex) + QLatin1Char('-') + QLatin1Char(suffix);
}

std::optional<Digest> digestFromHex(QByteArrayView hex)
{
    if (hex.size() != 64)
        return std::nullopt;
    Digest d{};
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1; // go writes lower case only
    };
    for (int i = 0; i < 32; ++i) {
        const int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        d[i] = uint8_t(hi << 4 | lo);
    }
    return d;
}

} // namespace kiln::cache
