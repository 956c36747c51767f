// Directory listing by raw bytes. File names on Linux are bytes, not text: a
// name that is not valid UTF-8 cannot round-trip through QString, so code
// that must behave like go on such names lists and opens them through this.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kiln
{

struct RawDirEntry {
    QByteArray rawName; // the name's bytes
    QString name;       // decoded; invalid bytes become U+FFFD
    bool validUtf8 = true;
    bool isDir = false; // after following a symbolic link
};

// Entries of dir other than "." and "..", sorted by raw bytes (like go's
// os.ReadDir). Errors: the directory cannot be opened.
Result<QList<RawDirEntry>> readDirRaw(const QString &dir);

// Reads a file named by dir (text) and a raw name.
Result<QByteArray> readFileRaw(const QString &dir, const QByteArray &rawName);

} // namespace kiln
