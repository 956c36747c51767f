// PerPackageFlag: -gcflags, -asmflags, -ldflags, -gccgoflags (go's
// load.PerPackageFlag).
//
// Grammar of one occurrence (the value is trimmed of spaces first):
//   value   = "" | flags | pattern "=" flags
//   flags   = cmd/internal/quoted.Split fields: separated by space, tab, \n,
//             \r; a field may be wrapped whole in '...' or "..." (no escapes)
//   pattern = text before the first "=" (trimmed), when the value does not
//             start with "-"; see packagematch.h
// A value starting with "-" is a flag list for the command-line packages;
// "" gives the command-line packages no flags (it resets an earlier value).
//
// Every occurrence appends one (pattern, flags) entry; flagsFor takes the
// flags of the LAST entry whose pattern matches. Entries are never merged:
// GOFLAGS=-gcflags=all=-N plus -gcflags=-l gives dependencies [-N] and the
// command-line packages [-l] only.
//
// Errors are go's texts (the flag package prefixes them with
// `invalid value "..." for flag -gcflags: `):
//   missing =<value> in <pattern>=<value>
//   missing <pattern> in <pattern>=<value>
//   parameter may not start with quote character '
//   unterminated " string
#pragma once

#include "base/result.h"
#include "flags/packagematch.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kiln::flags
{

class PerPackageFlag
{
public:
    // One occurrence of the flag. workingDir (absolute) anchors relative
    // patterns. On error nothing but raw() and present() changes, as in go.
    Result<void> set(const QString &value, const QString &workingDir);

    // The flags for p: those of the last matching entry, [] when none matches.
    QStringList flagsFor(const load::Package &p, PackageOrigin origin,
                         const ModuleScope &scope) const;
    // The index into entries() of the entry that decides p's flags (the
    // last one whose pattern matches), -1 when none matches.
    int entryFor(const load::Package &p, PackageOrigin origin, const ModuleScope &scope) const;

    // The text of the last occurrence, exactly as given (what BuildInfo
    // records as -gcflags=...); "" when the flag never appeared.
    QString raw() const { return m_raw; }
    bool present() const { return m_present; }

    struct Entry {
        PackagePattern pattern;
        QStringList flags;
    };
    const QList<Entry> &entries() const { return m_entries; }

private:
    QString m_raw;
    bool m_present = false;
    QList<Entry> m_entries;
};

} // namespace kiln::flags
