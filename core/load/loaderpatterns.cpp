// Pattern expansion: search.CleanPatterns, MatchPackages (std, cmd, wildcards
// over GOROOT and the build list) and MatchDirs (local ./... patterns).
#include "load/loaderstate.h"

#include "load/patterns.h"

#include "base/goquote.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <dirent.h>

namespace kiln::load::detail
{

namespace
{

QString cleanPattern(const QString &a)
{
    if (a.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(a);
    QString p = a;
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (p.startsWith(QLatin1String("./"))) {
        p = QStringLiteral("./") + QDir::cleanPath(p);
        return p == QLatin1String("./.") ? QStringLiteral(".") : p;
    }
    return QDir::cleanPath(p);
}

bool skippedElem(const QString &elem)
{
    return elem.startsWith(QLatin1Char('.')) || elem.startsWith(QLatin1Char('_')) ||
           elem == QLatin1String("testdata");
}

// A directory whose name is not UTF-8: its parent and its raw name.
using BadDirVisitor = std::function<void(const QString &parent, const QByteArray &rawName)>;
// A directory that cannot be read: its path and the reason (strerror text).
using WalkErrorVisitor = std::function<void(const QString &dir, const QString &reason)>;

// Depth-first over the directories below root in byte order, like
// fs.WalkDir; visit returns false to skip a directory's subtree. Symbolic
// links are not followed. Directories whose names are not UTF-8 go to bad.
// An unreadable directory goes to onError and stops the walk, as in go.
bool walkDirs(const QString &root, const std::function<bool(const QString &dir, bool top)> &visit,
              const BadDirVisitor &bad = {}, const WalkErrorVisitor &onError = {}, bool top = true)
{
    if (!visit(root, top))
        return true;
    const auto entries = readDirTyped(root); // no stat per file: the walk wants directories
    if (!entries) {
        if (!onError)
            return true;
        onError(root, entries.error().message);
        return false;
    }
    for (const TypedDirEntry &e : *entries) {
        if (!e.isDir || e.isSymlink)
            continue;
        if (!e.validUtf8) {
            if (bad)
                bad(root, e.rawName);
            continue;
        }
        if (!walkDirs(root + QLatin1Char('/') + e.name, visit, bad, onError, false))
            return false;
    }
    return true;
}

// go's text for an errno: Go's syscall strings are strerror's, lower-cased.
QString goErrnoText(const QString &strerrorText)
{
    return strerrorText.isEmpty() ? strerrorText
                                  : strerrorText.left(1).toLower() + strerrorText.mid(1);
}

// Whether the directory at a raw (possibly non-UTF-8) path has a .go file.
bool hasGoFileRaw(const QByteArray &path)
{
    DIR *d = ::opendir(path.constData());
    if (!d)
        return false;
    bool found = false;
    while (dirent *e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (name.endsWith(".go") && !name.startsWith('.') && !name.startsWith('_')) {
            found = true;
            break;
        }
    }
    ::closedir(d);
    return found;
}

// modload's scanDir under the build tags: a directory is a package for a
// wildcard when some .go file (test files included) survives the file-name
// and build-constraint checks, or cannot be read at all.
bool hasBuildableGoFiles(const DirScan &s)
{
    const Package &p = s.fields;
    return !p.goFiles.isEmpty() || !p.cgoFiles.isEmpty() || !p.testGoFiles.isEmpty() ||
           !p.xtestGoFiles.isEmpty() || !p.invalidGoFiles.isEmpty();
}

bool hasGoMod(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/go.mod")).isFile();
}

} // namespace

QList<Match> LoaderState::expand(const QStringList &rawPatterns)
{
    QStringList patterns;
    for (const QString &p : rawPatterns.isEmpty() ? QStringList{QStringLiteral(".")} : rawPatterns)
        patterns << cleanPattern(p);
    QList<Match> matches;
    for (const QString &pattern : patterns) {
        Match m;
        m.pattern = pattern;
        m.local = isLocalPattern(pattern);
        m.literal = !pattern.contains(QLatin1String("...")) && !isMetaPackage(pattern);
        matches.append(m);
    }
    for (Match &m : matches) {
        if (m.pattern == QLatin1String("std") || m.pattern == QLatin1String("cmd"))
            matchGoroot(m);
        else if (m.local)
            matchLocal(m);
        else if (m.pattern == QLatin1String("all"))
            matchAll(m);
        else if (m.literal)
            m.pkgs = {m.pattern};
        else
            matchWildcard(m);
    }
    return matches;
}

// search.MatchPackages for std and cmd: GOROOT/src walked in order.
void LoaderState::matchGoroot(Match &m)
{
    const bool cmd = m.pattern == QLatin1String("cmd");
    const QString src = resolver.gorootSrc();
    const QString root = cmd ? src + QStringLiteral("/cmd") : src;
    QSet<QString> have = {QStringLiteral("builtin")};
    if (!config.context.cgoEnabled)
        have.insert(QStringLiteral("runtime/cgo"));
    // Which directories to descend into does not depend on their scans: walk
    // first, scanning on the workers meanwhile, then judge in walk order.
    QStringList dirs;
    walkDirs(root, [&](const QString &dir, bool) {
        if (dir == src)
            return true;
        const QString name = dir.mid(src.size() + 1);
        if (skippedElem(dir.section(QLatin1Char('/'), -1)))
            return false;
        if (!cmd && (!isStandardImportPath(name) || name == QLatin1String("cmd")))
            return false;
        if (have.contains(name))
            return true;
        have.insert(name);
        prefetch(dir);
        dirs.append(dir);
        return true;
    });
    for (const QString &dir : std::as_const(dirs)) {
        const QString name = dir.mid(src.size() + 1);
        const DirScan &s = scan(dir);
        if (s.error && s.error->kind == DirScanError::Kind::NoGo)
            continue;
        if (cmd && name.startsWith(QLatin1String("cmd/vendor")) &&
            s.fields.name == QLatin1String("main"))
            continue;
        m.pkgs.append(name);
    }
}

// search.MatchDirs + modload's directory → import path mapping.
void LoaderState::matchLocal(Match &m)
{
    if (m.literal) {
        m.pkgs = {localImportPath(m.pattern, m)};
        if (m.pkgs.first().isEmpty())
            m.pkgs.clear();
        return;
    }
    const qsizetype i = m.pattern.indexOf(QLatin1String("..."));
    const QString dirPart = m.pattern.left(i).section(QLatin1Char('/'), 0, -2);
    const QString base =
        QDir::cleanPath(QDir(config.workingDir)
                            .absoluteFilePath(dirPart.isEmpty() ? QStringLiteral(".") : dirPart));
    const QString prefix =
        m.pattern.startsWith(QLatin1String("./")) ? QStringLiteral("./") : QString();
    const auto match = matchPattern(m.pattern);
    if (!QFileInfo(base).isDir()) {
        const QString written = m.pattern.left(i); // what go hands to WalkDir, e.g. "./nothing/"
        m.errors << QStringLiteral("pattern %1: lstat %2: no such file or directory")
                        .arg(m.pattern, written);
        return;
    }
    QStringList dirs; // "" marks a directory whose name is not UTF-8 (badDirs, in order)
    QList<std::pair<QString, QByteArray>> badDirs;
    QString walkError;
    walkDirs(
        base,
        [&](const QString &dir, bool top) {
            const QString elem = dir.section(QLatin1Char('/'), -1);
            if (!top && skippedElem(elem))
                return false;
            if (!top && hasGoMod(dir))
                return false;
            QString rel = QDir(config.workingDir).relativeFilePath(dir);
            const QString name =
                rel.startsWith(QLatin1String("..")) || rel.startsWith(QLatin1Char('/'))
                    ? rel
                    : (rel == QLatin1String(".") ? QStringLiteral(".") : prefix + rel);
            if (!match(name))
                return true;
            prefetch(dir); // judged after the walk
            dirs.append(dir);
            return true;
        },
        [&](const QString &parent, const QByteArray &rawName) {
            // go walks into it too; when it holds Go files, the import path it
            // makes is not UTF-8.
            if (!hasGoFileRaw(QFile::encodeName(parent) + '/' + rawName))
                return;
            badDirs.append({parent, rawName});
            dirs.append(QString());
        },
        [&](const QString &dir, const QString &reason) {
            // fs.WalkDir's error ends the match: go reports only the pattern.
            walkError = QStringLiteral("pattern %1: open %2: %3")
                            .arg(m.pattern, QDir(config.workingDir).relativeFilePath(dir),
                                 goErrnoText(reason));
        });
    if (!walkError.isEmpty()) {
        m.errors << walkError;
        return;
    }
    qsizetype bad = 0;
    for (const QString &dir : std::as_const(dirs)) {
        if (dir.isEmpty()) {
            const auto &[parent, rawName] = badDirs[bad++];
            const QString parentPath = dirImportPath(parent);
            if (parentPath.isEmpty())
                continue;
            const QString path = parentPath + QLatin1Char('/') + QString::fromUtf8(rawName);
            const QByteArray raw = parentPath.toUtf8() + '/' + rawName;
            m_malformedPaths.insert(path, QStringLiteral("malformed import path %1: invalid UTF-8")
                                              .arg(QString::fromUtf8(goQuote(raw))));
            m.pkgs.append(path);
            continue;
        }
        if (const DirScan &s = scan(dir); s.error && s.error->kind == DirScanError::Kind::NoGo &&
                                          s.fields.invalidGoFiles.isEmpty())
            continue;
        const QString path = localImportPath(dir, m);
        if (!path.isEmpty())
            m.pkgs.append(path);
    }
}

// "all": the packages of the main modules and everything they import.
void LoaderState::matchAll(Match &m)
{
    if (config.modules) {
        for (const ModuleInfo &mod : config.modules->mainModules) {
            Match scratch;
            QStringList dirs;
            walkDirs(mod.dir, [&](const QString &dir, bool top) {
                const QString elem = dir.section(QLatin1Char('/'), -1);
                if (!top && (skippedElem(elem) || elem == QLatin1String("vendor") || hasGoMod(dir)))
                    return false;
                prefetch(dir);
                dirs.append(dir);
                return true;
            });
            for (const QString &dir : std::as_const(dirs)) {
                const DirScan &s = scan(dir);
                if (!(s.error && s.error->kind == DirScanError::Kind::NoGo))
                    m.pkgs.append(localImportPath(dir, scratch));
            }
        }
    }
    m.pkgs.removeAll(QString());
    m.allPattern = true;
}

// Wildcards over std/cmd (when the pattern can match them) and the build list.
void LoaderState::matchWildcard(Match &m)
{
    const auto match = matchPattern(m.pattern);
    QSet<QString> have;
    QList<std::pair<QString, QString>> candidates; // dir, import path: scanned after the walks
    auto walkRoot = [&](const QString &root, const QString &importRoot, bool pruneVendor) {
        walkDirs(root, [&](const QString &dir, bool top) {
            const QString elem = dir.section(QLatin1Char('/'), -1);
            if (!top && skippedElem(elem))
                return false;
            if (!top && hasGoMod(dir))
                return false;
            const QString rel = dir.mid(root.size() + 1);
            const QString name =
                top ? importRoot
                    : (importRoot.isEmpty() ? rel : importRoot + QLatin1Char('/') + rel);
            if (top && importRoot.isEmpty())
                return true;
            if (!have.contains(name)) {
                have.insert(name);
                if (match(name)) {
                    prefetch(dir);
                    candidates.append({dir, name});
                }
            }
            return !(pruneVendor && elem == QLatin1String("vendor"));
        });
    };
    if (isStandardImportPath(m.pattern)) {
        walkRoot(resolver.gorootSrc(), QString(), false);
        walkRoot(resolver.gorootSrc() + QStringLiteral("/cmd"), QStringLiteral("cmd"), false);
    }
    if (config.modules) {
        for (const ModuleInfo &mod : config.modules->buildList)
            if (!mod.dir.isEmpty())
                walkRoot(mod.dir, mod.path, true);
    }
    for (const auto &[dir, name] : std::as_const(candidates))
        if (hasBuildableGoFiles(scan(dir)))
            m.pkgs.append(name);
    std::sort(m.pkgs.begin(), m.pkgs.end());
}

// The import path a directory has inside GOROOT/src or a main module; "" if none.
QString LoaderState::dirImportPath(const QString &dir) const
{
    const QString src = resolver.gorootSrc();
    if (dir.startsWith(src + QLatin1Char('/')))
        return dir.mid(src.size() + 1);
    if (config.modules) {
        for (const ModuleInfo &mod : config.modules->mainModules) {
            if (dir == mod.dir)
                return mod.path;
            if (dir.startsWith(mod.dir + QLatin1Char('/')))
                return mod.path + QLatin1Char('/') + dir.mid(mod.dir.size() + 1);
        }
    }
    return {};
}

// modload.resolveLocalPackage: a directory to its import path.
QString LoaderState::localImportPath(const QString &pattern, Match &m)
{
    QStringList &errors = m.errors;
    const QString abs = QDir::cleanPath(QDir(config.workingDir).absoluteFilePath(pattern));
    if (!QFileInfo(abs).exists()) {
        errors << QStringLiteral("stat %1: directory not found").arg(abs);
        return {};
    }
    if (const auto entries = readDirTyped(abs); !entries) {
        errors << QStringLiteral("open %1: %2").arg(abs, goErrnoText(entries.error().message));
        return {};
    }
    // A directory without any Go file (not even an ignored one) is no package.
    if (const DirScan &s = scan(abs);
        s.error && s.error->kind == DirScanError::Kind::NoGo && s.fields.ignoredGoFiles.isEmpty()) {
        errors << QStringLiteral("no Go files in ") + abs;
        m.errorDir = abs;
        return {};
    }
    if (const QString path = dirImportPath(abs); !path.isEmpty())
        return path;
    errors << QStringLiteral("directory %1 outside main module or its selected dependencies")
                  .arg(shortPath(abs, config.workingDir));
    return {};
}

} // namespace kiln::load::detail
