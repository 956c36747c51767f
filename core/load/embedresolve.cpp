#include "load/embedresolve.h"

#include "load/goutf8.h"
#include "load/pathglob.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>

namespace kiln::load
{

using namespace gotext;

namespace
{

namespace fs = std::filesystem;

// Paths are handled as the bytes go sees; QString only at the API.
fs::path toFsPath(const QByteArray &b)
{
    return fs::path(std::string(b.constData(), size_t(b.size())));
}

QByteArray fromStd(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

// syscall.Errno's text: strerror with a lower-case first letter.
QString errnoText(const std::error_code &ec)
{
    QString m = QString::fromStdString(ec.message());
    if (!m.isEmpty())
        m[0] = m[0].toLower();
    return m;
}

QString osError(const char *op, const QByteArray &path, const std::error_code &ec)
{
    return QLatin1String(op) + QLatin1Char(' ') + QString::fromUtf8(path) + QStringLiteral(": ") +
           errnoText(ec);
}

// x/mod/module.fileNameOK.
bool fileNameRuneOK(char32_t r)
{
    if (r < 0x80) {
        if ((r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z'))
            return true;
        return QByteArrayView("!#$%&()+,-.=@[]^_{}~ ").contains(char(r));
    }
    return isGoLetter(r);
}

bool isWindowsReservedName(QByteArrayView elem)
{
    static const char *const reserved[] = {
        "CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
        "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
    const qsizetype dot = elem.indexOf('.');
    const QByteArrayView shortName = dot >= 0 ? elem.first(dot) : elem;
    // strings.EqualFold: no non-ASCII rune folds to a letter of these names,
    // so ASCII case folding is exact here.
    return std::ranges::any_of(reserved, [&](const char *bad) {
        return shortName.compare(QByteArrayView(bad), Qt::CaseInsensitive) == 0;
    });
}

// x/mod/module.checkElem for file paths.
bool fileElemOK(QByteArrayView elem)
{
    if (elem.isEmpty() || elem.count('.') == elem.size() || elem.back() == '.')
        return false;
    for (QByteArrayView rest = elem; !rest.isEmpty();) {
        const DecodedRune d = decodeRune(rest);
        if (!fileNameRuneOK(d.rune))
            return false;
        rest = rest.sliced(d.size);
    }
    return !isWindowsReservedName(elem);
}

// x/mod/module.CheckFilePath.
bool checkFilePath(QByteArrayView path)
{
    if (!isValidUtf8(path) || path.isEmpty() || path.contains("//") || path.back() == '/')
        return false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            if (!fileElemOK(path.sliced(start, i - start)))
                return false;
            start = i + 1;
        }
    }
    return true;
}

bool badEmbedName(QByteArrayView name)
{
    return !checkFilePath(name) || name.isEmpty() || name == ".bzr" || name == ".hg" ||
           name == ".git" || name == ".svn";
}

// fs.ValidPath.
bool validPath(QByteArrayView name)
{
    if (!isValidUtf8(name))
        return false;
    if (name == ".")
        return true;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i < name.size() && name[i] != '/')
            continue;
        const QByteArrayView elem = name.sliced(start, i - start);
        if (elem.isEmpty() || elem == "." || elem == "..")
            return false;
        start = i + 1;
    }
    return true;
}

bool validEmbedGlob(QByteArrayView glob)
{
    return globMatch(glob, {}, PatternCheck::Whole) != GlobMatch::BadPattern && glob != "." &&
           validPath(glob);
}

QByteArray baseName(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

QByteArray parentDir(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    if (slash < 0)
        return ".";
    return slash == 0 ? QByteArray("/") : path.left(slash);
}

bool statExists(const QByteArray &path)
{
    std::error_code ec;
    const fs::file_status st = fs::status(toFsPath(path), ec);
    return !ec && fs::exists(st);
}

// A failed resolution, in the making.
struct Failure {
    QString message;
};

class Resolver
{
public:
    Resolver(QByteArray pkgDir, EmbedSymlinks symlinks)
        : m_pkgDir(std::move(pkgDir)), m_symlinks(symlinks)
    {
    }

    // The files of one pattern, or the failure that stops everything.
    std::optional<Failure> resolvePattern(const QString &pattern, QList<QByteArray> &list);
    QList<QByteArray> allFiles() const;

private:
    QByteArray relative(const QByteArray &path) const;
    void add(const QByteArray &rel, QList<QByteArray> &list);
    std::optional<Failure> checkParents(const QByteArray &file, bool isDir);
    std::optional<Failure> walk(const QByteArray &path, fs::file_type type, bool isRoot, bool all,
                                int &count, QList<QByteArray> &list);

    QByteArray m_pkgDir;
    EmbedSymlinks m_symlinks;
    QHash<QByteArray, int> m_have; // rel → the last pattern that listed it
    QSet<QByteArray> m_dirOK;
    int m_pid = 0;
};

QByteArray Resolver::relative(const QByteArray &path) const
{
    // str.TrimFilePathPrefix
    if (path == m_pkgDir)
        return {};
    if (m_pkgDir.endsWith('/') && path.startsWith(m_pkgDir))
        return path.mid(m_pkgDir.size());
    if (path.startsWith(m_pkgDir + '/'))
        return path.mid(m_pkgDir.size() + 1);
    return path;
}

void Resolver::add(const QByteArray &rel, QList<QByteArray> &list)
{
    auto it = m_have.find(rel);
    if (it != m_have.end() && *it == m_pid)
        return;
    m_have.insert(rel, m_pid);
    list.append(rel);
}

std::optional<Failure> Resolver::checkParents(const QByteArray &file, bool isDir)
{
    const QString what = isDir ? QStringLiteral("directory") : QStringLiteral("file");
    const QString rel = QString::fromUtf8(relative(file));
    for (QByteArray dir = file; dir.size() > m_pkgDir.size() + 1 && !m_dirOK.contains(dir);
         dir = parentDir(dir)) {
        if (statExists(dir + "/go.mod"))
            return Failure{
                QStringLiteral("cannot embed %1 %2: in different module").arg(what, rel)};
        if (dir != file) {
            std::error_code ec;
            const fs::file_status st = fs::symlink_status(toFsPath(dir), ec);
            if (!ec && st.type() != fs::file_type::directory)
                return Failure{
                    QStringLiteral("cannot embed %1 %2: in non-directory %3")
                        .arg(what, rel, QString::fromUtf8(dir.mid(m_pkgDir.size() + 1)))};
        }
        m_dirOK.insert(dir);
        const QByteArray elem = baseName(dir);
        if (badEmbedName(elem)) {
            const QString e = QString::fromUtf8(elem);
            if (dir == file)
                return Failure{
                    QStringLiteral("cannot embed %1 %2: invalid name %3").arg(what, rel, e)};
            return Failure{
                QStringLiteral("cannot embed %1 %2: in invalid directory %3").arg(what, rel, e)};
        }
    }
    return std::nullopt;
}

// The walk of a matched directory (fsys.WalkDir with resolveEmbed's callback;
// go's SkipDir is a return before descending).
std::optional<Failure> Resolver::walk(const QByteArray &path, fs::file_type type, bool isRoot,
                                      bool all, int &count, QList<QByteArray> &list)
{
    const QByteArray rel = relative(path);
    const QByteArray name = baseName(path);
    const bool hidden = name.startsWith('.') || name.startsWith('_');
    const bool dir = type == fs::file_type::directory;
    if (!isRoot && (badEmbedName(name) || (hidden && !all))) {
        // Hidden files the user may not know about are left out (go issue
        // 42328); so are directories with bad names, silently.
        if (dir || hidden)
            return std::nullopt;
        return Failure{QStringLiteral("cannot embed file %1: invalid name %2")
                           .arg(QString::fromUtf8(rel), QString::fromUtf8(name))};
    }
    if (!dir) {
        if (type == fs::file_type::regular) {
            ++count;
            add(rel, list);
        }
        return std::nullopt;
    }
    if (statExists(path + "/go.mod")) // a nested module is not part of this one
        return std::nullopt;
    std::error_code ec;
    fs::directory_iterator it(toFsPath(path), ec);
    QList<std::pair<QByteArray, fs::file_type>> entries;
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code tec;
        const fs::file_type t = it->symlink_status(tec).type();
        entries.append({fromStd(it->path().filename().native()), t});
    }
    if (ec)
        return Failure{osError("open", path, ec)};
    std::ranges::sort(entries, {}, &std::pair<QByteArray, fs::file_type>::first);
    for (const auto &[entry, t] : entries) {
        if (auto failure = walk(path + '/' + entry, t, false, all, count, list))
            return failure;
    }
    return std::nullopt;
}

std::optional<Failure> Resolver::resolvePattern(const QString &pattern, QList<QByteArray> &list)
{
    ++m_pid;
    QByteArray glob = pattern.toUtf8();
    const bool all = glob.startsWith("all:");
    if (all)
        glob = glob.mid(4);
    if (!validEmbedGlob(glob))
        return Failure{QStringLiteral("invalid pattern syntax")};

    QByteArray prefix = m_pkgDir;
    if (!prefix.endsWith('/'))
        prefix += '/';
    const GlobResult matches = globFiles(quoteGlob(prefix) + glob);
    if (matches.badPattern)
        return Failure{QStringLiteral("syntax error in pattern")};

    for (const QByteArray &file : matches.matches) {
        const QString rel = QString::fromUtf8(relative(file));
        std::error_code ec;
        const fs::file_status st = fs::symlink_status(toFsPath(file), ec);
        if (ec)
            return Failure{osError("lstat", file, ec)};
        const bool isDir = st.type() == fs::file_type::directory;
        if (auto failure = checkParents(file, isDir))
            return failure;

        if (st.type() == fs::file_type::regular) {
            add(relative(file), list);
        } else if (m_symlinks == EmbedSymlinks::FollowNamed &&
                   st.type() == fs::file_type::symlink) {
            const fs::file_status target = fs::status(toFsPath(file), ec);
            if (ec)
                return Failure{osError("stat", file, ec)};
            if (target.type() != fs::file_type::regular)
                return Failure{QStringLiteral("cannot embed irregular file %1").arg(rel)};
            add(relative(file), list);
        } else if (isDir) {
            int count = 0;
            if (auto failure = walk(file, st.type(), true, all, count, list))
                return failure;
            if (count == 0)
                return Failure{
                    QStringLiteral("cannot embed directory %1: contains no embeddable files")
                        .arg(rel)};
        } else {
            return Failure{QStringLiteral("cannot embed irregular file %1").arg(rel)};
        }
    }
    if (list.isEmpty())
        return Failure{QStringLiteral("no matching files found")};
    std::ranges::sort(list);
    return std::nullopt;
}

QList<QByteArray> Resolver::allFiles() const
{
    QList<QByteArray> files = m_have.keys();
    std::ranges::sort(files);
    return files;
}

QStringList toStrings(const QList<QByteArray> &bytes)
{
    QStringList out;
    out.reserve(bytes.size());
    for (const QByteArray &b : bytes)
        out.append(QString::fromUtf8(b));
    return out;
}

} // namespace

EmbedResolution resolveEmbed(const QString &pkgDir, const QStringList &patterns,
                             EmbedSymlinks symlinks)
{
    Resolver resolver(QDir::cleanPath(QDir(pkgDir).absolutePath()).toUtf8(), symlinks);
    EmbedResolution result;
    for (const QString &pattern : patterns) {
        QList<QByteArray> list;
        if (auto failure = resolver.resolvePattern(pattern, list)) {
            result.error = EmbedFailure{pattern, failure->message};
            result.perPattern.clear();
            return result;
        }
        result.perPattern.insert(pattern, toStrings(list));
    }
    result.files = toStrings(resolver.allFiles());
    return result;
}

bool isValidEmbedGlob(const QString &glob)
{
    return validEmbedGlob(glob.toUtf8());
}

bool isBadEmbedName(const QString &name)
{
    return badEmbedName(name.toUtf8());
}

} // namespace kiln::load
