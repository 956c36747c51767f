#include "support/jsonstream.h"

#include <QJsonDocument>

namespace kiln::test
{

QList<QJsonObject> parseJsonStream(const QByteArray &data)
{
    QList<QJsonObject> out;
    int depth = 0;
    bool inString = false;
    qsizetype start = -1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{') {
            if (depth++ == 0)
                start = i;
        } else if (c == '}' && --depth == 0) {
            out.append(QJsonDocument::fromJson(data.mid(start, i - start + 1)).object());
        }
    }
    return out;
}

} // namespace kiln::test
