// Comparing what `go test` and `kiln-cli test` print, modulo what differs
// from one run of the same test binary to the next.
//
// Text (normaliseTestOutput), line by line:
//   12.345s, (0.00s), (1s)         → T, (T)
//   0x…                            → 0xX
//   a goroutine dump               → one "<goroutines>" line: from a line
//     "goroutine N [state]:" up to the next line that starts with FAIL, ok,
//     PASS, exit status, ***, ---, ===, panic: or [signal (blank lines, stack
//     frames and further goroutines in between are dropped)
//   t.Log lines "    file.go:12: …" → digits after the prefix become N (std
//     tests log random inputs, temp dir names, counts)
//
// -json (testEventsByTest): every line is one event; events are grouped by
// "Package\tTest" (build events by "build\tImportPath") in stream order, so
// go's interleaving across packages and parallel tests does not matter but
// each test's own sequence does. Each event is re-encoded without Time,
// with Elapsed as 0, and its Output normalised as above (the dump state is
// kept per group).
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kiln::test
{

QByteArray normaliseTestOutput(const QByteArray &text);

struct TestEventGroups {
    QMap<QString, QStringList> groups; // key → normalised events in order
    QMap<QString, int> testResults;    // package → tests with pass/fail/skip
    QStringList badLines;              // lines that are not JSON objects
};

TestEventGroups testEventsByTest(const QByteArray &stream);

// The first difference between two group maps, "" when equal: the key and
// the first differing event of each side.
QString firstGroupDifference(const QMap<QString, QStringList> &go,
                             const QMap<QString, QStringList> &kiln);

} // namespace kiln::test
