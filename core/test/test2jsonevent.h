// The JSON events of `go test -json` / `go tool test2json` and of go's build
// printer, encoded exactly as go's encoding/json writes them.
//
// Test event (cmd/internal/test2json's event), one object per line, fields in
// this order, every field but Action omitted when empty/absent:
//
//   {"Time":T,"Action":A,"Package":P,"Test":N,"Elapsed":E,"Output":O,
//    "FailedBuild":F,"Key":K,"Value":V}\n
//
//   T  RFC 3339 with nanoseconds, trailing zeros (and a bare ".") dropped,
//      local offset ("Z" when it is 0): 2025-01-02T15:04:05.1234+01:00
//   E  a float64 as encoding/json prints it: shortest round-trip digits,
//      %f style for 1e-6 <= |E| < 1e21 (and 0), else %e style with a one-digit
//      negative exponent kept short (1e-7, not 1e-07)
//   strings: HTML-safe escaping (< > & as \u003c \u003e \u0026, U+2028/2029
//      as \u2028/\u2029, \" \\ \b \f \n \r \t, other controls as \u00XX),
//      every byte that does not start a valid UTF-8 sequence as \ufffd
//      (a valid encoded U+FFFD stays as it is)
//
// A non-finite Elapsed cannot be marshalled; go then writes the line
//   testjson internal error: json: unsupported value: +Inf\n   (or -Inf, NaN)
// instead of the event, and so does encodeTest2JsonEvent.
//
// Build events (cmd/go/internal/load's JSONPrinter, json.Encoder):
//   {"ImportPath":I,"Action":"build-output","Output":O}\n   (ImportPath always
//   {"ImportPath":I,"Action":"build-fail"}\n                  present, may be "")
// I is the failing package's Desc(): "p" or "p [p.test]".
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace kiln::test
{

// One reading of the clock: go's time.Time carries the wall time with its
// zone offset, and a monotonic reading that time.Since uses.
struct Test2JsonInstant {
    qint64 unixNanos = 0;     // wall clock, ns since 1970-01-01T00:00:00Z
    int utcOffsetSeconds = 0; // local zone's offset at that instant
    qint64 monotonicNanos = 0;
};

// The system clock in the local zone (the TZ variable, else /etc/localtime).
Test2JsonInstant test2JsonNow();

struct Test2JsonEvent {
    std::optional<Test2JsonInstant> time;
    QByteArray action; // start, run, pause, cont, pass, fail, skip, bench, output, attr
    QByteArray package;
    QByteArray test;
    std::optional<double> elapsed;
    std::optional<QByteArray> output; // present on "output" events, raw bytes
    QByteArray failedBuild;
    QByteArray key;
    QByteArray value;
};

// The event's line, '\n' included (see the grammar above).
QByteArray encodeTest2JsonEvent(const Test2JsonEvent &event);

// Building blocks, exposed for tests.
QByteArray goJsonFloat(double value);                             // finite values only
QByteArray goRfc3339Nano(qint64 unixNanos, int utcOffsetSeconds); // without quotes

// One build-output event; empty when output is empty (go prints none).
QByteArray buildOutputEvent(const QString &importPath, QByteArrayView output);
// The build-fail event.
QByteArray buildFailEvent(const QString &importPath);
// go's JSONPrinter.Errorf: text (a newline added if missing) as one
// build-output event per line, then build-fail.
QByteArray buildErrorEvents(const QString &importPath, QByteArrayView text);

} // namespace kiln::test
