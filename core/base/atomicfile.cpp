#include "base/atomicfile.h"

namespace kiln
{

AtomicFile::AtomicFile(const QString &path) : m_file(path) {}

Result<void> AtomicFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return failAt(m_file.fileName(), 0, 0, m_file.errorString());
    return {};
}

Result<void> AtomicFile::write(const QByteArray &data)
{
    if (m_file.write(data) != data.size())
        return failAt(m_file.fileName(), 0, 0, m_file.errorString());
    return {};
}

Result<void> AtomicFile::commit()
{
    if (!m_file.commit())
        return failAt(m_file.fileName(), 0, 0, m_file.errorString());
    return {};
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    AtomicFile f(path);
    if (auto r = f.open(); !r)
        return r;
    if (auto r = f.write(data); !r)
        return r;
    return f.commit();
}

} // namespace kiln
