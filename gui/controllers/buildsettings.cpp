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

} // namespace

BuildSettings BuildSettings::load()
{
    QSettings s;
    BuildSettings b;
    b.parallel = qMax(0, s.value(key("parallel"), 0).toInt());
    b.tags = s.value(key("tags")).toString();
    b.trimpath = s.value(key("trimpath"), false).toBool();
    b.goflags = s.value(key("goflags")).toString();
    b.gcflags = s.value(key("gcflags")).toString();
    b.ldflags = s.value(key("ldflags")).toString();
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
    s.setValue(key("gcflags"), gcflags);
    s.setValue(key("ldflags"), ldflags);
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
    if (!gcflags.trimmed().isEmpty())
        args << QStringLiteral("-gcflags=") + gcflags.trimmed();
    if (!ldflags.trimmed().isEmpty())
        args << QStringLiteral("-ldflags=") + ldflags.trimmed();
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
