#include "exec/toolargs.h"

#include "base/gojson.h"
#include "base/goquote.h"
#include "goenv/quotedargs.h"
#include "load/goversion.h"

#include <QDir>

namespace kiln::exec
{

namespace
{

// gover.Lang: "1.22.3" → "1.22", "1.21rc1" → "1.21".
QString goLang(const QString &v)
{
    qsizetype i = 0;
    int dots = 0;
    for (; i < v.size(); ++i) {
        if (v[i] == QLatin1Char('.')) {
            if (++dots == 2)
                break;
        } else if (!v[i].isDigit()) {
            break;
        }
    }
    return v.left(i);
}

QString toolPath(const BuildConfig &cfg, const char *name)
{
    return cfg.toolDir + QLatin1Char('/') + QLatin1String(name);
}

// Std packages that never get -complete: they have bodyless Go functions
// implemented elsewhere (go's gc.go list).
bool neverComplete(const load::Package &p)
{
    static const QStringList names = {QStringLiteral("bytes"),
                                      QStringLiteral("internal/poll"),
                                      QStringLiteral("net"),
                                      QStringLiteral("os"),
                                      QStringLiteral("runtime/metrics"),
                                      QStringLiteral("runtime/pprof"),
                                      QStringLiteral("runtime/trace"),
                                      QStringLiteral("sync"),
                                      QStringLiteral("syscall"),
                                      QStringLiteral("time")};
    return p.standard && names.contains(p.importPath);
}

bool hasNonGoFiles(const load::Package &p)
{
    return !(p.cgoFiles.isEmpty() && p.cFiles.isEmpty() && p.cxxFiles.isEmpty() &&
             p.mFiles.isEmpty() && p.fFiles.isEmpty() && p.sFiles.isEmpty() &&
             p.sysoFiles.isEmpty() && p.swigFiles.isEmpty() && p.swigCXXFiles.isEmpty());
}

QString withoutSlash(const QString &dir)
{
    return dir.endsWith(QLatin1Char('/')) ? dir.chopped(1) : dir;
}

} // namespace

QString trimpathArg(const BuildConfig &cfg, const load::Package &p, const QString &objdir)
{
    QString rewrite;
    if (cfg.trimpath) {
        QString rewriteDir = p.importPath;
        if (p.module && !p.module->version.isEmpty())
            rewriteDir = p.module->path + QLatin1Char('@') + p.module->version +
                         p.importPath.mid(
                             p.importPath.startsWith(p.module->path) ? p.module->path.size() : 0);
        rewrite += p.dir + QStringLiteral("=>") + rewriteDir + QLatin1Char(';');
    }
    return rewrite + withoutSlash(objdir) + QStringLiteral("=>");
}

QString packagePathArg(const load::Package &p, const PackageBuild &pb)
{
    if (p.name == QLatin1String("main") && !pb.forceLibrary)
        return QStringLiteral("main");
    return p.importPath;
}

QString langArg(const BuildConfig &cfg, const load::Package &p)
{
    const QString local = cfg.goVersion.mid(2).section(QLatin1Char(' '), 0, 0);
    QString vers = local;
    if (p.module) {
        QString v = p.module->goVersion;
        if (v.isEmpty())
            v = QLatin1String(load::gover::DefaultGoModVersion);
        if (load::gover::compare(local, v) >= 0)
            vers = v;
    }
    return QStringLiteral("go") + goLang(vers);
}

QStringList compileArgs(const BuildConfig &cfg, const load::Package &p, const PackageBuild &pb,
                        const CompileInputs &in)
{
    QStringList args{toolPath(cfg, "compile"),
                     QStringLiteral("-o"),
                     in.objdir + QStringLiteral("_pkg_.a"),
                     QStringLiteral("-trimpath"),
                     trimpathArg(cfg, p, in.objdir),
                     QStringLiteral("-p"),
                     packagePathArg(p, pb),
                     QStringLiteral("-lang=") + langArg(cfg, p)};
    if (p.standard)
        args << QStringLiteral("-std");
    if (!hasNonGoFiles(p) && !neverComplete(p))
        args << QStringLiteral("-complete");
    if (!cfg.installSuffix.isEmpty())
        args << QStringLiteral("-installsuffix") << cfg.installSuffix;
    if (!in.buildID.isEmpty())
        args << QStringLiteral("-buildid") << in.buildID;
    if (pb.omitDebug || cfg.goos == QLatin1String("plan9") || cfg.goarch == QLatin1String("wasm"))
        args << QStringLiteral("-dwarf=false");
    if (cfg.goVersion.startsWith(QLatin1String("go1")))
        args << QStringLiteral("-goversion") << cfg.goVersion;
    if (!in.pgoProfile.isEmpty())
        args << QStringLiteral("-pgoprofile=") + in.pgoProfile;
    if (!in.symabis.isEmpty())
        args << QStringLiteral("-symabis") << in.symabis;
    if (cfg.compileConcurrency > 1)
        args << QStringLiteral("-c=%1").arg(cfg.compileConcurrency);
    args << cfg.forcedGcflags << pb.gcflags;
    args << QStringLiteral("-nolocalimports") << QStringLiteral("-importcfg")
         << in.objdir + QStringLiteral("importcfg");
    if (in.embedcfg)
        args << QStringLiteral("-embedcfg") << in.objdir + QStringLiteral("embedcfg");
    args << QStringLiteral("-pack");
    if (in.asmhdr)
        args << QStringLiteral("-asmhdr") << in.objdir + QStringLiteral("go_asm.h");
    args << in.goFiles;
    return args;
}

QStringList asmArgs(const BuildConfig &cfg, const load::Package &p, const PackageBuild &pb,
                    const QString &objdir)
{
    QStringList args{toolPath(cfg, "asm"),
                     QStringLiteral("-p"),
                     packagePathArg(p, pb),
                     QStringLiteral("-trimpath"),
                     trimpathArg(cfg, p, objdir),
                     QStringLiteral("-I"),
                     objdir,
                     QStringLiteral("-I"),
                     cfg.goroot + QStringLiteral("/pkg/include"),
                     QStringLiteral("-D"),
                     QStringLiteral("GOOS_") + cfg.goos,
                     QStringLiteral("-D"),
                     QStringLiteral("GOARCH_") + cfg.goarch};
    args << cfg.forcedAsmflags << pb.asmflags;
    const QString &arch = cfg.goarch;
    const QString &v = cfg.archValue;
    auto define = [&](const QString &d) { args << QStringLiteral("-D") << d; };
    if (arch == QLatin1String("386"))
        define(QStringLiteral("GO386_") + v);
    else if (arch == QLatin1String("amd64"))
        define(QStringLiteral("GOAMD64_") + v);
    else if (arch == QLatin1String("mips") || arch == QLatin1String("mipsle"))
        define(QStringLiteral("GOMIPS_") + v);
    else if (arch == QLatin1String("mips64") || arch == QLatin1String("mips64le"))
        define(QStringLiteral("GOMIPS64_") + v);
    else if (arch == QLatin1String("riscv64"))
        define(QStringLiteral("GORISCV64_") + v);
    else if (arch == QLatin1String("ppc64") || arch == QLatin1String("ppc64le")) {
        if (v == QLatin1String("power10"))
            define(QStringLiteral("GOPPC64_power10"));
        if (v == QLatin1String("power10") || v == QLatin1String("power9"))
            define(QStringLiteral("GOPPC64_power9"));
        define(QStringLiteral("GOPPC64_power8"));
    } else if (arch == QLatin1String("arm")) {
        if (v.contains(QLatin1Char('7')))
            define(QStringLiteral("GOARM_7"));
        if (v.contains(QLatin1Char('7')) || v.contains(QLatin1Char('6')))
            define(QStringLiteral("GOARM_6"));
        define(QStringLiteral("GOARM_5"));
    } else if (arch == QLatin1String("arm64") && v.contains(QLatin1String("lse")))
        define(QStringLiteral("GOARM64_LSE"));
    return args;
}

QStringList linkArgs(const BuildConfig &cfg, const load::Package &p, const PackageBuild &pb,
                     const LinkInputs &in)
{
    QStringList args{toolPath(cfg, "link"), QStringLiteral("-o"), in.output,
                     QStringLiteral("-importcfg"), in.objdir + QStringLiteral("importcfg.link")};
    if (!cfg.installSuffix.isEmpty())
        args << QStringLiteral("-installsuffix") << cfg.installSuffix;
    if (pb.omitDebug)
        args << QStringLiteral("-s") << QStringLiteral("-w");
    if (p.goroot && p.importPath.startsWith(QLatin1String("cmd/")))
        args << QStringLiteral("-X=cmd/internal/objabi.buildID=") + in.buildID;
    if (!p.defaultGODEBUG.isEmpty())
        args << QStringLiteral("-X=runtime.godebugDefault=") + p.defaultGODEBUG;
    args << QStringLiteral("-buildmode=") + cfg.ldBuildmode;
    if (!in.buildID.isEmpty())
        args << QStringLiteral("-buildid=") + in.buildID;
    args << cfg.forcedLdflags << pb.ldflags;
    const bool hasExtld = std::any_of(pb.ldflags.begin(), pb.ldflags.end(), [](const QString &f) {
        return f == QLatin1String("-extld") || f.startsWith(QLatin1String("-extld="));
    });
    if (!hasExtld) {
        const QStringList &extld = in.extld == ExternalLinker::CXX ? cfg.cgo.cxx : cfg.extld;
        args << QStringLiteral("-extld=") + goenv::joinQuoted(extld).value_or(QString());
    }
    args << in.mainArchive;
    return args;
}

QByteArray importConfig(const load::Package &p, const QList<PackageFile> &deps)
{
    QByteArray out = "# import config\n";
    // p.imports[i] is the resolved form of p.rawImports[i] (vendoring).
    for (qsizetype i = 0; i < p.rawImports.size() && i < p.imports.size(); ++i)
        if (p.imports[i] != p.rawImports[i])
            out += "importmap " + p.rawImports[i].toUtf8() + "=" + p.imports[i].toUtf8() + "\n";
    for (const PackageFile &d : deps)
        out += "packagefile " + d.importPath.toUtf8() + "=" + d.file.toUtf8() + "\n";
    return out;
}

QByteArray embedConfig(const load::Package &p)
{
    GoJson j;
    j.beginObject();
    j.key("Patterns");
    j.beginObject();
    for (auto it = p.embedMap.cbegin(); it != p.embedMap.cend(); ++it) {
        j.key(it.key().toUtf8().constData());
        j.beginArray();
        for (const QString &f : it.value())
            j.string(f);
        j.endArray();
    }
    j.endObject();
    j.key("Files");
    j.beginObject();
    for (const QString &f : p.embedFiles) {
        j.key(f.toUtf8().constData());
        j.string(QDir(p.dir).filePath(f));
    }
    j.endObject();
    j.endObject();
    return j.take();
}

QByteArray linkImportConfig(const QList<PackageFile> &deps, const QString &buildInfo)
{
    static const QByteArray start = QByteArray::fromHex("3077af0c9274080241e1c107e6d618e6");
    static const QByteArray end = QByteArray::fromHex("f932433186182072008242104116d8f2");
    QByteArray out;
    for (const PackageFile &d : deps)
        out += "packagefile " + d.importPath.toUtf8() + "=" + d.file.toUtf8() + "\n";
    out += "modinfo " + goQuote(start + buildInfo.toUtf8() + end) + "\n";
    return out;
}

} // namespace kiln::exec
