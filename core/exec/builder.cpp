#include "exec/builder.h"

#include "base/hashid.h"
#include "exec/actionid.h"
#include "exec/buildid.h"
#include "exec/contentid.h"
#include "exec/scheduler.h"

#include <QDir>
#include <QFile>

namespace kiln::exec
{

namespace
{

// go's a.built for a test binary's link that a cached test result skipped.
QString testPseudoCacheBuilt()
{
    return QStringLiteral("DO NOT USE - pseudo-cache built");
}

// go's vet and runTestActor start by clearing a.Failed.
bool clearsDepFailure(graph::Mode mode)
{
    return mode == graph::Mode::Vet || mode == graph::Mode::TestRun;
}

} // namespace

Builder::Builder(const BuildConfig &config, const load::LoadResult &load,
                 const graph::ActionGraph &graph, std::optional<cache::DiskCache> cache,
                 Printer printer, const cache::HashTrace *trace, std::shared_ptr<ToolIds> tools)
    : m_config(config), m_load(load), m_graph(graph), m_cache(std::move(cache)), m_trace(trace),
      m_shell(config, std::move(printer), nullptr),
      m_toolIds(tools ? std::move(tools)
                      : std::make_shared<ToolIds>(config.toolDir, config.toolEnv)),
      m_tools(*m_toolIds), m_files(trace)
{
    const qsizetype n = graph.actions.size();
    m_state.resize(n);
    m_records.resize(n);
    m_triggers.resize(n);
    for (int a : graph.postOrder())
        for (int d : graph.actions[a].deps)
            m_triggers[d].append(a);
    // Before execution, links and installs already know what they will produce.
    for (qsizetype a = 0; a < n; ++a) {
        const graph::Action &act = graph.actions[a];
        if (act.mode == graph::Mode::Link)
            m_state[a].built = expand(act.target);
    }
}

QString Builder::expand(const QString &path) const
{
    if (path.startsWith(QLatin1String("$WORK")))
        return m_config.workDir + path.mid(5);
    return path;
}

QString Builder::objdir(int action) const
{
    const int n = m_graph.actions[action].objdir;
    return m_config.workDir + QStringLiteral("/b%1/").arg(n, 3, 10, QLatin1Char('0'));
}

QString Builder::packageTarget(int package) const
{
    if (auto it = m_graph.packageTargets.constFind(package);
        it != m_graph.packageTargets.constEnd())
        return *it;
    return m_load.packages[package].target;
}

BuildSummary Builder::run(BuildObserver *observer, const std::atomic_bool *cancel)
{
    m_shell.setCancel(cancel ? cancel : &m_noCancel);
    // go asks for these lazily; starting them together saves their start-up time.
    m_tools.prefetch({QStringLiteral("compile"), QStringLiteral("asm"), QStringLiteral("link")});
    const QList<int> order = m_graph.postOrder();
    QHash<int, int> node;
    for (qsizetype i = 0; i < order.size(); ++i)
        node.insert(order[i], int(i));
    QList<PlanNode> nodes;
    for (int a : order) {
        PlanNode pn;
        for (int d : m_graph.actions[a].deps)
            pn.deps.append(node.value(d));
        pn.priority = m_graph.actions[a].priority;
        pn.ignoreFail = m_graph.actions[a].ignoreFail;
        pn.clearsDepFailure = clearsDepFailure(m_graph.actions[a].mode);
        nodes.append(pn);
    }
    struct Recorder : BuildObserver {
        Builder *b;
        const QList<int> &order;
        BuildObserver *next;
        Recorder(Builder *b, const QList<int> &order, BuildObserver *next)
            : b(b), order(order), next(next)
        {
        }
        void actionReady(int n, qint64 ns) override
        {
            b->m_records[order[n]].timeReady = ns;
            if (next)
                next->actionReady(order[n], ns);
        }
        void actionStarted(int n, int w, qint64 ns) override
        {
            b->m_records[order[n]].timeStart = ns;
            b->m_records[order[n]].worker = w;
            if (next)
                next->actionStarted(order[n], w, ns);
        }
        void actionOutput(int n, const QByteArray &o) override
        {
            if (next)
                next->actionOutput(order[n], o);
        }
        void actionFinished(int n, const ActionReport &r) override
        {
            b->finishState(order[n], r.outcome == Outcome::Succeeded);
            graph::ActionRecord &rec = b->m_records[order[n]];
            rec.timeDone = r.doneNs;
            rec.cacheHit = r.cacheHit;
            rec.failed = r.outcome != Outcome::Succeeded;
            if (next)
                next->actionFinished(order[n], r);
        }
        void buildFinished(const BuildSummary &s) override
        {
            if (next)
                next->buildFinished(s);
        }
    } recorder(this, order, observer);
    Scheduler scheduler;
    const int workers = m_config.echo == Echo::DryRun ? 1 : m_config.parallelism;
    return scheduler.run(
        nodes, workers, [&](int n, int) { return perform(order[n]); }, &recorder, cancel);
}

WorkResult Builder::perform(int action)
{
    auto r = act(action);
    WorkResult w;
    graph::ActionRecord &rec = m_records[action];
    const ActionState &st = m_state[action];
    if (st.actionID)
        rec.actionID = hashToString(*st.actionID);
    // go's JSON gets a build or link action's BuildID from a cache hit or
    // updateBuildID, never from a failed run.
    const graph::Mode mode = m_graph.actions[action].mode;
    const bool ranAndFailed =
        !r && (mode == graph::Mode::Build || mode == graph::Mode::Link) && !rec.cacheHit;
    // Nor from a link a cached test result let go (its placeholder stays
    // unpublished).
    const bool skippedForTest = st.built == testPseudoCacheBuilt();
    rec.buildID = ranAndFailed || skippedForTest ? QString() : st.buildID;
    rec.built = st.built;
    w.cacheHit = rec.cacheHit;
    if (r)
        return w;
    m_state[action].failed = true;
    w.outcome = Outcome::Failed;
    const graph::Action &a = m_graph.actions[action];
    QString msg = r.error().message;
    if (a.package >= 0 && !msg.startsWith(QLatin1String("# ")))
        msg = m_load.packages[a.package].importPath + QStringLiteral(": ") + msg;
    if (!msg.endsWith(QLatin1Char('\n')))
        msg += QLatin1Char('\n');
    if (!m_hooks || !m_hooks->printError(*this, action, msg.toUtf8()))
        m_shell.print(msg.toUtf8());
    return w;
}

bool Builder::depFailed(int action) const
{
    for (int d : m_graph.actions[action].deps)
        if (m_state[d].failed)
            return true;
    return false;
}

// go's a.Failed after an action finished: its own failure, or one passed on
// by a dependency — except through vet and test run, which clear it (a test
// run reports "[build failed]" itself and the prints and "go test" go on).
void Builder::finishState(int action, bool succeeded)
{
    ActionState &st = m_state[action];
    st.failed = st.failed || !succeeded ||
                (!clearsDepFailure(m_graph.actions[action].mode) && depFailed(action));
}

Result<void> Builder::act(int action)
{
    switch (m_graph.actions[action].mode) {
    case graph::Mode::Build: {
        // go's NoGoError (a test-only package named literally); go reports
        // it after the cache lookup, which such a package never passes.
        const load::Package &p = m_load.packages[m_graph.actions[action].package];
        if (p.goFiles.isEmpty() && p.cgoFiles.isEmpty() && !p.error)
            return fail(QStringLiteral("no non-test Go files in ") + p.dir);
        return build(action);
    }
    case graph::Mode::Link:
        return link(action);
    case graph::Mode::BuildInstall:
    case graph::Mode::LinkInstall:
    case graph::Mode::TestBuild:
        return install(action);
    case graph::Mode::Vet:
        return vet(action);
    case graph::Mode::TestRun:
    case graph::Mode::TestClean:
    case graph::Mode::TestPrint:
    case graph::Mode::GoTest:
        return m_hooks ? m_hooks->act(*this, action) : Result<void>{};
    case graph::Mode::PreprocessPgo:
        return preprocessPgo(action);
    case graph::Mode::TestPrintNop: // go test -c's print: no actor
    case graph::Mode::BuiltinPackage:
    case graph::Mode::Nop:
    case graph::Mode::GoBuild:
        return {};
    }
    return {};
}

void Builder::flushOutput(int action)
{
    ActionState &st = m_state[action];
    if (st.output && !st.output->isEmpty())
        m_shell.print(*st.output);
    st.output.reset();
}

Result<void> Builder::runTool(int action, const QString &dir, const QStringList &argv,
                              const QStringList &env, const QString &reportDir)
{
    const graph::Action &a = m_graph.actions[action];
    const load::Package &p = m_load.packages[a.package];
    const ToolRun r = m_shell.run(dir, argv, env, p.desc());
    if (!m_shell.dryRun()) {
        graph::ActionRecord &rec = m_records[action];
        rec.cmds << r.cmdline;
        rec.cmdReal += r.realNs;
    }
    if (r.output.isEmpty()) {
        if (r.ok)
            return {};
        return fail(r.error);
    }
    const QByteArray text =
        m_shell.report(p.desc(), reportDir.isEmpty() ? dir : reportDir, r.output);
    if (!r.ok)
        return fail(QString::fromUtf8(text));
    ActionState &st = m_state[action];
    if (st.output)
        st.output->append(text);
    else
        m_shell.print(text);
    return {};
}

void Builder::replayStdout(int action, const char *key)
{
    if (!m_cache || !m_state[action].actionID)
        return;
    const Digest sub = cache::subkey(*m_state[action].actionID, key, m_trace);
    const cache::Lookup l = m_cache->getFile(sub);
    if (!l.hit() || l.entry->size == 0)
        return;
    QFile f(m_cache->outputFile(l.entry->outputID));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = f.readAll();
    if (m_shell.echoing())
        m_shell.showCmd(QString(), QStringLiteral("cat %1 # internal").arg(f.fileName()));
    m_shell.print(data);
}

// go's useCache (work/buildid.go); see builder.h.
bool Builder::useCache(int action, const Digest &id, const QString &target)
{
    ActionState &st = m_state[action];
    const graph::Action &a = m_graph.actions[action];
    st.actionID = id;
    const QString aid = hashToString(id);
    st.buildID = aid + QLatin1Char('/') + aid;
    if (a.mode == graph::Mode::Link)
        st.buildID =
            aid + QLatin1Char('/') + m_state[a.deps.first()].buildID + QLatin1Char('/') + aid;
    if (m_config.rebuild == Rebuild::All) {
        st.output = QByteArray();
        return false;
    }
    if (!target.isEmpty()) {
        const QString have = QString::fromUtf8(readBuildId(target).value_or(QByteArray()));
        if (have.startsWith(aid + QLatin1Char('/'))) {
            st.buildID = have;
            st.built = target;
            m_records[action].cacheHit = true;
            return true;
        }
        const QList<int> &trig = m_triggers[action];
        if (a.mode == graph::Mode::Build && trig.size() == 1 &&
            m_graph.actions[trig.first()].mode == graph::Mode::Link) {
            const QStringList id4 = have.split(QLatin1Char('/'));
            if (id4.size() == 4 && id4[1] == aid) {
                const QString mainId = id4[1] + QLatin1Char('/') + id4[2];
                IdContext ctx{m_config, m_load, m_graph, m_state, m_tools, m_files, m_trace};
                auto linkId = linkActionId(ctx, trig.first(), mainId);
                if (linkId && hashToString(*linkId) == id4[0]) {
                    replayStdout(action, "stdout");
                    replayStdout(action, "link-stdout");
                    st.buildID = mainId;
                    st.built = QStringLiteral("DO NOT USE - main build pseudo-cache built");
                    m_records[action].cacheHit = true;
                    return true;
                }
            }
        }
    }
    if (const QList<int> &trig = m_triggers[action];
        a.mode == graph::Mode::Link && trig.size() == 1 && m_graph.actions[trig[0]].tryCache &&
        m_hooks && m_hooks->tryCache(*this, trig[0])) {
        replayStdout(a.deps.first(), "stdout");
        replayStdout(a.deps.first(), "link-stdout");
        st.built = testPseudoCacheBuilt();
        m_records[action].cacheHit = true;
        return true;
    }
    if (m_cache) {
        const cache::Lookup l = m_cache->getFile(id);
        if (l.hit()) {
            const QString file = m_cache->outputFile(l.entry->outputID);
            if (a.mode == graph::Mode::PreprocessPgo) {
                st.built = file;
                m_records[action].cacheHit = true;
                return true;
            }
            if (auto have = readBuildId(file)) {
                const QString fileId = QString::fromUtf8(*have);
                if (a.mode == graph::Mode::Link) {
                    for (int d : a.deps)
                        if (m_graph.actions[d].package >= 0 &&
                            m_load.packages[m_graph.actions[d].package].name ==
                                QLatin1String("main"))
                            replayStdout(d, "link-stdout");
                } else {
                    replayStdout(action, "stdout");
                }
                st.built = file;
                st.buildID = fileId;
                m_records[action].cacheHit = true;
                return true;
            }
        }
    }
    st.output = QByteArray();
    return false;
}

Result<void> Builder::updateBuildId(int action, const QString &target)
{
    ActionState &st = m_state[action];
    const graph::Action &a = m_graph.actions[action];
    if (m_shell.echoing())
        m_shell.showCmd(QString(), QStringLiteral("go tool buildid -w %1 # internal").arg(target));
    if (m_shell.dryRun())
        return {};
    if (m_cache && a.mode == graph::Mode::Build)
        (void)m_cache->put(cache::subkey(*st.actionID, "stdout", m_trace),
                           st.output.value_or(QByteArray()));
    if (m_cache && a.mode == graph::Mode::Link) {
        for (int d : a.deps)
            if (m_graph.actions[d].package >= 0 &&
                m_load.packages[m_graph.actions[d].package].name == QLatin1String("main") &&
                m_state[d].actionID) {
                (void)m_cache->put(cache::subkey(*m_state[d].actionID, "link-stdout", m_trace),
                                   st.output.value_or(QByteArray()));
                break;
            }
    }
    KILN_TRY(update, exec::updateBuildId(target, st.buildID.toUtf8()));
    st.buildID = QString::fromUtf8(update.buildId);
    if (a.mode == graph::Mode::Build)
        putFile(*st.actionID, target);
    return {};
}

void Builder::putFile(const Digest &id, const QString &file)
{
    if (!m_cache || m_shell.dryRun())
        return;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return;
    auto out = m_cache->put(id, f.readAll());
    if (out && m_shell.echoing())
        m_shell.showCmd(QString(),
                        QStringLiteral("cp %1 %2 # internal").arg(file, m_cache->outputFile(*out)));
}

} // namespace kiln::exec
