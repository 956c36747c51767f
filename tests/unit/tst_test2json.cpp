// tst_test2json: Test2JsonConverter on small hand-written test outputs, one
// row per rule of go's test2json (framing lines, reports and their nesting,
// pause/cont, attr, bench lines, skips, panics, ^V framing, partial and long
// lines, UTF-8), and the JSON encoding of events and build events.
#include "base/gojson.h"
#include "test/test2json.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace kiln::test;

#define M "\x16"

namespace
{

Test2JsonOptions untimed(qsizetype inBuf = 4096, qsizetype outBuf = 1024)
{
    Test2JsonOptions o;
    o.times = Test2JsonTimes::Omit;
    o.inputBufferSize = inBuf;
    o.outputBufferSize = outBuf;
    return o;
}

struct Collected {
    QByteArray lines;
    QList<Test2JsonEvent> events;
};

// Feeds chunks as go tool test2json reading stdin does (no exited()).
Collected convert(const QList<QByteArray> &chunks, Test2JsonOptions options = untimed(),
                  const QString &package = {})
{
    Collected c;
    Test2JsonConverter conv(
        package,
        [&c](const Test2JsonEvent &e, const QByteArray &line) {
            c.events.append(e);
            c.lines += line;
        },
        std::move(options));
    for (const QByteArray &chunk : chunks)
        conv.feed(chunk);
    conv.close();
    return c;
}

QList<QByteArray> bytewise(const QList<QByteArray> &chunks)
{
    QList<QByteArray> out;
    for (const QByteArray &chunk : chunks)
        for (char b : chunk)
            out.append(QByteArray(1, b));
    return out;
}

QList<QByteArray> linewise(const QList<QByteArray> &chunks)
{
    const QByteArray all = chunks.join();
    QList<QByteArray> out;
    qsizetype start = 0;
    while (start < all.size()) {
        const qsizetype nl = all.indexOf('\n', start);
        const qsizetype end = nl < 0 ? all.size() : nl + 1;
        out.append(all.mid(start, end - start));
        start = end;
    }
    return out;
}

} // namespace

class TestTest2Json : public QObject
{
    Q_OBJECT

private slots:
    void convert_data();
    void convert();
    void tinyBuffers_data();
    void tinyBuffers();
    void result_data();
    void result();
    void timestamps();
    void reportElapsed_data();
    void reportElapsed();
    void packageAndEvents();
    void jsonString_data();
    void jsonString();
    void jsonFloat_data();
    void jsonFloat();
    void rfc3339_data();
    void rfc3339();
    void parseFloat_data();
    void parseFloat();
    void trimSpace_data();
    void trimSpace();
    void benchmarkName_data();
    void benchmarkName();
    void trimUtf8_data();
    void trimUtf8();
    void buildEvents();
};

