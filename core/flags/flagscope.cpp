#include "flags/flagscope.h"

#include "flags/goflags.h"
#include "flags/perpackageflag.h"

#include <QRegularExpression>
#include <QSet>

namespace kiln::flags
{

namespace
{

// An entry's pattern as go reads it (PerPackageFlag::set): the text before
// the first "=", trimmed, unless the value starts with "-" or is empty.
QString patternOf(const QString &text)
{
    const QString v = text.trimmed();
    if (v.isEmpty() || v.startsWith(QLatin1Char('-')))
        return {};
    return v.left(v.indexOf(QLatin1Char('='))).trimmed();
}

// One flag's entries through PerPackageFlag; entryIndex maps its entries back
// to ours (an invalid entry adds none there).
struct ParsedFlag {
    PerPackageFlag flag;
    QList<int> entryIndex;
};

ParsedFlag parseEntries(const QList<ScopeEntry> &entries, const QString &workingDir,
                        QList<EntryScope> &out)
{
    ParsedFlag parsed;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        EntryScope e;
        e.pattern = patternOf(entries[i].text);
        const auto ok = parsed.flag.set(entries[i].text, workingDir);
        if (!ok) {
            e.error = ok.error().message;
            e.problem = EntryProblem::Invalid;
        } else {
            e.flags = parsed.flag.entries().last().flags;
            parsed.entryIndex.append(int(i));
        }
        out.append(e);
    }
    return parsed;
}

bool safeInShell(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           QStringView(u"_@%+=:,./-").contains(c);
}

QString singleQuoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

QString flagName(ScopeFlag flag)
{
    switch (flag) {
    case ScopeFlag::Gc:
        return QStringLiteral("-gcflags");
    case ScopeFlag::Asm:
        return QStringLiteral("-asmflags");
    case ScopeFlag::Ld:
        return QStringLiteral("-ldflags");
    }
    return {};
}

void FlagScopes::append(ScopeFlag flag, const QStringList &texts)
{
    for (const QString &t : texts)
        of(flag).append({t, EntrySource::CommandLine});
}

QString FlagScopes::raw(ScopeFlag flag) const
{
    return of(flag).isEmpty() ? QString() : of(flag).last().text;
}

QStringList FlagScopes::commandLine(ScopeFlag flag) const
{
    QStringList out;
    for (const ScopeEntry &e : of(flag))
        if (e.source == EntrySource::CommandLine)
            out.append(e.text);
    return out;
}

Result<FlagScopes> goflagsScopes(const QString &goflags)
{
    const auto words = splitGoflags(goflags);
    if (!words)
        return fail(words.error().message);
    FlagScopes out;
    for (const QString &word : *words) {
        const QString w = word.startsWith(QLatin1String("--")) ? word.mid(1) : word;
        for (ScopeFlag flag : AllScopeFlags) {
            const QString prefix = flagName(flag) + QLatin1Char('=');
            if (w.startsWith(prefix))
                out.of(flag).append({w.mid(prefix.size()), EntrySource::Goflags});
        }
    }
    return out;
}

ScopeAnalysis analyzeFlagScopes(const load::LoadResult &load, const ModuleScope &scope,
                                const FlagScopes &scopes, const QString &workingDir)
{
    ScopeAnalysis a;
    a.perPackage.resize(load.packages.size());
    if (load.all.isEmpty())
        for (qsizetype i = 0; i < load.packages.size(); ++i)
            a.packages.append(int(i));
    else
        a.packages = load.all;
    for (int p : std::as_const(a.packages))
        a.perPackage[p].inBuild = true;

    for (ScopeFlag flag : AllScopeFlags) {
        const int f = int(flag);
        QList<EntryScope> &entries = a.entries[f];
        const ParsedFlag parsed = parseEntries(scopes.of(flag), workingDir, entries);
        const auto &pattern = parsed.flag.entries();
        for (int p : std::as_const(a.packages)) {
            const load::Package &pkg = load.packages[p];
            const PackageOrigin origin = originOf(load, p);
            for (qsizetype j = 0; j < pattern.size(); ++j)
                if (pattern[j].pattern.matches(pkg, origin, scope))
                    entries[parsed.entryIndex[j]].matched.append(p);
            const int decider = parsed.flag.entryFor(pkg, origin, scope);
            if (decider < 0)
                continue;
            const int e = parsed.entryIndex[decider];
            a.perPackage[p].flags[f] = pattern[decider].flags;
            a.perPackage[p].entry[f] = e;
            entries[e].decided.append(p);
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            EntryScope &e = entries[i];
            std::sort(e.matched.begin(), e.matched.end());
            std::sort(e.decided.begin(), e.decided.end());
            // A matched package it does not decide went to a later entry.
            QSet<int> takers;
            for (int p : std::as_const(e.matched))
                if (a.perPackage[p].entry[f] != i)
                    takers.insert(a.perPackage[p].entry[f]);
            e.takenBy = takers.values();
            std::sort(e.takenBy.begin(), e.takenBy.end());
            if (e.problem == EntryProblem::Invalid)
                continue;
            if (e.matched.isEmpty())
                e.problem = EntryProblem::MatchesNothing;
            else if (e.decided.isEmpty())
                e.problem = EntryProblem::Shadowed;
        }
    }
    return a;
}

QString shellQuote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    if (std::all_of(word.begin(), word.end(), safeInShell))
        return word;
    const qsizetype eq = word.indexOf(QLatin1Char('='));
    const QString name = eq < 0 ? QString() : word.left(eq);
    static const QRegularExpression flagOrVariable(
        QStringLiteral("^(--?[A-Za-z0-9_.-]+|[A-Z_][A-Z0-9_]*)$"));
    if (!name.isEmpty() && flagOrVariable.match(name).hasMatch())
        return word.left(eq + 1) + singleQuoted(word.mid(eq + 1));
    return singleQuoted(word);
}

QString shellCommandLine(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words)
        out.append(shellQuote(w));
    return out.join(QLatin1Char(' '));
}

QStringList commandLineArguments(const FlagScopes &scopes)
{
    QStringList out;
    for (ScopeFlag flag : AllScopeFlags)
        for (const QString &text : scopes.commandLine(flag))
            out.append(flagName(flag) + QLatin1Char('=') + text);
    return out;
}

} // namespace kiln::flags
