// The go test flags of the window's Test command, persisted in QSettings
// (group "test"), next to the build flags it shares (buildsettings.h):
//   test/run      string  -run regexp ("" runs every test)
//   test/short    bool    -short
//   test/noCache  bool    -count=1 (go's way to bypass cached results)
//   test/verbose  bool    -v (every test's output and result, also passes)
//   test/timeout  string  -timeout as go's duration syntax ("" keeps 10m)
//   test/vetOff   bool    -vet=off
// Go decides which of these keep a result cacheable (-run, -short, -v and
// -timeout do; -count=1 does not), exactly as on the command line.
#pragma once

#include <QStringList>

namespace kiln::gui
{

struct TestSettings {
    QString run;
    bool shortMode = false;
    bool noCache = false;
    bool verbose = false;
    QString timeout;
    bool vetOff = false;

    static TestSettings load();
    void save() const;

    // go test's flags, in a fixed order: -run, -short, -count=1, -v,
    // -timeout, -vet=off (each only when set; values as one argument each).
    QStringList testArguments() const;
    friend bool operator==(const TestSettings &, const TestSettings &) = default;
};

} // namespace kiln::gui
