// TestFlags: the command line of `go test` (cmd/go/internal/test/testflag.go
// testFlags, plus the flag-derived values runTest reads), parsed the way go
// parses it, with go's errors.
//
//   go test [-C dir] [build/test flags] [packages] [build/test flags & test binary flags]
//
// The flag set is go build's (parseBuildFlags; -v, -json and -o are go
// test's own) plus go test's flags (-c -o -exec -json -vet -coverprofile and
// the flags forwarded to the binary, each also accepted as -test.<name>:
// bench benchmem benchtime blockprofile blockprofilerate count coverprofile
// cpu cpuprofile failfast fullpath fuzz fuzzminimizetime fuzztime list
// memprofile memprofilerate mutexprofile mutexprofilefraction outputdir
// parallel run short shuffle skip timeout trace v).
//
// Steps, as in go:
//   1. -C dir as the first argument (see buildflags.h).
//   2. $GOFLAGS is checked (goflags.h) and applied; errors end with
//        usage: go test [build/test flags] [packages] [build/test flags & test binary flags]
//        Run 'go help test' for details.
//   3. The arguments are read one at a time (cmdflag.ParseOne):
//      - a known flag is set; a forwarded one is appended to the binary's
//        arguments as -test.<name>=<flag.Value.String()> (-v → -test.v=true);
//      - "--" and everything after it go to the binary, "--" included;
//      - -args / --args: everything after it goes to the binary;
//      - an unknown flag goes to the binary as written and ends the package
//        list; if it has no "=value", the next non-flag argument is taken as
//        its value (binary argument) and scanning goes on;
//      - other non-flags are package names while they are consecutive and
//        come before any unknown flag; after that, a non-flag and everything
//        after it go to the binary.
//      Errors (exit status 2) end with
//        usage: go test [build/test flags] [packages] [build/test flags & test binary flags]
//        Run 'go help test' and 'go help testflag' for details.
//      -h, -help, -? print those two lines alone (exit status 2).
//   4. go: unknown flag -x cannot be used with -c          (then the usage, 2)
//   5. testArgs = [-test.v=test2json (-json)]
//                 + forwarded flags set only in GOFLAGS, by flag name
//                 + [-test.timeout=10m0s unless a timeout was set]
//                 + [-test.outputdir=<cwd> when profiling without -outputdir]
//                 + the command line's binary arguments in order.
// runTest passes the binary: [exec words] binary [-test.testlogfile=…]
// -test.paniconexit0 [-test.fuzzcachedir=…] [-test.gocoverdir=…] testArgs,
// with a -test.coverprofile= argument replaced by its temporary file.
//
// Not here (they need loaded packages or go env): work.BuildInit's checks
// (checkBuildFlags), "no packages to test", the -fuzz and profiling checks,
// -o with several packages.
#pragma once

#include "flags/buildflags.h"
#include "flags/flagset.h"
#include "flags/testflagsvalues.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::flags
{

enum class VetMode {
    Default,  // go test's default analyzer subset (no -vet, or -vet=)
    Off,      // -vet=off
    All,      // -vet=all: vet's own default, every analyzer
    Analyzers // -vet=a,b: just these
};

struct TestFlags {
    // go build's flags as go test takes them: build.packages = packageArgs,
    // build.goflags = GOFLAGS's words, build.json = json (go's BuildJSON; a
    // caller honouring GODEBUG=gotestjsonbuildtext=1 clears it), build.cover
    // is also set by -coverprofile. build.output and build.verbose stay
    // unset: go test's -o and -v are output and verbose below.
    BuildFlags build;
    QStringList packageArgs; // go's pkgArgs; empty = local directory mode
    QStringList testArgs;    // go's testArgs (see the header comment)

    bool compileOnly = false; // -c
    QString output;           // -o, as given
    QStringList execCmd;      // -exec's words
    bool json = false;        // -json
    TestVet vet = defaultTestVet();

    TestVerbose verbose;                           // -v (also -v=test2json)
    std::optional<qint64> count;                   // -count
    bool failfast = false;                         // -failfast
    bool shortMode = false;                        // -short
    QString run, skip, list;                       // -run, -skip, -list
    QString bench;                                 // -bench; "" = no benchmarks
    QString fuzz;                                  // -fuzz; "" = no fuzzing
    GoDuration timeout = std::chrono::minutes(10); // -timeout; <= 0 = none
    QString coverProfile;                          // -coverprofile, as given
    QString outputDir;                             // -outputdir made absolute; "" = go's directory
    QString blockProfile, cpuProfile, memProfile, mutexProfile, trace;
    bool showHelp = false; // -h/-help/--help among the binary's arguments (go's testHelp)

    bool packageListMode() const { return !packageArgs.isEmpty(); }
    VetMode vetMode() const;
    // Whether a passing test's output is printed (testShowPass).
    bool showPass() const;
    // "-blockprofile", "-cpuprofile", "-memprofile", "-mutexprofile", "-trace"
    // (the first set, in that order) or "": go's testProfile.
    QString profileFlag() const;
    // The binary is kept (profiles or -o): go's testNeedBinary.
    bool needBinary() const;
    // outputdirFlag.getAbs: outputDir, else the working directory.
    QString effectiveOutputDir() const;
    // runTest's deadlines: with a positive timeout and neither -fuzz nor
    // -bench, waitDelay = max(timeout/10, 5s) and killTimeout = timeout +
    // max(waitDelay, 1m); otherwise waitDelay 0 (unlimited) and killTimeout
    // about a century (876000h).
    GoDuration waitDelay() const;
    GoDuration killTimeout() const;
};

// args: what follows "test"; goflags: the GOFLAGS value (go env's);
// workingDir: absolute. File system: reads only -C's directory.
FlagResult<TestFlags> parseTestFlags(const QStringList &args, const QString &goflags,
                                     const QString &workingDir);

} // namespace kiln::flags
