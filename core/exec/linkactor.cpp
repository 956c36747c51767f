// The "link", install and PGO actors: go's (*Builder).link,
// BuildInstallFunc and pgoActor (exec.go, action.go).
#include "base/goquote.h"
#include "exec/actionid.h"
#include "exec/builder.h"
#include "exec/toolargs.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kiln::exec
{

Result<void> Builder::link(int action)
{
    const graph::Action &a = m_graph.actions[action];
    const load::Package &p = m_load.packages[a.package];
    const PackageBuild &pb = m_config.packages[a.package];
    ActionState &st = m_state[action];
    IdContext ctx{m_config, m_load,  m_graph, m_state,
                  m_tools,  m_files, m_trace, &m_records[action].preimage};
    KILN_TRY(id, linkActionId(ctx, action));
    if (useCache(action, id, packageTarget(a.package)))
        return {};
    auto result = [&]() -> Result<void> {
        const QString dir = objdir(action);
        KILN_CHECK(m_shell.mkdir(dir));
        QList<PackageFile> deps;
        for (int d : a.deps)
            if (m_graph.actions[d].package >= 0)
                deps.append(
                    {m_load.packages[m_graph.actions[d].package].importPath, m_state[d].built});
        const QString importcfg = dir + QStringLiteral("importcfg.link");
        KILN_CHECK(
            m_shell.writeFile(importcfg, linkImportConfig(deps, pb.buildInfo.value_or(QString()))));
        const QString target = expand(a.target);
        KILN_CHECK(m_shell.mkdir(QFileInfo(target).path() + QLatin1Char('/')));
        LinkInputs in{dir, target, st.buildID, m_state[a.deps.first()].built};
        // gc.go ld: C++ in the main package or any linked package links with CXX.
        for (int d : QList<int>{action} + a.deps) {
            const int pkg = m_graph.actions[d].package;
            if (pkg >= 0 && (!m_load.packages[pkg].cxxFiles.isEmpty() ||
                             !m_load.packages[pkg].swigCXXFiles.isEmpty()))
                in.extld = ExternalLinker::CXX;
        }
        const QStringList env{QStringLiteral("GOROOT=") +
                              (m_config.trimpath ? QString() : m_config.goroot)};
        KILN_CHECK(runTool(action, QStringLiteral("."), linkArgs(m_config, p, pb, in), env));
        KILN_CHECK(updateBuildId(action, target));
        st.built = target;
        return {};
    }();
    flushOutput(action);
    return result;
}

Result<void> Builder::install(int action)
{
    const graph::Action &a = m_graph.actions[action];
    const int from = a.deps.first();
    ActionState &st = m_state[action];
    st.buildID = m_state[from].buildID;
    const QString target = a.target;
    const QString src = m_state[from].built;
    const QString fromObjdir = objdir(from);
    auto cleanup = [&] {
        if (m_config.keepWork == KeepWork::Yes)
            return;
        if (m_shell.echoing() && (QFileInfo::exists(fromObjdir) || m_shell.dryRun()))
            m_shell.showCmd(QString(), QStringLiteral("rm -rf ") + fromObjdir);
        if (!m_shell.dryRun())
            QDir(fromObjdir).removeRecursively();
    };
    if (src == target) {
        st.built = target;
        cleanup();
        if (m_shell.dryRun())
            m_shell.showCmd(QString(), QStringLiteral("touch ") + target);
        else
            QFile(target).setFileTime(QDateTime::currentDateTime(),
                                      QFileDevice::FileModificationTime);
        return {};
    }
    const bool exe = m_graph.actions[from].mode == graph::Mode::Link;
    const QString dir = QFileInfo(target).path();
    if (!target.contains(QLatin1Char('/')) || dir.isEmpty()) {
        // target in the working directory: nothing to create
    } else {
        KILN_CHECK(m_shell.mkdir(dir + QLatin1Char('/')));
    }
    const QString dst = QDir(m_config.cwd).filePath(target);
    if (m_shell.dryRun()) {
        m_shell.showCmd(QString(), QStringLiteral("mv %1 %2").arg(src, target));
        cleanup();
        return {};
    }
    if (QFileInfo(dst).isDir())
        return fail(
            QStringLiteral("go build %1: build output \"%2\" already exists and is a directory")
                .arg(m_load.packages[a.package].importPath, target));
    const bool fromCache = m_cache && src.startsWith(m_cache->dir());
    const QFile::Permissions perm =
        exe ? QFile::Permissions(0x7777)
            : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup |
               QFile::ReadOther | QFile::WriteOther);
    QFile::remove(dst);
    if (!fromCache && QFile::rename(src, dst)) {
        QFile::setPermissions(dst, perm);
        if (m_shell.echoing())
            m_shell.showCmd(QString(), QStringLiteral("mv %1 %2").arg(src, target));
    } else {
        if (m_shell.echoing())
            m_shell.showCmd(QString(), QStringLiteral("cp %1 %2").arg(src, target));
        if (!QFile::copy(src, dst))
            return fail(QStringLiteral("go build %1: copying %2 to %3 failed")
                            .arg(m_load.packages[a.package].importPath, src, target));
        QFile::setPermissions(dst, perm);
    }
    st.built = target;
    cleanup();
    return {};
}

Result<void> Builder::preprocessPgo(int action)
{
    const graph::Action &a = m_graph.actions[action];
    ActionState &st = m_state[action];
    KILN_TRY(toolId, m_tools.id(QStringLiteral("preprofile")));
    cache::CacheHash h(QStringLiteral("preprocess PGO profile ") + a.pgoProfile,
                       cache::hashSalt(m_config.goVersion), m_trace);
    h.write("preprocess PGO profile\n");
    h.write("preprofile " + toolId.toUtf8() + "\n");
    h.write("input " + goQuote(m_files.hashString(a.pgoProfile).toUtf8()) + "\n");
    const Digest id = h.sum();
    const QString target = expand(a.target);
    if (useCache(action, id, QString()))
        return {};
    KILN_CHECK(m_shell.mkdir(objdir(action)));
    const ToolRun r =
        m_shell.run(QStringLiteral("."),
                    {m_config.toolDir + QStringLiteral("/preprofile"), QStringLiteral("-o"), target,
                     QStringLiteral("-i"), a.pgoProfile},
                    {}, a.pgoProfile);
    m_records[action].cmds << r.cmdline;
    if (!r.ok)
        return fail(QString::fromUtf8(m_shell.report(a.pgoProfile, QString(), r.output)));
    st.built = target;
    putFile(id, target);
    return {};
}

} // namespace kiln::exec
