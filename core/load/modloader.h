// Internal to loadModuleSet (modgraph.h): the state of one modload run,
// split across modloader.cpp (Init, go.work, -mod), modmain.cpp (the main
// go.mod files, roots, replacements),
// modgraphread.cpp (go.mod summaries, graph loading, root updates),
// modvendor.cpp (vendor/modules.txt) and modinfo.cpp (build list entries).
// Names follow cmd/go/internal/modload so the two can be read side by side.
#pragma once

#include "load/godebug.h"
#include "load/gosum.h"
#include "load/modcache.h"
#include "load/modgraph.h"
#include "load/mvs.h"
#include "load/vendormodules.h"

#include <QHash>
#include <QSet>
#include <memory>
#include <optional>
#include <variant>

namespace kiln::load::detail
{

enum class Pruning { Pruned, Unpruned, Workspace };
Pruning pruningForGoVersion(const QString &goVersion);

// modFileIndex: what modload remembers of a main go.mod.
struct MainModule {
    ModuleVersion module; // version is always ""
    QString root;         // the directory of its go.mod
    std::optional<ModFile> file;
    QString goVersion; // "" without a go line
    QString toolchain;
    QHash<ModuleVersion, bool> require; // → indirect
    QHash<ModuleVersion, ModuleVersion> replace;
    QSet<ModuleVersion> exclude;
};

// modFileSummary: what the graph needs from a dependency's go.mod.
struct Summary {
    ModuleVersion module;
    QString goVersion;
    Pruning pruning = Pruning::Pruned; // go's zero value, also for go/toolchain
    QList<ModuleVersion> require;
};

// A failure to load one module's requirements. module is set when go reports
// it as a module.ModuleError for that module (path@version: text).
struct ModError {
    std::optional<ModuleVersion> module;
    QString text;
};

struct ModuleGraph {
    explicit ModuleGraph(MvsGraph g) : g(std::move(g)) {}
    MvsGraph g;
    QHash<ModuleVersion, std::variant<Summary, ModError>> loaded; // loadCache
};

struct Requirements {
    Pruning pruning = Pruning::Pruned;
    QList<ModuleVersion> roots; // sorted; may repeat a path
    QHash<QString, QString> maxRootVersion;
    QSet<QString> direct;
    // The graph once loaded (Requirements.Graph caches it), and its error.
    std::shared_ptr<ModuleGraph> graph;
    std::optional<Error> graphError;
};

// The text of the *fs.PathError go prints when reading path fails ("open
// <shown>: no such file or directory").
QString openError(const QString &path, const QString &shown);
// filepath.Join: dir/rel, cleaned.
QString joinPath(const QString &dir, const QString &rel);
// CheckGodebug: "" when k=v is a valid godebug line, else go's reason. An
// empty table (unreadable from GOROOT) accepts every key.
QString checkGodebug(const QString &verb, const QString &k, const QString &v,
                     const QString &localGo, const QList<GodebugInfo> &table);

class ModLoader
{
public:
    explicit ModLoader(const ModuleLoadOptions &options);
    Result<ModuleSet> run();

private:
    // modloader.cpp: Init, go.work, -mod; modmain.cpp: the main go.mod files,
    // roots and replacements.
    Result<bool> init(); // false: GOPATH mode
    QString findModuleRoot(QString dir) const;
    QString findWorkspaceFile(QString dir) const;
    QString noMainModuleError() const;
    std::optional<Error> loadWorkFile();
    QString workTooOld(const QString &gomod, const QString &goVersion) const;
    std::variant<MainModule, QString> readMainModule(const QString &root);
    std::variant<MainModule, QString> indexModFile(const QString &root, const ModFile &file);
    std::optional<Error> makeMainModules();
    Result<bool> setDefaultBuildMod();
    bool isMainModule(const QString &path) const;
    const MainModule *mainModule(const QString &path) const;
    QList<ModuleVersion> rootsFromModFile(const MainModule &m, bool withToolchain,
                                          QSet<QString> *direct);
    std::shared_ptr<Requirements> requirementsFromModFiles();

