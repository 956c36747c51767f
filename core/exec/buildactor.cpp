// The "build" actor: go's (*Builder).build for gc (exec.go), with its cgo
// branch (cgobuild.h) for packages that import "C".
#include "base/hashid.h"
#include "exec/actionid.h"
#include "exec/archive.h"
#include "exec/builder.h"
#include "exec/cgobuild.h"
#include "exec/toolargs.h"
#include "load/goversion.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace kiln::exec
{

namespace
{

QStringList absolute(const QString &dir, const QStringList &files)
{
    QStringList out;
    for (const QString &f : files)
        out << QDir(dir).filePath(f);
    return out;
}

// The .h files named for GOOS/GOARCH, copied as x_GOOS_GOARCH.h, x_GOARCH.h
// and x_GOOS.h (go's fileExtSplit + the copy loop).
QList<std::pair<QString, QString>> archHeaderCopies(const BuildConfig &cfg, const load::Package &p)
{
    QList<std::pair<QString, QString>> out;
    const QString osArch = QLatin1Char('_') + cfg.goos + QLatin1Char('_') + cfg.goarch;
    const QString os = QLatin1Char('_') + cfg.goos;
    const QString arch = QLatin1Char('_') + cfg.goarch;
    for (const QString &file : p.hFiles) {
        const qsizetype dot = file.lastIndexOf(QLatin1Char('.'));
        const QString name = dot >= 0 ? file.left(dot) : file;
        const QString ext = dot >= 0 ? file.mid(dot + 1) : QString();
        auto target = [&](const QString &suffix, const char *repl) {
            return file.left(name.size() - suffix.size()) + QLatin1String(repl) + QLatin1Char('.') +
                   ext;
        };
        if (name.endsWith(osArch))
            out.append({file, target(osArch, "_GOOS_GOARCH")});
        else if (name.endsWith(arch))
            out.append({file, target(arch, "_GOARCH")});
        else if (name.endsWith(os))
            out.append({file, target(os, "_GOOS")});
    }
    return out;
}

// The .syso files of an action's package and of every package it depends
// on, sorted and unique (dynimport's gatherSyso).
QStringList transitiveSyso(const graph::ActionGraph &graph, const load::LoadResult &load,
                           int action)
{
    QStringList syso;
    QSet<int> seen;
    QList<int> stack{action};
    while (!stack.isEmpty()) {
        const int a = stack.takeLast();
        if (seen.contains(a))
            continue;
        seen.insert(a);
        const graph::Action &act = graph.actions[a];
        if (act.package >= 0)
            syso << absolute(load.packages[act.package].dir, load.packages[act.package].sysoFiles);
        stack << act.deps;
    }
    syso.sort();
    syso.removeDuplicates();
    return syso;
}

// go's Shell.CopyFile(dst, src, 0666, force): "cp src dst" under -x/-n.
Result<void> copyFile(Shell &shell, const QString &src, const QString &dst)
{
    if (shell.echoing())
        shell.showCmd(QString(), QStringLiteral("cp %1 %2").arg(src, dst));
    if (shell.dryRun())
        return {};
    QFile in(src);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("open %1: %2").arg(src, in.errorString()));
    QFile::remove(dst);
    QFile out(dst);
    const QByteArray data = in.readAll();
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
        return fail(QStringLiteral("open %1: %2").arg(dst, out.errorString()));
    return {};
}

// go's cacheSrcFiles: package files as "./name", generated ones by their
// objdir name, each of those also stored under Subkey(actionID, name).
void cacheSrcFiles(cache::DiskCache &cache, const Digest &actionId, const QString &objdir,
                   const QStringList &srcfiles, const cache::HashTrace *trace)
{
    QByteArray list;
    for (const QString &f : srcfiles) {
        if (!f.startsWith(objdir)) {
            list += "./" + f.toUtf8() + "\n";
            continue;
        }
        const QString name = f.mid(objdir.size());
        list += name.toUtf8() + "\n";
        QFile gen(f);
        if (!gen.open(QIODevice::ReadOnly))
            return;
        (void)cache.put(cache::subkey(actionId, name.toUtf8(), trace), gen.readAll());
    }
    (void)cache.put(cache::subkey(actionId, "srcfiles", trace), list);
}

} // namespace

Result<void> Builder::build(int action)
{
    const graph::Action &a = m_graph.actions[action];
    const load::Package &p = m_load.packages[a.package];
    IdContext ctx{m_config,  m_load,  m_graph, m_state,
                  m_tools,   m_files, m_trace, &m_records[action].preimage,
                  &m_ccProbe};
    KILN_TRY(id, compileActionId(ctx, action));
    // go's need bits: a cached archive still leaves the vet config to write.
    const bool cached = useCache(action, id, packageTarget(a.package));
    if (cached && !a.needVet)
        return {};
    auto result = [&]() -> Result<void> {
        if (m_shell.dryRun())
            m_shell.print("\n#\n# " + p.importPath.toUtf8() + "\n#\n\n");
        if (m_config.verbose)
            m_shell.print(p.importPath.toUtf8() + "\n");
        if (p.error)
            return fail(p.error->text());
        if (p.module && !p.module->goVersion.isEmpty() &&
            load::gover::compare(m_config.goVersion.mid(2), p.module->goVersion) < 0)
            return fail(QStringLiteral("module requires Go %1 or later").arg(p.module->goVersion));
        const QString dir = objdir(action);
        KILN_CHECK(m_shell.mkdir(dir));
        if (cached && (m_shell.dryRun() || loadCachedVet(action)))
            return {};
        return compile(action, dir);
    }();
    flushOutput(action);
    return result;
}