// Rows: chunks as they arrive, go tool test2json's output for them (checked
// against go 1.25), and whether other chunkings may give other events.
void TestTest2Json::convert_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("chunkingMatters");

    QTest::newRow("pass") << QList<QByteArray>{"=== RUN   TestA\n--- PASS: TestA (0.00s)\nPASS\n"}
                          << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Test":"TestA","Output":"--- PASS: TestA (0.00s)\n"}
{"Action":"pass","Test":"TestA"}
{"Action":"output","Output":"PASS\n"}
{"Action":"pass"}
)J") << false;

    // Reports are held and flushed innermost first; indented output belongs
    // to the test reported at that depth.
    QTest::newRow("subtests")
        << QList<QByteArray>{"=== RUN   TestOuter\n=== RUN   TestOuter/sub1\n    x_test.go:10: "
                             "hello\n=== RUN   TestOuter/sub2\n--- FAIL: TestOuter (0.01s)\n    "
                             "--- PASS: TestOuter/sub1 (0.00s)\n    --- FAIL: TestOuter/sub2 "
                             "(0.00s)\n        x_test.go:20: bad\nFAIL\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestOuter"}
{"Action":"output","Test":"TestOuter","Output":"=== RUN   TestOuter\n"}
{"Action":"run","Test":"TestOuter/sub1"}
{"Action":"output","Test":"TestOuter/sub1","Output":"=== RUN   TestOuter/sub1\n"}
{"Action":"output","Test":"TestOuter/sub1","Output":"    x_test.go:10: hello\n"}
{"Action":"run","Test":"TestOuter/sub2"}
{"Action":"output","Test":"TestOuter/sub2","Output":"=== RUN   TestOuter/sub2\n"}
{"Action":"output","Test":"TestOuter","Output":"--- FAIL: TestOuter (0.01s)\n"}
{"Action":"output","Test":"TestOuter/sub1","Output":"    --- PASS: TestOuter/sub1 (0.00s)\n"}
{"Action":"pass","Test":"TestOuter/sub1"}
{"Action":"output","Test":"TestOuter/sub2","Output":"    --- FAIL: TestOuter/sub2 (0.00s)\n"}
{"Action":"output","Test":"TestOuter/sub2","Output":"        x_test.go:20: bad\n"}
{"Action":"fail","Test":"TestOuter/sub2"}
{"Action":"fail","Test":"TestOuter"}
{"Action":"output","Output":"FAIL\n"}
{"Action":"fail"}
)J") << false;

    // The pause line is output before the pause event; cont after it.
    QTest::newRow("pause-cont")
        << QList<QByteArray>{"=== RUN   TestP\n=== PAUSE TestP\n=== RUN   TestQ\n=== PAUSE "
                             "TestQ\n=== CONT  TestP\n    p_test.go:5: log p\n=== CONT  TestQ\n "
                             "   p_test.go:9: log q\n--- PASS: TestQ (0.02s)\n--- PASS: TestP "
                             "(0.03s)\nPASS\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestP"}
{"Action":"output","Test":"TestP","Output":"=== RUN   TestP\n"}
{"Action":"output","Test":"TestP","Output":"=== PAUSE TestP\n"}
{"Action":"pause","Test":"TestP"}
{"Action":"run","Test":"TestQ"}
{"Action":"output","Test":"TestQ","Output":"=== RUN   TestQ\n"}
{"Action":"output","Test":"TestQ","Output":"=== PAUSE TestQ\n"}
{"Action":"pause","Test":"TestQ"}
{"Action":"cont","Test":"TestP"}
{"Action":"output","Test":"TestP","Output":"=== CONT  TestP\n"}
{"Action":"output","Test":"TestP","Output":"    p_test.go:5: log p\n"}
{"Action":"cont","Test":"TestQ"}
{"Action":"output","Test":"TestQ","Output":"=== CONT  TestQ\n"}
{"Action":"output","Test":"TestQ","Output":"    p_test.go:9: log q\n"}
{"Action":"output","Test":"TestQ","Output":"--- PASS: TestQ (0.02s)\n"}
{"Action":"pass","Test":"TestQ"}
{"Action":"output","Test":"TestP","Output":"--- PASS: TestP (0.03s)\n"}
{"Action":"pass","Test":"TestP"}
{"Action":"output","Output":"PASS\n"}
{"Action":"pass"}
)J") << false;

    // === NAME lines only switch the test; a bare one (trailing spaces lost)
    // switches to none. Pending reports are dropped at close.
    QTest::newRow("name")
        << QList<QByteArray>{"=== RUN   TestA\n=== RUN   TestB\n=== NAME  TestA\n    "
                             "a_test.go:1: from a\n=== NAME\nplain\n--- PASS: TestA (0.00s)\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"run","Test":"TestB"}
{"Action":"output","Test":"TestB","Output":"=== RUN   TestB\n"}
{"Action":"output","Test":"TestA","Output":"    a_test.go:1: from a\n"}
{"Action":"output","Output":"plain\n"}
{"Action":"output","Test":"TestA","Output":"--- PASS: TestA (0.00s)\n"}
)J") << false;

    QTest::newRow("attr")
        << QList<QByteArray>{"=== RUN   TestA\n=== ATTR  TestA key some value\n=== ATTR  TestA "
                             "lonekey\n--- PASS: TestA (0.00s)\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"attr","Test":"TestA","Key":"key","Value":"some value"}
{"Action":"output","Test":"TestA","Output":"=== ATTR  TestA key some value\n"}
{"Action":"attr","Test":"TestA","Key":"lonekey"}
{"Action":"output","Test":"TestA","Output":"=== ATTR  TestA lonekey\n"}
{"Action":"output","Test":"TestA","Output":"--- PASS: TestA (0.00s)\n"}
)J") << false;

    QTest::newRow("skip")
        << QList<QByteArray>{"=== RUN   TestS\n    s_test.go:3: skipped because\n--- SKIP: TestS "
                             "(0.00s)\nPASS\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestS"}
{"Action":"output","Test":"TestS","Output":"=== RUN   TestS\n"}
{"Action":"output","Test":"TestS","Output":"    s_test.go:3: skipped because\n"}
{"Action":"output","Test":"TestS","Output":"--- SKIP: TestS (0.00s)\n"}
{"Action":"skip","Test":"TestS"}
{"Action":"output","Output":"PASS\n"}
{"Action":"pass"}
)J") << false;

    QTest::newRow("no-test-files") << QList<QByteArray>{"?   \texample.com/m/x\t[no test files]\n"}
                                   << QByteArray(R"J({"Action":"start"}
{"Action":"output","Output":"?   \texample.com/m/x\t[no test files]\n"}
{"Action":"skip"}
)J") << false;

    // A panicking test: its trace stays with it until go's FAIL line.
    QTest::newRow("panic")
        << QList<QByteArray>{"=== RUN   TestPanic\n--- FAIL: TestPanic (0.00s)\npanic: boom "
                             "[recovered]\n\tpanic: boom\n\ngoroutine 7 [running]:\n"
                             "testing.tRunner.func1()\n\t/go/src/testing/testing.go:1 +0x1\nexit "
                             "status 2\nFAIL\texample.com/m\t0.005s\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestPanic"}
{"Action":"output","Test":"TestPanic","Output":"=== RUN   TestPanic\n"}
{"Action":"output","Test":"TestPanic","Output":"--- FAIL: TestPanic (0.00s)\n"}
{"Action":"output","Test":"TestPanic","Output":"panic: boom [recovered]\n"}
{"Action":"output","Test":"TestPanic","Output":"\tpanic: boom\n"}
{"Action":"output","Test":"TestPanic","Output":"\n"}
{"Action":"output","Test":"TestPanic","Output":"goroutine 7 [running]:\n"}
{"Action":"output","Test":"TestPanic","Output":"testing.tRunner.func1()\n"}
{"Action":"output","Test":"TestPanic","Output":"\t/go/src/testing/testing.go:1 +0x1\n"}
{"Action":"output","Test":"TestPanic","Output":"exit status 2\n"}
{"Action":"fail","Test":"TestPanic"}
{"Action":"output","Output":"FAIL\texample.com/m\t0.005s\n"}
{"Action":"fail"}
)J") << false;

    QTest::newRow("framed-panic")
        << QList<QByteArray>{M "=== RUN   TestPanic\n" M "--- FAIL: TestPanic (0.00s)\npanic: "
                               "boom [recovered]\n\tpanic: boom\n\ngoroutine 7 [running]:\nexit "
                               "status 2\n" M "FAIL\texample.com/m\t0.005s\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestPanic"}
{"Action":"output","Test":"TestPanic","Output":"=== RUN   TestPanic\n"}
{"Action":"output","Test":"TestPanic","Output":"--- FAIL: TestPanic (0.00s)\n"}
{"Action":"output","Test":"TestPanic","Output":"panic: boom [recovered]\n"}
{"Action":"output","Test":"TestPanic","Output":"\tpanic: boom\n"}
{"Action":"output","Test":"TestPanic","Output":"\n"}
{"Action":"output","Test":"TestPanic","Output":"goroutine 7 [running]:\n"}
{"Action":"output","Test":"TestPanic","Output":"exit status 2\n"}
{"Action":"fail","Test":"TestPanic"}
{"Action":"output","Output":"FAIL\texample.com/m\t0.005s\n"}
{"Action":"fail"}
)J") << false;

    // A benchmark name and its tab go out as soon as they arrive (when the
    // name is a benchmark's: "Benchmark" alone or followed by a rune that is
    // not lower case, invalid UTF-8 included); the result follows later.
    QTest::newRow("bench")
        << QList<QByteArray>{"goos: linux\ngoarch: amd64\nBenchmarkFoo-2   \t",
                             "     100\t        12.5 ns/op\n--- BENCH: BenchmarkFoo-2\n    "
                             "b_test.go:5: log\nBenchmarklower\t",
                             "x\nBenchmark\t",
                             "1\nBenchmark\xc3\x84 \t",
                             "2\nBenchmark\xc3\xa4\t",
                             "3\nBenchmark\xff\t",
                             "4\nPASS\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"output","Output":"goos: linux\n"}
{"Action":"output","Output":"goarch: amd64\n"}
{"Action":"output","Output":"BenchmarkFoo-2   \t"}
{"Action":"output","Output":"     100\t        12.5 ns/op\n"}
{"Action":"output","Test":"BenchmarkFoo-2","Output":"--- BENCH: BenchmarkFoo-2\n"}
{"Action":"output","Test":"BenchmarkFoo-2","Output":"    b_test.go:5: log\n"}
{"Action":"output","Test":"BenchmarkFoo-2","Output":"Benchmarklower\tx\n"}
{"Action":"output","Test":"BenchmarkFoo-2","Output":"Benchmark\t"}
{"Action":"output","Test":"BenchmarkFoo-2","Output":"1\n"}
{"Action":"output","Test":"BenchmarkFoo-2","Output":"BenchmarkÄ \t"}
{"Action":"output","Test":"BenchmarkFoo-2","Output":"2\n"}
{"Action":"output","Test":"BenchmarkFoo-2","Output":"Benchmarkä\t3\n"}
{"Action":"output","Test":"BenchmarkFoo-2","Output":"Benchmark\ufffd\t"}
{"Action":"output","Test":"BenchmarkFoo-2","Output":"4\n"}
{"Action":"bench","Test":"BenchmarkFoo-2"}
{"Action":"output","Output":"PASS\n"}
{"Action":"pass"}
)J") << true;

    // -test.v=test2json: once framing came with ^V, unmarked look-alikes are
    // output of the running test; go's "ok" line after PASS is output too.
    QTest::newRow("framed")
        << QList<QByteArray>{M "=== RUN   TestA\n=== RUN   TestFake\n--- PASS: TestFake (0.00s)\n" M
                               "--- PASS: TestA (0.00s)\n" M "PASS\nok  \texample.com/m\t0.010s\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestFake\n"}
{"Action":"output","Test":"TestA","Output":"--- PASS: TestFake (0.00s)\n"}
{"Action":"output","Test":"TestA","Output":"--- PASS: TestA (0.00s)\n"}
{"Action":"pass","Test":"TestA"}
{"Action":"output","Output":"PASS\n"}
{"Action":"output","Output":"ok  \texample.com/m\t0.010s\n"}
{"Action":"pass"}
)J") << false;

    // A ^V inside a line ends it: the text before is output on its own.
    QTest::newRow("marker-mid-line")
        << QList<QByteArray>{"=== RUN   TestA\nno newline" M "=== RUN   TestB\n" M
                             "--- PASS: TestB (0.00s)\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Test":"TestA","Output":"no newline"}
{"Action":"run","Test":"TestB"}
{"Action":"output","Test":"TestB","Output":"=== RUN   TestB\n"}
{"Action":"output","Test":"TestB","Output":"--- PASS: TestB (0.00s)\n"}
)J") << false;

    // Lines are put together across chunks; an unfinished one is flushed.
    QTest::newRow("partial-lines")
        << QList<QByteArray>{"=== RUN   TestA\npartial", " line", " ends\nunterminated"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Test":"TestA","Output":"partial line ends\n"}
{"Action":"output","Test":"TestA","Output":"unterminated"}
)J") << false;

    QTest::newRow("utf8")
        << QList<QByteArray>{"=== RUN   Test\xe4\xb8\xad\n\xff\xfe bad \xe2\x80\xa8 sep <a&b> "
                             "\"q\" \\ \t\x01\x7f\n\xe2\x80\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"Test中"}
{"Action":"output","Test":"Test中","Output":"=== RUN   Test中\n"}
{"Action":"output","Test":"Test中","Output":"\ufffd\ufffd bad \u2028 sep \u003ca\u0026b\u003e \"q\" \\ \t\u0001)J"
                      "\x7f"
                      R"J(\n"}
{"Action":"output","Test":"Test中","Output":"\ufffd\ufffd\n"}
)J") << false;

    QTest::newRow("crlf")
        << QList<QByteArray>{"=== RUN   TestA\r\n--- PASS: TestA (0.00s)\r\nPASS\r\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\r\n"}
{"Action":"output","Test":"TestA","Output":"--- PASS: TestA (0.00s)\r\n"}
{"Action":"pass","Test":"TestA"}
{"Action":"output","Output":"PASS\r\n"}
{"Action":"pass"}
)J") << false;

    // A report nested deeper than the pending ones is plain output.
    QTest::newRow("report-too-deep")
        << QList<QByteArray>{"    --- PASS: TestX (0.00s)\n=== RUN   TestA\n        --- PASS: "
                             "TestA/b (0.00s)\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"output","Output":"    --- PASS: TestX (0.00s)\n"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Test":"TestA","Output":"        --- PASS: TestA/b (0.00s)\n"}
)J") << false;

    QTest::newRow("fail-summary")
        << QList<QByteArray>{"=== RUN   TestA\n--- FAIL: TestA (1.50s)\nFAIL\n" M
                             "FAIL\texample.com/m\t1.502s\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Test":"TestA","Output":"--- FAIL: TestA (1.50s)\n"}
{"Action":"fail","Test":"TestA"}
{"Action":"output","Output":"FAIL\n"}
{"Action":"output","Output":"FAIL\texample.com/m\t1.502s\n"}
{"Action":"fail"}
)J") << false;

    // Output indented by N levels after the reports belongs to the N-th.
    QTest::newRow("indent-attribution")
        << QList<QByteArray>{"=== RUN   TestA\n=== RUN   TestA/b\n--- PASS: TestA (0.00s)\n    "
                             "--- PASS: TestA/b (0.00s)\n    late log for A\n        deeper "
                             "log\nafter\n"}
        << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"run","Test":"TestA/b"}
{"Action":"output","Test":"TestA/b","Output":"=== RUN   TestA/b\n"}
{"Action":"output","Test":"TestA","Output":"--- PASS: TestA (0.00s)\n"}
{"Action":"output","Test":"TestA/b","Output":"    --- PASS: TestA/b (0.00s)\n"}
{"Action":"output","Test":"TestA","Output":"    late log for A\n"}
{"Action":"output","Test":"TestA/b","Output":"        deeper log\n"}
{"Action":"output","Test":"TestA/b","Output":"after\n"}
)J") << false;
}

