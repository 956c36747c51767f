#include "test/testprobe.h"

#include "base/goquote.h"
#include "base/hashid.h"
#include "exec/actionid.h"
#include "exec/buildid.h"

#include <QSet>

namespace kiln::test
{

namespace
{

class Prober
{
public:
    explicit Prober(const PreparedTest &t)
        : m_t(t), m_graph(t.test.graph), m_tools(t.tools ? t.tools : makeTools(t))
    {
        m_out.state.resize(m_graph.actions.size());
        m_out.actions.resize(m_graph.actions.size());
    }

    TestGraphProbe run()
    {
        for (int a : m_graph.postOrder())
            visit(a);
        return std::move(m_out);
    }

private:
    static std::shared_ptr<exec::ToolIds> makeTools(const PreparedTest &t)
    {
        return std::make_shared<exec::ToolIds>(t.config.toolDir, t.config.toolEnv);
    }

    exec::IdContext idContext()
    {
        return exec::IdContext{m_t.config, m_t.load, m_graph, m_out.state, *m_tools,
                               m_files,    nullptr,  nullptr, &m_cc};
    }

    QString target(int package) const
    {
        if (auto it = m_graph.packageTargets.constFind(package);
            it != m_graph.packageTargets.constEnd())
            return *it;
        return m_t.load.packages[package].target;
    }

    bool depsReady(int action)
    {
        for (int d : m_graph.actions[action].deps) {
            const ProbeStatus s = m_out.actions[d].status;
            if (s == ProbeStatus::Miss || s == ProbeStatus::Blocked || s == ProbeStatus::Failed)
                return false;
        }
        return true;
    }

    // useCache's lookups for a build or PGO action whose ID is known.
    void lookup(int action, const Digest &id, const QString &installed)
    {
        exec::ActionState &st = m_out.state[action];
        ActionProbe &pr = m_out.actions[action];
        const QString aid = hashToString(id);
        st.actionID = id;
        st.buildID = aid + QLatin1Char('/') + aid;
        if (m_t.config.rebuild == exec::Rebuild::All) {
            pr.status = ProbeStatus::Miss;
            return;
        }
        if (!installed.isEmpty()) {
            const QString have =
                QString::fromUtf8(exec::readBuildId(installed).value_or(QByteArray()));
            if (have.startsWith(aid + QLatin1Char('/'))) {
                st.buildID = have;
                st.built = installed;
                pr.status = ProbeStatus::Hit;
                return;
            }
        }
        pr.status = ProbeStatus::Miss;
        if (!m_t.cache)
            return;
        const cache::Lookup l = m_t.cache->getFile(id);
        if (!l.hit())
            return;
        const QString file = m_t.cache->outputFile(l.entry->outputID);
        if (m_graph.actions[action].mode == graph::Mode::PreprocessPgo) {
            st.built = file;
            pr.status = ProbeStatus::Hit;
        } else if (auto have = exec::readBuildId(file)) {
            st.built = file;
            st.buildID = QString::fromUtf8(*have);
            pr.status = ProbeStatus::Hit;
        }
    }

    void fail(int action, const QString &error)
    {
        m_out.actions[action].status = ProbeStatus::Failed;
        m_out.actions[action].error = error;
    }

    void visit(int action)
    {
        const graph::Action &a = m_graph.actions[action];
        ActionProbe &pr = m_out.actions[action];
        switch (a.mode) {
        case graph::Mode::BuiltinPackage:
        case graph::Mode::Nop:
            pr.status = depsReady(action) ? ProbeStatus::Hit : ProbeStatus::Blocked;
            return;
        case graph::Mode::Build: {
            if (!depsReady(action)) {
                pr.status = ProbeStatus::Blocked;
                return;
            }
            auto id = exec::compileActionId(idContext(), action);
            if (!id)
                return fail(action, id.error().toString());
            lookup(action, *id, target(a.package));
            return;
        }
        case graph::Mode::PreprocessPgo: {
            auto tool = m_tools->id(QStringLiteral("preprofile"));
            if (!tool)
                return fail(action, tool.error().toString());
            // The same lines as the Builder's preprocessPgo.
            cache::CacheHash h(QStringLiteral("preprocess PGO profile ") + a.pgoProfile,
                               cache::hashSalt(m_t.config.goVersion));
            h.write("preprocess PGO profile\n");
            h.write("preprofile " + tool->toUtf8() + "\n");
            h.write("input " + goQuote(m_files.hashString(a.pgoProfile).toUtf8()) + "\n");
            lookup(action, h.sum(), QString());
            return;
        }
        case graph::Mode::Link: {
            if (!depsReady(action)) {
                pr.status = ProbeStatus::Blocked;
                return;
            }
            auto id = exec::linkActionId(idContext(), action);
            if (!id)
                return fail(action, id.error().toString());
            exec::ActionState &st = m_out.state[action];
            const QString aid = hashToString(*id);
            st.actionID = *id;
            st.buildID = aid + QLatin1Char('/') + m_out.state[a.deps.first()].buildID +
                         QLatin1Char('/') + aid;
            pr.status = ProbeStatus::Hit;
            if (m_t.cache && m_t.config.rebuild != exec::Rebuild::All) {
                const cache::Lookup l = m_t.cache->getFile(*id);
                if (l.hit())
                    pr.cachedBuildID = QString::fromUtf8(
                        exec::readBuildId(m_t.cache->outputFile(l.entry->outputID))
                            .value_or(QByteArray()));
            }
            return;
        }
        default:
            return;
        }
    }

    const PreparedTest &m_t;
    const graph::ActionGraph &m_graph;
    std::shared_ptr<exec::ToolIds> m_tools;
    cache::FileHasher m_files;
    exec::CCompilerProbe m_cc;
    TestGraphProbe m_out;
};

} // namespace

int TestGraphProbe::firstMiss(const graph::ActionGraph &graph, int action) const
{
    // go's post-order of the subgraph below action: deepest dependencies first.
    QSet<int> seen;
    int found = -1;
    std::function<void(int)> walk = [&](int a) {
        if (found >= 0 || seen.contains(a))
            return;
        seen.insert(a);
        for (int d : graph.actions[a].deps)
            walk(d);
        if (found < 0 && actions[a].status == ProbeStatus::Miss)
            found = a;
    };
    walk(action);
    return found;
}

TestGraphProbe probeTestGraph(const PreparedTest &test)
{
    return Prober(test).run();
}

} // namespace kiln::test
