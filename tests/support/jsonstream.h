// go's -json commands print one indented JSON object after another; this
// splits such a stream into objects.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace kiln::test
{

QList<QJsonObject> parseJsonStream(const QByteArray &data);

} // namespace kiln::test