// Long lines against small buffers (go's own tests shrink them the same way).
void TestTest2Json::tinyBuffers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("inBuf");
    QTest::addColumn<int>("outBuf");
    QTest::addColumn<QByteArray>("expected");

    // Output events are cut at the buffer size, never inside a sequence.
    QTest::newRow("cut-before-2-byte") << QByteArray("abcd\xc3\xa9"
                                                     "f\n")
                                       << 4096 << 5 << QByteArray(R"J({"Action":"start"}
{"Action":"output","Output":"abcd"}
{"Action":"output","Output":"éf\n"}
)J");
    QTest::newRow("cut-before-3-byte")
        << QByteArray("abc\xe4\xb8\xad\n") << 4096 << 5 << QByteArray(R"J({"Action":"start"}
{"Action":"output","Output":"abc"}
{"Action":"output","Output":"中\n"}
)J");
    QTest::newRow("cut-before-4-byte")
        << QByteArray("ab\xf0\x9f\x98\x80\n") << 4096 << 5 << QByteArray(R"J({"Action":"start"}
{"Action":"output","Output":"ab"}
{"Action":"output","Output":"😀\n"}
)J");
    QTest::newRow("invalid-not-kept")
        << QByteArray("abcd\xff\xff\n") << 4096 << 5 << QByteArray(R"J({"Action":"start"}
{"Action":"output","Output":"abcd\ufffd"}
{"Action":"output","Output":"\ufffd\n"}
)J");
    // A framing line longer than the input buffer is only output.
    QTest::newRow("long-framing-line") << QByteArray("=== RUN   T\n--- PASS: T (0.00s)\nPASS\n")
                                       << 16 << 1024 << QByteArray(R"J({"Action":"start"}
{"Action":"run","Test":"T"}
{"Action":"output","Test":"T","Output":"=== RUN   T\n"}
{"Action":"output","Test":"T","Output":"--- PASS: T (0.00s)\n"}
{"Action":"output","Output":"PASS\n"}
{"Action":"pass"}
)J");
}

