// TempModule: a throw-away module tree written from readable text. Files are
// given as path → content; the tree is removed when the object dies.
//   TempModule m({{"go.mod", "module example.com/m\n\ngo 1.22\n"},
//                 {"a/a.go", "package a\n"}});
#pragma once

#include <QMap>
#include <QString>
#include <QTemporaryDir>

namespace kiln::test
{

class TempModule
{
public:
    explicit TempModule(const QMap<QString, QByteArray> &files = {});
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &rel) const { return m_dir.filePath(rel); }
    // Writes (or overwrites) one file, creating parent directories.
    void write(const QString &rel, const QByteArray &content);
    // Copies a directory tree (e.g. a bundled example) into rel.
    void copyTree(const QString &from, const QString &rel = {});
    // Builds a tree from entries: "dir/" makes a directory, "link -> target"
    // a symlink, anything else a file holding its own name.
    void populate(const QStringList &entries);

private:
    QTemporaryDir m_dir;
};

} // namespace kiln::test
