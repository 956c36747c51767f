#include "test/test2json.h"

#include <array>

namespace kiln::test
{

namespace
{

constexpr char marker = 0x16; // ^V

constexpr std::array<QByteArrayView, 8> updatePrefixes = {
    "=== RUN   ", "=== PAUSE ", "=== CONT  ", "=== NAME  ",
    "=== PASS  ", "=== FAIL  ", "=== SKIP  ", "=== ATTR  ",
};
constexpr std::array<QByteArrayView, 4> reportPrefixes = {
    "--- PASS: ",
    "--- FAIL: ",
    "--- SKIP: ",
    "--- BENCH: ",
};

bool startsWithAny(QByteArrayView line, const auto &prefixes)
{
    for (QByteArrayView p : prefixes)
        if (line.startsWith(p))
            return true;
    return false;
}

// time.Duration.Round(time.Millisecond).Seconds() of a positive duration.
double roundedSeconds(qint64 nanos)
{
    constexpr qint64 ms = 1000000;
    const qint64 r = nanos % ms;
    const qint64 d = r + r < ms ? nanos - r : nanos + ms - r;
    return double(d / 1000000000) + double(d % 1000000000) / 1e9;
}

} // namespace

Test2JsonConverter::Test2JsonConverter(const QString &package, Sink sink, Test2JsonOptions options)
    : m_sink(std::move(sink)), m_options(std::move(options)), m_package(package.toUtf8()),
      m_output(
          m_options.outputBufferSize, [this](QByteArrayView b) { writeOutput(b); },
          [this](QByteArrayView b) { writeOutput(b); }),
      m_input(
          m_options.inputBufferSize, [this](QByteArrayView b) { handleInputLine(b); },
          [this](QByteArrayView b) { m_output.write(b); })
{
    if (!m_options.clock)
        m_options.clock = test2JsonNow;
    m_start = m_options.clock();
    Test2JsonEvent start;
    start.action = "start";
    writeEvent(std::move(start));
}

void Test2JsonConverter::feed(QByteArrayView bytes)
{
    if (!m_closed)
        m_input.write(bytes);
}

void Test2JsonConverter::setFailedBuild(const QString &packageDesc)
{
    m_failedBuild = packageDesc.toUtf8();
}

void Test2JsonConverter::exited(TestExit exit)
{
    if (exit == TestExit::Failure)
        m_result = "fail";
    else if (m_result != "skip")
        m_result = "pass";
}

void Test2JsonConverter::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_input.flush();
    m_output.flush();
    if (m_result.isEmpty())
        return;
    Test2JsonEvent e;
    e.action = m_result;
    if (timed())
        e.elapsed = roundedSeconds(m_options.clock().monotonicNanos - m_start.monotonicNanos);
    if (m_result == "fail")
        e.failedBuild = m_failedBuild;
    writeEvent(std::move(e));
}

void Test2JsonConverter::handleInputLine(QByteArrayView line)
{
    if (line.isEmpty())
        return;
    if (m_needMarker && line[0] != marker) {
        m_output.write(line);
        return;
    }
    const bool sawMarker = line[0] == marker;
    if (sawMarker) {
        m_output.flush();
        line = line.sliced(1);
    }
    QByteArrayView trim = line;
    if (trim.endsWith('\n'))
        trim.chop(trim.endsWith("\r\n") ? 2 : 1);

    // "=== NAME" for the top level may have lost its trailing spaces.
    if (trim == "=== NAME") {
        line = "=== NAME  \n";
        trim = line.chopped(1);
    }

    if (trim == "PASS" || trim == "FAIL" || trim.startsWith("FAIL\t")) {
        flushReport(0);
        m_needMarker = sawMarker;
        m_output.write(line);
        m_result = trim == "PASS" ? "pass" : "fail";
        return;
    }

    // A binary without tests: "?   \tP\t[no test files]" is its only line.
    if (line.startsWith("?   \t") && trim.endsWith("\t[no test files]") && m_report.isEmpty())
        m_result = "skip";

    if (startsWithAny(line, updatePrefixes)) {
        handleUpdate(line, sawMarker);
        return;
    }
    QByteArrayView unindented = line;
    int indent = 0;
    while (unindented.startsWith("    ")) {
        unindented = unindented.sliced(4);
        ++indent;
    }
    const bool report = startsWithAny(unindented, reportPrefixes);
    if (report && handleReport(unindented, line, indent, sawMarker))
        return;
    if (!report && indent > 0 && indent <= m_report.size()) {
        // Indented output belongs to the test reported at that depth.
        m_testName = m_report[indent - 1].test;
    }
    m_output.write(line);
}

