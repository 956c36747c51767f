// AtomicFile: writes land only on an explicit commit(). Data goes to a temp
// file beside the target; commit() flushes and renames it over the target.
// Destroying an uncommitted AtomicFile removes the temp file, so a crash or an
// error never leaves a half-written target.
#pragma once

#include "base/result.h"

#include <QSaveFile>
#include <QString>

namespace kiln
{

class AtomicFile
{
public:
    explicit AtomicFile(const QString &path);
    Result<void> open();
    Result<void> write(const QByteArray &data);
    Result<void> commit();

private:
    QSaveFile m_file;
};

// One-shot: writes all of data to path atomically.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace kiln
