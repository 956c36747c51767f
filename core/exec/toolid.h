// Tool IDs (cmd/go work/buildid.go toolID): what identifies a Go tool in
// action IDs. `<tool> -V=full` prints "<name> version <ver> [X:exps]
// [buildID=...]"; for a release the whole trimmed line is the ID, for a
// devel toolchain the content ID of the tool's build ID. Every action ID that
// names a tool hashes this string, so a toolchain change rebuilds everything.
#pragma once

#include "base/result.h"

#include <QMap>
#include <QMutex>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <future>

namespace kiln::exec
{

// Parses the -V=full output of tool `name`. Errors: go's text for output
// that is not a version line ("go: parsing buildID from ...").
Result<QString> parseToolVersion(const QString &name, const QByteArray &output);

// Runs `<toolDir>/<name> -V=full` once per name and remembers the answer.
// Thread-safe. id() blocks until the answer for name is known; prefetch()
// starts the runs in the background, so the tools start in parallel.
class ToolIds
{
public:
    ToolIds(QString toolDir, QProcessEnvironment env);
    Result<QString> id(const QString &name);
    void prefetch(const QStringList &names);

private:
    std::shared_future<Result<QString>> start(const QString &name);

    QString m_toolDir;
    QProcessEnvironment m_env;
    QMutex m_mutex;
    QMap<QString, std::shared_future<Result<QString>>> m_ids;
};

} // namespace kiln::exec