// "--- PASS: name (0.01s)" and the like, indent levels deep. False when the
// line is nested deeper than the pending reports (then it is plain output).
bool Test2JsonConverter::handleReport(QByteArrayView line, QByteArrayView origLine, int indent,
                                      bool sawMarker)
{
    const qsizetype colon = line.indexOf(':') + 1;
    Test2JsonEvent e;
    e.action = goTrimSpace(line.sliced(4, colon - 4)).chopped(1).toByteArray().toLower();
    QByteArrayView name = goTrimSpace(line.sliced(colon));
    if (const qsizetype paren = name.indexOf(" ("); paren >= 0) {
        if (name.endsWith("s)")) {
            const auto secs = parseGoFloat(name.sliced(paren + 2, name.size() - paren - 4));
            if (secs && timed())
                e.elapsed = secs;
        }
        name = name.first(paren);
    }
    if (m_report.size() < indent)
        return false;
    m_needMarker = sawMarker;
    flushReport(indent);
    e.test = name.toByteArray();
    m_testName = e.test;
    m_report.append(std::move(e));
    m_output.write(origLine);
    return true;
}

// "=== RUN   name" and the other updates.
void Test2JsonConverter::handleUpdate(QByteArrayView line, bool sawMarker)
{
    const qsizetype prefix = updatePrefixes[0].size();
    Test2JsonEvent e;
    e.action = goTrimSpace(line.sliced(4, prefix - 4)).toByteArray().toLower();
    QByteArrayView name = goTrimSpace(line.sliced(prefix));
    if (e.action == "attr") {
        const qsizetype sp = name.indexOf(' ');
        const QByteArrayView rest = sp < 0 ? QByteArrayView() : name.sliced(sp + 1);
        if (sp >= 0)
            name = name.first(sp);
        const qsizetype sp2 = rest.indexOf(' ');
        e.key = (sp2 < 0 ? rest : rest.first(sp2)).toByteArray();
        if (sp2 >= 0)
            e.value = rest.sliced(sp2 + 1).toByteArray();
    }
    m_needMarker = sawMarker;
    flushReport(0);
    m_testName = name.toByteArray();
    if (e.action == "name")
        return; // only says whose output follows
    // A pause is announced before the event, so the paused test does not
    // seem to print after it paused.
    const bool pause = e.action == "pause";
    if (pause)
        m_output.write(line);
    writeEvent(std::move(e));
    if (!pause)
        m_output.write(line);
}

void Test2JsonConverter::flushReport(qsizetype depth)
{
    m_testName.clear();
    while (m_report.size() > depth)
        writeEvent(m_report.takeLast());
}

void Test2JsonConverter::writeOutput(QByteArrayView bytes)
{
    Test2JsonEvent e;
    e.action = "output";
    e.output = bytes.toByteArray();
    writeEvent(std::move(e));
}

void Test2JsonConverter::writeEvent(Test2JsonEvent e)
{
    e.package = m_package;
    if (timed())
        e.time = m_options.clock();
    if (e.test.isEmpty())
        e.test = m_testName;
    const QByteArray line = encodeTest2JsonEvent(e);
    m_sink(e, line);
}

} // namespace kiln::test
