// load.setBuildInfo, setPGOProfilePath's -pgo setting, the test main's build
// info (load/test.go) and runtime/debug.BuildInfo.String().
#include "load/buildinfo.h"

#include "base/goquote.h"
#include "load/buildvcs.h"
#include "load/mvs.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace kiln::load
{

namespace
{

// debug.quoteKey / quoteValue.
bool needsQuote(const QString &s, bool key)
{
    if (key && (s.isEmpty() || s.contains(QLatin1Char('='))))
        return true;
    for (QChar c : s)
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n') || c == QLatin1Char('"') || c == QLatin1Char('`'))
            return true;
    return false;
}

QString quoted(const QString &s, bool key)
{
    return needsQuote(s, key) ? QString::fromUtf8(goQuote(s.toUtf8())) : s;
}

void formatModule(QString &out, const QString &word, const BuildInfoModule &m)
{
    out += word + QLatin1Char('\t') + m.path + QLatin1Char('\t') + m.version;
    if (!m.replace) {
        out += QLatin1Char('\t') + m.sum;
    } else {
        out += QLatin1Char('\n');
        formatModule(out, QStringLiteral("=>"), *m.replace);
    }
    out += QLatin1Char('\n');
}

// debugModFromModinfo: sums only for versioned, unreplaced modules, and never
// in vendor mode (Kiln's ModuleInfo has no sum there).
BuildInfoModule fromModuleInfo(const ModuleInfo &mi)
{
    BuildInfoModule m;
    m.path = mi.path;
    m.version = mi.version.isEmpty() ? QStringLiteral("(devel)") : mi.version;
    if (mi.replace)
        m.replace = std::make_shared<BuildInfoModule>(fromModuleInfo(*mi.replace));
    else if (!mi.version.isEmpty())
        m.sum = mi.sum;
    return m;
}

// Package.IsTestOnly.
bool isTestOnly(const Package &p)
{
    return !p.forTest.isEmpty() || !p.testmainGo.isEmpty() ||
           (p.testGoFiles.size() + p.xtestGoFiles.size() > 0 &&
            p.goFiles.size() + p.cgoFiles.size() == 0);
}

// The -pgo setting's file, or "" for none.
QString pgoFile(const Package &p, const BuildSettings &s)
{
    if (s.pgo == QLatin1String("off"))
        return {};
    if (s.pgo == QLatin1String("auto") || s.pgo.isEmpty())
        return p.pgoProfile;
    return QDir::cleanPath(QDir(s.workingDir).absoluteFilePath(s.pgo));
}

enum class Variant { Package, TestMain };

// setBuildInfo for p. A test main gets its info before it has imports (so no
// deps) and before it has its _testmain.go (so it is not "test only").
Result<BuildInfo> computeBuildInfo(const LoadResult &load, const Package &p, const BuildSettings &s,
                                   Variant variant)
{
    BuildInfo info;
    info.path = p.cmdlineFiles ? QStringLiteral("command-line-arguments") : p.importPath;
    if (p.module)
        info.main = fromModuleInfo(*p.module);
    const QString mainPath = info.main ? info.main->path : QString();

    if (variant == Variant::Package) {
        QSet<int> visited;
        QList<int> queue = p.internalImports;
        QHash<QString, BuildInfoModule> byModule; // "path@version"
        QList<ModuleVersion> mods;
        for (qsizetype i = 0; i < queue.size(); ++i) {
            const int idx = queue[i];
            if (visited.contains(idx))
                continue;
            visited.insert(idx);
            const Package &dep = load.packages[idx];
            if (dep.module && dep.module->path != mainPath) {
                const QString key = dep.module->path + QLatin1Char('@') + dep.module->version;
                if (!byModule.contains(key)) {
                    byModule.insert(key, fromModuleInfo(*dep.module));
                    mods.append({dep.module->path, dep.module->version});
                }
            }
            queue += dep.internalImports;
        }
        sortModules(mods);
        for (const ModuleVersion &m : mods)
            info.deps.append(byModule.value(m.path + QLatin1Char('@') + m.version));
    }

    const QString t = QStringLiteral("true");
    if (s.asan)
        info.append(QStringLiteral("-asan"), t);
    if (s.asmflags)
        info.append(QStringLiteral("-asmflags"), *s.asmflags);
    QString buildmode = s.buildmode;
    if (buildmode == QLatin1String("default"))
        buildmode =
            p.name == QLatin1String("main") ? QStringLiteral("exe") : QStringLiteral("archive");
    info.append(QStringLiteral("-buildmode"), buildmode);
    info.append(QStringLiteral("-compiler"), s.compiler);
    if (!s.gccgoflags.isEmpty() && s.compiler == QLatin1String("gccgo"))
        info.append(QStringLiteral("-gccgoflags"), s.gccgoflags);
    if (!s.gcflags.isEmpty() && s.compiler == QLatin1String("gc"))
        info.append(QStringLiteral("-gcflags"), s.gcflags);
    // go.dev/issue/52372: -ldflags and the CGO_ flags can hold system paths.
    if (!s.ldflags.isEmpty() && !s.trimpath)
        info.append(QStringLiteral("-ldflags"), s.ldflags);
    if (s.cover)
        info.append(QStringLiteral("-cover"), t);
    if (s.msan)
        info.append(QStringLiteral("-msan"), t);
    if (s.race)
        info.append(QStringLiteral("-race"), t);
    if (!s.tags.isEmpty())
        info.append(QStringLiteral("-tags"), s.tags.join(QLatin1Char(',')));
    if (s.trimpath)
        info.append(QStringLiteral("-trimpath"), t);
    if (!p.defaultGODEBUG.isEmpty())
        info.append(QStringLiteral("DefaultGODEBUG"), p.defaultGODEBUG);
    info.append(QStringLiteral("CGO_ENABLED"),
                s.cgoEnabled ? QStringLiteral("1") : QStringLiteral("0"));
    if (s.cgoEnabled && !s.trimpath) {
        info.append(QStringLiteral("CGO_CFLAGS"), s.cgoCflags);
        info.append(QStringLiteral("CGO_CPPFLAGS"), s.cgoCppflags);
        info.append(QStringLiteral("CGO_CXXFLAGS"), s.cgoCxxflags);
        info.append(QStringLiteral("CGO_LDFLAGS"), s.cgoLdflags);
    }
    info.append(QStringLiteral("GOARCH"), s.goarch);
    if (!s.goexperiment.isEmpty())
        info.append(QStringLiteral("GOEXPERIMENT"), s.goexperiment);
    if (!s.gofips140.isEmpty() && s.gofips140 != QLatin1String("off"))
        info.append(QStringLiteral("GOFIPS140"), s.gofips140);
    info.append(QStringLiteral("GOOS"), s.goos);
    if (!s.archVar.isEmpty() && !s.archValue.isEmpty())
        info.append(s.archVar, s.archValue);

    bool wantVcs = false;
    switch (s.buildvcs) {
    case BuildVcs::True:
        wantVcs = true; // even for tests, go.dev/issue/52648
        break;
    case BuildVcs::Auto:
        wantVcs = s.autoVcs && (variant == Variant::TestMain || !isTestOnly(p));
        break;
    case BuildVcs::False:
        break;
    }
    if (wantVcs && p.module && p.module->version.isEmpty() && !p.standard) {
        KILN_TRY(stamp, vcsStamp({p.dir, p.module->dir, p.module->path}, s));
        if (stamp) {
            info.append(QStringLiteral("vcs"), stamp->vcs);
            if (!stamp->revision.isEmpty())
                info.append(QStringLiteral("vcs.revision"), stamp->revision);
            if (!stamp->time.isEmpty())
                info.append(QStringLiteral("vcs.time"), stamp->time);
            info.append(QStringLiteral("vcs.modified"),
                        stamp->modified ? QStringLiteral("true") : QStringLiteral("false"));
            if (!stamp->version.isEmpty() && info.main)
                info.main->version = stamp->version;
        }
    }
    return info;
}

// setPGOProfilePath's updateBuildInfo: append, then sort every setting by key.
void addPgo(BuildInfo &info, const QString &file, const BuildSettings &s)
{
    if (file.isEmpty())
        return;
    info.append(QStringLiteral("-pgo"), s.trimpath ? QFileInfo(file).fileName() : file);
    std::sort(info.settings.begin(), info.settings.end(),
              [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
}

bool hasBuildInfo(const Package &p)
{
    const bool forceLibrary = !p.forTest.isEmpty() && p.testmainGo.isEmpty();
    return !p.error && p.name == QLatin1String("main") && !forceLibrary && !p.incomplete;
}

// The package a test main was generated for: same directory, import path
// without ".test", not itself a test or PGO variant.
const Package *packageUnderTest(const LoadResult &load, const Package &pmain)
{
    const QString path = pmain.importPath.chopped(5);
    for (const Package &p : load.packages)
        if (p.importPath == path && p.dir == pmain.dir && p.forTest.isEmpty() &&
            p.forMain.isEmpty() && p.testmainGo.isEmpty())
            return &p;
    return nullptr;
}

} // namespace

void BuildInfo::append(const QString &key, const QString &value)
{
    settings.append({key, QString(value).replace(QLatin1Char('\n'), QLatin1Char(' '))});
}

QString BuildInfo::toString() const
{
    QString out;
    if (!path.isEmpty())
        out += QStringLiteral("path\t") + path + QLatin1Char('\n');
    if (main &&
        !(main->path.isEmpty() && main->version.isEmpty() && main->sum.isEmpty() && !main->replace))
        formatModule(out, QStringLiteral("mod"), *main);
    for (const BuildInfoModule &d : deps)
        formatModule(out, QStringLiteral("dep"), d);
    for (const auto &[key, value] : settings)
        out += QStringLiteral("build\t") + quoted(key, true) + QLatin1Char('=') +
               quoted(value, false) + QLatin1Char('\n');
    return out;
}

BuildSettings buildSettingsFor(const LoaderConfig &config)
{
    BuildSettings s;
    s.goos = config.context.goos;
    s.goarch = config.context.goarch;
    s.cgoEnabled = config.context.cgoEnabled;
    s.compiler = config.context.compiler;
    s.tags = config.context.buildTags;
    s.workingDir = config.workingDir;
    s.gomodcache = config.gomodcache;
    return s;
}

Result<std::optional<BuildInfo>> buildInfo(const LoadResult &load, int mainPackage,
                                           const BuildSettings &settings)
{
    if (mainPackage < 0 || mainPackage >= load.packages.size())
        return std::nullopt;
    const Package &p = load.packages[mainPackage];
    if (!p.testmainGo.isEmpty()) {
        // load.TestPackagesAndErrors: pmain starts with the info of the
        // package under test and gets its own (computed before pmain has
        // any imports) unless that exists with the same DefaultGODEBUG.
        const Package *ptested = packageUnderTest(load, p);
        if (ptested && hasBuildInfo(*ptested) && ptested->defaultGODEBUG == p.defaultGODEBUG) {
            KILN_TRY(info, computeBuildInfo(load, *ptested, settings, Variant::Package));
            addPgo(info, pgoFile(*ptested, settings), settings);
            return info;
        }
        KILN_TRY(info, computeBuildInfo(load, p, settings, Variant::TestMain));
        return info;
    }
    if (!hasBuildInfo(p))
        return std::nullopt;
    KILN_TRY(info, computeBuildInfo(load, p, settings, Variant::Package));
    addPgo(info, pgoFile(p, settings), settings);
    return info;
}

Result<QString> buildInfoText(const LoadResult &load, int mainPackage,
                              const BuildSettings &settings)
{
    KILN_TRY(info, buildInfo(load, mainPackage, settings));
    return info ? info->toString() : QString();
}

QByteArray modInfoData(const QString &text)
{
    return QByteArray::fromHex("3077af0c9274080241e1c107e6d618e6") + text.toUtf8() +
           QByteArray::fromHex("f932433186182072008242104116d8f2");
}

} // namespace kiln::load
