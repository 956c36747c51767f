// FlagSet: go's flag package as cmd/go uses it for one command, with go's
// error texts, plus base.SetFromGOFLAGS.
//
// Command-line syntax (flag.FlagSet.Parse):
//   -name  --name             a bool flag: true
//   -name=value  --name=value any flag ("=" cannot be the first character)
//   -name value               a non-bool flag takes the next argument
//   --                        ends the flags (and is dropped)
//   "-" or a word without a leading "-" ends the flags (and is kept)
// Errors, each followed by the command's usage lines, exit status 2:
//   flag provided but not defined: -foo
//   bad flag syntax: ---x
//   flag needs an argument: -o
//   invalid boolean value "maybe" for -a: parse error
//   invalid boolean flag x: <err>
//   invalid value "x" for flag -p: parse error
// -h and -help (when not defined) print the usage lines alone.
//
// GOFLAGS words (already checked by splitGoflags) set flags the same way
// except that a non-bool flag needs "=value", names unknown to this command
// are skipped, and errors read
//   go: invalid boolean value "q" for flag -a (from $GOFLAGS): parse error
//   go: flag needs an argument: -o (from $GOFLAGS)
//   go: invalid value "x" for flag -p (from $GOFLAGS): parse error
#pragma once

#include "base/result.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <expected>
#include <functional>

namespace kiln::flags
{

// A command line go rejects: what go prints to stderr and its exit status.
struct FlagError {
    QString message;    // every line go prints, joined by '\n', no final newline
    int exitStatus = 2; // 2 after a usage message, 1 after base.Fatalf
};

template <typename T> using FlagResult = std::expected<T, FlagError>;

enum class FlagKind { Bool, Value };

class FlagSet
{
public:
    // The setter gets the raw value ("true" for a bare bool flag) and returns
    // the error text go appends after the flag name, e.g. "parse error".
    using Setter = std::function<Result<void>(const QString &value)>;

    // usageLine: "go build [-o output] [build flags] [packages]";
    // helpName: "build" (for "Run 'go help build' for details.").
    FlagSet(QString usageLine, QString helpName);

    void add(const QString &name, FlagKind kind, Setter setter);
    bool contains(const QString &name) const { return m_flags.contains(name); }

    // base.SetFromGOFLAGS over words from splitGoflags.
    FlagResult<void> setFromGoflags(const QStringList &goflags);
    // flag.FlagSet.Parse: the arguments left after the flags.
    FlagResult<QStringList> parse(QStringList args);

    // Command.Usage: "usage: <line>\nRun 'go help <name>' for details."
    QString usage() const;

private:
    struct Flag {
        FlagKind kind;
        Setter set;
    };
    FlagError usageError(const QString &message) const;

    QString m_usageLine;
    QString m_helpName;
    QMap<QString, Flag> m_flags;
};

// strconv.ParseBool: 1 t T TRUE true True 0 f F FALSE false False.
std::optional<bool> parseGoBool(const QString &s);
// strconv.ParseInt(s, 0, 64) with the flag package's errors: "parse error"
// for bad syntax, "value out of range" beyond int64. Accepts a sign, 0x/0o/0b
// prefixes, a leading 0 for octal and '_' separators after a base prefix.
Result<qint64> parseGoInt(const QString &s);

} // namespace kiln::flags
