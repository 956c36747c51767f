// go.sum files, read for presence (modfetch.HaveSum) and for the recorded
// hashes go list shows (Sum, GoModSum): Kiln never verifies hashes.
// Grammar, one entry a line (blank lines are skipped):
//   line = module-path " " version ["/go.mod"] " " hash
//   hash = algorithm ":" base64   (only "h1:" hashes count)
#pragma once

#include "base/result.h"
#include "load/modfile.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace kiln::load
{

class GoSum
{
public:
    // Reads each file that exists; a missing file is an empty one. A line
    // without three fields is go's "malformed go.sum" error.
    static Result<GoSum> read(const QStringList &files);

    // version may end in "/go.mod" for the go.mod checksum.
    bool has(const QString &path, const QString &version) const;
    // The first hash recorded for path and version (modfetch.RecordedSum).
    QString recorded(const QString &path, const QString &version) const;

private:
    QHash<QString, QString> m_keys; // "path version" → hash
};

} // namespace kiln::load
