#include "controllers/testsettings.h"

#include <QSettings>

namespace kiln::gui
{

namespace
{

QString key(const char *name)
{
    return QStringLiteral("test/") + QLatin1String(name);
}

} // namespace

TestSettings TestSettings::load()
{
    QSettings s;
    TestSettings t;
    t.run = s.value(key("run")).toString();
    t.shortMode = s.value(key("short"), false).toBool();
    t.noCache = s.value(key("noCache"), false).toBool();
    t.verbose = s.value(key("verbose"), false).toBool();
    t.timeout = s.value(key("timeout")).toString();
    t.vetOff = s.value(key("vetOff"), false).toBool();
    return t;
}

void TestSettings::save() const
{
    QSettings s;
    s.setValue(key("run"), run);
    s.setValue(key("short"), shortMode);
    s.setValue(key("noCache"), noCache);
    s.setValue(key("verbose"), verbose);
    s.setValue(key("timeout"), timeout);
    s.setValue(key("vetOff"), vetOff);
}

QStringList TestSettings::testArguments() const
{
    QStringList args;
    if (!run.trimmed().isEmpty())
        args << QStringLiteral("-run=") + run.trimmed();
    if (shortMode)
        args << QStringLiteral("-short");
    if (noCache)
        args << QStringLiteral("-count=1");
    if (verbose)
        args << QStringLiteral("-v");
    if (!timeout.trimmed().isEmpty())
        args << QStringLiteral("-timeout=") + timeout.trimmed();
    if (vetOff)
        args << QStringLiteral("-vet=off");
    return args;
}

} // namespace kiln::gui
