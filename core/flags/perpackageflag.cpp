#include "flags/perpackageflag.h"

#include "goenv/quotedargs.h"

namespace kiln::flags
{

namespace
{

// strings.TrimSpace: Unicode white space at both ends.
QString trimSpace(const QString &s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && s.at(b).isSpace())
        ++b;
    while (e > b && s.at(e - 1).isSpace())
        --e;
    return s.mid(b, e - b);
}

} // namespace

Result<void> PerPackageFlag::set(const QString &value, const QString &workingDir)
{
    m_raw = value;
    m_present = true;
    PackagePattern pattern = PackagePattern::commandLine();
    QString v = trimSpace(value);
    if (v.isEmpty()) {
        m_entries.append({pattern, {}});
        return {};
    }
    if (!v.startsWith(QLatin1Char('-'))) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq < 0)
            return fail(QStringLiteral("missing =<value> in <pattern>=<value>"));
        if (eq == 0)
            return fail(QStringLiteral("missing <pattern> in <pattern>=<value>"));
        if (v.at(0) == QLatin1Char('\'') || v.at(0) == QLatin1Char('"'))
            return fail(
                QStringLiteral("parameter may not start with quote character %1").arg(v.at(0)));
        pattern = PackagePattern::parse(trimSpace(v.left(eq)), workingDir);
        v = v.mid(eq + 1);
    }
    KILN_TRY(flags, goenv::splitQuoted(v));
    m_entries.append({pattern, flags});
    return {};
}

QStringList PerPackageFlag::flagsFor(const load::Package &p, PackageOrigin origin,
                                     const ModuleScope &scope) const
{
    const int i = entryFor(p, origin, scope);
    return i < 0 ? QStringList() : m_entries[i].flags;
}

int PerPackageFlag::entryFor(const load::Package &p, PackageOrigin origin,
                             const ModuleScope &scope) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i)
        if (m_entries[i].pattern.matches(p, origin, scope))
            return int(i);
    return -1;
}

} // namespace kiln::flags
