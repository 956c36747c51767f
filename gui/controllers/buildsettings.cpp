#include "controllers/buildsettings.h"

#include <QRegularExpression>
#include <QSettings>

namespace kiln::gui
{

namespace
{

QString key(const char *name)
{
    return QStringLiteral("build/") + QLatin1String(name);
}

const QString DefaultTargets = QStringLiteral("./...");

// The entries of one per-package flag: the array, else an older version's
// single string (empty: no entry).
QStringList loadEntries(QSettings &s, const char *name)
{
    const QString array = key(name) + QStringLiteral("Entries");
    if (!s.contains(array + QStringLiteral("/size"))) {
        const QString old = s.value(key(name)).toString();
        return old.trimmed().isEmpty() ? QStringList() : QStringList{old};
    }
    QStringList out;
    const int n = s.beginReadArray(array);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        out.append(s.value(QStringLiteral("entry")).toString());
    }
    s.endArray();
    return out;
}

void saveEntries(QSettings &s, const char *name, const QStringList &entries)
{
    s.remove(key(name));
    s.remove(key(name) + QStringLiteral("Entries"));
    s.beginWriteArray(key(name) + QStringLiteral("Entries"), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("entry"), entries[i]);
    }
    s.endArray();
}

} // namespace

BuildSettings BuildSettings::load()
{
    QSettings s;
    BuildSettings b;
    b.parallel = qMax(0, s.value(key("parallel"), 0).toInt());
    b.tags = s.value(key("tags")).toString();
    b.trimpath = s.value(key("trimpath"), false).toBool();
    b.goflags = s.value(key("goflags")).toString();
    b.gcflags = loadEntries(s, "gcflags");
    b.asmflags = loadEntries(s, "asmflags");
    b.ldflags = loadEntries(s, "ldflags");
    b.lowPriority = s.value(key("lowPriority"), true).toBool();
    return b;
}

void BuildSettings::save() const
{
    QSettings s;
    s.setValue(key("parallel"), parallel);
    s.setValue(key("tags"), tags);
    s.setValue(key("trimpath"), trimpath);
    s.setValue(key("goflags"), goflags);
    saveEntries(s, "gcflags", gcflags);
    saveEntries(s, "asmflags", asmflags);
    saveEntries(s, "ldflags", ldflags);
    s.setValue(key("lowPriority"), lowPriority);
}

QStringList BuildSettings::buildArguments() const
{
    QStringList args;
    if (parallel > 0)
        args << QStringLiteral("-p=%1").arg(parallel);
    if (!tags.trimmed().isEmpty())
        args << QStringLiteral("-tags=") + tags.trimmed();
    if (trimpath)
        args << QStringLiteral("-trimpath");
    for (const QString &e : gcflags)
        args << QStringLiteral("-gcflags=") + e;
    for (const QString &e : asmflags)
        args << QStringLiteral("-asmflags=") + e;
    for (const QString &e : ldflags)
        args << QStringLiteral("-ldflags=") + e;
    return args;
}

QProcessEnvironment BuildSettings::applyTo(QProcessEnvironment environment) const
{
    if (!goflags.trimmed().isEmpty())
        environment.insert(QStringLiteral("GOFLAGS"), goflags.trimmed());
    return environment;
}

QString loadTargetPatterns()
{
    return QSettings().value(key("targets"), DefaultTargets).toString();
}

void saveTargetPatterns(const QString &text)
{
    QSettings().setValue(key("targets"), text);
}

QStringList splitTargetPatterns(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList parts = text.split(space, Qt::SkipEmptyParts);
    return parts.isEmpty() ? QStringList{DefaultTargets} : parts;
}

} // namespace kiln::gui
