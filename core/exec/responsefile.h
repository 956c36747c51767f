// Response files for long tool command lines, after cmd/go's
// passLongArgsInResponseFiles (work/exec.go). When the bytes of a command's
// arguments (the program path included) exceed 30 KiB, compile, link, cgo,
// asm and cover, the tools that parse their flags with objabi.Flagparse, get
// "@<file>" instead of their arguments: a temporary file named args* in the
// temp directory, one argument per line, with "\" written as "\\" and a
// newline as "\n". The echo under -x/-n still shows the full command, as go's
// does; the file is removed when the tool has run.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>
#include <memory>

namespace kiln::exec
{

// go's useResponseFile (without the builders' random 10 %).
bool useResponseFile(const QString &program, qsizetype argBytes);
// go's encodeArg: one argument as a response-file line (no newline).
QByteArray encodeResponseArg(const QString &arg);

class ResponseFile
{
public:
    // Writes the file when argv needs one. Blocking file I/O.
    explicit ResponseFile(const QStringList &argv);

    // The arguments to start the tool with: argv, or {argv[0], "@file"}.
    const QStringList &argv() const { return m_argv; }
    // go's text when the file could not be written ("" = fine).
    const QString &error() const { return m_error; }

private:
    QStringList m_argv;
    QString m_error;
    std::unique_ptr<QTemporaryFile> m_file; // removed with this object
};

} // namespace kiln::exec
