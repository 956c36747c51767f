#include "cache/cachehash.h"

#include "base/goquote.h"
#include "base/hashid.h"

#include <QFile>

namespace kiln::cache
{

CacheHash::CacheHash(const QString &name, const QByteArray &salt, const HashTrace *trace)
    : m_name(name.toUtf8()), m_trace(trace)
{
    if (m_trace)
        (*m_trace)("HASH[" + m_name + "]\n");
    write(salt);
}

void CacheHash::write(const QByteArray &data)
{
    if (m_trace)
        (*m_trace)("HASH[" + m_name + "]: " + goQuote(data) + "\n");
    m_sha.add(data);
    if (m_lines)
        m_lines->append(data);
}

Digest CacheHash::sum()
{
    const Digest d = m_sha.finish();
    if (m_trace)
        (*m_trace)("HASH[" + m_name + "]: " + digestHex(d) + "\n");
    return d;
}

Digest subkey(const Digest &parent, const QByteArray &desc, const HashTrace *trace)
{
    Sha256 h;
    h.add(QByteArrayLiteral("subkey:"));
    h.add(digestBytes(parent));
    h.add(desc);
    const Digest out = h.finish();
    if (trace)
        (*trace)("HASH subkey " + digestHex(parent) + " " + goQuote(desc) + " = " + digestHex(out) +
                 "\n");
    return out;
}

QByteArray hashSalt(const QString &goVersion)
{
    const qsizetype x = goVersion.indexOf(QLatin1String(" X:"));
    return (x >= 0 ? goVersion.left(x) : goVersion).toUtf8();
}

Result<Digest> FileHasher::hash(const QString &file)
{
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_known.constFind(file); it != m_known.constEnd())
            return *it;
    }
    auto d = sha256File(file);
    if (!d) {
        if (m_trace)
            (*m_trace)("HASH " + file.toUtf8() + ": " + d.error().message.toUtf8() + "\n");
        return d;
    }
    if (m_trace)
        (*m_trace)("HASH " + file.toUtf8() + ": " + digestHex(*d) + "\n");
    QMutexLocker lock(&m_mutex);
    m_known.insert(file, *d);
    return *d;
}

QString FileHasher::hashString(const QString &file)
{
    auto d = hash(file);
    return d ? hashToString(*d) : QString();
}

} // namespace kiln::cache
