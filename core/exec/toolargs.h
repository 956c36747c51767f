// The command lines and config files of the Go tools, exactly as cmd/go's
// gc.go and exec.go write them (go-build-reference.md §4): compile, the two
// asm passes, link, importcfg, embedcfg and importcfg.link. Paths are
// absolute; objdir is "<work>/bNNN/". Every value here that reaches a tool's
// output is also a line of the action ID (actionid.cpp).
#pragma once

#include "exec/buildconfig.h"
#include "load/package.h"

#include <QByteArray>
#include <QStringList>

namespace kiln::exec
{

// -trimpath's rewrite list: "[<dir>=><rewrite>;]<objdir without slash>=>".
QString trimpathArg(const BuildConfig &cfg, const load::Package &p, const QString &objdir);
// -p's value: "main" for commands, else the import path.
QString packagePathArg(const load::Package &p, const PackageBuild &pb);
// -lang's value, e.g. "go1.22".
QString langArg(const BuildConfig &cfg, const load::Package &p);

struct CompileInputs {
    QString objdir;
    QString buildID;    // placeholder "A/A"
    QString symabis;    // "" when the package has no .s files
    QString pgoProfile; // preprocessed profile, ""
    bool embedcfg = false;
    bool asmhdr = false;
    QStringList goFiles; // absolute
};
QStringList compileArgs(const BuildConfig &cfg, const load::Package &p, const PackageBuild &pb,
                        const CompileInputs &in);

// asm's common arguments (before -gensymabis / -o).
QStringList asmArgs(const BuildConfig &cfg, const load::Package &p, const PackageBuild &pb,
                    const QString &objdir);

// The external linker go names with -extld: CXX when a linked package has
// C++ files, else CC.
enum class ExternalLinker { CC, CXX };

struct LinkInputs {
    QString objdir;
    QString output;
    QString buildID; // placeholder "L/<main build ID>/L"
    QString mainArchive;
    ExternalLinker extld = ExternalLinker::CC;
};
QStringList linkArgs(const BuildConfig &cfg, const load::Package &p, const PackageBuild &pb,
                     const LinkInputs &in);

// importcfg: "# import config\n", importmap lines, packagefile lines.
struct PackageFile {
    QString importPath;
    QString file;
};
QByteArray importConfig(const load::Package &p, const QList<PackageFile> &deps);
// embedcfg JSON ({"Patterns": …, "Files": …}), no trailing newline.
QByteArray embedConfig(const load::Package &p);
// importcfg.link: packagefile lines, then modinfo %q of the sentinel-wrapped text.
QByteArray linkImportConfig(const QList<PackageFile> &deps, const QString &buildInfo);

} // namespace kiln::exec