    struct ReplacementFrom {
        ModuleVersion replacement; // path empty: none
        QString modRoot;           // the main module whose go.mod has it ("" for go.work)
        QString fromFile;
    };
    ReplacementFrom replacementFrom(const ModuleVersion &m) const;
    ModuleVersion canonicalizeReplacePath(const ModuleVersion &r, const QString &modRoot) const;
    ModuleVersion replacement(const ModuleVersion &m) const;
    ModuleVersion resolveReplacement(const ModuleVersion &m) const;
    QString replaceRelativeTo() const;
    QString replacementDir(const QString &path) const;

    const QList<GodebugInfo> &godebugTable();
    QString tooNew(const QString &what, const QString &goVersion) const;
    bool isTooNew(const QString &goVersion) const;
    QString goModDirty() const;
    QString shortPath(const QString &path) const;
    QString goModPath(const QString &root) const;
    bool inWorkspace() const { return !m_workFilePath.isEmpty(); }
    bool mustHaveSums() const;
    bool mustHaveCompleteRequirements() const;

    // modgraphread.cpp: summaries, the graph, root updates.
    std::shared_ptr<Requirements> newRequirements(Pruning pruning, QList<ModuleVersion> roots,
                                                  QSet<QString> direct) const;
    std::optional<QString> rootSelected(const Requirements &rs, const QString &path) const;
    bool hasRedundantRoot(const Requirements &rs) const;
    std::variant<Summary, ModError> goModSummary(const ModuleVersion &m);
    std::variant<Summary, ModError> rawGoModSummary(const ModuleVersion &m);
    std::variant<Summary, ModError> summaryFromModFile(const ModuleVersion &m, const ModFile &f);
    std::pair<std::shared_ptr<ModuleGraph>, std::optional<Error>> graph(Requirements &rs);
    std::shared_ptr<ModuleGraph> readModGraph(const Requirements &rs, std::optional<Error> *err);
    Error buildListError(const ModuleGraph &mg) const;
    bool allRootsSelected(const Requirements &rs, const ModuleGraph &mg) const;
    Result<std::shared_ptr<Requirements>> expandGraph(std::shared_ptr<Requirements> rs);
    Result<std::shared_ptr<Requirements>> updateRoots(const std::shared_ptr<Requirements> &rs);
    Result<std::shared_ptr<Requirements>>
    updatePrunedRoots(const std::shared_ptr<Requirements> &rs);
    Result<std::shared_ptr<Requirements>>
    updateUnprunedRoots(const std::shared_ptr<Requirements> &rs);
    Result<std::shared_ptr<Requirements>> convertToPruned(const std::shared_ptr<Requirements> &rs);

    // modvendor.cpp
    QString vendorDir() const;
    std::optional<Error> readVendorList();
    std::optional<Error> checkVendorConsistency();
    std::optional<Error> initVendor(Requirements &rs);
    static ModuleVersion vendorModule();

    // modinfo.cpp and modgraph.cpp
    ModuleInfo moduleInfo(const Requirements &rs, const ModuleVersion &m);
    void completeFromModCache(ModuleInfo &info);
    std::optional<Error> commitCheck(const Requirements &rs) const;
    ModuleSet noMainModuleSet() const;

    const ModuleLoadOptions &m_opt;
    QString m_cwd;
    QString m_goroot;
    QString m_localGo; // gover.Local()
    ModuleCache m_cache;
    GoSum m_goSum;

    // Init
    bool m_mustUseModules = true;
    QString m_workFilePath;
    QStringList m_modRoots;
    QStringList m_warnings;

    // -mod
    ModMode m_buildMod = ModMode::Readonly;
    bool m_buildModExplicit = false;
    QString m_buildModReason;

    // the main modules
    std::optional<WorkFile> m_workFile;
    QList<MainModule> m_mains; // in go.work use order
    QHash<ModuleVersion, ModuleVersion> m_workReplace;
    // rawGoVersion: the go line of each go.mod read, keyed by the module
    // version that was read (the replacement, for replaced modules).
    QHash<ModuleVersion, QString> m_rawGoVersion;

    std::optional<QList<GodebugInfo>> m_godebugTable;
    VendorModules m_vendor;
    QHash<ModuleVersion, std::variant<Summary, ModError>> m_rawSummaries;
};

} // namespace kiln::load::detail
