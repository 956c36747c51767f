// Reading and comparing `-debug-actiongraph` files (go's actionGraphJSON,
// cmd/go/internal/work/action.go) in oracle tests.
//
//   file   = JSON array of action objects, written with MarshalIndent
//   action = {"ID": BFS index, "Mode", "Package" (ImportPath, "" for none),
//             "Deps": [ID…]?, "Objdir"?, "Target"?, "Built"?, "Priority"?,
//             "NeedBuild"?, "ActionID"?, "BuildID"?, "Cmd": [string…]|null, …}
//
// Actions are matched across two graphs by (Mode, Package); Deps are compared
// as lists of those keys, paths after the work directory (detected from the
// Objdirs, "<work>/bNNN/") and caller-named directories are replaced by
// placeholders, so a go graph and a Kiln graph of the same command compare
// equal exactly when their shapes and IDs agree.
#pragma once

#include "base/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kiln::test
{

struct GraphAction {
    int id = 0;
    QString mode;
    QString package;
    QList<int> deps;
    int priority = 0;
    QString objdir;
    QString target;
    QString built;
    bool needBuild = false;
    QString actionID;
    QString buildID;
    QStringList cmd;

    // "Mode Package": the key actions are matched by.
    QString key() const { return mode + QLatin1Char(' ') + package; }
};

struct ActionGraphFile {
    QList<GraphAction> actions; // by ID
    QString workDir;            // "" when no action has an Objdir
};

// Parses a -debug-actiongraph file. Errors: unreadable, not a JSON array,
// IDs that are not 0..n-1 in order, or a Dep that names no action.
Result<ActionGraphFile> readActionGraph(const QString &file);

// The differences between go's graph and Kiln's, one line each, in three
// groups so a test can expect one group to fail without hiding the others.
struct GraphDiff {
    QStringList actionSet; // (Mode, Package) only in one graph, duplicate keys
    QStringList ids;       // ActionID / BuildID of a matched action
    QStringList shape;     // BFS order, Deps, Priority, Objdir, Target, Built, NeedBuild
};

// Compares the graphs. Each list of replacements (directory → placeholder)
// is applied to that graph's paths after its work dir became "$WORK".
GraphDiff compareActionGraphs(const ActionGraphFile &go, const ActionGraphFile &kiln,
                              const QList<QPair<QString, QString>> &goPaths = {},
                              const QList<QPair<QString, QString>> &kilnPaths = {});

} // namespace kiln::test
