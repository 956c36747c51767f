#include "app/startupdir.h"

#include <QDir>
#include <QFileInfo>

namespace kiln::gui
{

QString bundledExamplesDir()
{
    const QStringList candidates = {
#ifdef KILN_EXAMPLES_DIR
        QStringLiteral(KILN_EXAMPLES_DIR),
#endif
        QStringLiteral("/usr/share/kiln/examples"),
    };
    for (const QString &dir : candidates) {
        if (QFileInfo(dir).isDir())
            return QDir::cleanPath(dir);
    }
    return {};
}

QString startupModuleDir(const QString &commandLineDir, const QString &lastModule)
{
    if (!commandLineDir.isEmpty())
        return QDir::cleanPath(QDir(commandLineDir).absolutePath());
    if (!lastModule.isEmpty() && QFileInfo(lastModule).isDir())
        return lastModule;
    const QString examples = bundledExamplesDir();
    return examples.isEmpty() ? QString() : examples + QStringLiteral("/hello");
}

} // namespace kiln::gui