void TestTest2Json::result_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("failedBuild");
    QTest::addColumn<QByteArray>("finalLine");

    const QByteArray pass = "{\"Action\":\"pass\"}\n";
    const QByteArray fail = "{\"Action\":\"fail\"}\n";
    QTest::newRow("PASS line") << QByteArray("PASS\n") << -1 << QString() << pass;
    QTest::newRow("FAIL line") << QByteArray("FAIL\n") << -1 << QString() << fail;
    QTest::newRow("no result") << QByteArray("hello\n") << -1 << QString() << QByteArray();
    QTest::newRow("exit 0 wins") << QByteArray("FAIL\n") << 0 << QString() << pass;
    QTest::newRow("failed exit wins") << QByteArray("PASS\n") << 1 << QString() << fail;
    QTest::newRow("skip kept") << QByteArray("?   \tp\t[no test files]\n") << 0 << QString()
                               << QByteArray("{\"Action\":\"skip\"}\n");
    QTest::newRow("skip then failure")
        << QByteArray("?   \tp\t[no test files]\n") << 1 << QString() << fail;
    QTest::newRow("failed build") << QByteArray("FAIL\tp [build failed]\n") << 1
                                  << QString("p [p.test]")
                                  << QByteArray(
                                         "{\"Action\":\"fail\",\"FailedBuild\":\"p [p.test]\"}\n");
    QTest::newRow("failed build, passed") << QByteArray() << 0 << QString("p [p.test]") << pass;
}

