// The "build" actor: go's (*Builder).build for gc without cgo (exec.go).
#include "exec/actionid.h"
#include "exec/archive.h"
#include "exec/builder.h"
#include "exec/toolargs.h"
#include "load/goversion.h"

#include <QDir>

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

} // namespace

Result<void> Builder::build(int action)
{
    const graph::Action &a = m_graph.actions[action];
    const load::Package &p = m_load.packages[a.package];
    IdContext ctx{m_config, m_load,  m_graph, m_state,
                  m_tools,  m_files, m_trace, &m_records[action].preimage};
    KILN_TRY(id, compileActionId(ctx, action));
    if (useCache(action, id, packageTarget(a.package)))
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

    if (m_cache && !m_shell.dryRun()) {
        QByteArray list;
        for (const QString &f : p.goFiles + p.sFiles)
            list += "./" + f.toUtf8() + "\n";
        (void)m_cache->put(cache::subkey(*st.actionID, "srcfiles", m_trace), list);
    }
    CompileInputs in;
    in.objdir = dir;
    in.buildID = st.buildID;
    in.goFiles = absolute(p.dir, p.goFiles);
    in.asmhdr = !p.sFiles.isEmpty();
    const QStringList sfiles = absolute(p.dir, p.sFiles);
    if (!p.sFiles.isEmpty()) {
        in.symabis = dir + QStringLiteral("symabis");
        KILN_CHECK(m_shell.writeFile(dir + QStringLiteral("go_asm.h"), QByteArray()));
        QStringList args = asmArgs(m_config, p, pb, dir);
        args << QStringLiteral("-gensymabis") << QStringLiteral("-o") << in.symabis << sfiles;
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
    KILN_CHECK(runTool(action, m_config.cwd, compileArgs(m_config, p, pb, in), {}, p.dir));
    QStringList objects;
    for (const QString &s : p.sFiles) {
        const QString obj = dir + s.chopped(2) + QStringLiteral(".o");
        QStringList args = asmArgs(m_config, p, pb, dir);
        args << QStringLiteral("-o") << obj << QDir(p.dir).filePath(s);
        KILN_CHECK(runTool(action, p.dir, args));
        objects << obj;
    }
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
