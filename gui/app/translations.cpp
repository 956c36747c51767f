#include "app/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace kiln::gui
{

namespace
{

// "de_DE.UTF-8@euro" -> "de_DE"; "C.UTF-8" -> "C".
QString localeName(QString name)
{
    const qsizetype cut = name.indexOf(QRegularExpression(QStringLiteral("[.@]")));
    if (cut >= 0)
        name.truncate(cut);
    return name.trimmed();
}

bool isEnglish(const QString &name)
{
    return name == QLatin1String("C") || name == QLatin1String("POSIX") ||
           name == QLatin1String("en") || name.startsWith(QLatin1String("en_"));
}

QString catalogPath(const QString &name)
{
    return QStringLiteral(":/i18n/kiln_%1.qm").arg(name);
}

} // namespace

QStringList preferredLanguages(const QProcessEnvironment &env)
{
    QStringList out;
    for (const QString &entry :
         env.value(QStringLiteral("LANGUAGE")).split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        out.append(localeName(entry));
    }
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = env.value(QString::fromLatin1(var));
        if (!value.isEmpty()) {
            out.append(localeName(value));
            break;
        }
    }
    out.removeAll(QString());
    return out;
}

QString catalogFor(const QStringList &languages)
{
    for (const QString &name : languages) {
        if (isEnglish(name))
            return {};
        QStringList tries = {name};
        const qsizetype underscore = name.indexOf(QLatin1Char('_'));
        if (underscore > 0)
            tries.append(name.left(underscore));
        for (const QString &candidate : tries) {
            if (QFileInfo::exists(catalogPath(candidate)))
                return catalogPath(candidate);
        }
    }
    return {};
}

QString installTranslations(QCoreApplication &app, const QProcessEnvironment &env)
{
    QStringList languages = preferredLanguages(env);
    if (languages.isEmpty())
        languages = QLocale::system().uiLanguages();
    for (QString &name : languages)
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString catalog = catalogFor(languages);
    if (catalog.isEmpty())
        return {};
    auto *kiln = new QTranslator(&app);
    if (!kiln->load(catalog)) {
        delete kiln;
        return {};
    }
    app.installTranslator(kiln);
    const QLocale locale(kiln->language());
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return catalog;
}

} // namespace kiln::gui
