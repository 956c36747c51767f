#include "app/dropdir.h"

#include <QFileInfo>

namespace kiln::gui
{

QString moduleDirFromUrls(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir())
            return info.absoluteFilePath();
        if (info.isFile())
            return info.absolutePath();
    }
    return {};
}

} // namespace kiln::gui
