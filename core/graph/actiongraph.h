// ActionGraph: the actions of one go command and how they depend on each
// other, built exactly as cmd/go's work.Builder builds them (action.go), so
// that Deps order, objdir numbers and priorities match go's.
//
//   go build P...        root "go build"; AutoAction(build) per package:
//                        link for package main, build otherwise
//   go build -o F P      root = AutoAction(install) of P with target F:
//                        "link-install" (main) or "build-install"
//   go build -o DIR/ P…  root "go build" over link-install of each main
//
// A build action's deps are the builds of p.Internal.Imports in order, then
// the shared "preprocess PGO profile" action. A link's deps are its main
// package's build, then every transitively imported build in BFS order
// (built-in packages skipped); main's build also gets a "nop" over those, so
// it compiles last. Objdirs ($WORK/bNNN/) are numbered in construction order;
// priority is the DFS post-order index (the scheduler runs the lowest first).
#pragma once

#include "base/result.h"
#include "graph/action.h"
#include "load/loader.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace kiln::graph
{

struct ActionGraph {
    QList<Action> actions;
    int root = -1;
    QHash<int, QString> packageTargets; // go's p.Target where -o set it (package → path)

    // Reachable actions in DFS post-order (deps first, root last); the
    // position is each action's priority.
    QList<int> postOrder() const;
    // Reachable actions in BFS order from the root: go's actiongraph IDs.
    QList<int> bfsOrder() const;
};

enum class InstallMode { Build, Install };
// Why a compile action is wanted: for its archive, or only for the vet
// config (go's ModeVetOnly: NeedBuild stays unset).
enum class CompileNeed { Archive, VetOnly };

// Builds a graph over the packages of one load. Not thread-safe; pure.
class GraphBuilder
{
public:
    GraphBuilder(const load::LoadResult &load, QString exeSuffix);

    // go's CompileAction / LinkAction / AutoAction. Memoised per
    // (mode, package) like go's cacheAction.
    int compileAction(InstallMode mode, int package, CompileNeed need = CompileNeed::Archive);
    int linkAction(InstallMode mode, int package);
    int autoAction(InstallMode mode, int package);
    int addRoot(Mode mode, const QList<int> &deps);
    // go's VetAction: vet of package over its compile, fmt's compile (vet
    // imports fmt) and the facts-only vets of its imports. Memoised.
    int vetAction(int package, int fmtPackage);

    // For graphs built outside this class (go test's): a fresh objdir
    // number, an action appended as is, and access to one already made.
    int newObjdir() { return ++m_objdirs; }
    int addAction(Action a) { return add(std::move(a)); }
    Action &action(int index) { return m_actions[index]; }

    // Sets a package's install target (go sets p.Target from -o).
    void setTarget(int package, const QString &target) { m_targets[package] = target; }

    // Assigns priorities (post-order) and returns the graph.
    ActionGraph finish(int root);

private:
    int add(Action a);
    int installAction(int action, InstallMode mode);
    int vetxAction(int package, int fmtPackage);
    void addTransitiveLinkDeps(int link, int mainBuild);
    QString target(int package) const;

    const load::LoadResult &m_load;
    QString m_exeSuffix;
    QList<Action> m_actions;
    QHash<QPair<QString, int>, int> m_memo; // (mode key, package) → action
    QHash<int, QString> m_targets;
    int m_objdirs = 0;
};

// The `go build` graph (runBuild) for the packages the patterns named (not
// test-only). output is -o as given ("" = none); a lone main package without
// -o is written to its default executable name, -o /dev/null writes nothing,
// and an -o that is a directory (outputIsDir: exists as one, or ends in a
// slash) receives every main package. Errors: go's fatal messages ("go:
// cannot write multiple packages to non-directory X" …).
struct BuildRequest {
    QList<int> packages;
    QString output;
    bool outputIsDir = false;
    QString exeSuffix; // ".exe" for windows
};
Result<ActionGraph> goBuildGraph(const load::LoadResult &load, const BuildRequest &request);

} // namespace kiln::graph
