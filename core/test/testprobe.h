// A cache-only walk of a prepared `go test` graph: the action IDs the
// Builder would compute, without running any tool (no compile, no link, no
// test binary; only `-V=full` tool IDs and, for cgo packages, the C
// compiler's version probe, which the action IDs hash).
//
// In go's post-order, per action:
//   build / preprocess PGO  its action ID (exec/actionid.h, from its
//                           dependencies' build IDs), then useCache's
//                           lookups: an installed target whose build ID
//                           starts with the ID, else the GOCACHE entry; a hit
//                           takes the build ID of the cached file, exactly
//                           as the Builder does. No entry: Miss — the tool
//                           would run, and its output (content ID) is unknown.
//   built-in package, nop   nothing to compute (the Builder does nothing)
//   link                    its action ID; the build ID useCache gives it
//                           before go test's tryCache (id1 is taken from
//                           it), and the build ID of a cached binary if
//                           GOCACHE has one (id2 is its content ID)
//   any other mode          not visited
// An action with a dependency that missed is Blocked: its ID depends on a
// content ID only running the tool can tell. A Miss whose dependencies all
// hit is a package whose own inputs changed.
//
// Blocking (file hashing, cache reads); call it on a worker. Reads GOCACHE
// like a build (go refreshes the mtime of a used entry at most hourly).
#pragma once

#include "exec/actionstate.h"
#include "test/testpipeline.h"

#include <QList>
#include <QString>

namespace kiln::test
{

enum class ProbeStatus { NotVisited, Hit, Miss, Blocked, Failed };

struct ActionProbe {
    ProbeStatus status = ProbeStatus::NotVisited;
    QString error;         // Failed: why the ID could not be computed
    QString cachedBuildID; // link: the build ID of the binary GOCACHE holds ("" none)
};

struct TestGraphProbe {
    QList<exec::ActionState> state; // per action: actionID, buildID, built (as the Builder)
    QList<ActionProbe> actions;

    // The first action in post-order below (and including) action that
    // missed while its dependencies hit; -1 when none.
    int firstMiss(const graph::ActionGraph &graph, int action) const;
};

TestGraphProbe probeTestGraph(const PreparedTest &test);

} // namespace kiln::test
