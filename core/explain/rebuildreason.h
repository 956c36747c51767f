// Why a build ran what it ran: each action of a recorded build
// (cache/buildhistory.h) compared with the previous build of the same action
// key (mode + package with its variant) of the same module.
//
// An action that ran (not a cache hit) is
//   New         no earlier build of the module has this action;
//   OwnInput    lines of its own changed: a file's hash, a flag, a tool ID,
//               the environment, the build info (tags, flags) … — its
//               dependencies' lines may have changed too;
//   Propagated  only dependency lines changed ("import P ID", "packagefile
//               P=ID", "packagemain", a vet's "pkg" and "vetout"):
//               dependencies recompiled to new content IDs;
//   Unchanged   the same preimage as last time, yet not in the cache: the
//               entry was trimmed or removed, -a, or a result go never
//               caches (an executable it only writes to its target).
// An action that hit the cache is
//   EarlyCutoff a dependency ran in this build, but the ID is the same as
//               last time: the dependency's new output has the old content
//               ID, so the change stopped there;
//   Restored    its inputs differ from the previous build, but an older
//               build's result with these inputs was still cached;
//   UpToDate    nothing it depends on changed (or no earlier build).
//
// For Propagated and OwnInput actions whose dependencies changed, the
// dependencies are named, and rootCauses follows them down to the actions
// whose own change started it (OwnInput, New or Unchanged actions). A
// dependency named by import path is the build of that package in the
// action's own variant when the build has one (go test: "build p [q.test]"
// for an action of "x [q.test]" or of the test main "q.test"), else the
// plain package's.
#pragma once

#include "cache/buildhistory.h"
#include "explain/preimagediff.h"

#include <QStringList>

namespace kiln::explain
{

enum class RebuildVerdict { New, OwnInput, Propagated, Unchanged, EarlyCutoff, Restored, UpToDate };

struct ActionExplanation {
    int index = -1; // in HistoryBuild::actions
    QString mode, package;
    RebuildVerdict verdict = RebuildVerdict::UpToDate;
    bool failed = false;
    QList<LineChange> changes;  // against the previous build's preimage
    QStringList dependencies;   // Propagated/OwnInput: packages whose lines changed;
                                // EarlyCutoff: dependencies that ran in this build
    QStringList rootCauses;     // action keys ("build P") the change came from
    qint64 previousBuild = 0;   // timeNs of the build compared with; 0 = none
    QList<QByteArray> preimage; // this build's
    QList<QByteArray> previousPreimage;

    QString key() const { return mode + QLatin1Char(' ') + package; }
    bool ran() const
    {
        return verdict == RebuildVerdict::New || verdict == RebuildVerdict::OwnInput ||
               verdict == RebuildVerdict::Propagated || verdict == RebuildVerdict::Unchanged;
    }
    // The categories of the own (non-dependency) changes, in first-seen order.
    QList<LineCategory> ownCategories() const;
};

struct BuildExplanation {
    qint64 build = 0;                 // the explained build's timeNs
    QList<ActionExplanation> actions; // one per action of the build, in its order

    const ActionExplanation *find(const QString &key) const;
    int count(RebuildVerdict verdict) const;
};

// Explains build against the builds of history recorded before it (build
// itself may or may not be in history). Pure.
BuildExplanation explainBuild(const cache::HistoryBuild &build, const cache::BuildHistory &history);

// "new", "own input changed", "propagated", "unchanged inputs", "early
// cutoff", "restored from cache", "up to date": the words -explain prints.
QString verdictWord(RebuildVerdict verdict);

} // namespace kiln::explain
