#include "controllers/packagescan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kiln::gui
{

namespace
{

// The package clause comes first in a file; 64 KiB covers any realistic
// header comment without reading large generated files to the end.
constexpr qint64 HeaderBytes = 64 * 1024;

bool ignoredName(const QString &name)
{
    return name.startsWith(QLatin1Char('_')) || name.startsWith(QLatin1Char('.'));
}

bool skippedDir(const QFileInfo &dir)
{
    const QString name = dir.fileName();
    return ignoredName(name) || name == QLatin1String("testdata") ||
           name == QLatin1String("vendor") || QFileInfo::exists(dir.filePath() + "/go.mod");
}

QString packageNameOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readPackageClause(file.read(HeaderBytes));
}

// Scans one directory's own files (not its subdirectories).
PackageDir scanDir(const QDir &dir, const QString &relPath)
{
    PackageDir pkg;
    pkg.relPath = relPath;
    QStringList sources;
    QStringList tests;
    const QStringList files = dir.entryList({QStringLiteral("*.go")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (ignoredName(file))
            continue;
        if (file.endsWith(QLatin1String("_test.go")))
            tests.append(file);
        else
            sources.append(file);
    }
    pkg.goFiles = int(sources.size());
    pkg.testFiles = int(tests.size());
    if (!sources.isEmpty()) {
        pkg.name = packageNameOf(dir.filePath(sources.first()));
    } else if (!tests.isEmpty()) {
        pkg.name = packageNameOf(dir.filePath(tests.first()));
        if (pkg.name.endsWith(QLatin1String("_test")))
            pkg.name.chop(5);
    }
    return pkg;
}

void walk(const QDir &dir, const QString &relPath, QList<PackageDir> &out)
{
    PackageDir pkg = scanDir(dir, relPath);
    if (pkg.goFiles + pkg.testFiles > 0)
        out.append(pkg);
    const QFileInfoList subdirs =
        dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &sub : subdirs) {
        if (skippedDir(sub))
            continue;
        const QString childRel =
            relPath.isEmpty() ? sub.fileName() : relPath + QLatin1Char('/') + sub.fileName();
        walk(QDir(sub.filePath()), childRel, out);
    }
}

void skipSpaceAndComments(const QByteArray &s, qsizetype &i)
{
    while (i < s.size()) {
        const char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (s.mid(i, 2) == "//") {
            const qsizetype end = s.indexOf('\n', i);
            i = end < 0 ? s.size() : end + 1;
        } else if (s.mid(i, 2) == "/*") {
            const qsizetype end = s.indexOf("*/", i + 2);
            i = end < 0 ? s.size() : end + 2;
        } else {
            return;
        }
    }
}

bool identByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u >= 0x80;
}

} // namespace

QString readPackageClause(const QByteArray &source)
{
    qsizetype i = 0;
    skipSpaceAndComments(source, i);
    if (!source.mid(i).startsWith("package"))
        return {};
    i += 7;
    const qsizetype afterKeyword = i;
    skipSpaceAndComments(source, i);
    if (i == afterKeyword)
        return {};
    const qsizetype start = i;
    while (i < source.size() && identByte(source[i]))
        ++i;
    return QString::fromUtf8(source.mid(start, i - start));
}

QList<PackageDir> scanPackages(const QString &root)
{
    QList<PackageDir> out;
    const QDir dir(root);
    if (!dir.exists())
        return out;
    walk(dir, QString(), out);
    std::sort(out.begin(), out.end(),
              [](const PackageDir &a, const PackageDir &b) { return a.relPath < b.relPath; });
    return out;
}

} // namespace kiln::gui
