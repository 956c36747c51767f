#include "exec/actionid.h"

#include "base/goquote.h"
#include "exec/buildid.h"
#include "exec/cgoflags.h"

#include <QDir>

namespace kiln::exec
{

namespace
{

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QByteArray boolText(bool b)
{
    return b ? "true" : "false";
}

// Fprintf(h, "omitdebug %v standard %v local %v prefix %q\n", …); Kiln
// loads in module mode only, so local is false and the prefix empty.
QByteArray omitDebugLine(const load::Package &p, const PackageBuild &pb)
{
    return "omitdebug " + boolText(pb.omitDebug) + " standard " + boolText(p.standard) +
           " local false prefix \"\"\n";
}

QStringList inputFiles(const load::Package &p)
{
    return p.goFiles + p.cgoFiles + p.cFiles + p.cxxFiles + p.fFiles + p.mFiles + p.hFiles +
           p.sFiles + p.sysoFiles + p.swigFiles + p.swigCXXFiles + p.embedFiles;
}

// The cgo lines of buildActionID: the cgo tool, then per C toolchain its
// argv, the flags it gets and its gccToolID (or the error text).
Result<void> writeCgoLines(const IdContext &ctx, const load::Package &p, cache::CacheHash &h)
{
    const CgoConfig &cgo = ctx.config.cgo;
    KILN_TRY(cgoId, ctx.tools.id(QStringLiteral("cgo")));
    h.write("cgo " + goQuote(utf8(cgoId)) + "\n");
    // go ignores CFlags' error here (the cgo step reports it); the lists
    // computed before the refused directive are hashed.
    const CgoFlags f = packageCgoFlags(p, cgo);
    h.write("CC=" + goQuoteList(cgo.cc) + " " + goQuoteList(f.cppflags) + " " +
            goQuoteList(f.cflags) + " " + goQuoteList(f.ldflags) + "\n");
    auto idLine = [&](const char *label, const QStringList &exe, const char *lang) {
        Q_ASSERT(ctx.ccProbe);
        const CcToolId id = ctx.ccProbe->toolId(ctx.config, exe.value(0), QLatin1String(lang));
        if (id.error.isEmpty())
            h.write(QByteArray(label) + " ID=" + goQuote(utf8(id.id)) + "\n");
        else
            h.write(QByteArray(label) + " ID ERROR=" + goQuote(utf8(id.error)) + "\n");
    };
    idLine("CC", cgo.cc, "c");
    if (!p.cxxFiles.isEmpty() || !p.swigCXXFiles.isEmpty()) {
        h.write("CXX=" + goQuoteList(cgo.cxx) + " " + goQuoteList(f.cxxflags) + "\n");
        idLine("CXX", cgo.cxx, "c++");
    }
    if (!p.fFiles.isEmpty()) {
        h.write("FC=" + goQuoteList(cgo.fc) + " " + goQuoteList(f.fflags) + "\n");
        idLine("FC", cgo.fc, "f95");
    }
    return {};
}

} // namespace

Result<Digest> compileActionId(const IdContext &ctx, int action)
{
    const graph::Action &a = ctx.graph.actions[action];
    const load::Package &p = ctx.load.packages[a.package];
    const PackageBuild &pb = ctx.config.packages[a.package];
    const BuildConfig &cfg = ctx.config;
    cache::CacheHash h(QStringLiteral("build ") + p.importPath, cache::hashSalt(cfg.goVersion),
                       ctx.trace);
    h.recordInto(ctx.preimage);
    h.write("compile\n");
    if (cfg.trimpath) {
        if (p.module)
            h.write("module " + utf8(p.module->path) + "@" + utf8(p.module->version) + "\n");
    } else if (!p.goroot && !p.dir.startsWith(cfg.workDir)) {
        h.write("dir " + utf8(p.dir) + "\n");
    }
    if (p.module)
        h.write("go " + utf8(p.module->goVersion) + "\n");
    h.write("goos " + utf8(cfg.goos) + " goarch " + utf8(cfg.goarch) + "\n");
    h.write("import " + goQuote(utf8(p.importPath)) + "\n");
    h.write(omitDebugLine(p, pb));
    if (cfg.trimpath)
        h.write("trimpath\n");
    if (pb.forceLibrary)
        h.write("forcelibrary\n");
    if (!p.cgoFiles.isEmpty() || !p.swigFiles.isEmpty() || !p.swigCXXFiles.isEmpty())
        KILN_CHECK(writeCgoLines(ctx, p, h));
    if (pb.buildInfo)
        h.write("modinfo " + goQuote(utf8(*pb.buildInfo)) + "\n");
    KILN_TRY(compileId, ctx.tools.id(QStringLiteral("compile")));
    h.write("compile " + utf8(compileId) + " " + goQuoteList(cfg.forcedGcflags) + " " +
            goQuoteList(pb.gcflags) + "\n");
    if (!p.sFiles.isEmpty()) {
        KILN_TRY(asmId, ctx.tools.id(QStringLiteral("asm")));
        h.write("asm " + goQuote(utf8(asmId)) + " " + goQuoteList(cfg.forcedAsmflags) + " " +
                goQuoteList(pb.asmflags) + "\n");
    }
    h.write(utf8(cfg.archKey) + "=" + utf8(cfg.archValue) + "\n");
    if (!cfg.cleanGoexperiment.isEmpty())
        h.write("GOEXPERIMENT=" + goQuote(utf8(cfg.cleanGoexperiment)) + "\n");
    for (const auto &[name, value] : cfg.magicEnv)
        h.write("magic " + utf8(name) + "=" + utf8(value) + "\n");
    for (const QString &f : inputFiles(p))
        h.write("file " + utf8(f) + " " + utf8(ctx.files.hashString(QDir(p.dir).filePath(f))) +
                "\n");
    for (int d : a.deps) {
        const graph::Action &dep = ctx.graph.actions[d];
        if (dep.package >= 0)
            h.write("import " + utf8(ctx.load.packages[dep.package].importPath) + " " +
                    contentIdPart(utf8(ctx.state[d].buildID)) + "\n");
        if (dep.mode == graph::Mode::PreprocessPgo)
            h.write("pgofile " + utf8(ctx.files.hashString(ctx.state[d].built)) + "\n");
    }
    return h.sum();
}

Result<Digest> linkActionId(const IdContext &ctx, int action, const QString &mainBuildId)
{
    const graph::Action &a = ctx.graph.actions[action];
    const load::Package &p = ctx.load.packages[a.package];
    const PackageBuild &pb = ctx.config.packages[a.package];
    const BuildConfig &cfg = ctx.config;
    cache::CacheHash h(QStringLiteral("link ") + p.importPath, cache::hashSalt(cfg.goVersion),
                       ctx.trace);
    h.recordInto(ctx.preimage);
    h.write("link\n");
    h.write("buildmode " + utf8(cfg.buildmode) + " goos " + utf8(cfg.goos) + " goarch " +
            utf8(cfg.goarch) + "\n");
    h.write("import " + goQuote(utf8(p.importPath)) + "\n");
    h.write(omitDebugLine(p, pb));
    h.write("defaultgodebug " + goQuote(utf8(p.defaultGODEBUG)) + "\n");
    if (cfg.trimpath)
        h.write("trimpath\n");
    KILN_TRY(linkId, ctx.tools.id(QStringLiteral("link")));
    h.write("link " + utf8(linkId) + " " + goQuoteList(cfg.forcedLdflags) + " " +
            utf8(cfg.ldBuildmode) + "\n");
    h.write("linkflags " + goQuoteList(pb.ldflags) + "\n");
    h.write(utf8(cfg.archKey) + "=" + utf8(cfg.archValue) + "\n");
    if (!cfg.cleanGoexperiment.isEmpty())
        h.write("GOEXPERIMENT=" + goQuote(utf8(cfg.cleanGoexperiment)) + "\n");
    h.write("GOROOT=" + (cfg.trimpath ? QByteArray() : utf8(cfg.goroot)) + "\n");
    h.write("GO_EXTLINK_ENABLED=" + utf8(cfg.goExtlinkEnabled) + "\n");
    for (qsizetype i = 0; i < a.deps.size(); ++i) {
        const int d = a.deps[i];
        const graph::Action &dep = ctx.graph.actions[d];
        if (dep.package < 0)
            continue;
        const load::Package &p1 = ctx.load.packages[dep.package];
        const QByteArray stateId =
            utf8((i == 0 && !mainBuildId.isEmpty()) ? mainBuildId : ctx.state[d].buildID);
        if (!ctx.state[d].built.isEmpty() || !stateId.isEmpty()) {
            const QByteArray buildID = !stateId.isEmpty()
                                           ? stateId
                                           : readBuildId(ctx.state[d].built).value_or(QByteArray());
            h.write("packagefile " + utf8(p1.importPath) + "=" + contentIdPart(buildID) + "\n");
        }
        if (p1.name == QLatin1String("main"))
            h.write("packagemain " + stateId + "\n");
    }
    return h.sum();
}

} // namespace kiln::exec
