// loadPackages: go list's driver over the loader state.
#include "load/loader.h"

#include "load/loaderstate.h"
#include "load/modfile.h"
#include "load/semver.h"

#include <algorithm>

namespace kiln::load
{

using namespace detail;

namespace
{

// A package standing for a pattern that failed as a whole.
Package patternErrorPackage(const Match &m, const QString &err)
{
    Package p;
    p.dir = m.errorDir;
    p.importPath = m.pattern;
    p.incomplete = true;
    p.match = {m.pattern};
    PackageError e;
    e.err = err;
    p.error = e;
    return p;
}

// "all": the main modules' packages, what they import, and what their tests
// import (go >= 1.16 leaves out the tests of dependencies), sorted. Worked
// out on a scratch state so that the real load visits packages in go's
// order (sorted roots), which decides, e.g., which side of a
// case-insensitive import collision gets the error.
QStringList expandAll(const LoaderConfig &config, const QStringList &mainPackages,
                      const std::shared_ptr<DirIndex> &index)
{
    LoaderState probe(config, index);
    probe.checkFoldCollisions = false;
    QList<int> initial;
    for (const QString &path : mainPackages) {
        ImportStack stk;
        std::optional<PackageError> ignored;
        initial.append(probe.loadImport(path, config.workingDir, -1, stk, {}, ignored));
    }
    for (int idx : QList<int>(initial)) {
        const Package p = probe.result.packages[idx];
        for (const QString &path : p.testImports + p.xtestImports) {
            if (path == QLatin1String("C"))
                continue;
            ImportStack stk{{p.importPath + QStringLiteral(" (test)"), {}}};
            std::optional<PackageError> ignored;
            initial.append(probe.loadImport(path, p.dir, idx, stk, {}, ignored));
        }
    }
    // Only import declarations count: the runtime a main package links
    // implicitly is not part of "all".
    QStringList all;
    QSet<int> seen;
    std::function<void(int)> walk = [&](int idx) {
        if (seen.contains(idx))
            return;
        seen.insert(idx);
        const Package &p = probe.result.packages[idx];
        all.append(p.importPath);
        for (int k = 0; k < p.explicitImports; ++k)
            walk(p.internalImports[k]);
    };
    for (int idx : initial)
        walk(idx);
    std::sort(all.begin(), all.end());
    return all;
}

// With -mod=readonly, a pruned main module (go >= 1.17) must require every
// module that provides a package the load needed; go would otherwise have to
// add the requirement to go.mod, and refuses.
std::optional<Error> checkRequirementsComplete(const LoaderConfig &config, const LoadResult &r,
                                               const QList<int> &order)
{
    const ModuleSet *ms = config.modules.get();
    if (!ms || ms->kind != ModuleSet::Kind::SingleModule || ms->mode != ModMode::Readonly ||
        ms->mainModules.isEmpty() ||
        compareSemver(QStringLiteral("v") + ms->goVersion, QStringLiteral("v1.17")) < 0)
        return std::nullopt;
    const ModFileParse main = readModFile(ms->goModFile, Strictness::Strict);
    QSet<QString> required;
    for (const Require &req : main.file.requirements)
        required.insert(req.mod.path);
    for (int idx : order) {
        const auto &mod = r.packages[idx].module;
        if (mod && !mod->main && !mod->path.isEmpty() && !required.contains(mod->path))
            return Error{
                QStringLiteral("go: updates to go.mod needed; to update it:\n\tgo mod tidy"),
                {},
                0,
                0};
    }
    return std::nullopt;
}

} // namespace

LoadResult loadPackages(const LoaderConfig &config, const QStringList &patterns)
{
    const auto index = config.dirIndexDir.isEmpty()
                           ? nullptr
                           : std::make_shared<DirIndex>(config.dirIndexDir, config.context);
    LoaderState st(config, index);
    const QList<Match> matches = st.expand(patterns);
    QList<int> roots;
    QSet<int> seen;
    for (Match m : matches) {
        auto loadRoot = [&](const QString &path) {
            ImportStack stk;
            std::optional<PackageError> ignored;
            const int idx = st.loadImport(path, config.workingDir, -1, stk, {}, ignored);
            st.result.packages[idx].match.append(m.pattern);
            if (!seen.contains(idx)) {
                seen.insert(idx);
                roots.append(idx);
            }
        };
        if (m.allPattern)
            m.pkgs = expandAll(config, m.pkgs, index);
        for (const QString &path : m.pkgs)
            loadRoot(path);
        if (!m.errors.isEmpty()) {
            st.result.packages.append(patternErrorPackage(m, m.errors.first()));
            roots.append(int(st.result.packages.size() - 1));
        } else if (m.pkgs.isEmpty() && !m.literal) {
            st.result.warnings
                << QStringLiteral("go: warning: \"%1\" matched no packages").arg(m.pattern);
        }
    }
    st.applyPgo(roots);
    QList<int> pkgs = roots;
    if (config.tests == ListTests::Yes) {
        for (int r : roots) {
            const Package &p = st.result.packages[r];
            if (p.testGoFiles.isEmpty() && p.xtestGoFiles.isEmpty())
                continue;
            const TestVariants v = st.testPackagesFor(r);
            st.result.testSets.append({v.ptest, v.pxtest, v.pmain});
            st.result.testRoots.append(r);
            pkgs.append(v.pmain);
            if (v.ptest != r)
                pkgs.append(v.ptest);
            if (v.pxtest >= 0)
                pkgs.append(v.pxtest);
        }
        ImportStack stk;
        std::optional<PackageError> ignored;
        st.result.vetFmt =
            st.loadImport(QStringLiteral("fmt"), config.workingDir, -1, stk, {}, ignored);
    }
    const QList<int> order = st.packageList(pkgs);
    if ((config.tests == ListTests::Yes || roots.size() > 1) &&
        config.variantNames == VariantNames::List)
        st.renameVariants(order);
    st.collectDeps(order);
    if (auto err = checkRequirementsComplete(config, st.result, order))
        st.result.fatal.append(*err);
    QList<int> output = config.deps == ListDeps::Yes ? order : pkgs;
    const QSet<int> cmdline(pkgs.begin(), pkgs.end());
    for (int idx : output) {
        Package &p = st.result.packages[idx];
        p.depOnly = !cmdline.contains(idx);
        // Show vendor-expanded paths for test imports too (go's Package.Resolve).
        for (QStringList *list : {&p.testImports, &p.xtestImports}) {
            for (QString &path : *list)
                if (const ResolvedImport r = st.resolver.resolve(p.importPath, p.standard, path);
                    r.error.isEmpty())
                    path = r.path;
            std::sort(list->begin(), list->end());
        }
    }
    st.recordImportMaps(output);
    st.result.output = output;
    st.result.roots = roots;
    st.result.all = order;
    if (index) {
        st.result.dirIndexHits = index->hits();
        (void)index->save(); // an optimisation: a read-only GOCACHE only costs speed
    }
    return std::move(st.result);
}

} // namespace kiln::load
