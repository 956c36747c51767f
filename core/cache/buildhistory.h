// Kiln's build history: for every build Kiln ran, each action's key (mode and
// package), action ID, outcome and content ID, and the lines hashed into its
// action ID (go's gocachehash preimage without the salt), so a later build
// can say why an action ran again (explain/rebuildreason.h) and two builds
// can be compared. It lives beside the side index (sideindex.h), in the
// cache it describes:
//
//   <GOCACHE>/kiln/history-v1.txt   the records, appended one build at a time
//   <GOCACHE>/kiln/history.lock     flock(2)ed by every writer (compaction
//                                   replaces the data file by rename)
//
//   file     = { record }
//   record   = text | preimage | build | action
//   text     = "L " lineid " " q(line) LF
//   preimage = "P " actionid { " " lineid } LF
//   build    = "B " time " " count " " q(module) " " q(root) " " q(toolchain) " "
//              q(command) LF
//   action   = "A " q(mode) " " q(package) " " actionid " " outcome " " contentid " "
//              micros LF
//   lineid   = 16 lowercase hex digits: the first 8 bytes of SHA-256(line)
//   actionid = HashToString of the action ID (20 characters, URL-safe base64)
//   contentid= HashToString of the content ID, or "-" when there is none
//   outcome  = "ran" | "hit" | "failed"
//   time     = ns since the Unix epoch when the build was recorded; unique
//   micros   = the action's wall time in µs (0: unknown)
//   q(s)     = go's strconv.Quote of s
//
// Compactness: a preimage line (a file's hash, a flag line, a tool ID) is
// stored once as a text record however many actions and builds hash it, and
// a preimage once per action ID (the ID is the hash of the preimage, so the
// same ID means the same lines); a build costs one short line per action.
// A build is appended as one write: its new text and preimage records, then
// its build record followed by exactly count action records. A P refers to
// earlier L records only.
//
// Readers skip what does not parse: a line without its final newline (a
// writer still appending), a P naming an unknown line, a build with fewer
// than count actions (a writer that died). An action whose preimage record
// is missing keeps an empty preimage.
//
// Bounded: when the file passes HistoryLimits::maxBytes, or a module has more
// than buildsPerModule builds (plus a quarter, so not every build rewrites the
// file), the writer rewrites it keeping each module's newest buildsPerModule
// builds, newest first until targetBytes is reached, and only the text and
// preimage records they use.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kiln::cache
{

enum class HistoryOutcome { Ran, Hit, Failed };

struct HistoryAction {
    QString mode;    // go's mode word: "build", "link", "preprocess PGO" …
    QString package; // import path with its variant ("p [p.test]"); "" for none
    QString actionID;
    QString contentID; // "" when the action produced nothing
    HistoryOutcome outcome = HistoryOutcome::Ran;
    qint64 durationNs = 0;      // whole µs; 0 = unknown
    QList<QByteArray> preimage; // the hashed lines, each with its final '\n'

    // What identifies the action across builds: mode, a space, package.
    QString key() const { return mode + QLatin1Char(' ') + package; }
    bool ran() const { return outcome != HistoryOutcome::Hit; }
    bool operator==(const HistoryAction &) const = default;
};

struct HistoryBuild {
    qint64 timeNs = 0;  // when it was recorded; identifies the build
    QString module;     // the main module's path ("" without one)
    QString moduleRoot; // its directory (absolute), else the working directory
    QString toolchain;  // go version, e.g. "go1.25.12"
    QString command;    // "build -o out ./cmd/x": the verb and its arguments
    QList<HistoryAction> actions;

    // nullptr when the build has no action with this key.
    const HistoryAction *action(const QString &key) const;
    bool sameModule(const HistoryBuild &other) const
    {
        return module == other.module && moduleRoot == other.moduleRoot;
    }
    bool operator==(const HistoryBuild &) const = default;
};

struct BuildHistory {
    QList<HistoryBuild> builds; // oldest first

    const HistoryBuild *find(qint64 timeNs) const;
    // The builds of build's module (same module and root), oldest first.
    QList<const HistoryBuild *> buildsOf(const HistoryBuild &build) const;
    // The newest build of current's module recorded before it that has an
    // action with this key, and that action; {nullptr, nullptr} when none.
    std::pair<const HistoryBuild *, const HistoryAction *> previous(const HistoryBuild &current,
                                                                    const QString &key) const;
};

struct HistoryLimits {
    int buildsPerModule = 100;
    qint64 maxBytes = 8 * 1024 * 1024;
    qint64 targetBytes = 4 * 1024 * 1024;
};

QString buildHistoryFile(const QString &cacheDir);
// The lineid of a preimage line.
QByteArray historyLineId(QByteArrayView line);

BuildHistory parseBuildHistory(QByteArrayView data);
// The whole file for history: every build with the text and preimage
// records it needs, in the grammar's order. parseBuildHistory gives it back.
QByteArray formatBuildHistory(const BuildHistory &history);
// history without the builds the limits drop (see the header comment).
BuildHistory boundedHistory(const BuildHistory &history, const HistoryLimits &limits);

// Every complete build in the file; a missing or unreadable file is an empty
// history (the history explains, it is never needed). Blocking.
BuildHistory readBuildHistory(const QString &cacheDir);

// Appends build under the lock (compacting when the limits say so) and
// returns the time it was recorded under: build.timeNs, or one more than the
// newest recorded build's when that is not later. Errors: kiln/ or the files
// cannot be created or written. Blocking.
Result<qint64> recordBuild(const QString &cacheDir, const HistoryBuild &build,
                           const HistoryLimits &limits = {});

} // namespace kiln::cache
