// The module requirement graph (modload/buildlist.go, modfile.go): go.mod
// summaries, graph loading with pruning, and keeping the roots consistent.
#include "load/modloader.h"

#include "load/goversion.h"

#include <QDir>
#include <QFile>

namespace kiln::load::detail
{

namespace
{

// cmpVersion: semver order, except that "" (a main module) beats everything.
int cmpVersion(const QString &path, const QString &v1, const QString &v2)
{
    if (v2.isEmpty())
        return v1.isEmpty() ? 0 : -1;
    if (v1.isEmpty())
        return 1;
    return gover::modCompare(path, v1, v2);
}

// module.ModuleError's text for m.
QString versionError(const ModuleVersion &m, const QString &text)
{
    if (m.version.isEmpty())
        return QStringLiteral("module %1: %2").arg(m.path, text);
    return moduleVersionString(m) + QStringLiteral(": ") + text;
}

} // namespace

std::shared_ptr<Requirements>
ModLoader::newRequirements(Pruning pruning, QList<ModuleVersion> roots, QSet<QString> direct) const
{
    auto rs = std::make_shared<Requirements>();
    rs->pruning = pruning;
    rs->roots = std::move(roots);
    rs->direct = std::move(direct);
    for (const ModuleVersion &m : std::as_const(rs->roots)) {
        const auto it = rs->maxRootVersion.constFind(m.path);
        if (it != rs->maxRootVersion.constEnd() && gover::modCompare(m.path, *it, m.version) >= 0)
            continue;
        rs->maxRootVersion.insert(m.path, m.version);
    }
    return rs;
}

std::optional<QString> ModLoader::rootSelected(const Requirements &rs, const QString &path) const
{
    if (isMainModule(path))
        return QString();
    const auto it = rs.maxRootVersion.constFind(path);
    if (it == rs.maxRootVersion.constEnd())
        return std::nullopt;
    return *it;
}

bool ModLoader::hasRedundantRoot(const Requirements &rs) const
{
    for (qsizetype i = 0; i < rs.roots.size(); ++i)
        if (isMainModule(rs.roots[i].path) || (i > 0 && rs.roots[i].path == rs.roots[i - 1].path))
            return true;
    return false;
}

// goModSummary: the requirements of m as the graph sees them — from its
// replacement if it has one, without versions a main module excludes.
std::variant<Summary, ModError> ModLoader::goModSummary(const ModuleVersion &m)
{
    if (gover::isToolchainModule(m.path))
        return rawGoModSummary(m);
    if (m_buildMod == ModMode::Vendor) {
        Summary s;
        s.module = {m.path, QString()};
        // A vendored module is assumed to require everything that is vendored.
        if (m_vendor.version.value(m.path) == m.version)
            s.require = m_vendor.list;
        return s;
    }
    const ModuleVersion actual = resolveReplacement(m);
    if (mustHaveSums() && !actual.version.isEmpty() &&
        !m_goSum.has(actual.path, actual.version + QLatin1String("/go.mod")))
        return ModError{actual, QStringLiteral("missing go.sum entry for go.mod file; to add it:\n"
                                               "\tgo mod download %1")
                                    .arg(m.path)};
    auto raw = rawGoModSummary(actual);
    if (std::holds_alternative<ModError>(raw))
        return raw;
    Summary s = std::get<Summary>(raw);
    if (!actual.version.isEmpty()) {
        // A directory replacement may declare any path; a module version
        // must declare its own path (or its replacement's).
        if (s.module.path.isEmpty())
            return ModError{actual, QStringLiteral("parsing go.mod: missing module line")};
        if (s.module.path != m.path && s.module.path != actual.path)
            return ModError{actual, QStringLiteral("parsing go.mod:\n\tmodule declares its path "
                                                   "as: %1\n\t        but was required as: %2")
                                        .arg(s.module.path, m.path)};
    }
    for (const MainModule &main : std::as_const(m_mains)) {
        if (main.exclude.isEmpty())
            continue;
        QList<ModuleVersion> kept;
        for (const ModuleVersion &r : std::as_const(s.require))
            if (!main.exclude.contains(r))
                kept.append(r);
        s.require = kept;
    }
    return s;
}

// rawGoModSummary: m's own go.mod, ignoring replacements and exclusions.
std::variant<Summary, ModError> ModLoader::rawGoModSummary(const ModuleVersion &m)
{
    if (gover::isToolchainModule(m.path)) {
        Summary s;
        s.module = m;
        // go 1.21.3 requires toolchain go1.21.3.
        if (m.path == QLatin1String("go") &&
            gover::compare(m.version, QLatin1String(gover::GoStrictVersion)) >= 0)
            s.require = {{QStringLiteral("toolchain"), QStringLiteral("go") + m.version}};
        return s;
    }
    if (m.version.isEmpty() && inWorkspace()) {
        if (const MainModule *main = mainModule(m.path))
            return summaryFromModFile(m, *main->file);
    }
    if (const auto it = m_rawSummaries.constFind(m); it != m_rawSummaries.constEnd())
        return *it;
    auto load = [&]() -> std::variant<Summary, ModError> {
        QString name;
        QByteArray data;
        if (m.version.isEmpty()) {
            QString dir = m.path;
            if (!QDir::isAbsolutePath(dir))
                dir = replacementDir(dir);
            name = dir + QLatin1String("/go.mod");
            QFile f(name);
            if (!f.open(QIODevice::ReadOnly))
                return ModError{
                    m,
                    QStringLiteral("reading %1: %2").arg(shortPath(name), openError(name, name))};
            data = f.readAll();
        } else {
            name = QStringLiteral("go.mod");
            auto mod = m_cache.goMod(m.path, m.version);
            if (!mod)
                return ModError{std::nullopt, mod.error().message};
            data = *mod;
        }
        const ModFileParse parse = parseModFile(name, data, Strictness::Lax);
        if (!parse.ok()) {
            QStringList errs;
            for (Error e : parse.errors) {
                e.file = shortPath(e.file);
                errs << e.toString();
            }
            return ModError{m, QStringLiteral("parsing %1: %2")
                                   .arg(shortPath(name), errs.join(QLatin1Char('\n')))};
        }
        return summaryFromModFile(m, parse.file);
    };
    const auto s = load();
    m_rawSummaries.insert(m, s);
    return s;
}

std::variant<Summary, ModError> ModLoader::summaryFromModFile(const ModuleVersion &m,
                                                              const ModFile &f)
{
    Summary s;
    s.module = {f.module.path, QString()};
    if (!f.goVersion.isEmpty()) {
        if (!m_rawGoVersion.contains(m))
            m_rawGoVersion.insert(m, f.goVersion);
        s.goVersion = f.goVersion;
        s.pruning = pruningForGoVersion(f.goVersion);
    } else {
        s.pruning = Pruning::Unpruned;
    }
    for (const Require &r : f.requirements)
        s.require.append(r.mod);
    // From go 1.21 on the go line is a requirement on the "go" module.
    if (!s.goVersion.isEmpty() &&
        gover::compare(s.goVersion, QLatin1String(gover::GoStrictVersion)) >= 0) {
        s.require.append({QStringLiteral("go"), s.goVersion});
        if (isTooNew(s.goVersion))
            return ModError{std::nullopt, tooNew(QStringLiteral("module ") + moduleVersionString(m),
                                                 s.goVersion)};
    }
    return s;
}

std::pair<std::shared_ptr<ModuleGraph>, std::optional<Error>> ModLoader::graph(Requirements &rs)
{
    if (!rs.graph)
        rs.graph = readModGraph(rs, &rs.graphError);
    return {rs.graph, rs.graphError};
}

// readModGraph: reads go.mod files breadth-first from the roots. A module at
// go >= 1.17 (pruned) contributes its own requirements but not theirs,
// unless the main module is unpruned; a module below 1.17 pulls in its whole
// transitive graph. In a workspace the main modules are the roots.
std::shared_ptr<ModuleGraph> ModLoader::readModGraph(const Requirements &rs,
                                                     std::optional<Error> *err)
{
    QList<ModuleVersion> graphRoots;
    if (inWorkspace())
        graphRoots = rs.roots;
    else
        graphRoots = {m_mains[0].module};
    auto mg = std::make_shared<ModuleGraph>(MvsGraph(cmpVersion, graphRoots));
    if (rs.pruning != Pruning::Workspace)
        mg->g.require(m_mains[0].module, rs.roots);

    struct Item {
        ModuleVersion m;
        Pruning pruning;
    };
    QList<Item> queue;
    qsizetype next = 0; // queue[next...] are still to load
    QSet<std::pair<ModuleVersion, int>> enqueued;
    auto enqueue = [&](const ModuleVersion &m, Pruning pruning) {
        if (m.version == QLatin1String("none"))
            return;
        const auto key = std::make_pair(m, int(pruning));
        if (enqueued.contains(key))
            return;
        enqueued.insert(key);
        queue.append({m, pruning});
    };
    auto loadOne = [&](const ModuleVersion &m) {
        auto it = mg->loaded.constFind(m);
        if (it == mg->loaded.constEnd()) {
            auto s = goModSummary(m);
            if (const Summary *summary = std::get_if<Summary>(&s))
                mg->g.require(m, summary->require);
            it = mg->loaded.insert(m, s);
        }
        return *it;
    };
    auto drain = [&]() {
        while (next < queue.size()) {
            const Item item = queue[next++];
            const auto loaded = loadOne(item.m);
            const Summary *s = std::get_if<Summary>(&loaded);
            if (!s)
                continue; // reported by buildListError
            const Pruning next = item.pruning == Pruning::Unpruned ? Pruning::Unpruned : s->pruning;
            for (const ModuleVersion &r : s->require)
                if (item.pruning != Pruning::Pruned || s->pruning == Pruning::Unpruned)
                    enqueue(r, next);
        }
    };
    for (const ModuleVersion &m : rs.roots)
        enqueue(m, rs.pruning);
    drain();

    if (rs.pruning == Pruning::Workspace) {
        // A main module's requirement that MVS raised may bring packages into
        // "all": read the requirements of the selected versions too, until
        // nothing more is raised.
        QSet<QString> hasDepsInAll;
        QSet<ModuleVersion> seen;
        for (const ModuleVersion &m : rs.roots)
            hasDepsInAll.insert(m.path);
        for (;;) {
            QList<ModuleVersion> needed;
            for (const QString &p : std::as_const(hasDepsInAll)) {
                const ModuleVersion m{p, mg->g.selected(p)};
                if (!seen.contains(m)) {
                    needed.append(m);
                    continue;
                }
                for (const ModuleVersion &r :
                     mg->g.requiredBy(m).value_or(QList<ModuleVersion>{})) {
                    const ModuleVersion s{r.path, mg->g.selected(r.path)};
                    if (gover::modCompare(r.path, s.version, r.version) > 0 && !seen.contains(s) &&
                        !needed.contains(s))
                        needed.append(s);
                }
            }
            if (needed.isEmpty())
                break;
            sortModules(needed); // go walks a map here; the result does not depend on order
            for (const ModuleVersion &m : std::as_const(needed)) {
                enqueue(m, Pruning::Workspace);
                seen.insert(m);
                hasDepsInAll.insert(m.path);
            }
            drain();
        }
    }

    for (const auto &loaded : std::as_const(mg->loaded)) {
        if (std::holds_alternative<ModError>(loaded)) {
            *err = buildListError(*mg);
            break;
        }
    }
    return mg;
}

// mvs.BuildListError: the requirement path to the first module (breadth-first)
// whose go.mod could not be loaded.
Error ModLoader::buildListError(const ModuleGraph &mg) const
{
    QList<ModuleVersion> stack = mg.g.findPath([&mg](const ModuleVersion &m) {
        const auto it = mg.loaded.constFind(m);
        return it != mg.loaded.constEnd() && std::holds_alternative<ModError>(*it);
    });
    const ModError err = std::get<ModError>(mg.loaded.value(stack.last()));
    while (!stack.isEmpty() && stack.first().version.isEmpty())
        stack.removeFirst();
    if (stack.isEmpty())
        return Error{QStringLiteral("go: ") + err.text};
    QString text = QStringLiteral("go: ");
    for (qsizetype i = 0; i + 1 < stack.size(); ++i)
        text += moduleVersionString(stack[i]) + QStringLiteral(" requires\n\t");
    const ModuleVersion &m = stack.last();
    if (!err.module)
        text += versionError(m, err.text);
    else if (*err.module == m)
        text += versionError(m, err.text);
    else
        text += QStringLiteral("%1 (replaced by %2): %3")
                    .arg(moduleVersionString(m), moduleVersionString(*err.module), err.text);
    return Error{text};
}

bool ModLoader::allRootsSelected(const Requirements &rs, const ModuleGraph &mg) const
{
    QList<ModuleVersion> roots;
    if (inWorkspace()) {
        for (const MainModule &m : m_mains)
            roots.append(m.module);
    } else {
        roots = mg.g.requiredBy(m_mains[0].module).value_or(rs.roots);
    }
    for (const ModuleVersion &m : std::as_const(roots))
        if (mg.g.selected(m.path) != m.version)
            return false;
    return true;
}

// expandGraph: loads the graph and, when a root is not the selected version
// of its path, updates the roots (which for a pruned module can pull in
// requirements that were pruned out).
Result<std::shared_ptr<Requirements>> ModLoader::expandGraph(std::shared_ptr<Requirements> rs)
{
    auto [mg, err] = graph(*rs);
    if (err)
        return std::unexpected(*err);
    if (!allRootsSelected(*rs, *mg)) {
        auto updated = updateRoots(rs);
        if (!updated)
            return updated;
        rs = *updated;
        if (auto [mg2, err2] = graph(*rs); err2)
            return std::unexpected(*err2);
    }
    return rs;
}

Result<std::shared_ptr<Requirements>>
ModLoader::updateRoots(const std::shared_ptr<Requirements> &rs)
{
    switch (rs->pruning) {
    case Pruning::Unpruned:
        return updateUnprunedRoots(rs);
    case Pruning::Pruned:
        return updatePrunedRoots(rs);
    case Pruning::Workspace:
        break;
    }
    return rs; // the workspace roots are the main modules: nothing to update
}

// updatePrunedRoots (with no packages loaded): every root moves to the
// selected version of its path, duplicates go, and the graph is re-read
// until the roots stop changing. Refused unless -mod=mod.
Result<std::shared_ptr<Requirements>>
ModLoader::updatePrunedRoots(const std::shared_ptr<Requirements> &start)
{
    std::shared_ptr<Requirements> rs = start;
    QList<ModuleVersion> roots = rs->roots;
    bool rootsUpgraded = false;
    for (;;) {
        std::shared_ptr<ModuleGraph> mg;
        if (rootsUpgraded) {
            if (mustHaveCompleteRequirements())
                return fail(goModDirty());
            rs = newRequirements(Pruning::Pruned, roots, rs->direct);
            auto [g, err] = graph(*rs);
            if (err)
                return std::unexpected(*err);
            mg = g;
        } else if (rs->graph) {
            mg = rs->graph;
        }
        roots.clear();
        rootsUpgraded = false;
        QSet<QString> inRootPaths;
        for (const MainModule &m : std::as_const(m_mains))
            inRootPaths.insert(m.module.path);
        for (const ModuleVersion &m : std::as_const(rs->roots)) {
            if (inRootPaths.contains(m.path))
                continue; // a redundant root: the selected version is already kept
            const QString v =
                mg ? mg->g.selected(m.path) : rootSelected(*rs, m.path).value_or(QString());
            roots.append({m.path, v});
            inRootPaths.insert(m.path);
            if (v != m.version)
                rootsUpgraded = true;
        }
        if (!rootsUpgraded) {
            if (m_buildMod != ModMode::Mod)
                return rs;
            break;
        }
    }
    if (roots == rs->roots)
        return rs;
    return newRequirements(Pruning::Pruned, roots, rs->direct);
}

// updateUnprunedRoots: the full graph already decides the build list; go
// would only rewrite the require lines (-mod=mod), which does not change it.
// Without -mod=mod any root below its selected version is an error.
Result<std::shared_ptr<Requirements>>
ModLoader::updateUnprunedRoots(const std::shared_ptr<Requirements> &rs)
{
    auto [mg, err] = graph(*rs);
    if (err)
        return std::unexpected(*err);
    if (!mustHaveCompleteRequirements())
        return rs;
    for (const ModuleVersion &m : std::as_const(rs->roots))
        if (m.version != mg->g.selected(m.path))
            return fail(goModDirty());
    for (const QString &path : std::as_const(rs->direct))
        if (!rootSelected(*rs, path))
            return fail(goModDirty());
    return rs;
}

// convertPruning(rs, pruned): an unpruned graph expressed as pruned roots —
// every module in its build list becomes a root.
Result<std::shared_ptr<Requirements>>
ModLoader::convertToPruned(const std::shared_ptr<Requirements> &rs)
{
    auto [mg, err] = graph(*rs);
    if (err)
        return std::unexpected(*err);
    return newRequirements(Pruning::Pruned, mg->g.buildList().mid(m_mains.size()), rs->direct);
}

} // namespace kiln::load::detail
