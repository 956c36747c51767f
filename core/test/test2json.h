// Test2JsonConverter: a test binary's output as go's JSON test events, event
// for event and byte for byte what cmd/internal/test2json writes (the
// converter behind `go test -json` and `go tool test2json`).
//
// How go test -json drives it, per tested package (the caller's part):
//   construct (writes the "start" event) → feed() the binary's stdout+stderr
//   as it arrives (the binary runs with -test.v=test2json) → feed() go's
//   summary line ("ok  \tP\t0.012s\n"; after a failure "\x16FAIL\tP\t0.012s\n",
//   preceded by the error ("exit status N\n", "signal: killed\n") when go had
//   buffered no output (it streams with -bench or without package
//   arguments) or a signal ended the binary;
//   "FAIL\tP [build failed]\n" with setFailedBuild(); "?   \tP\t[no test
//   files]\n") → exited() → close() (the final "pass"/"fail"/"skip" event).
// `go tool test2json` without a command never calls exited(): the final
// event then comes only from a PASS/FAIL line seen in the input.
//
// Input grammar (lines as the testing package prints them; ^V is 0x16):
//   [^V] "=== RUN   " name          → "run" event, then the line as output
//   [^V] "=== PAUSE " name          → the line as output, then "pause"
//   [^V] "=== CONT  " name          → "cont";  "=== PASS  " / "=== FAIL  " /
//                                     "=== SKIP  " likewise
//   [^V] "=== NAME  " name          → only sets the test later output belongs to
//   [^V] "=== ATTR  " name key value→ "attr" with Key and Value
//   [^V] {"    "} "--- PASS: " name [" (" secs "s)"]   (also FAIL, SKIP, BENCH)
//        → a report, held until a line at the same or a shallower level (or
//          an update, or PASS/FAIL) flushes it; the indent is the nesting depth
//   [^V] "PASS" | "FAIL" | "FAIL\t"...  → flushes every report; the result
//   "?   \t" P "\t[no test files]"      → the result is "skip"
//   anything else                       → "output" events of the current test
// Once a framing line came with ^V, lines without it are plain output.
// Output lines longer than 1024 bytes become several output events.
//
// Threading: not thread-safe; the sink runs on the feeding thread.
#pragma once

#include "test/test2jsonevent.h"
#include "test/test2jsoninput.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

namespace kiln::test
{

// Whether events carry Time and Elapsed (go test -json and `test2json -t`:
// Include; plain `go tool test2json`: Omit, which drops both).
enum class Test2JsonTimes { Omit, Include };

// How the test binary ended (go: Exited(err) with err == nil or not).
enum class TestExit { Success, Failure };

struct Test2JsonOptions {
    Test2JsonTimes times = Test2JsonTimes::Include;
    // Time of each event and the final Elapsed; default test2JsonNow().
    std::function<Test2JsonInstant()> clock;
    // go's buffer sizes; tests shrink them as go's own tests do.
    qsizetype inputBufferSize = 4096;  // longest framing line recognised
    qsizetype outputBufferSize = 1024; // longest single output event (>= 4)
};

class Test2JsonConverter
{
public:
    // Receives each event and its encoded line (ending in '\n'; for an event
    // go cannot marshal, go's "testjson internal error" line instead).
    using Sink = std::function<void(const Test2JsonEvent &event, const QByteArray &line)>;

    // Writes the "start" event through sink before returning. package is
    // the import path named in every event ("" omits the field).
    Test2JsonConverter(const QString &package, Sink sink, Test2JsonOptions options = {});

    Test2JsonConverter(const Test2JsonConverter &) = delete;
    Test2JsonConverter &operator=(const Test2JsonConverter &) = delete;

    // The binary's output, in the chunks it arrived in: where a benchmark
    // name or a long line ends a chunk decides how output events are cut
    // (see Test2JsonLineBuffer), as in go. Ignored after close().
    void feed(QByteArrayView bytes);

    // go's SetFailedBuild: the Desc() of the package whose build failure
    // failed this test, reported as FailedBuild in a final "fail" event.
    void setFailedBuild(const QString &packageDesc);

    // The binary exited: Success makes the result "pass" (unless it was
    // "skip"), Failure makes it "fail".
    void exited(TestExit exit);

    // Flushes unfinished lines as output and writes the final event (if a
    // result is known) with Elapsed = time since construction, rounded to
    // the millisecond. Reports still pending are dropped, as go drops them.
    // Later calls do nothing; the destructor does not close.
    void close();

private:
    void handleInputLine(QByteArrayView line);
    bool handleReport(QByteArrayView line, QByteArrayView origLine, int indent, bool sawMarker);
    void handleUpdate(QByteArrayView line, bool sawMarker);
    void flushReport(qsizetype depth);
    void writeOutput(QByteArrayView bytes);
    void writeEvent(Test2JsonEvent event);
    bool timed() const { return m_options.times == Test2JsonTimes::Include; }

    Sink m_sink;
    Test2JsonOptions m_options;
    QByteArray m_package;
    Test2JsonInstant m_start;
    QByteArray m_testName;          // the test output is attributed to
    QList<Test2JsonEvent> m_report; // pending reports, outermost first
    QByteArray m_result;            // "", "pass", "fail" or "skip"
    QByteArray m_failedBuild;
    bool m_needMarker = false; // framing lines need ^V
    bool m_closed = false;
    Test2JsonLineBuffer m_output; // declared before m_input, which feeds it
    Test2JsonLineBuffer m_input;
};

} // namespace kiln::test
