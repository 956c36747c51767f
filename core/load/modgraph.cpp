// loadModuleSet: the order of modload's steps for `go list -m all`
// (Init, loadModFile, LoadModGraph/expandGraph, moduleInfo, and the
// commitRequirements check), over the helpers in modloader.h.
#include "load/modgraph.h"

#include "load/goversion.h"
#include "load/modloader.h"

#include <QDir>
#include <algorithm>

namespace kiln::load
{

namespace detail
{

Result<ModuleSet> ModLoader::run()
{
    ModuleSet set;
    const auto enabled = init();
    if (!enabled)
        return std::unexpected(enabled.error());
    if (!*enabled) {
        set.kind = ModuleSet::Kind::Gopath;
        set.warnings = m_warnings;
        return set;
    }
    if (inWorkspace()) {
        if (auto err = loadWorkFile())
            return std::unexpected(*err);
    }
    set.goWorkFile = m_workFilePath;
    if (m_modRoots.isEmpty())
        return noMainModuleSet();

    QStringList errs;
    for (const QString &root : std::as_const(m_modRoots)) {
        auto main = readMainModule(root);
        if (const QString *err = std::get_if<QString>(&main))
            errs << *err;
        else
            m_mains.append(std::get<MainModule>(std::move(main)));
    }
    if (!errs.isEmpty())
        return fail(QStringLiteral("go: ") + errs.join(QLatin1Char('\n')));
    if (auto err = makeMainModules())
        return std::unexpected(*err);
    if (auto mode = setDefaultBuildMod(); !mode)
        return std::unexpected(mode.error());
    {
        // go.sum is read in every mode: readonly needs its entries, and go
        // list shows the recorded hashes (Sum, GoModSum) in all of them.
        QStringList files;
        for (const MainModule &m : m_mains)
            files << m.root + QLatin1String("/go.sum");
        if (inWorkspace())
            files << m_workFilePath + QLatin1String(".sum");
        auto sums = GoSum::read(files);
        if (!sums)
            return std::unexpected(sums.error());
        m_goSum = *sums;
    }

    auto rs = requirementsFromModFiles();
    if (m_buildMod == ModMode::Vendor) {
        if (auto err = readVendorList())
            return std::unexpected(*err);
        if (auto err = checkVendorConsistency())
            return std::unexpected(*err);
        if (auto err = initVendor(*rs))
            return std::unexpected(*err);
    }
    if (!inWorkspace()) {
        if (hasRedundantRoot(*rs)) {
            auto updated = updateRoots(rs);
            if (!updated)
                return std::unexpected(updated.error());
            rs = *updated;
        }
        const MainModule &main = m_mains[0];
        if (main.goVersion.isEmpty()) {
            if (m_buildMod == ModMode::Mod) {
                // go adds "go <local version>" to go.mod, which also makes the
                // graph pruned.
                m_rawGoVersion.insert(main.module, m_localGo);
                QList<ModuleVersion> roots;
                for (const ModuleVersion &m : std::as_const(rs->roots))
                    if (m.path != QLatin1String("go"))
                        roots.append(m);
                roots.append({QStringLiteral("go"), m_localGo});
                sortModules(roots);
                rs = newRequirements(rs->pruning, roots, rs->direct);
                if (gover::compare(m_localGo, QLatin1String(gover::ExplicitIndirectVersion)) >= 0) {
                    auto pruned = convertToPruned(rs);
                    if (!pruned)
                        return std::unexpected(pruned.error());
                    rs = *pruned;
                }
            } else {
                m_rawGoVersion.insert(main.module, QLatin1String(gover::DefaultGoModVersion));
            }
        }
    }

    auto expanded = expandGraph(rs);
    if (!expanded)
        return std::unexpected(expanded.error());
    rs = *expanded;
    for (const ModuleVersion &m : rs->graph->g.buildList()) {
        if (gover::isToolchainModule(m.path) || m == vendorModule())
            continue;
        set.buildList.append(moduleInfo(*rs, m));
    }
    if (auto err = commitCheck(*rs))
        return std::unexpected(*err);

    set.kind = inWorkspace() ? ModuleSet::Kind::Workspace : ModuleSet::Kind::SingleModule;
    set.mode = m_buildMod;
    if (m_buildMod == ModMode::Vendor)
        set.vendorDir = vendorDir();
    for (const MainModule &m : std::as_const(m_mains))
        set.mainModules.append(moduleInfo(*rs, m.module));
    if (inWorkspace()) {
        set.goVersion = m_workFile && !m_workFile->goVersion.isEmpty()
                            ? m_workFile->goVersion
                            : QString::fromLatin1(gover::DefaultGoWorkVersion);
        const QString root = findModuleRoot(m_cwd);
        set.goModFile = root.isEmpty() ? QStringLiteral("/dev/null") : goModPath(root);
        if (m_workFile)
            for (const GoDebugSetting &g : m_workFile->godebug)
                set.godebug.append({g.key, g.value});
    } else {
        set.goVersion = m_rawGoVersion.value(m_mains[0].module);
        set.goModFile = goModPath(m_mains[0].root);
        for (const GoDebugSetting &g : m_mains[0].file->godebug)
            set.godebug.append({g.key, g.value});
    }
    set.warnings = m_warnings;
    return set;
}

// Module mode without a go.mod: go's synthetic "command-line-arguments" main
// module, which can only import std.
ModuleSet ModLoader::noMainModuleSet() const
{
    ModuleSet set;
    set.kind = ModuleSet::Kind::NoMainModule;
    set.goWorkFile = m_workFilePath;
    set.goModFile = QStringLiteral("/dev/null");
    set.mode = m_buildModExplicit ? m_buildMod : ModMode::Readonly;
    // In a workspace go records go.work's default version here, whatever the
    // go line says.
    set.goVersion = inWorkspace() ? QString::fromLatin1(gover::DefaultGoWorkVersion) : m_localGo;
    ModuleInfo main;
    main.path = QStringLiteral("command-line-arguments");
    main.main = true;
    main.goVersion = set.goVersion;
    set.mainModules = {main};
    set.buildList = {main};
    set.noMainModuleError = noMainModuleError();
    set.warnings = m_warnings;
    return set;
}

} // namespace detail

Result<ModuleSet> loadModuleSet(const ModuleLoadOptions &options)
{
    detail::ModLoader loader(options);
    return loader.run();
}

QList<const ModuleInfo *> ModuleSet::modulesForImportPath(const QString &importPath) const
{
    QList<const ModuleInfo *> out;
    for (const ModuleInfo &m : buildList) {
        if (m.path == importPath ||
            (importPath.startsWith(m.path) && importPath.at(m.path.size()) == QLatin1Char('/')))
            out.append(&m);
    }
    std::stable_sort(out.begin(), out.end(), [](const ModuleInfo *a, const ModuleInfo *b) {
        return a->path.size() > b->path.size();
    });
    return out;
}

} // namespace kiln::load