Result<void> Builder::compile(int action, const QString &dir)
{
    const graph::Action &a = m_graph.actions[action];
    const load::Package &p = m_load.packages[a.package];
    const PackageBuild &pb = m_config.packages[a.package];
    ActionState &st = m_state[action];
    graph::ActionRecord &rec = m_records[action];
    const bool usesCgo = !p.cgoFiles.isEmpty();

    // Runs a tool of this action and records it (go's runOut).
    auto runRecorded = [&](const QString &runDir, const QStringList &argv, const QStringList &env) {
        const ToolRun r = m_shell.run(runDir, argv, env, p.desc());
        if (!m_shell.dryRun()) {
            rec.cmds << r.cmdline;
            rec.cmdReal += r.realNs;
        }
        return r;
    };
    auto keepOutput = [&](const QByteArray &text) {
        if (st.output)
            st.output->append(text);
        else
            m_shell.print(text);
    };

    QStringList goFiles = absolute(p.dir, p.goFiles);
    QStringList srcfiles = p.goFiles; // go's gofiles before mkAbs, then sfiles
    QStringList sFiles = p.sFiles;
    QStringList cgoObjects;
    if (!p.swigFiles.isEmpty() || !p.swigCXXFiles.isEmpty())
        return fail(QStringLiteral("SWIG files are not supported by Kiln"));
    if (usesCgo) {
        const ProbeScope scope{m_config, m_shell, m_cache ? &*m_cache : nullptr, m_trace};
        KILN_TRY(sources, cgoSources(p));
        sFiles = sources.asmFiles;
        const CgoRequest req{p, dir, hashToString(*st.actionID), sources.gccFiles,
                             transitiveSyso(m_graph, m_load, action)};
        CgoBuild cgo(scope, m_ccProbe, CgoHost{runRecorded, keepOutput}, req);
        KILN_TRY(pc, cgo.pkgConfigFlags());
        KILN_TRY(out, cgo.run(pc.first, pc.second));
        goFiles << out.goFiles;
        srcfiles << out.goFiles;
        cgoObjects = out.objects;
    }
    srcfiles << sFiles;
    if (m_cache && !m_shell.dryRun())
        cacheSrcFiles(*m_cache, *st.actionID, dir, srcfiles, m_trace);
    if (a.needVet)
        writeVetConfig(action, srcfiles);
    if (!a.needBuild)
        return {}; // only vet wanted this package
    CompileInputs in;
    in.objdir = dir;
    in.buildID = st.buildID;
    in.goFiles = goFiles;
    in.asmhdr = !sFiles.isEmpty();
    const QStringList sAbs = absolute(p.dir, sFiles);
    if (!sFiles.isEmpty()) {
        in.symabis = dir + QStringLiteral("symabis");
        KILN_CHECK(m_shell.writeFile(dir + QStringLiteral("go_asm.h"), QByteArray()));
        QStringList args = asmArgs(m_config, p, pb, dir);
        args << QStringLiteral("-gensymabis") << QStringLiteral("-o") << in.symabis << sAbs;
        KILN_CHECK(runTool(action, p.dir, args));
    }
    QList<PackageFile> deps;
    for (int d : a.deps) {
        const graph::Action &dep = m_graph.actions[d];
        if (dep.package >= 0 && !m_state[d].built.isEmpty())
            deps.append({m_load.packages[dep.package].importPath, m_state[d].built});
        if (dep.mode == graph::Mode::PreprocessPgo)
            in.pgoProfile = m_state[d].built;
    }
    KILN_CHECK(m_shell.writeFile(dir + QStringLiteral("importcfg"), importConfig(p, deps)));
    if (!p.embedMap.isEmpty()) {
        in.embedcfg = true;
        KILN_CHECK(m_shell.writeFile(dir + QStringLiteral("embedcfg"), embedConfig(p)));
    }
    if (usesCgo) {
        // Errors in cgo-generated Go files get go's cgo rewrite.
        const ToolRun r = runRecorded(m_config.cwd, compileArgs(m_config, p, pb, in), {});
        KILN_CHECK(reportCmd(m_shell, m_config, p, r, p.desc(), p.dir, keepOutput));
    } else {
        KILN_CHECK(runTool(action, m_config.cwd, compileArgs(m_config, p, pb, in), {}, p.dir));
    }
    for (const auto &[from, to] : archHeaderCopies(m_config, p))
        KILN_CHECK(copyFile(m_shell, QDir(p.dir).filePath(from), dir + to));
    if (!usesCgo && !p.cFiles.isEmpty())
        return fail(QStringLiteral("%1: C source files not supported without cgo")
                        .arg(QDir(p.dir).filePath(p.cFiles.first())));
    QStringList objects;
    for (const QString &s : sFiles) {
        const QString obj = dir + s.chopped(2) + QStringLiteral(".o");
        QStringList args = asmArgs(m_config, p, pb, dir);
        args << QStringLiteral("-o") << obj << QDir(p.dir).filePath(s);
        KILN_CHECK(runTool(action, p.dir, args));
        objects << obj;
    }
    objects << cgoObjects;
    objects << absolute(p.dir, p.sysoFiles);
    const QString archive = dir + QStringLiteral("_pkg_.a");
    if (!objects.isEmpty()) {
        if (m_shell.echoing())
            m_shell.showCmd(p.dir,
                            joinUnambiguously(
                                QStringList{QStringLiteral("go"), QStringLiteral("tool"),
                                            QStringLiteral("pack"), QStringLiteral("r"), archive} +
                                objects) +
                                QStringLiteral(" # internal"));
        if (!m_shell.dryRun()) {
            KILN_CHECK(appendToArchive(archive, objects));
        }
    }
    KILN_CHECK(updateBuildId(action, archive));
    st.built = archive;
    return {};
}

} // namespace kiln::exec
