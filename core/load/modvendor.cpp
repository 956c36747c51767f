// Vendor mode (modload/vendor.go and Requirements.initVendor): the build
// list from vendor/modules.txt, after go's consistency check against go.mod.
#include "load/modloader.h"

#include "load/goversion.h"

#include <QFile>
#include <QFileInfo>

namespace kiln::load::detail
{

QString ModLoader::vendorDir() const
{
    if (inWorkspace())
        return QFileInfo(m_workFilePath).path() + QLatin1String("/vendor");
    return m_mains[0].root + QLatin1String("/vendor");
}

std::optional<Error> ModLoader::readVendorList()
{
    const QString file = vendorDir() + QLatin1String("/modules.txt");
    QFile f(file);
    if (!f.exists())
        return std::nullopt; // vendor directories from before modules have none
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("go: ") + openError(file, file)};
    m_vendor =
        parseVendorModules(f.readAll(), m_localGo.isEmpty() ? QStringLiteral("999") : m_localGo);
    if (m_vendor.tooNew)
        return Error{QStringLiteral("go: ") +
                     tooNew(m_vendor.tooNew->first + QStringLiteral(" in ") + shortPath(file),
                            m_vendor.tooNew->second)};
    for (auto it = m_vendor.meta.constBegin(); it != m_vendor.meta.constEnd(); ++it)
        if (!it->goVersion.isEmpty())
            m_rawGoVersion.insert(it.key(), it->goVersion);
    return std::nullopt;
}

// checkVendorConsistency: modules.txt must match the go.mod requirements and
// replacements (from go 1.14 on; before, it must only not contradict them).
std::optional<Error> ModLoader::checkVendorConsistency()
{
    const bool pre114 =
        !inWorkspace() && gover::compare(m_mains[0].goVersion, QStringLiteral("1.14")) < 0;
    QString errs;
    auto vendErrorf = [&errs](const ModuleVersion &mod, const QString &detail) {
        errs += QStringLiteral("\n\t") + moduleVersionString(mod) + QStringLiteral(": ") + detail;
    };
    for (const MainModule &main : std::as_const(m_mains)) {
        for (const Require &r : main.file->requirements) {
            if (m_vendor.meta.value(r.mod).isExplicit)
                continue;
            if (!pre114) {
                vendErrorf(r.mod, QStringLiteral("is explicitly required in go.mod, but not marked "
                                                 "as explicit in vendor/modules.txt"));
            } else if (const auto vv = m_vendor.version.constFind(r.mod.path);
                       vv != m_vendor.version.constEnd() && *vv != r.mod.version) {
                vendErrorf(r.mod, QStringLiteral("is explicitly required in go.mod, but "
                                                 "vendor/modules.txt indicates %1@%2")
                                      .arg(r.mod.path, *vv));
            }
        }
    }
    // Every replacement counts, even of modules with nothing vendored: the
    // replacement's go.mod can change the selected versions of others.
    QSet<ModuleVersion> seen;
    auto checkReplace = [&](const QList<Replace> &replaces) {
        for (const Replace &r : replaces) {
            if (seen.contains(r.old))
                continue;
            seen.insert(r.old);
            const ReplacementFrom from = replacementFrom(r.old);
            const ModuleVersion canonical = canonicalizeReplacePath(from.replacement, from.modRoot);
            const ModuleVersion vr = m_vendor.meta.value(r.old).replacement;
            if (vr.path.isEmpty()) {
                if (canonical.path.isEmpty())
                    continue; // not actually replaced (a main module)
                if (pre114 && (r.old.version.isEmpty() ||
                               m_vendor.version.value(r.old.path) != r.old.version))
                    continue; // old modules.txt files omitted these
                vendErrorf(r.old, QStringLiteral("is replaced in %1, but not marked as replaced in "
                                                 "vendor/modules.txt")
                                      .arg(shortPath(from.fromFile)));
            } else if (!(vr == canonical)) {
                vendErrorf(r.old, QStringLiteral("is replaced by %1 in %2, but marked as replaced "
                                                 "by %3 in vendor/modules.txt")
                                      .arg(moduleVersionString(from.replacement),
                                           shortPath(from.fromFile), moduleVersionString(vr)));
            }
        }
    };
    for (const MainModule &main : std::as_const(m_mains))
        checkReplace(main.file->replaces);
    if (m_workFile)
        checkReplace(m_workFile->replaces);
    for (const ModuleVersion &mod : std::as_const(m_vendor.list)) {
        if (!m_vendor.meta.value(mod).isExplicit)
            continue;
        bool required = false;
        for (const MainModule &main : std::as_const(m_mains))
            required = required || main.require.contains(mod);
        if (!required)
            vendErrorf(mod, QStringLiteral("is marked as explicit in vendor/modules.txt, but not "
                                           "explicitly required in %1go.mod")
                                .arg(inWorkspace() ? QStringLiteral("a ") : QString()));
    }
    for (const ModuleVersion &mod : std::as_const(m_vendor.replaced)) {
        if (replacement(mod).path.isEmpty())
            vendErrorf(mod, QStringLiteral("is marked as replaced in vendor/modules.txt, but not "
                                           "replaced in %1")
                                .arg(inWorkspace() ? QStringLiteral("the workspace")
                                                   : QStringLiteral("go.mod")));
    }
    if (errs.isEmpty())
        return std::nullopt;
    return Error{QStringLiteral("go: inconsistent vendoring in %1:%2\n\n\tTo ignore the vendor "
                                "directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor "
                                "directory, run:\n\t\tgo %3 vendor")
                     .arg(QFileInfo(vendorDir()).path(), errs,
                          inWorkspace() ? QStringLiteral("work") : QStringLiteral("mod"))};
}

