// Which packages a per-package flag pattern names: go's load.MatchPackage.
//
//   pattern      matches
//   (none)       command-line packages (CmdlinePkg || CmdlineFiles)
//   all          every package
//   std          standard packages
//   cmd          standard packages under cmd/
//   tool         the main modules' tool packages (module mode only)
//   work         packages of the main modules (module mode only)
//   ./x ../x . ..          the package whose Dir is <cwd>/x (exactly)
//   ./x/... ../a...b       the part before the first "..." up to its last
//                          '/' is joined to cwd; the rest is matched (go's
//                          pkgpattern rules) against Dir relative to it,
//                          never matching outside it
//   anything else          pkgpattern.MatchPattern on the import path
//                          ("..." = any string not crossing a vendor element;
//                          "x/..." also matches "x")
//
// The working directory is fixed when the pattern is parsed (go reads
// base.Cwd() when the flag is set, after -C). In GOPATH mode "tool" and
// "work" are plain import-path patterns, as in go.
#pragma once

#include "load/loader.h"
#include "load/package.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace kiln::flags
{

// Whether the package was named on the command line (go's
// Internal.CmdlinePkg); packages built from .go files count too.
enum class PackageOrigin { Dependency, CommandLine };

enum class ModuleMode { Modules, Gopath };

// What "tool" and "work" need to know about the main modules.
struct ModuleScope {
    ModuleMode mode = ModuleMode::Modules;
    QStringList mainModules; // module paths (go's MainModules)
    QSet<QString> tools;     // import paths of the main modules' tool directives
};

// The scope of a loader configuration: module mode, main modules, and the
// tool directives read from each main module's go.mod (a go.mod that cannot
// be read adds no tools; the loader reports such errors).
ModuleScope moduleScopeOf(const load::LoaderConfig &config);

// origin of packages[index] in a load: CommandLine for the roots.
PackageOrigin originOf(const load::LoadResult &result, int index);

class PackagePattern
{
public:
    // The default of a flag value without "pattern=": command-line packages.
    static PackagePattern commandLine();
    // pattern is already trimmed; workingDir is absolute.
    static PackagePattern parse(const QString &pattern, const QString &workingDir);

    bool matches(const load::Package &p, PackageOrigin origin, const ModuleScope &scope) const;
    QString text() const { return m_text; } // "" for commandLine()

private:
    enum class Kind { CommandLine, Dir, DirTree, All, Std, Cmd, Tool, Work, ImportPath };
    Kind m_kind = Kind::CommandLine;
    QString m_text;
    QString m_dir; // Dir, DirTree: the absolute directory
    std::function<bool(const QString &)> m_match;
};

} // namespace kiln::flags
