// The test log: what a test binary run with -test.testlogfile=F writes to F
// (testing/internal/testdeps, fed by package os's internal/testlog hooks),
// the list of inputs go test's result cache re-checks (testinputs.h).
//
//   testlog = "# test log\n" { entry }
//   entry   = op " " name "\n"
//   op      = "getenv"   os.Getenv/LookupEnv/…: name is the variable
//           | "open"     os.Open/OpenFile/ReadFile/ReadDir/…: name as the test gave it
//           | "stat"     os.Stat/Lstat: name as the test gave it
//           | "chdir"    os.Chdir: name is the new directory, absolute (os.Getwd)
//   name    = never empty, never holds "\n" (such calls are not logged)
//
// Relative open/stat names are relative to the directory of the last chdir,
// or the package directory before any. Entries repeat as often as the calls
// happened; a TestMain that calls m.Run twice appends, with one header.
//
// go uses a log only when it starts with the header and ends with "\n"
// (isTestLog). Then each non-empty line must be a known op, a space and a
// name; the first line that is not makes the log "malformed" — but go has
// already hashed the lines before it, so the parse keeps them (and their
// order) and reports the bad line separately.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <expected>
#include <optional>

namespace kiln::test
{

enum class TestLogOp { Getenv, Open, Stat, Chdir };

struct TestLogEntry {
    TestLogOp op = TestLogOp::Getenv;
    QByteArray name; // bytes as logged (file names need not be UTF-8)

    bool operator==(const TestLogEntry &) const = default;
};

struct TestLog {
    QList<TestLogEntry> entries;             // in log order, up to a malformed line
    std::optional<QByteArray> malformedLine; // the first bad line, without its "\n"
};

// "# test log\n", the header testdeps writes and cmd/go checks for.
QByteArray testLogMagic();

// Starts with the header and ends with "\n" (go's check before it trusts a log).
bool isTestLog(const QByteArray &data);

// Splits a log (with or without its header) into entries; empty lines are
// skipped, as go skips them.
TestLog parseTestLog(const QByteArray &data);

// The op's word in the log ("getenv", …).
QByteArray testLogOpName(TestLogOp op);

// Writes entries back in the log's format (header included); for tests and
// for tools that record a log themselves.
QByteArray formatTestLog(const QList<TestLogEntry> &entries);

// os.ReadFile of a file (the log, a cover profile); the error is go's text
// ("open F: no such file or directory"), as bytes.
std::expected<QByteArray, QByteArray> readTestLogFile(const QString &file);

} // namespace kiln::test
