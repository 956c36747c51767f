// What the GUI knows about one build, as plain values: the actions of its
// graph (ActionInfo, fixed once the graph exists), what happened to each
// (ActionRun, updated in batches while the build runs) and the outcome.
// Made on the build's worker thread, handed to the UI thread whole; models
// and views keep their own copies.
#pragma once

#include "exec/buildevents.h"
#include "graph/action.h"
#include "graph/actionrecord.h"
#include "test/test2jsonevent.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kiln::gui
{

// The state of an action, the same words and colours everywhere (table,
// timeline, graph; see models/actionstatus.h).
enum class ActionStatus {
    Waiting,   // its dependencies have not finished
    Ready,     // can run, waiting for a worker
    Running,   // a worker runs it
    CacheHit,  // finished: its result came from GOCACHE (or an up-to-date target)
    Built,     // finished: the work ran and succeeded
    Failed,    // finished: the work failed
    Skipped,   // not run: a dependency failed
    Cancelled, // not run or stopped: the build was stopped
};

struct ActionInfo {
    graph::Mode mode = graph::Mode::Nop;
    QString package;    // import path; "" for actions without a package
    QString desc;       // go's package description: "p", or "p [p.test]" for a test variant
    QString packageDir; // absolute; "" without a package
    bool standard = false;
    QString objdir; // "$WORK/b001/"; "" for none
    QString target; // what it produces ("$WORK/…" or a file); "" for none
    QList<int> deps;
    int priority = 0; // the scheduler runs the lowest ready one first
    // What to call the package: desc, else the import path.
    QString packageDesc() const { return desc.isEmpty() ? package : desc; }
};

struct ActionRun {
    ActionStatus status = ActionStatus::Waiting;
    int worker = -1;                             // 0-based lane; -1 = not run on a worker
    qint64 readyNs = 0, startNs = 0, doneNs = 0; // ns since the Unix epoch; 0 = not yet
    graph::ActionRecord record;                  // complete once the action finished
    bool finished() const { return doneNs != 0; }
};

// The build as it starts (after load and graph construction).
struct BuildStart {
    QStringList arguments; // what followed "go build"
    QString workingDir;
    QString workDir; // $WORK
    int workers = 1; // -p
    qint64 startNs = 0;
    int root = -1;
    QList<ActionInfo> actions;
};

struct ActionUpdate {
    int action = -1;
    ActionRun run;
};

// Build: go build; Run: go build -o, then the program; Test: go test.
enum class BuildKind { Build, Run, Test };

// Console text: what Kiln says (the command, the summary), what go prints
// on stderr (warnings, "# pkg" reports), go test's stdout (test output and
// the ok/FAIL/? lines), and a Run's program output.
enum class OutputKind { Info, Build, TestOut, ProgramOut, ProgramErr };

// One event of a test run, as `go test -json` would report it for the
// package (test/test2json.h made it from the run's output): "start", "run",
// "output", "pass"/"fail"/"skip" of a test (Test set) or, last, of the
// package (Test empty). A package that failed its setup has no action (-1).
struct TestEvent {
    int action = -1; // the "test run" action
    test::Test2JsonEvent event;
};

// How a build (and, for Run, the program) ended.
struct BuildOutcome {
    BuildKind kind = BuildKind::Build;
    bool started = false; // the graph was built and the Builder ran
    QString error;        // why it could not start (go's text); "" when it started
    exec::BuildSummary summary;
    int rebuilt = 0;          // actions whose tools ran
    qint64 toolNs = 0;        // tool time of those actions (sum of CmdReal)
    qint64 savedNs = 0;       // estimate, see BuildController::savedTime
    int savedUnknown = 0;     // cache hits without a known earlier run
    QStringList outputs;      // files the build wrote outside $WORK
    int exitCode = -1;        // Run: the program's exit status; -1 if it did not exit normally
    bool cancelled = false;   // Stop was pressed
    bool testsFailed = false; // Test: a test or a package's setup failed (go's exit status 1)
    bool ok() const
    {
        return started && summary.ok() && !cancelled && !testsFailed &&
               (kind != BuildKind::Run || exitCode == 0);
    }
};

} // namespace kiln::gui

Q_DECLARE_METATYPE(kiln::gui::BuildStart)
Q_DECLARE_METATYPE(kiln::gui::BuildOutcome)
Q_DECLARE_METATYPE(kiln::gui::TestEvent)
