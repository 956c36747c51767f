#include "exec/responsefile.h"

#include <QDir>
#include <QFileInfo>

namespace kiln::exec
{

namespace
{

constexpr qsizetype kExecArgLengthLimit = 30 << 10; // cmd/internal/sys.ExecArgLengthLimit

} // namespace

bool useResponseFile(const QString &program, qsizetype argBytes)
{
    QString prog = QFileInfo(program).fileName();
    if (prog.endsWith(QLatin1String(".exe")))
        prog.chop(4);
    static const QStringList flagparseTools = {QStringLiteral("compile"), QStringLiteral("link"),
                                               QStringLiteral("cgo"), QStringLiteral("asm"),
                                               QStringLiteral("cover")};
    return flagparseTools.contains(prog) && argBytes > kExecArgLengthLimit;
}

QByteArray encodeResponseArg(const QString &arg)
{
    QByteArray out = arg.toUtf8();
    if (!out.contains('\\') && !out.contains('\n'))
        return out;
    out.replace('\\', "\\\\");
    out.replace('\n', "\\n");
    return out;
}

ResponseFile::ResponseFile(const QStringList &argv) : m_argv(argv)
{
    qsizetype bytes = 0;
    for (const QString &a : argv)
        bytes += a.toUtf8().size();
    if (argv.isEmpty() || !useResponseFile(argv.first(), bytes))
        return;
    QByteArray text;
    for (qsizetype i = 1; i < argv.size(); ++i)
        text += encodeResponseArg(argv[i]) + '\n';
    m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/argsXXXXXX"));
    if (!m_file->open() || m_file->write(text) != text.size() || !m_file->flush()) {
        m_error = QStringLiteral("error writing long arguments to response file: ") +
                  m_file->errorString();
        return;
    }
    m_file->close();
    m_argv = {argv.first(), QLatin1Char('@') + m_file->fileName()};
}

} // namespace kiln::exec
