#include "base/sha256.h"

#include <QFile>
#include <openssl/evp.h>

namespace kiln
{

struct Sha256::Impl {
    EVP_MD_CTX *ctx = nullptr;
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>())
{
    m_impl->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(m_impl->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_impl->ctx);
}

void Sha256::add(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_impl->ctx, data, size_t(size));
}

Digest Sha256::finish()
{
    Digest d{};
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_impl->ctx, d.data(), &len);
    return d;
}

Digest sha256Of(const QByteArray &data)
{
    Sha256 h;
    h.add(data);
    return h.finish();
}

Result<Digest> sha256File(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failAt(path, 0, 0, f.errorString());
    Sha256 h;
    char buf[64 * 1024];
    for (;;) {
        const qint64 n = f.read(buf, sizeof buf);
        if (n < 0)
            return failAt(path, 0, 0, f.errorString());
        if (n == 0)
            break;
        h.add(buf, n);
    }
    return h.finish();
}

QByteArray digestBytes(const Digest &d)
{
    return QByteArray(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));
}

QByteArray digestHex(const Digest &d)
{
    return digestBytes(d).toHex();
}

} // namespace kiln