// initVendor: the graph is what modules.txt says. For a pruned main module the
// go.mod requirements are the whole graph; otherwise a synthetic
// "vendor/modules.txt" module requires every vendored module.
std::optional<Error> ModLoader::initVendor(Requirements &rs)
{
    QList<ModuleVersion> roots;
    if (inWorkspace())
        roots = rs.roots;
    else
        roots = {m_mains[0].module};
    auto mg = std::make_shared<ModuleGraph>(MvsGraph(
        [](const QString &p, const QString &a, const QString &b) {
            if (b.isEmpty())
                return a.isEmpty() ? 0 : -1;
            if (a.isEmpty())
                return 1;
            return gover::modCompare(p, a, b);
        },
        roots));
    if (rs.pruning == Pruning::Pruned) {
        QStringList errs;
        for (const ModuleVersion &m : std::as_const(m_vendor.list)) {
            const auto v = rootSelected(rs, m.path);
            if (!v || *v != m.version)
                errs << QStringLiteral("go: vendored module %1 should be required explicitly in "
                                       "go.mod")
                            .arg(moduleVersionString(m));
        }
        if (!errs.isEmpty())
            return Error{errs.join(QLatin1Char('\n')) + QLatin1Char('\n') + goModDirty()};
        mg->g.require(m_mains[0].module, rs.roots);
    } else {
        const ModuleVersion vendorMod = vendorModule();
        if (inWorkspace()) {
            for (const MainModule &m : std::as_const(m_mains))
                mg->g.require(m.module, rootsFromModFile(m, false, nullptr) << vendorMod);
        } else {
            mg->g.require(m_mains[0].module, QList<ModuleVersion>(rs.roots) << vendorMod);
        }
        mg->g.require(vendorMod, m_vendor.list);
    }
    rs.graph = mg;
    rs.graphError.reset();
    return std::nullopt;
}

ModuleVersion ModLoader::vendorModule()
{
    return {QStringLiteral("vendor/modules.txt"), QString()};
}

} // namespace kiln::load::detail
