#include "exec/cgobuild.h"

#include "base/goquote.h"
#include "exec/ccompileargs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kiln::exec
{

namespace
{

QString absFile(const QString &dir, const QString &f)
{
    if (QDir::isAbsolutePath(f) || f.startsWith(QLatin1String("$WORK")))
        return f;
    return QDir::cleanPath(dir + QLatin1Char('/') + f);
}

// strconv.Quote of a flag for cgo's -ldflags.
QString quoteFlag(const QString &f)
{
    return QString::fromUtf8(goQuote(f.toUtf8()));
}

bool isRuntimeCgo(const load::Package &p)
{
    return p.standard && p.importPath == QLatin1String("runtime/cgo");
}

// A .s file with Go assembler directives (go's TEXT/DATA/GLOBL check).
bool isGoAssembly(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = f.readAll();
    for (const char *word : {"TEXT", "DATA", "GLOBL"})
        if (data.startsWith(word) || data.contains(QByteArray("\n") + word))
            return true;
    return false;
}

} // namespace

// go's runOut fails before running a program it cannot find, with
// LookPath's error (not "<prog>: …" as for a failed run).
ToolRun CgoBuild::runTool(const QString &dir, const QStringList &argv, const QStringList &env)
{
    ToolRun r = m_host.run(dir, argv, env);
    if (!r.ok && r.output.isEmpty() && !m_scope.shell.dryRun()) {
        const QString notFound = lookPathError(argv.first(), m_cfg.toolEnv);
        if (!notFound.isEmpty())
            r.error = notFound;
    }
    return r;
}

Result<CgoSources> cgoSources(const load::Package &p)
{
    CgoSources out;
    out.gccFiles = p.cFiles;
    if (isRuntimeCgo(p)) {
        // runtime/cgo bridges both worlds: only its gcc_* files go to gcc.
        for (const QString &s : p.sFiles)
            (s.startsWith(QLatin1String("gcc_")) ? out.gccFiles : out.asmFiles) << s;
        return out;
    }
    for (const QString &s : p.sFiles)
        if (isGoAssembly(QDir(p.dir).filePath(s)))
            return fail(QStringLiteral("package using cgo has Go assembly file %1").arg(s));
    out.gccFiles << p.sFiles;
    return out;
}

Result<void> reportCmd(const Shell &shell, const BuildConfig &cfg, const load::Package &p,
                       const ToolRun &run, const QString &desc, const QString &dir,
                       const std::function<void(const QByteArray &)> &keep)
{
    if (run.output.isEmpty()) {
        if (run.ok)
            return {};
        return fail(run.error);
    }
    const QByteArray report = shell.report(desc, dir, run.output);
    const qsizetype eol = report.indexOf('\n');
    QString text = QString::fromUtf8(report.mid(eol + 1));
    if (cfg.echo != Echo::Commands) {
        static const QRegularExpression cgoLine(
            QStringLiteral(R"(\[[^\[\]]+\.(cgo1|cover)\.go:[0-9]+(:[0-9]+)?\])"));
        static const QRegularExpression cgoType(
            QStringLiteral(R"(\b_C2?(type|func|var|macro)_\B)"));
        if (cgoLine.match(text).hasMatch()) {
            text.remove(cgoLine);
            text.replace(cgoType, QStringLiteral("C."));
        }
    }
    QByteArray header = "# " + desc.toUtf8() + "\n";
    if (desc != p.desc())
        header = "# " + p.importPath.toUtf8() + "\n# [" + desc.toUtf8() + "]\n";
    const QByteArray full = header + text.toUtf8();
    if (!run.ok)
        return fail(QString::fromUtf8(full));
    keep(full);
    return {};
}

CgoBuild::CgoBuild(const ProbeScope &scope, CCompilerProbe &probe, CgoHost host,
                   const CgoRequest &request)
    : m_scope(scope), m_probe(probe), m_host(std::move(host)), m_req(request), m_cfg(scope.config),
      m_p(request.package)
{
}

Result<void> CgoBuild::runReported(const QString &dir, const QStringList &argv,
                                   const QStringList &env, const QString &desc,
                                   const QString &reportDir)
{
    for (const QString &arg : argv)
        if (arg.startsWith(QLatin1Char('@')))
            return fail(QStringLiteral("invalid command-line argument %1 in command: %2")
                            .arg(arg, joinUnambiguously(argv)));
    const ToolRun r = runTool(dir, argv, env);
    return reportCmd(m_scope.shell, m_cfg, m_p, r, desc, reportDir, m_host.keep);
}

QStringList CgoBuild::gccCmd(const QStringList &compiler) const
{
    return compilerCmd(m_scope, m_probe, compiler, m_p.dir, m_req.objdir);
}

// go's ccompile for one file with the given compiler prefix.
Result<void> CgoBuild::compileC(const QStringList &compiler, const QString &out,
                                const QStringList &flags, const QString &file)
{
    const QString abs = absFile(m_p.dir, file);
    // go's ccompile probes its flags with the whole prefix (keyed by argv[0]).
    const QStringList prefix = gccCmd(compiler);
    QStringList argv = prefix;
    argv << flags << ccompileExtraFlags(m_scope, m_probe, prefix, m_p, m_req.randomSeed)
         << QStringLiteral("-o") << absFile(m_p.dir, out) << QStringLiteral("-c")
         << QFileInfo(abs).fileName();
    const QString dir = QFileInfo(abs).path();
    const ToolRun r = runTool(dir, argv, {QStringLiteral("TERM=dumb")});
    ToolRun checked = r;
    if (r.ok && !r.output.isEmpty() && m_cfg.cgo.goBuilder) {
        checked.output += "C compiler warning promoted to error on Go builders\n";
        checked.ok = false;
        checked.error = QStringLiteral("warning promoted to error");
    }
    return reportCmd(m_scope.shell, m_cfg, m_p, checked, m_p.desc(), m_p.dir, m_host.keep);
}

Result<CgoOutput> CgoBuild::run(const QStringList &pcCflags, const QStringList &pcLdflags)
{
    CgoFlags f = packageCgoFlags(m_p, m_cfg.cgo);
    if (f.error)
        return std::unexpected(*f.error);
    const QString &objdir = m_req.objdir;
    f.cppflags << pcCflags;
    f.ldflags << pcLdflags;
    if (!m_p.mFiles.isEmpty())
        f.ldflags << QStringLiteral("-lobjc");
    if (!m_p.fFiles.isEmpty()) {
        const QString fc =
            m_cfg.cgo.fcSetting.isEmpty() ? QStringLiteral("gfortran") : m_cfg.cgo.fcSetting;
        if (fc.contains(QLatin1String("gfortran")))
            f.ldflags << QStringLiteral("-lgfortran");
    }
    CgoOutput out;
    if (preferExternalLink(f.cflags, f.cxxflags, f.fflags)) {
        const QString token = objdir + QStringLiteral("preferlinkext");
        KILN_CHECK(m_scope.shell.writeFile(token, QByteArray()));
        out.objects << token;
    }
    f.cppflags << QStringLiteral("-I") << objdir;

    QStringList goFiles{objdir + QStringLiteral("_cgo_gotypes.go")};
    QStringList cFiles{QStringLiteral("_cgo_export.c")};
    QStringList cgoFiles;
    for (const QString &file : m_p.cgoFiles) {
        cgoFiles << absFile(m_p.dir, file);
        QString base = QFileInfo(file).fileName();
        if (base.endsWith(QLatin1String(".go")))
            base.chop(3);
        goFiles << objdir + base + QStringLiteral(".cgo1.go");
        cFiles << base + QStringLiteral(".cgo2.c");
    }
    QStringList cgoflags;
    if (isRuntimeCgo(m_p))
        cgoflags << QStringLiteral("-import_runtime_cgo=false");
    static const QStringList noSyscall = {
        QStringLiteral("runtime/race"), QStringLiteral("runtime/msan"),
        QStringLiteral("runtime/cgo"), QStringLiteral("runtime/asan")};
    if (m_p.standard && noSyscall.contains(m_p.importPath))
        cgoflags << QStringLiteral("-import_syscall=false");
    QStringList env{QStringLiteral("TERM=dumb")};
    QStringList ldflagsOption;
    if (!f.ldflags.isEmpty()) {
        QStringList quoted;
        for (const QString &flag : f.ldflags)
            quoted << quoteFlag(flag);
        ldflagsOption << QStringLiteral("-ldflags=") + quoted.join(QLatin1Char(' '));
        env << QStringLiteral("CGO_LDFLAGS=");
    }
    if (m_cfg.buildmode == QLatin1String("c-archive") ||
        m_cfg.buildmode == QLatin1String("c-shared"))
        cgoflags << QStringLiteral("-exportheader=") + objdir + QStringLiteral("_cgo_install.h");
    QStringList argv{m_cfg.toolDir + QStringLiteral("/cgo"), QStringLiteral("-objdir"), objdir,
                     QStringLiteral("-importpath"), m_p.importPath};
    argv << cgoflags << ldflagsOption << QStringLiteral("--") << f.cppflags << f.cflags << cgoFiles;
    KILN_CHECK(runReported(m_p.dir, argv, env, m_p.importPath, m_p.dir));
    out.goFiles = goFiles;

    int seq = 0;
    auto nextObject = [&] {
        return objdir + QStringLiteral("_x%1.o").arg(++seq, 3, 10, QLatin1Char('0'));
    };
    const QStringList cflags = f.cppflags + f.cflags;
    auto compileAll = [&](const QStringList &compiler, const QStringList &files,
                          const QStringList &flags, const QString &prefix) -> Result<void> {
        for (const QString &file : files) {
            const QString obj = nextObject();
            KILN_CHECK(compileC(compiler, obj, flags, prefix + file));
            out.objects << obj;
        }
        return {};
    };
    KILN_CHECK(compileAll(m_cfg.cgo.cc, cFiles, cflags, objdir));
    KILN_CHECK(compileAll(m_cfg.cgo.cc, m_req.gccFiles, cflags, QString()));
    KILN_CHECK(compileAll(m_cfg.cgo.cxx, m_p.cxxFiles, f.cppflags + f.cxxflags, QString()));
    KILN_CHECK(compileAll(m_cfg.cgo.cc, m_p.mFiles, cflags, QString()));
    KILN_CHECK(compileAll(m_cfg.cgo.fc, m_p.fFiles, f.cppflags + f.fflags, QString()));

    KILN_TRY(importGo, dynimport(cflags, f.ldflags, out));
    if (!importGo.isEmpty())
        out.goFiles << importGo;
    if (!m_scope.shell.dryRun())
        KILN_CHECK(checkLdflagDirectives(out.goFiles, f.ldflags));
    return out;
}

// go's dynimport: "" when the test link failed (the object list then ends
// with the "dynimportfail" token), else the _cgo_import.go it wrote.
Result<QString> CgoBuild::dynimport(const QStringList &cflags, const QStringList &ldflags0,
                                    CgoOutput &out)
{
    const QString &objdir = m_req.objdir;
    const QString mainObj = objdir + QStringLiteral("_cgo_main.o");
    KILN_CHECK(compileC(m_cfg.cgo.cc, mainObj, cflags, objdir + QStringLiteral("_cgo_main.c")));
    QStringList ldflags = ldflags0;
    if ((m_cfg.goarch == QLatin1String("arm") && m_cfg.goos == QLatin1String("linux")) ||
        m_cfg.goos == QLatin1String("android")) {
        if (!ldflags.contains(QStringLiteral("-no-pie")))
            ldflags << QStringLiteral("-pie");
        if (ldflags.contains(QStringLiteral("-pie")) && ldflags.contains(QStringLiteral("-static")))
            ldflags.removeAll(QStringLiteral("-static"));
    }
    const QString dynobj = objdir + QStringLiteral("_cgo_.o");
    const bool cxx = !m_p.cxxFiles.isEmpty() || !m_p.swigCXXFiles.isEmpty();
    QStringList link = gccCmd(cxx ? m_cfg.cgo.cxx : m_cfg.cgo.cc);
    link << QStringLiteral("-o") << dynobj << mainObj << out.objects << m_req.syso << ldflags;
    const ToolRun r = m_host.run(m_cfg.cwd, link, {QStringLiteral("TERM=dumb")});
    if (m_scope.shell.echoing())
        m_scope.shell.showCmd(
            QString(), joinUnambiguously(link) +
                           (r.ok ? QStringLiteral(" # test for internal linking errors (succeeded)")
                                 : QStringLiteral(" # test for internal linking errors (failed)")));
    if (!r.ok) {
        const QString token = objdir + QStringLiteral("dynimportfail");
        KILN_CHECK(m_scope.shell.writeFile(token, QByteArray()));
        out.objects << token;
        return QString();
    }
    const QString importGo = objdir + QStringLiteral("_cgo_import.go");
    QStringList argv{m_cfg.toolDir + QStringLiteral("/cgo"),
                     QStringLiteral("-dynpackage"),
                     m_p.name,
                     QStringLiteral("-dynimport"),
                     dynobj,
                     QStringLiteral("-dynout"),
                     importGo};
    if (isRuntimeCgo(m_p))
        argv << QStringLiteral("-dynlinker");
    KILN_CHECK(
        runReported(m_cfg.cwd, argv, {QStringLiteral("TERM=dumb")}, m_p.importPath, m_cfg.cwd));
    return importGo;
}

// The //go:cgo_ldflag directives of the generated _cgo_* files, minus the
// LDFLAGS cgo was given, must pass the linker allow-list.
Result<void> CgoBuild::checkLdflagDirectives(const QStringList &goFiles, const QStringList &ldflags)
{
    static const QByteArray directive = "//go:cgo_ldflag";
    QStringList flags;
    for (const QString &file : goFiles) {
        if (!QFileInfo(file).fileName().startsWith(QLatin1String("_cgo_")))
            continue;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("open %1: %2").arg(file, in.errorString()));
        for (const QByteArray &line : in.readAll().split('\n')) {
            const qsizetype comment = line.indexOf("//");
            if (comment < 0 || !line.mid(comment).startsWith(directive))
                continue;
            QByteArray flag = line.mid(comment + directive.size()).trimmed();
            while (flag.startsWith('"'))
                flag.remove(0, 1);
            while (flag.endsWith('"'))
                flag.chop(1);
            flags << QString::fromUtf8(flag);
        }
    }
    if (!ldflags.isEmpty()) {
        for (qsizetype i = 0; i + ldflags.size() <= flags.size(); ++i) {
            if (flags.mid(i, ldflags.size()) == ldflags) {
                flags.remove(i, ldflags.size());
                break;
            }
        }
    }
    return checkFlags(FlagList::Linker, QStringLiteral("LDFLAGS"), QStringLiteral("go:cgo_ldflag"),
                      flags, m_cfg.cgo);
}

} // namespace kiln::exec