// Checked against go tool test2json -t.
void TestTest2Json::reportElapsed_data()
{
    QTest::addColumn<QByteArray>("duration");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray head = R"J({"Time":"1970-01-01T00:00:00Z","Action":"pass","Test":"TestA")J";
    QTest::newRow("0.25s") << QByteArray("0.25s") << head + ",\"Elapsed\":0.25}";
    QTest::newRow("0.00s") << QByteArray("0.00s") << head + ",\"Elapsed\":0}";
    QTest::newRow("-0.00s") << QByteArray("-0.00s") << head + ",\"Elapsed\":-0}";
    QTest::newRow("tiny") << QByteArray("0.0000001s") << head + ",\"Elapsed\":1e-7}";
    QTest::newRow("hex") << QByteArray("0x1p-2s") << head + ",\"Elapsed\":0.25}";
    QTest::newRow("underscore") << QByteArray("1_000.5s") << head + ",\"Elapsed\":1000.5}";
    QTest::newRow("no s") << QByteArray("0.25") << head + "}";
    QTest::newRow("overflow") << QByteArray("1e400s") << head + "}";
    QTest::newRow("underflow") << QByteArray("1e-400s") << head + ",\"Elapsed\":0}";
    QTest::newRow("not a number") << QByteArray("xs") << head + "}";
    QTest::newRow("inf") << QByteArray("infs")
                         << QByteArray("testjson internal error: json: unsupported value: +Inf");
    QTest::newRow("-infinity") << QByteArray("-infinitys")
                               << QByteArray(
                                      "testjson internal error: json: unsupported value: -Inf");
    QTest::newRow("NaN") << QByteArray("NaNs")
                         << QByteArray("testjson internal error: json: unsupported value: NaN");
}

