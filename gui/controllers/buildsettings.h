// The build settings of the Build Settings dialog, persisted in QSettings
// under "build/": what the user would otherwise type as go build flags.
//
//   build/parallel   int      -p N (0: go's default, the number of CPUs)
//   build/tags       string   -tags (go's syntax: comma separated)
//   build/trimpath   bool     -trimpath
//   build/goflags    string   GOFLAGS for the build ("" keeps the environment's)
//   build/gcflagsEntries   array of entry   the -gcflags occurrences, in order,
//   build/asmflagsEntries  array of entry   each "[pattern=]flags" as typed
//   build/ldflagsEntries   array of entry   (e.g. "all=-N -l"); an empty entry
//                                           is an occurrence too ("-gcflags=")
//   build/gcflags, build/ldflags  string    the single value older versions
//                                           stored; read when no array exists
//   build/lowPriority bool    run the build at low CPU priority (default true)
//   build/targets    string   the target patterns field (default "./...")
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kiln::gui
{

struct BuildSettings {
    int parallel = 0;
    QString tags;
    bool trimpath = false;
    QString goflags;
    // One -gcflags/-asmflags/-ldflags occurrence per entry (go applies the
    // last one matching a package; see flags/flagscope.h).
    QStringList gcflags;
    QStringList asmflags;
    QStringList ldflags;
    // Not a go flag: the build's threads and tools run niced, so on a busy
    // machine the window keeps its CPU (like Gradle's org.gradle.priority=low).
    bool lowPriority = true;

    static BuildSettings load();
    void save() const;

    // The go build flags, in a fixed order: -p, -tags, -trimpath, then one
    // -gcflags=, -asmflags=, -ldflags= argument per entry, as stored (go
    // records the text of the last one in the build info).
    QStringList buildArguments() const;
    // The environment the build sees: environment with GOFLAGS replaced
    // when goflags is set.
    QProcessEnvironment applyTo(QProcessEnvironment environment) const;

    bool operator==(const BuildSettings &) const = default;
};

// The target patterns field: persisted text and its split into patterns
// (whitespace separated; empty means "./...").
QString loadTargetPatterns();
void saveTargetPatterns(const QString &text);
QStringList splitTargetPatterns(const QString &text);

} // namespace kiln::gui
