// SHA-256 through OpenSSL's EVP interface. Sha256 is an incremental hasher;
// sha256Of/sha256File are one-shot helpers. Not thread-safe per object.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>
#include <memory>

namespace kiln
{

using Digest = std::array<uint8_t, 32>;

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const char *data, qsizetype size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    // Finishes the hash; the object must not be used afterwards.
    Digest finish();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

Digest sha256Of(const QByteArray &data);
// Plain SHA-256 of a file's contents (go's cache.FileHash).
Result<Digest> sha256File(const QString &path);

QByteArray digestHex(const Digest &d);
QByteArray digestBytes(const Digest &d);

} // namespace kiln