void TestTest2Json::jsonString_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"");
    QTest::newRow("html") << QByteArray("<a&b>") << QByteArray(R"("\u003ca\u0026b\u003e")");
    QTest::newRow("short escapes")
        << QByteArray("\"\\\b\f\n\r\t") << QByteArray(R"("\"\\\b\f\n\r\t")");
    QTest::newRow("controls") << QByteArray("\x01\x1f\x7f", 3)
                              << QByteArray("\"\\u0001\\u001f\x7f\"");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray(R"("a\u0000b")");
    QTest::newRow("line separators")
        << QByteArray("\xe2\x80\xa8\xe2\x80\xa9") << QByteArray(R"("\u2028\u2029")");
    QTest::newRow("valid U+FFFD stays")
        << QByteArray("\xef\xbf\xbd") << QByteArray("\"\xef\xbf\xbd\"");
    QTest::newRow("stray continuation") << QByteArray("\x80x") << QByteArray(R"("\ufffdx")");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QByteArray(R"("\ufffd\ufffd")");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80")
                               << QByteArray(R"("\ufffd\ufffd\ufffd")");
    QTest::newRow("truncated") << QByteArray("\xe4\xb8") << QByteArray(R"("\ufffd\ufffd")");
    QTest::newRow("beyond U+10FFFF")
        << QByteArray("\xf4\x90\x80\x80") << QByteArray(R"("\ufffd\ufffd\ufffd\ufffd")");
    QTest::newRow("4-byte") << QByteArray("\xf0\x9f\x98\x80") << QByteArray("\"\xf0\x9f\x98\x80\"");
}

// Checked against encoding/json.
void TestTest2Json::jsonFloat_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0") << 0.0 << QByteArray("0");
    QTest::newRow("-0") << -0.0 << QByteArray("-0");
    QTest::newRow("0.01") << 0.01 << QByteArray("0.01");
    QTest::newRow("1.235") << 1.235 << QByteArray("1.235");
    QTest::newRow("1+0.235") << 1 + 0.235 << QByteArray("1.2349999999999999");
    QTest::newRow("1e-6") << 1e-6 << QByteArray("0.000001");
    QTest::newRow("1.234e-6") << 1.234e-6 << QByteArray("0.000001234");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("1.5e-7") << 1.5e-7 << QByteArray("1.5e-7");
    QTest::newRow("5e-324") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("1e20") << 1e20 << QByteArray("100000000000000000000");
    QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
    QTest::newRow("123456789.5") << 123456789.5 << QByteArray("123456789.5");
}

// Checked against json.Marshal(time.Unix(0, n).In(time.FixedZone("", offset))).
void TestTest2Json::rfc3339_data()
{
    QTest::addColumn<qint64>("unixNanos");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("epoch") << Q_INT64_C(0) << 0 << QByteArray("1970-01-01T00:00:00Z");
    QTest::newRow("+01:00") << Q_INT64_C(1700000000123400000) << 3600
                            << QByteArray("2023-11-14T23:13:20.1234+01:00");
    QTest::newRow("-05:30") << Q_INT64_C(1700000000000000001) << -19800
                            << QByteArray("2023-11-14T16:43:20.000000001-05:30");
    QTest::newRow("before epoch") << Q_INT64_C(-1) << 0
                                  << QByteArray("1969-12-31T23:59:59.999999999Z");
    QTest::newRow("45 s east") << Q_INT64_C(1700000000500000000) << 45
                               << QByteArray("2023-11-14T22:14:05.5+00:00");
    QTest::newRow("45 s west") << Q_INT64_C(1700000000500000000) << -45
                               << QByteArray("2023-11-14T22:12:35.5+00:00");
    QTest::newRow("-12:00") << Q_INT64_C(1700000000999999999) << -43200
                            << QByteArray("2023-11-14T10:13:20.999999999-12:00");
}

// Checked against strconv.ParseFloat.
void TestTest2Json::parseFloat_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    const QList<std::pair<const char *, const char *>> rows = {
        {"0.00", "0"},         {"1.50", "1.5"},    {"+1.5", "1.5"},       {"-0", "-0"},
        {".5", "0.5"},         {"5.", "5"},        {"1.5E3", "1500"},     {"1e1_0", "10000000000"},
        {"1_000.5", "1000.5"}, {"1__0", "err"},    {"_1", "err"},         {"1_", "err"},
        {"0x_1p0", "1"},       {"0x1p-2", "0.25"}, {"0x1.8p1", "3"},      {"0x1", "err"},
        {"0x1p-2_", "err"},    {"0x", "err"},      {"", "err"},           {".", "err"},
        {"1e", "err"},         {"1e+", "err"},     {"1..2", "err"},       {"1.5x", "err"},
        {"1e400", "err"},      {"-1e400", "err"},  {"0x1p2000", "err"},   {"1e-400", "0"},
        {"-1e-400", "-0"},     {"2e-324", "0"},    {"3e-324", "5e-324"},  {"0x1p-1080", "0"},
        {"inf", "+inf"},       {"+Inf", "+inf"},   {"-INFINITY", "-inf"}, {"infin", "err"},
        {"nan", "nan"},        {"NaN", "nan"},     {"-nan", "err"},       {"0.1", "0.1"},
    };
    for (const auto &[in, out] : rows)
        QTest::newRow(in) << QByteArray(in) << QByteArray(out);
}

void TestTest2Json::trimSpace_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("ascii") << QByteArray(" \t\v\f\r\nab c \n") << QByteArray("ab c");
    QTest::newRow("latin1 spaces") << QByteArray("\xc2\xa0x\xc2\x85") << QByteArray("x");
    QTest::newRow("unicode spaces")
        << QByteArray("\xe3\x80\x80x\xe2\x80\x8a\xe2\x80\xa9") << QByteArray("x");
    QTest::newRow("not spaces") << QByteArray("\xe2\x80\x8bx\xa0")
                                << QByteArray("\xe2\x80\x8bx\xa0");
    QTest::newRow("all space") << QByteArray("  ") << QByteArray("");
}

