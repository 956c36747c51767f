#include "load/packagedoc.h"

#include "load/docsynopsis.h"

#include <QFile>

namespace kiln::load
{

namespace
{

struct RawComment {
    QString text;
    int startLine = 0;
    int endLine = 0;
};

// The comments before the first token of src, and the line of that token.
QList<RawComment> leadingComments(QByteArrayView s, int &tokenLine, bool &ok)
{
    QList<RawComment> comments;
    int line = 1;
    ok = true;
    for (qsizetype i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
        } else if (s.sliced(i).startsWith("//")) {
            qsizetype end = s.indexOf('\n', i);
            if (end < 0)
                end = s.size();
            comments.append({QString::fromUtf8(s.sliced(i, end - i)), line, line});
            i = end;
        } else if (s.sliced(i).startsWith("/*")) {
            const qsizetype close = s.indexOf("*/", i + 2);
            if (close < 0) {
                ok = false;
                return {};
            }
            const QByteArrayView text = s.sliced(i, close + 2 - i);
            const int endLine = line + int(text.count('\n'));
            comments.append({QString::fromUtf8(text), line, endLine});
            line = endLine;
            i = close + 2;
        } else {
            break;
        }
    }
    tokenLine = line;
    return comments;
}

} // namespace

QStringList packageDocComments(const QByteArray &src)
{
    QByteArrayView s = src;
    if (s.startsWith("\xEF\xBB\xBF"))
        s = s.sliced(3);
    int tokenLine = 0;
    bool ok = true;
    const QList<RawComment> comments = leadingComments(s, tokenLine, ok);
    if (!ok || comments.isEmpty() || comments.back().endLine + 1 != tokenLine)
        return {};
    qsizetype groupStart = 0;
    for (qsizetype k = 1; k < comments.size(); ++k)
        if (comments[k].startLine > comments[k - 1].endLine + 1)
            groupStart = k;
    QStringList group;
    for (qsizetype k = groupStart; k < comments.size(); ++k)
        group.append(comments[k].text);
    return group;
}

QString packageDoc(const QString &dir, const QStringList &files)
{
    for (const QString &name : files) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QStringList comments = packageDocComments(f.readAll());
        if (comments.isEmpty())
            continue;
        const QString doc = docSynopsis(commentGroupText(comments));
        if (!doc.isEmpty())
            return doc;
    }
    return {};
}

} // namespace kiln::load
