// Choosing and installing the UI language. Kiln's own catalogs are embedded
// as resources (:/i18n/kiln_<lang>.qm); the source language is English.
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class QCoreApplication;

namespace kiln::gui
{

// The languages the user asked for, most wanted first, as locale names
// without encoding or modifier ("de_DE", "de"): GNU LANGUAGE's list (honoured
// even under LANG=C, so `LANGUAGE=de kiln` works), then the first set of
// LC_ALL, LC_MESSAGES, LANG ("C" and "POSIX" mean English). Empty when the
// environment says nothing; then QLocale::system() decides.
QStringList preferredLanguages(const QProcessEnvironment &env);

// The resource path of the first catalog that matches languages (trying
// "de_DE" then "de"), or "" when English comes first or none matches.
QString catalogFor(const QStringList &languages);

// Installs the translators for env (Kiln's catalog and, when present, Qt's
// own qtbase one) on app and makes that locale the default. Returns the
// catalog loaded, "" for English.
QString installTranslations(QCoreApplication &app, const QProcessEnvironment &env);

} // namespace kiln::gui
