// The value syntaxes of go test's own flags (cmd/go/internal/test/testflag.go,
// test.go, and the flag/time/strconv behaviour they rely on). Each parse*
// returns the error text go's flag.Value.Set returns; each format* is the
// matching flag.Value.String(), which is what go writes after "-test.<name>="
// when it forwards a flag to the test binary.
//
//   duration  time.ParseDuration: [-+]("0" | (digits ["." digits] unit)+),
//             unit = ns | us | µs (U+00B5) | μs (U+03BC) | ms | s | m | h;
//             any error is "parse error" (flag.Duration). Printed as
//             time.Duration.String(): "10m0s", "1h0m0s", "1.5s", "250ms",
//             "1µs", "0s".
//   -v        bool (strconv.ParseBool) or "test2json"; else
//             "invalid flag -test.v=<value>". Printed "true", "false",
//             "test2json".
//   -shuffle  "off" | "on" | int64 seed (base 10); else
//             -shuffle argument must be "on", "off", or an int64: strconv.ParseInt: parsing "x":
//             invalid syntax Printed "off", "on" or the seed.
//   -vet      "" (go's default list) | comma list of "off", "all" and the
//             analyzers go passes to vet; errors, in go's order:
//               -vet argument cannot contain equal signs
//               -vet argument is comma-separated list, cannot contain spaces
//               -vet argument contains empty list element
//               -vet argument must be a supported analyzer or a distinguished value; found x
//               -vet does not accept "off" in a list with other analyzers
//             Later "off"/"all" elements reset what came before; go only
//             rejects them next to two or more analyzers (so "off,atomic" is
//             accepted and means off).
#pragma once

#include "base/result.h"

#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace kiln::flags
{

using GoDuration = std::chrono::nanoseconds;

Result<GoDuration> parseGoDuration(const QString &s);
QString formatGoDuration(GoDuration d);

struct TestVerbose {
    bool on = false;   // -v in some form
    bool json = false; // -v=test2json
};
Result<TestVerbose> parseTestVerbose(const QString &s);
QString formatTestVerbose(const TestVerbose &v);

struct TestShuffle {
    bool on = false;
    std::optional<qint64> seed;
};
Result<TestShuffle> parseTestShuffle(const QString &s);
QString formatTestShuffle(const TestShuffle &s);

// go's vetFlag: off, explicit, and the words passed to vet.
struct TestVet {
    bool explicitlySet = false;
    bool off = false;
    QStringList flags; // "-atomic", ...
};
TestVet defaultTestVet(); // go test's default analyzer subset, not explicit
Result<TestVet> parseTestVet(const QString &s);
QString formatTestVet(const TestVet &v);

} // namespace kiln::flags
