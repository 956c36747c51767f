#include "exec/shell.h"

#include "base/goquote.h"
#include "exec/responsefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace kiln::exec
{

QString joinUnambiguously(const QStringList &args)
{
    QStringList out;
    for (const QString &s : args) {
        const QByteArray q = goQuote(s.toUtf8());
        const bool special = s.isEmpty() || s.contains(QLatin1Char(' ')) ||
                             s.contains(QLatin1Char('(')) || s.contains(QLatin1Char(')')) ||
                             s.contains(QLatin1Char('>')) || s.contains(QLatin1Char(';')) ||
                             q.size() > s.toUtf8().size() + 2;
        out << (special ? QString::fromUtf8(q) : s);
    }
    return out.join(QLatin1Char(' '));
}

Shell::Shell(const BuildConfig &config, Printer printer, const std::atomic_bool *cancel)
    : m_config(config), m_printer(std::move(printer)), m_cancel(cancel)
{
}

void Shell::print(const QByteArray &text)
{
    QMutexLocker lock(&m_printMutex);
    if (m_printer)
        m_printer(text);
}

QString Shell::fmtCmd(const QString &text) const
{
    const QString &work = m_config.workDir;
    if (work.isEmpty() || text.startsWith(QLatin1String("cat ")))
        return text;
    QString cmd = text;
    cmd.replace(work, QStringLiteral("$WORK"));
    const QString escaped = QString::fromUtf8(goQuote(work.toUtf8())).mid(1).chopped(1);
    if (escaped != work)
        cmd.replace(escaped, QStringLiteral("$WORK"));
    return cmd;
}

void Shell::showCmd(const QString &dir, const QString &text)
{
    QString cmd = fmtCmd(text);
    QMutexLocker lock(&m_printMutex);
    QByteArray out;
    if (!dir.isEmpty() && dir != QLatin1String("/")) {
        if (dir != m_scriptDir) {
            out += fmtCmd(QStringLiteral("cd ") + dir).toUtf8() + "\n";
            m_scriptDir = dir;
        }
        const QString dot =
            dir.endsWith(QLatin1Char('/')) ? QStringLiteral(" ./") : QStringLiteral(" .");
        QString spaced = QLatin1Char(' ') + cmd;
        cmd = spaced.replace(QLatin1Char(' ') + dir, dot).mid(1);
    }
    out += cmd.toUtf8() + "\n";
    if (m_printer)
        m_printer(out);
}

ToolRun Shell::run(const QString &dir, const QStringList &argv, const QStringList &env,
                   const QString &desc)
{
    ToolRun r;
    r.cmdline = joinUnambiguously(argv);
    if (echoing()) {
        QString envText;
        for (const QString &e : env) {
            const qsizetype j = e.indexOf(QLatin1Char('='));
            const QString v = e.mid(j + 1);
            envText += v.contains(QLatin1Char('\''))
                           ? e.left(j) + QLatin1Char('=') + QString::fromUtf8(goQuote(v.toUtf8()))
                           : e.left(j) + QStringLiteral("='") + v + QLatin1Char('\'');
            envText += QLatin1Char(' ');
        }
        showCmd(dir, envText + r.cmdline);
        if (dryRun()) {
            r.ok = true;
            return r;
        }
    }
    QProcess proc;
    QProcessEnvironment penv = m_config.toolEnv;
    const QString workingDir = dir == QLatin1String(".") ? m_config.cwd : dir;
    penv.insert(QStringLiteral("PWD"), workingDir);
    if (!desc.isEmpty())
        penv.insert(QStringLiteral("TOOLEXEC_IMPORTPATH"), desc);
    for (const QString &e : env) {
        const qsizetype j = e.indexOf(QLatin1Char('='));
        penv.insert(e.left(j), e.mid(j + 1));
    }
    proc.setProcessEnvironment(penv);
    proc.setWorkingDirectory(workingDir);
    proc.setProcessChannelMode(QProcess::MergedChannels);
    const ResponseFile rsp(argv); // removed when this run returns
    if (!rsp.error().isEmpty()) {
        r.error = rsp.error();
        return r;
    }
    QElapsedTimer timer;
    timer.start();
    proc.start(rsp.argv().first(), rsp.argv().mid(1));
    if (!proc.waitForStarted(-1)) {
        r.error = argv.first() + QStringLiteral(": ") + proc.errorString();
        return r;
    }
    while (!proc.waitForFinished(100)) {
        if (m_cancel && m_cancel->load()) {
            proc.kill();
            proc.waitForFinished(-1);
            r.output = proc.readAll();
            r.error = argv.first() + QStringLiteral(": signal: killed");
            r.realNs = timer.nsecsElapsed();
            return r;
        }
    }
    r.realNs = timer.nsecsElapsed();
    r.output = proc.readAll();
    if (proc.exitStatus() != QProcess::NormalExit)
        r.error = argv.first() + QStringLiteral(": signal: killed");
    else if (proc.exitCode() != 0)
        r.error = argv.first() + QStringLiteral(": exit status %1").arg(proc.exitCode());
    else
        r.ok = true;
    return r;
}

Result<void> Shell::mkdir(const QString &dir)
{
    if (dir.isEmpty())
        return {};
    {
        QMutexLocker lock(&m_mkdirMutex);
        if (m_made.contains(dir))
            return {};
        m_made << dir;
    }
    if (echoing())
        showCmd(QString(), QStringLiteral("mkdir -p ") + dir);
    if (dryRun())
        return {};
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("mkdir %1: cannot create directory").arg(dir));
    return {};
}

