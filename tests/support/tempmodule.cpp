#include "support/tempmodule.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace kiln::test
{

TempModule::TempModule(const QMap<QString, QByteArray> &files)
{
    for (auto it = files.begin(); it != files.end(); ++it)
        write(it.key(), it.value());
}

void TempModule::write(const QString &rel, const QByteArray &content)
{
    const QString full = m_dir.filePath(rel);
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile f(full);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
}

void TempModule::copyTree(const QString &from, const QString &rel)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString relPath = QDir(from).relativeFilePath(src);
        QFile f(src);
        if (f.open(QIODevice::ReadOnly))
            write(rel.isEmpty() ? relPath : rel + QLatin1Char('/') + relPath, f.readAll());
    }
}

void TempModule::populate(const QStringList &entries)
{
    for (const QString &e : entries) {
        if (e.endsWith(QLatin1Char('/'))) {
            QDir().mkpath(filePath(e));
        } else if (const qsizetype arrow = e.indexOf(QLatin1String(" -> ")); arrow > 0) {
            const QString link = filePath(e.left(arrow));
            QDir().mkpath(QFileInfo(link).absolutePath());
            QFile::link(e.mid(arrow + 4), link);
        } else {
            write(e, e.toUtf8());
        }
    }
}

} // namespace kiln::test
