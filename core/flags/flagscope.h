// Flag scopes: what lists of -gcflags, -asmflags and -ldflags entries do to
// the packages of one load, as go applies them (load.PerPackageFlag; an
// entry's grammar is in perpackageflag.h, the patterns in packagematch.h):
//
//   - every entry "[pattern=]flags" is one occurrence of the flag; GOFLAGS'
//     occurrences come first, then the command line's, each in order;
//   - a bare entry ("-N -l", or "", which gives no flags) reaches only the
//     command-line packages; "all=" every package of the build; any other
//     pattern by go's matching (std, cmd, ./..., import path wildcards);
//   - a package gets the flags of the LAST entry that matches it; entries
//     are never merged.
//
// analyzeFlagScopes answers, for the packages of the build (load.all: the
// command-line packages and everything they import): the packages each entry
// matches and those whose flags it decides, every package's effective flags
// with the entry that decided them, and the problems worth a warning: an
// entry go rejects, one that matches nothing, and one whose every package a
// later entry takes (shadowed: removing it changes nothing). The matching is
// PerPackageFlag's own (entryFor, PackagePattern::matches), never a second
// matcher. Pure; O(packages × entries).
//
// Command lines for a POSIX shell (shellQuote): a word made only of
// [A-Za-z0-9_@%+=:,./-] stays as it is; otherwise a flag "-name=value" or
// an environment assignment "NAME=value" (upper case) is written -name='value' (the form
// `go help build` uses: -gcflags='all=-N -l'; GOFLAGS='-a -v') and any other
// word 'word'; a ' inside becomes '\''. The empty word is ''.
#pragma once

#include "base/result.h"
#include "flags/packagematch.h"
#include "load/loader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace kiln::flags
{

enum class ScopeFlag { Gc, Asm, Ld };
inline constexpr int ScopeFlagCount = 3;
inline constexpr std::array<ScopeFlag, ScopeFlagCount> AllScopeFlags = {
    ScopeFlag::Gc, ScopeFlag::Asm, ScopeFlag::Ld};
// "-gcflags", "-asmflags", "-ldflags".
QString flagName(ScopeFlag flag);

enum class EntrySource { Goflags, CommandLine };

struct ScopeEntry {
    QString text; // what follows "-gcflags=" in one occurrence
    EntrySource source = EntrySource::CommandLine;
    friend bool operator==(const ScopeEntry &, const ScopeEntry &) = default;
};

// The occurrences of the three flags, each list in go's order.
struct FlagScopes {
    std::array<QList<ScopeEntry>, ScopeFlagCount> entries;

    QList<ScopeEntry> &of(ScopeFlag flag) { return entries[int(flag)]; }
    const QList<ScopeEntry> &of(ScopeFlag flag) const { return entries[int(flag)]; }
    // Appends texts as CommandLine entries of flag.
    void append(ScopeFlag flag, const QStringList &texts);
    // go's PerPackageFlag.String() and .present: the text of the last
    // occurrence ("" when none), whether there was one. BuildInfo records them.
    QString raw(ScopeFlag flag) const;
    bool present(ScopeFlag flag) const { return !of(flag).isEmpty(); }
    // The texts of flag's CommandLine entries, in order.
    QStringList commandLine(ScopeFlag flag) const;

    friend bool operator==(const FlagScopes &, const FlagScopes &) = default;
};

// The -gcflags/-asmflags/-ldflags words of GOFLAGS (also --name=value), as
// Goflags entries. Errors: GOFLAGS go rejects (splitGoflags' text).
Result<FlagScopes> goflagsScopes(const QString &goflags);

enum class EntryProblem {
    None,
    Invalid,        // go rejects the entry (error says why); it takes part in nothing
    MatchesNothing, // no package of the build matches it
    Shadowed,       // it matches packages, but a later entry decides every one of them
};

struct EntryScope {
    QString pattern;    // trimmed; "" for a bare entry
    QStringList flags;  // what it gives the packages it decides
    QString error;      // Invalid: go's text, e.g. "missing =<value> in <pattern>=<value>"
    QList<int> matched; // the packages it matches (load.packages indexes, ascending)
    QList<int> decided; // the matched packages whose flags it decides
    QList<int> takenBy; // the later entries deciding the rest of matched (ascending)
    EntryProblem problem = EntryProblem::None;
};

struct PackageScope {
    std::array<QStringList, ScopeFlagCount> flags;        // effective flags per flag
    std::array<int, ScopeFlagCount> entry = {-1, -1, -1}; // the deciding entry; -1: none matches
    bool inBuild = false;                                 // in load.all
};

struct ScopeAnalysis {
    std::array<QList<EntryScope>, ScopeFlagCount> entries; // parallel to FlagScopes::entries
    QList<int> packages; // the build's packages: load.all (all packages when it is empty)
    QList<PackageScope> perPackage; // parallel to load.packages

    const QList<EntryScope> &of(ScopeFlag flag) const { return entries[int(flag)]; }
};

// workingDir (absolute) anchors relative patterns, as go's cwd does.
ScopeAnalysis analyzeFlagScopes(const load::LoadResult &load, const ModuleScope &scope,
                                const FlagScopes &scopes, const QString &workingDir);

QString shellQuote(const QString &word);
// words quoted with shellQuote, joined by spaces.
QString shellCommandLine(const QStringList &words);
// "-gcflags=<text>" for every CommandLine entry, then every -asmflags, then every -ldflags.
QStringList commandLineArguments(const FlagScopes &scopes);

} // namespace kiln::flags
