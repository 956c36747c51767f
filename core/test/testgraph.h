// The `go test` action graph (cmd/go test.go runTest + builderTest), built
// with graph::GraphBuilder so objdir numbers, Deps order and priorities
// match go's -debug-actiongraph exactly.
//
// Per tested package P, in command-line order:
//   no test files   build(P) ◄─ test run(P) [+ vet(P)] ◄─ test print(P)
//   test files      testDir = next objdir; build(P.test) gets objdir testDir
//                   link(P.test) target testDir/<name>.test
//                   test run(P) [objdir testDir, tryCache] ─► link, vet(ptest), vet(pxtest)
//                   test clean(P) ─► run;  test print(P) ─► clean
//                   -c / -o: "test build" copies the binary to its target and
//                   "test print (nop)" replaces run/clean/print
// A package imported by another tested package gets build(ptest) ─► build(P)
// (go reports its build errors once). Each print depends on the previous
// print; the root "go test" depends on all prints. With -bench, the first
// run waits for every binary and each later run for the previous print.
#pragma once

#include "base/result.h"
#include "graph/actiongraph.h"
#include "load/loader.h"

#include <QList>
#include <QString>

namespace kiln::test
{

enum class TestVet { Off, On };
enum class TestBinary { Run, CompileOnly /* -c */ };
enum class RunOrder { Parallel, Serial /* -bench */ };

struct TestRequest {
    QList<int> packages; // the tested packages (load roots), in order
    TestVet vet = TestVet::On;
    TestBinary binary = TestBinary::Run;
    QString output;           // -o as given ("" = none)
    bool outputIsDir = false; // -o ends in a slash or names a directory
    RunOrder order = RunOrder::Parallel;
    bool keepBinary = false; // a profiling flag: copy the binary out and still run it
    QString cwd;             // base.Cwd(): where -c writes pkg.test
    QString exeSuffix;
};

struct TestGraph {
    graph::ActionGraph graph;
    QList<int> packages;             // the tested packages, parallel to builds/runs/prints
    QList<int> builds, runs, prints; // action indexes per tested package
};

// go's testBinaryName: "<default exec name>.test".
QString testBinaryName(const load::Package &p);

// Builds the graph. Errors: go's fatal messages (no packages to test,
// -o with several packages that is not a directory).
Result<TestGraph> goTestGraph(const load::LoadResult &load, const TestRequest &request);

} // namespace kiln::test