Result<void> Shell::writeFile(const QString &file, const QByteArray &data)
{
    if (echoing()) {
        if (data.isEmpty())
            showCmd(QString(), QStringLiteral("echo -n > %1 # internal").arg(file));
        else if (data.indexOf('\n') == data.size() - 1)
            showCmd(QString(), QStringLiteral("echo '%1' > %2 # internal")
                                   .arg(QString::fromUtf8(data.chopped(1)), file));
        else
            showCmd(QString(), QStringLiteral("cat >%1 << 'EOF' # internal\n%2EOF")
                                   .arg(file, QString::fromUtf8(data)));
    }
    if (dryRun())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return fail(QStringLiteral("open %1: %2").arg(file, f.errorString()));
    return {};
}

namespace
{

// go's replacePrefix: old → new at the start and after " ", "\n", "\n\t".
QString replacePrefix(QString s, const QString &old, const QString &repl)
{
    if (old.isEmpty() || !s.contains(old))
        return s;
    s.replace(QLatin1Char(' ') + old, QLatin1Char(' ') + repl);
    s.replace(QLatin1Char('\n') + old, QLatin1Char('\n') + repl);
    s.replace(QStringLiteral("\n\t") + old, QStringLiteral("\n\t") + repl);
    if (s.startsWith(old))
        s = repl + s.mid(old.size());
    return s;
}

} // namespace

QString Shell::shortPath(const QString &path) const
{
    const QString rel = QDir(m_config.cwd).relativeFilePath(path);
    if (rel.size() >= path.size())
        return path;
    const QFileInfo a(QDir(m_config.cwd).filePath(rel)), b(path);
    const bool same = (!a.exists() && !b.exists()) ||
                      (a.exists() && b.exists() && a.canonicalFilePath() == b.canonicalFilePath());
    return same ? rel : path;
}

QByteArray Shell::report(const QString &desc, const QString &dir, QByteArray output) const
{
    if (!output.endsWith('\n'))
        output += '\n';
    QString out =
        replacePrefix(QString::fromUtf8(output), m_config.workDir, QStringLiteral("$WORK"));
    for (QString d = dir;;) {
        const QString rel = shortPath(d);
        if (rel != d)
            out = replacePrefix(out, d, rel);
        const QString parent = QFileInfo(d).path();
        if (parent == d || d.isEmpty())
            break;
        d = parent;
    }
    return "# " + desc.toUtf8() + "\n" + out.toUtf8();
}

} // namespace kiln::exec
