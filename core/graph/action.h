// Action: one node of go's action graph (cmd/go work/action.go), as a plain
// value. Actions live in an ActionGraph and refer to each other and to
// packages by index. Deps order is significant: it is the order of the
// `import`/`packagefile` lines in action IDs and of importcfg lines.
#pragma once

#include <QList>
#include <QString>

namespace kiln::graph
{

enum class Mode {
    Build,          // "build": compile one package
    BuiltinPackage, // "built-in package": unsafe (nothing to do)
    BuildInstall,   // "build-install"
    Link,           // "link"
    LinkInstall,    // "link-install": copy the linked binary to its target
    Nop,            // "nop": orders main's compile after its link deps
    PreprocessPgo,  // "preprocess PGO profile"
    GoBuild,        // "go build": the root of go build
    Vet,            // "vet": go vet on one package (facts only when vetxOnly)
    TestRun,        // "test run": run a test binary (or report no test files)
    TestClean,      // "test clean": remove the test's objdir
    TestPrint,      // "test print": print a test's output, in package order
    TestPrintNop,   // "test print (nop)": -c
    TestBuild,      // "test build": copy the test binary to -o / pkg.test (-c)
    GoTest,         // "go test": the root of go test
};

// go's mode string ("build", "link-install" …).
QString modeName(Mode mode);

struct Action {
    Mode mode = Mode::Nop;
    int package = -1;   // index into LoadResult::packages; -1 for none
    QList<int> deps;    // indexes into ActionGraph::actions, go's order
    int objdir = 0;     // NNN of $WORK/bNNN/; 0 = none
    QString target;     // intended output; "$WORK/..." paths are relative to the work dir
    QString pgoProfile; // PreprocessPgo: the profile it reads
    int priority = 0;   // DFS post-order index: lower runs first
    bool ignoreFail = false;
    bool needBuild = false; // build actions: the archive is needed (not just vet data)
    bool cacheExecutable = false;
    bool needVet = false;  // build actions: write vet.cfg for a vet action
    bool vetxOnly = false; // vet actions: only compute facts for dependents
    bool tryCache = false; // test run: its result may be cached (go's TryCache)
};

} // namespace kiln::graph
