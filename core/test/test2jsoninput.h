// How test2json reads a test binary's output: Test2JsonLineBuffer splits it
// into lines, and Go's text functions (strings.TrimSpace, strconv.ParseFloat,
// UTF-8 decoding) parse the framing lines as go parses them.
//
// Test2JsonLineBuffer: the fixed-size line splitter test2json puts on both
// sides of its converter (its input lines, and its output events).
//
// Bytes are copied into a buffer of `capacity` bytes, one buffer-full at a
// time; after each copy the buffer is scanned:
//   - a line ends at '\n' (kept in the line) or just before a ^V (0x16) that
//     is not the line's first byte (the ^V starts the next line);
//   - a whole line goes to line(); the end of a line whose start already went
//     to part() goes to part();
//   - when no line end is left and the remainder holds a tab after a
//     benchmark name ("Benchmark" + nothing or a non-lower-case rune, spaces
//     trimmed), the remainder up to and including the tab goes to part() at
//     once (the testing package prints a benchmark's name long before its
//     result);
//   - a buffer filled by one unfinished line goes to part(), cut so that it
//     does not end inside a possibly valid UTF-8 sequence.
// Output therefore depends on how the bytes were chunked, as go's does: feed
// the same chunks to get the same events.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

namespace kiln::test
{

class Test2JsonLineBuffer
{
public:
    using Callback = std::function<void(QByteArrayView)>;

    // capacity >= 4 (one UTF-8 sequence must fit).
    Test2JsonLineBuffer(qsizetype capacity, Callback line, Callback part);

    void write(QByteArrayView bytes);
    // Hands what is buffered (an unfinished line) to part().
    void flush();

private:
    void scan();

    qsizetype m_capacity;
    Callback m_line;
    Callback m_part;
    QByteArray m_buf;
    bool m_mid = false; // part() has the start of the current line
};

// Whether b names a benchmark as the first field of a result line.
bool isBenchmarkName(QByteArrayView b);

// The longest prefix length of b that does not end inside a UTF-8 sequence
// that could still be completed.
qsizetype trimUtf8(QByteArrayView b);

// strings.TrimSpace: strips Unicode white space (unicode.IsSpace) at both ends.
QByteArrayView goTrimSpace(QByteArrayView s);

// strconv.ParseFloat(s, 64) where it succeeds (err == nil), nullopt where go
// reports an error: decimal and hexadecimal (with 'p' exponent) forms, '_'
// digit separators where Go literals allow them, inf/infinity with a sign,
// nan, underflow to ±0; overflow is an error.
std::optional<double> parseGoFloat(QByteArrayView s);

} // namespace kiln::test
