// TestFlagSet: go test's flag set (test/testflag.go init) over one
// TestFlags, for parseTestFlags. Internal to core/flags.
//
// It holds go test's own flags, each forwarded flag also as "test.<name>",
// and go build's flags (asked of parseBuildFlags on first use, so go test
// takes exactly go build's flags; go test's own -v, -json and -o come
// first). Setters report go's flag.Value errors; a flag counts as set (for
// setNames, go's flag.FlagSet.Visit) only when its setter succeeded.
#pragma once

#include "flags/flagset.h"
#include "flags/testflags.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace kiln::flags
{

// "test.v" -> "v"; other names unchanged.
QString testFlagShortName(const QString &name);
// Whether go test forwards the flag to the binary (flagdefs.go passFlagToTest),
// by either name.
bool isForwardedTestFlag(const QString &name);

struct TestFlag {
    FlagKind kind;
    FlagSet::Setter set;
    std::function<QString()> string; // flag.Value.String(), for forwarded flags
};

// go test's flag set over one TestFlags. Build flags are checked with
// parseBuildFlags as they come and kept as "-name=value" words, replayed in
// order (GOFLAGS first) into the final BuildFlags.
class TestFlagSet
{
public:
    TestFlagSet(TestFlags &f, const QString &workingDir);

    // The flag called name (also "test.<name>"), or null.
    const TestFlag *lookup(const QString &name);
    QStringList buildWords() const { return m_buildWords; }
    // Names set so far, sorted (what flag.FlagSet.Visit walks).
    QStringList setNames() const;

private:
    void add(const QString &name, FlagKind kind, FlagSet::Setter set,
             std::function<QString()> string = {});
    void addOwnFlags();
    FlagSet::Setter boolInto(bool &target);
    FlagSet::Setter stringInto(QString &target);

    TestFlags &m_f;
    QString m_workingDir;
    std::map<QString, TestFlag> m_flags; // node-based: lookup() hands out pointers
    QStringList m_buildWords;
    QSet<QString> m_set;
    // Forwarded flags TestFlags has no field for.
    std::map<QString, QString> m_strings; // node-based: setters hold references
    bool m_benchmem = false, m_fullpath = false;
    qint64 m_parallel = 0;
    TestShuffle m_shuffle;
};

} // namespace kiln::flags
