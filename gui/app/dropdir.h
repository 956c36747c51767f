// What a drop onto the main window opens: the first local folder among the
// dropped URLs, or the folder of the first local file (so dropping a go.mod
// opens its module). "" when nothing dropped is local.
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace kiln::gui
{

QString moduleDirFromUrls(const QList<QUrl> &urls);

} // namespace kiln::gui