void TestTest2Json::benchmarkName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("expected");
    QTest::newRow("bare") << QByteArray("Benchmark") << true;
    QTest::newRow("upper") << QByteArray("BenchmarkFoo-4") << true;
    QTest::newRow("digit") << QByteArray("Benchmark1") << true;
    QTest::newRow("underscore") << QByteArray("Benchmark_x") << true;
    QTest::newRow("lower") << QByteArray("Benchmarkfoo") << false;
    QTest::newRow("lower non-ascii") << QByteArray("Benchmark\xc3\xa4") << false;
    QTest::newRow("upper non-ascii") << QByteArray("Benchmark\xc3\x84") << true;
    QTest::newRow("invalid") << QByteArray("Benchmark\xff") << true;
    QTest::newRow("other") << QByteArray("TestFoo") << false;
}

void TestTest2Json::trimUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("expected");
    QTest::newRow("ascii") << QByteArray("abc") << 3;
    QTest::newRow("lead of 2") << QByteArray("ab\xc3") << 2;
    QTest::newRow("complete 2") << QByteArray("ab\xc3\xa9") << 4;
    QTest::newRow("2 of 3") << QByteArray("a\xe4\xb8") << 1;
    QTest::newRow("3 of 4") << QByteArray("a\xf0\x9f\x98") << 1;
    QTest::newRow("complete 4") << QByteArray("\xf0\x9f\x98\x80") << 4;
    QTest::newRow("stray continuations") << QByteArray("a\x80\x80\x80") << 4;
    QTest::newRow("invalid lead") << QByteArray("a\xff") << 2;
}

void TestTest2Json::convert()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QByteArray, expected);
    QFETCH(bool, chunkingMatters);

    QCOMPARE(::convert(chunks).lines, expected);
    // One byte at a time finds every line end and benchmark tab at once.
    QCOMPARE(::convert(bytewise(chunks)).lines, expected);
    if (!chunkingMatters) {
        QCOMPARE(::convert({chunks.join()}).lines, expected);
        QCOMPARE(::convert(linewise(chunks)).lines, expected);
    }
}

void TestTest2Json::tinyBuffers()
{
    QFETCH(QByteArray, input);
    QFETCH(int, inBuf);
    QFETCH(int, outBuf);
    QFETCH(QByteArray, expected);
    QCOMPARE(::convert({input}, untimed(inBuf, outBuf)).lines, expected);
}

void TestTest2Json::result()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exit); // -1: exited() not called
    QFETCH(QString, failedBuild);
    QFETCH(QByteArray, finalLine);

    QByteArray lines;
    Test2JsonConverter conv(
        {}, [&](const Test2JsonEvent &, const QByteArray &line) { lines += line; }, untimed());
    conv.feed(input);
    if (!failedBuild.isEmpty())
        conv.setFailedBuild(failedBuild);
    if (exit >= 0)
        conv.exited(exit == 0 ? TestExit::Success : TestExit::Failure);
    conv.close();
    conv.close(); // a second close writes nothing
    const QList<QByteArray> all = lines.split('\n');
    QVERIFY(all.size() >= 2);
    const QByteArray last = all[all.size() - 2] + '\n';
    if (finalLine.isEmpty())
        QVERIFY2(!last.contains("\"Action\":\"pass\"") && !last.contains("\"Action\":\"fail\"") &&
                     !last.contains("\"Action\":\"skip\""),
                 last.constData());
    else
        QCOMPARE(last, finalLine);
}

void TestTest2Json::timestamps()
{
    Test2JsonInstant now{1700000000123400000, 3600, 0};
    int calls = 0;
    Test2JsonOptions options;
    options.clock = [&] {
        ++calls;
        return now;
    };
    QByteArray lines;
    Test2JsonConverter conv(
        "example.com/m", [&](const Test2JsonEvent &, const QByteArray &l) { lines += l; }, options);
    conv.feed("=== RUN   TestA\n--- PASS: TestA (0.25s)\n");
    now.unixNanos += 1000000000; // one second later, as the wall clock says
    conv.feed("PASS\n");
    now.monotonicNanos = 1234500000; // rounds half up to 1.235 s
    conv.exited(TestExit::Success);
    conv.close();
    const QByteArray t0 = R"J({"Time":"2023-11-14T23:13:20.1234+01:00",)J";
    const QByteArray t1 = R"J({"Time":"2023-11-14T23:13:21.1234+01:00",)J";
    const QByteArray expected =
        t0 + R"J("Action":"start","Package":"example.com/m"}
)J" + t0 +
        R"J("Action":"run","Package":"example.com/m","Test":"TestA"}
)J" + t0 +
        R"J("Action":"output","Package":"example.com/m","Test":"TestA","Output":"=== RUN   TestA\n"}
)J" + t0 +
        R"J("Action":"output","Package":"example.com/m","Test":"TestA","Output":"--- PASS: TestA (0.25s)\n"}
)J" + t1 +
        R"J("Action":"pass","Package":"example.com/m","Test":"TestA","Elapsed":0.25}
)J" + t1 +
        R"J("Action":"output","Package":"example.com/m","Output":"PASS\n"}
)J" + t1 +
        R"J("Action":"pass","Package":"example.com/m","Elapsed":1.2349999999999999}
)J";
    QCOMPARE(lines, expected);
    QCOMPARE(calls, 9); // construction, then one reading per event, one for Elapsed
}

