// ActionRecord: what happened to one action during a build, as the build
// engine reports it (IDs, times, the commands run). Read by the exports
// (-debug-actiongraph, -debug-trace) and by the GUI.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kiln::graph
{

struct ActionRecord {
    QString actionID; // HashToString of the action ID; "" if never computed
    QString buildID;  // final build ID
    QString built;    // the file actually produced (cache file on a hit)
    qint64 timeReady = 0, timeStart = 0, timeDone = 0; // ns since the Unix epoch; 0 = never
    QStringList cmds; // one joinUnambiguously(argv) per tool run, absolute paths
    qint64 cmdReal = 0, cmdUser = 0, cmdSys = 0; // ns, summed over cmds
    QList<QByteArray> preimage;                  // the action ID's hashed lines, in order (no salt)
    bool cacheHit = false;
    bool failed = false;
    int worker = -1;
};

} // namespace kiln::graph
