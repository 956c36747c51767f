// Reading a GOCACHE directory independently of Kiln's cache code, for
// oracle tests that compare the caches go and Kiln wrote.
//
//   GOCACHE/<hh>/<actionID hex>-a   "v1 " hex64(actionID) " " hex64(outputID) " "
//                                   %20d(size) " " %20d(time ns) "\n"  ; 175 bytes
//   GOCACHE/<hh>/<outputID hex>-d   the output bytes (a directory for
//                                   cached executables)
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace kiln::test
{

struct CacheIndexEntry {
    QString outputID; // hex
    qint64 size = -1;
    qint64 fileSize = 0;
    QString problem; // "" when the entry is well formed (175 bytes, valid fields)
};

struct CacheScan {
    QMap<QString, CacheIndexEntry> entries; // actionID hex → entry
    QMap<QString, QString> outputs;         // outputID hex → path of the -d file
};

CacheScan scanCache(const QString &dir);

// True when the -d file of outputID starts with go's module-index magic
// ("go index v2\n"): entries go writes and Kiln, which does not read the
// module index, never does.
bool isModuleIndexBlob(const CacheScan &scan, const QString &outputID);

// Consistency after an interrupted writer: every -a entry is well formed and
// its -d file exists with the recorded size. One line per problem.
QStringList cacheConsistencyProblems(const QString &dir);

// Kiln's cache against go's after the same builds: every -d file Kiln wrote
// exists in go's cache with identical bytes, and the -a entries (action →
// output, size) are equal, except go's module-index entries. One line per
// problem.
QStringList cacheSubsetProblems(const QString &goDir, const QString &kilnDir);

} // namespace kiln::test