void TestTest2Json::reportElapsed()
{
    QFETCH(QByteArray, duration);
    QFETCH(QByteArray, expected);
    Test2JsonOptions options;
    options.clock = [] { return Test2JsonInstant{}; };
    const Collected c = ::convert({"--- PASS: TestA (" + duration + ")\nPASS\n"}, options);
    const QList<QByteArray> lines = c.lines.split('\n');
    QCOMPARE(lines.value(2), expected);
}

void TestTest2Json::packageAndEvents()
{
    const Collected c = ::convert({"=== RUN   TestA\n=== ATTR  TestA k v w\n--- FAIL: TestA\n"},
                                  untimed(), "example.com/ü");
    QCOMPARE(c.events.size(), 6);
    QCOMPARE(c.events[0].action, QByteArray("start"));
    QCOMPARE(c.events[0].package, QByteArray("example.com/ü"));
    QCOMPARE(c.events[3].action, QByteArray("attr"));
    QCOMPARE(c.events[3].test, QByteArray("TestA"));
    QCOMPARE(c.events[3].key, QByteArray("k"));
    QCOMPARE(c.events[3].value, QByteArray("v w"));
    QVERIFY(!c.events[3].output);
    QCOMPARE(c.events[2].output.value_or("none"), QByteArray("=== RUN   TestA\n"));
    QCOMPARE(c.events[5].output.value_or("none"), QByteArray("--- FAIL: TestA\n"));
    QVERIFY(!c.events[5].time);
    QVERIFY(c.lines.startsWith(R"J({"Action":"start","Package":"example.com/ü"})J"));
}

void TestTest2Json::jsonString()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(kiln::GoJson::quoteBytes(input), expected);
}

void TestTest2Json::jsonFloat()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(goJsonFloat(value), expected);
}

void TestTest2Json::rfc3339()
{
    QFETCH(qint64, unixNanos);
    QFETCH(int, offset);
    QFETCH(QByteArray, expected);
    QCOMPARE(goRfc3339Nano(unixNanos, offset), expected);
}

void TestTest2Json::parseFloat()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected); // goJsonFloat of the value, "err", or inf/nan
    const std::optional<double> v = parseGoFloat(input);
    QByteArray got = "err";
    if (v && std::isnan(*v))
        got = "nan";
    else if (v && std::isinf(*v))
        got = *v > 0 ? "+inf" : "-inf";
    else if (v)
        got = goJsonFloat(*v);
    QCOMPARE(got, expected);
}

void TestTest2Json::trimSpace()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(goTrimSpace(input).toByteArray(), expected);
}

void TestTest2Json::benchmarkName()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, expected);
    QCOMPARE(isBenchmarkName(name), expected);
}

void TestTest2Json::trimUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(int, expected);
    QCOMPARE(int(kiln::test::trimUtf8(input)), expected);
}

void TestTest2Json::buildEvents()
{
    const QString desc = "example.com/m/broken [example.com/m/broken.test]";
    QCOMPARE(buildOutputEvent(desc, ""), QByteArray());
    QCOMPARE(buildFailEvent({}), QByteArray(R"J({"ImportPath":"","Action":"build-fail"}
)J"));
    QCOMPARE(
        buildErrorEvents(desc, "# example.com/m/broken\n./x.go:3:9: undefined: <foo>"),
        QByteArray(
            R"J({"ImportPath":"example.com/m/broken [example.com/m/broken.test]","Action":"build-output","Output":"# example.com/m/broken\n"}
{"ImportPath":"example.com/m/broken [example.com/m/broken.test]","Action":"build-output","Output":"./x.go:3:9: undefined: \u003cfoo\u003e\n"}
{"ImportPath":"example.com/m/broken [example.com/m/broken.test]","Action":"build-fail"}
)J"));
    QCOMPARE(buildErrorEvents("p", ""), QByteArray(R"J({"ImportPath":"p","Action":"build-fail"}
)J"));
    QCOMPARE(buildErrorEvents("p", "a\n\nb\n"),
             QByteArray(R"J({"ImportPath":"p","Action":"build-output","Output":"a\n"}
{"ImportPath":"p","Action":"build-output","Output":"\n"}
{"ImportPath":"p","Action":"build-output","Output":"b\n"}
{"ImportPath":"p","Action":"build-fail"}
)J"));
}

QTEST_GUILESS_MAIN(TestTest2Json)
#include "tst_test2json.moc"
