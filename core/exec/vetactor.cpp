// The "vet" actor (go's (*Builder).vet) and the build action's vet config
// (buildVetConfig, loadCachedVet).
//
//   vet key = CacheHash("vet " + P) over
//     vet %q\n          the vet tool ID ("vet version go1.25.12")
//     vetflags %q\n     the []string of flags vet runs with
//     pkg %q\n          the raw 32-byte action ID of P's compile
//     vetout %q %s\n    per vet dependency with facts: path, hash of its vet.out
// A facts-only vet (a dependency's) whose key is in GOCACHE is not run; every
// vet that writes vet.out stores it under the key.
#include "base/goquote.h"
#include "base/hashid.h"
#include "exec/builder.h"

#include <QFile>

namespace kiln::exec
{

namespace
{

QStringList vetFlagsFor(const BuildConfig &cfg, const load::Package &p)
{
    if (p.goroot && !cfg.vetExplicit)
        return {QStringLiteral("-unsafeptr=false"), QStringLiteral("-unreachable=false")};
    return cfg.vetFlags;
}

} // namespace

QList<VetDep> Builder::vetDeps(int action) const
{
    QList<VetDep> deps;
    for (int d : m_graph.actions[action].deps) {
        const graph::Action &dep = m_graph.actions[d];
        if (dep.package < 0)
            continue;
        const load::Package &p = m_load.packages[dep.package];
        deps.append({p.importPath, m_state[d].built, p.standard});
    }
    return deps;
}

void Builder::writeVetConfig(int action, const QStringList &srcfiles)
{
    const load::Package &p = m_load.packages[m_graph.actions[action].package];
    m_state[action].vetCfg =
        buildVetConfig(p, srcfiles, vetDeps(action), m_config.goVersion.mid(2));
}

// go's loadCachedVet: the srcfiles list of the cached build, generated
// files copied back from GOCACHE into the objdir.
Result<void> Builder::loadCachedVet(int action)
{
    const Digest id = *m_state[action].actionID;
    const QString dir = objdir(action);
    auto read = [&](const QByteArray &name) -> std::optional<QByteArray> {
        const cache::Lookup l = m_cache->getFile(cache::subkey(id, name, m_trace));
        if (!l.hit())
            return std::nullopt;
        QFile f(m_cache->outputFile(l.entry->outputID));
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        return f.readAll();
    };
    if (!m_cache)
        return fail(QStringLiteral("reading srcfiles list: no cache"));
    const auto list = read("srcfiles");
    if (!list)
        return fail(QStringLiteral("reading srcfiles list: cache entry not found"));
    QStringList srcfiles;
    for (const QByteArray &name : list->split('\n')) {
        if (name.isEmpty())
            continue;
        if (name.startsWith("./")) {
            srcfiles << QString::fromUtf8(name.mid(2));
            continue;
        }
        const auto data = read(name);
        if (!data)
            return fail(
                QStringLiteral("finding %1: cache entry not found").arg(QString::fromUtf8(name)));
        KILN_CHECK(m_shell.writeFile(dir + QString::fromUtf8(name), *data));
        srcfiles << dir + QString::fromUtf8(name);
    }
    writeVetConfig(action, srcfiles);
    return {};
}

Result<void> Builder::vet(int action)
{
    const graph::Action &a = m_graph.actions[action];
    const int build = a.deps.first();
    if (m_graph.actions[build].mode == graph::Mode::BuiltinPackage)
        return {}; // unsafe: go's vet action has no actor
    if (depFailed(build) || m_state[build].failed)
        return {}; // the package did not compile: nothing to vet
    if (!m_state[build].vetCfg)
        return fail(QStringLiteral("vet config not found"));
    const load::Package &p = m_load.packages[a.package];
    VetConfig cfg = *m_state[build].vetCfg;
    cfg.vetxOnly = a.vetxOnly;
    cfg.vetxOutput = objdir(action) + QStringLiteral("vet.out");
    KILN_TRY(toolId, m_tools.id(QStringLiteral("vet")));
    const QStringList flags = vetFlagsFor(m_config, p);
    cache::CacheHash h(QStringLiteral("vet ") + p.importPath, cache::hashSalt(m_config.goVersion),
                       m_trace);
    h.recordInto(&m_records[action].preimage);
    h.write("vet " + goQuote(toolId.toUtf8()) + "\n");
    h.write("vetflags " + goQuoteList(flags) + "\n");
    const Digest &buildId = *m_state[build].actionID;
    h.write("pkg " +
            goQuote(QByteArray(reinterpret_cast<const char *>(buildId.data()),
                               qsizetype(buildId.size()))) +
            "\n");
    for (int d : a.deps) {
        if (m_graph.actions[d].mode != graph::Mode::Vet || m_state[d].built.isEmpty())
            continue;
        const QString &path = m_load.packages[m_graph.actions[d].package].importPath;
        h.write("vetout " + goQuote(path.toUtf8()) + " " +
                m_files.hashString(m_state[d].built).toUtf8() + "\n");
        cfg.packageVetx.insert(path, m_state[d].built);
    }
    const Digest key = h.sum();
    m_state[action].actionID = key;
    if (cfg.vetxOnly && m_config.rebuild != Rebuild::All && m_cache) {
        if (const cache::Lookup l = m_cache->getFile(key); l.hit()) {
            m_state[action].built = m_cache->outputFile(l.entry->outputID);
            m_records[action].cacheHit = true;
            return {};
        }
    }
    const QString cfgFile = objdir(action) + QStringLiteral("vet.cfg");
    KILN_CHECK(m_shell.writeFile(cfgFile, vetConfigJson(cfg)));
    const QString tool = m_config.toolDir + QStringLiteral("/vet");
    // go runs vet with desc = P's import path, not its Desc(): for a test
    // variant reportCmd then adds the "# [P]" line under "# P".
    const ToolRun r = m_shell.run(p.dir, QStringList{tool} + flags + QStringList{cfgFile},
                                  {QStringLiteral("TERM=dumb")}, p.desc());
    if (!m_shell.dryRun()) {
        m_records[action].cmds << r.cmdline;
        m_records[action].cmdReal += r.realNs;
    }
    Result<void> ran;
    if (!r.output.isEmpty()) {
        QByteArray text = m_shell.report(p.importPath, p.dir, r.output);
        if (p.importPath != p.desc())
            text.insert(text.indexOf('\n') + 1, "# [" + p.importPath.toUtf8() + "]\n");
        if (!r.ok)
            ran = fail(QString::fromUtf8(text));
        else if (m_state[action].output)
            m_state[action].output->append(text);
        else
            m_shell.print(text);
    } else if (!r.ok) {
        ran = fail(r.error);
    }
    if (QFile out(cfg.vetxOutput); !m_shell.dryRun() && out.open(QIODevice::ReadOnly)) {
        m_state[action].built = cfg.vetxOutput;
        if (m_cache)
            (void)m_cache->put(key, out.readAll());
    }
    return ran;
}

} // namespace kiln::exec
