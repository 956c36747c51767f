// Build list entries (modload/build.go moduleInfo) and the final check that
// go.mod needs no update (commitRequirements without -mod=mod).
#include "load/modloader.h"

#include "load/goversion.h"

#include <QFileInfo>

namespace kiln::load::detail
{

ModuleInfo ModLoader::moduleInfo(const Requirements &rs, const ModuleVersion &m)
{
    ModuleInfo info;
    info.path = m.path;
    info.version = m.version;
    if (m.version.isEmpty()) {
        if (const MainModule *main = mainModule(m.path)) {
            info.main = true;
            info.goVersion = m_rawGoVersion.value(m);
            if (!main->root.isEmpty()) {
                info.dir = main->root;
                info.goMod = goModPath(main->root);
            }
            return info;
        }
    }
    info.indirect = !rs.direct.contains(m.path);
    info.goVersion = m_rawGoVersion.value(m);
    const ModuleVersion r = replacement(m);
    if (r.path.isEmpty()) {
        // In vendor mode the vendor directory holds packages, not modules:
        // go reports no directory.
        if (m_buildMod != ModMode::Vendor)
            completeFromModCache(info);
        return info;
    }
    // Replaced modules: no lookup of the original version; files and go.mod
    // come from the replacement.
    auto rep = std::make_shared<ModuleInfo>();
    rep->path = r.path;
    rep->version = r.version;
    rep->goVersion = m_rawGoVersion.value(m);
    if (r.version.isEmpty()) {
        rep->dir = replacementDir(r.path);
        rep->goMod = goModPath(rep->dir);
    }
    if (m_buildMod != ModMode::Vendor) {
        completeFromModCache(*rep);
        info.dir = rep->dir;
        info.goMod = rep->goMod;
    }
    info.goVersion = rep->goVersion;
    info.replace = rep;
    return info;
}

// completeFromModCache: version check (.info), go version, go.mod and
// directory from GOMODCACHE. With -mod=readonly go only reports files whose
// checksums are in go.sum.
void ModLoader::completeFromModCache(ModuleInfo &info)
{
    if (gover::isToolchainModule(info.path))
        return;
    auto checksumOk = [&](const QString &suffix) {
        return info.version.isEmpty() || !mustHaveSums() ||
               m_goSum.has(info.path, info.version + suffix);
    };
    const ModuleVersion mod{info.path, info.version};
    if (!info.version.isEmpty()) {
        const auto v = m_cache.infoVersion(info.path, info.version);
        if (!v)
            info.error = v.error().message;
        else if (!v->isEmpty())
            info.version = *v;
        if (v)
            info.time = m_cache.infoTime(info.path, info.version);
    }
    if (info.goVersion.isEmpty() && checksumOk(QStringLiteral("/go.mod"))) {
        const auto s = rawGoModSummary(mod);
        if (const Summary *summary = std::get_if<Summary>(&s))
            info.goVersion = summary->goVersion;
    }
    if (info.version.isEmpty())
        return;
    if (checksumOk(QStringLiteral("/go.mod"))) {
        const QString gomod = m_cache.cacheFile(info.path, info.version, QStringLiteral("mod"));
        if (QFileInfo(gomod).isFile())
            info.goMod = gomod;
        info.goModSum = m_goSum.recorded(info.path, info.version + QStringLiteral("/go.mod"));
    }
    if (checksumOk(QString())) {
        info.dir = m_cache.downloadDir(info.path, info.version);
        info.sum = m_goSum.recorded(info.path, info.version);
    }
}

// What commitRequirements checks when it may not write go.mod: the go.mod go
// would write from the final roots must say the same as the one on disk.
std::optional<Error> ModLoader::commitCheck(const Requirements &rs) const
{
    if (inWorkspace() || m_mains.size() != 1)
        return std::nullopt;
    const MainModule &main = m_mains[0];
    QString goVersion;
    QString toolchain;
    // modfile.SetRequire keeps one line per path (the last, highest root);
    // its SortBlocks also drops duplicate excludes and replaces, so only the
    // requirements and the go and toolchain lines can differ.
    QMap<QString, std::pair<QString, bool>> list; // path → version, indirect
    for (const ModuleVersion &m : rs.roots) {
        if (m.path == QLatin1String("go"))
            goVersion = m.version;
        else if (m.path == QLatin1String("toolchain"))
            toolchain = m.version;
        else
            list.insert(m.path, {m.version, !rs.direct.contains(m.path)});
    }
    if (isTooNew(goVersion))
        return Error{QStringLiteral("go: ") + tooNew(QStringLiteral("updating go.mod"), goVersion)};
    if (m_buildMod == ModMode::Mod)
        return std::nullopt;
    QString newGo = main.goVersion;
    if (main.goVersion != goVersion &&
        !(main.goVersion.isEmpty() && goVersion == QLatin1String(gover::DefaultGoModVersion)))
        newGo = goVersion;
    if (toolchain.isEmpty())
        toolchain = QStringLiteral("go") + goVersion;
    // A toolchain line implied by the go line, or below go1.21, is dropped.
    if (toolchain == QStringLiteral("go") + goVersion ||
        gover::compare(gover::fromToolchain(toolchain), QLatin1String(gover::GoStrictVersion)) < 0)
        toolchain.clear();
    bool dirty = newGo != main.goVersion || toolchain != main.toolchain ||
                 list.size() != main.require.size();
    for (auto r = list.constBegin(); r != list.constEnd(); ++r) {
        const bool indirect = r->second;
        const auto it = main.require.constFind({r.key(), r->first});
        if (it == main.require.constEnd())
            dirty = true;
        else if (*it != indirect && m_buildMod != ModMode::Readonly)
            dirty = true; // "// indirect" comments only matter with -mod=vendor
    }
    if (dirty)
        return Error{goModDirty()};
    return std::nullopt;
}

} // namespace kiln::load::detail
