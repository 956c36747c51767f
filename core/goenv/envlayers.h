// go's configuration lookup (cmd/go's cfg.Getenv): a variable's value is the
// first non-empty one of
//   1. the process environment,
//   2. the user's go env file (GOENV),
//   3. $GOROOT/go.env.
//
// Grammar of both files (the user's file is what `go env -w` writes):
//   file    = { line ( "\n" | end of file ) }
//   line    = setting | ignored
//   setting = NAME "=" VALUE   NAME: the bytes before the first "=", starting
//                              with 'A'..'Z'; VALUE: the rest of the line,
//                              verbatim (no quoting, no trimming; a "\r" stays)
//   ignored = a comment ("#..."), a blank line, or any other line
// A later setting of the same NAME wins. go silently ignores unreadable files
// and ignored lines; Kiln does the same and keeps them as diagnostics.
#pragma once

#include "base/result.h"

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace kiln::goenv
{

struct EnvFileSetting {
    QString name;
    QString value;
    int line = 0; // 1-based
};

struct EnvFile {
    QString path;
    QList<EnvFileSetting> settings;
    QList<Error> ignored; // lines go skips, "path:line: why"
};

// Parses file content (never fails: unreadable lines are ignored like go).
EnvFile parseEnvFile(const QByteArray &data, const QString &path);
// Reads and parses path; a missing or unreadable file is an empty EnvFile.
EnvFile readEnvFile(const QString &path);

// A value and whether it differs from go's default (for `go env -changed`).
struct Setting {
    QString value;
    bool changed = false;
};

class EnvLayers
{
public:
    explicit EnvLayers(const QProcessEnvironment &process = {});

    // Layer 2; call before addGorootFile.
    void addUserFile(const EnvFile &file);
    // Layer 3: never overrides the user file, but is remembered as the
    // default that decides "changed".
    void addGorootFile(const EnvFile &file);
    // Records GOROOT as go does after finding it (overrides both files).
    void setFileGoroot(const QString &goroot) { m_files.insert(QStringLiteral("GOROOT"), goroot); }

    QString processValue(const QString &name) const; // os.Getenv
    QString fileValue(const QString &name) const;    // layers 2+3 only
    QString value(const QString &name) const;        // cfg.Getenv
    QString valueOr(const QString &name, const QString &fallback) const;
    // cfg.EnvOrAndChanged: the value (or fallback when unset) and whether it
    // differs from $GOROOT/go.env's value, or from fallback if go.env has none.
    Setting valueOrDefault(const QString &name, const QString &fallback) const;
    // cfg.CanGetenv: a variable go knows, or one set in either file.
    bool isKnown(const QString &name) const;

    const QProcessEnvironment &process() const { return m_process; }

private:
    QProcessEnvironment m_process;
    QHash<QString, QString> m_files;  // user file, then go.env where unset
    QHash<QString, QString> m_goroot; // go.env alone
};

} // namespace kiln::goenv
