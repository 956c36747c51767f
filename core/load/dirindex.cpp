#include "load/dirindex.h"

#include "base/atomicfile.h"
#include "base/sha256.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <algorithm>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiln::load
{

// Stream operators for DirFiles' member types; static, and outside the
// anonymous namespace so that Qt's container operators find them by ADL.
static QDataStream &operator<<(QDataStream &s, const GoPos &p)
{
    return s << p.file << qint32(p.line) << qint32(p.column);
}

static QDataStream &operator>>(QDataStream &s, GoPos &p)
{
    qint32 line = 0, column = 0;
    s >> p.file >> line >> column;
    p.line = line;
    p.column = column;
    return s;
}

static QDataStream &operator<<(QDataStream &s, const Error &e)
{
    return s << e.message << e.file << qint32(e.line) << qint32(e.column);
}

static QDataStream &operator>>(QDataStream &s, Error &e)
{
    qint32 line = 0, column = 0;
    s >> e.message >> e.file >> line >> column;
    e.line = line;
    e.column = column;
    return s;
}

static QDataStream &operator<<(QDataStream &s, const FileDirective &d)
{
    return s << d.text << d.pos;
}
static QDataStream &operator>>(QDataStream &s, FileDirective &d)
{
    return s >> d.text >> d.pos;
}

static QDataStream &operator<<(QDataStream &s, const FileProblem &p)
{
    return s << p.file << p.error << qint32(p.moreErrors);
}

static QDataStream &operator>>(QDataStream &s, FileProblem &p)
{
    qint32 more = 0;
    s >> p.file >> p.error >> more;
    p.moreErrors = more;
    return s;
}

static QDataStream &operator<<(QDataStream &s, const CgoFlags &c)
{
    return s << c.cflags << c.cppflags << c.cxxflags << c.fflags << c.ldflags << c.pkgConfig;
}

static QDataStream &operator>>(QDataStream &s, CgoFlags &c)
{
    return s >> c.cflags >> c.cppflags >> c.cxxflags >> c.fflags >> c.ldflags >> c.pkgConfig;
}

static QDataStream &operator<<(QDataStream &s, IgnoreReason r)
{
    return s << qint32(r);
}

static QDataStream &operator>>(QDataStream &s, IgnoreReason &r)
{
    qint32 v = 0;
    s >> v;
    r = IgnoreReason(v);
    return s;
}

namespace
{

constexpr quint32 kMagic = 0x4b4c4958; // "KLIX"
constexpr quint32 kFormat = 1;
constexpr qint64 kUnusedLimitSecs = 5 * 24 * 3600; // go's trimLimit
constexpr qint64 kRefreshSecs = 3600;              // go's mtimeInterval

// A new DirFiles field must be added to the stream operators below (and the
// format bumped) before this assertion is updated.
static_assert(sizeof(void *) != 8 || sizeof(DirFiles) == 992,
              "DirFiles changed: update dirindex.cpp's serialization and kFormat");

// Every field of DirFiles, in declaration order.
template <typename Stream, typename Files> void streamFields(Stream &s, Files &d)
{
    s &d.dir &d.name &d.binaryOnly;
    s &d.goFiles &d.cgoFiles &d.ignoredGoFiles &d.invalidGoFiles &d.ignoredOtherFiles;
    s &d.cFiles &d.cxxFiles &d.mFiles &d.hFiles &d.fFiles &d.sFiles;
    s &d.swigFiles &d.swigCxxFiles &d.sysoFiles;
    s &d.testGoFiles &d.xtestGoFiles &d.ignoreReasons &d.cgo;
    s &d.imports &d.testImports &d.xtestImports;
    s &d.importPos &d.testImportPos &d.xtestImportPos;
    s &d.embedPatterns &d.testEmbedPatterns &d.xtestEmbedPatterns;
    s &d.embedPatternPos &d.testEmbedPatternPos &d.xtestEmbedPatternPos;
    s &d.directives &d.testDirectives &d.xtestDirectives;
    s &d.packageDocs &d.allTags &d.problems;
}

struct Writer {
    QDataStream &s;
    template <typename T> Writer &operator&(const T &v)
    {
        s << v;
        return *this;
    }
};

struct Reader {
    QDataStream &s;
    template <typename T> Reader &operator&(T &v)
    {
        s >> v;
        return *this;
    }
};

QByteArray encode(const DirFiles &d)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    Writer w{s};
    streamFields(w, d);
    s << bool(d.error);
    if (d.error)
        s << *d.error;
    return out;
}

std::optional<DirFiles> decode(const QByteArray &data)
{
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    DirFiles d;
    Reader r{s};
    streamFields(r, d);
    bool hasError = false;
    s >> hasError;
    if (hasError) {
        Error e;
        s >> e;
        d.error = e;
    }
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return std::nullopt;
    return d;
}

// Size and mtime of the running binary: a rebuilt Kiln gets a new index.
QByteArray binaryStamp()
{
    struct stat st {
    };
    if (::stat("/proc/self/exe", &st) != 0)
        return QByteArrayLiteral("unknown");
    return QByteArray::number(qint64(st.st_size)) + ' ' +
           QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.' +
           QByteArray::number(qint64(st.st_mtim.tv_nsec));
}

QString indexKey(const BuildContext &c)
{
    QByteArray text = "kiln dirindex " + QByteArray::number(kFormat) + '\n' + binaryStamp() + '\n';
    for (const QString &field :
         {c.goos, c.goarch, c.compiler, c.buildTags.join(QLatin1Char(',')),
          c.toolTags.join(QLatin1Char(',')), c.releaseTags.join(QLatin1Char(','))})
        text += field.toUtf8() + '\n';
    text += c.cgoEnabled ? "cgo\n" : "nocgo\n";
    return QString::fromLatin1(digestHex(sha256Of(text)));
}

void removeUnused(const QString &dir)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-kUnusedLimitSecs);
    for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot))
        if (f.lastModified() < cutoff)
            QFile::remove(f.filePath());
}

} // namespace

DirStamp stampDir(const QString &dir, bool modcache)
{
    // One lstat per entry, relative to the open directory; no QFileInfo or
    // QDateTime: the loader asks this for every package directory.
    DirStamp out;
    const QByteArray name = QFile::encodeName(dir);
    DIR *d = ::opendir(name.constData());
    if (!d)
        return out; // nothing to list, like an empty directory; never indexed
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const qint64 cutoffNs = qint64(now.tv_sec - 2) * 1000000000 + now.tv_nsec;
    QList<QByteArray> lines;
    bool indexable = true;
    while (const dirent *e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        struct stat st {
        };
        if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            S_ISLNK(st.st_mode) || (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))) {
            indexable = false;
            if (!modcache)
                out.reader = DirReader::Direct;
            break;
        }
        if (S_ISDIR(st.st_mode))
            continue;
        const qint64 mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        if (mtimeNs > cutoffNs) {
            indexable = false;
            if (!modcache)
                out.reader = DirReader::Direct;
            break;
        }
        lines << QByteArray(e->d_name) + ' ' + QByteArray::number(qint64(st.st_size)) + ' ' +
                     QByteArray::number(mtimeNs) + '\n';
    }
    ::closedir(d);
    if (!indexable)
        return out;
    std::sort(lines.begin(), lines.end());
    Sha256 h;
    h.add("dir " + name + '\n');
    h.add(out.reader == DirReader::ModuleIndex ? "index\n" : "direct\n");
    for (const QByteArray &line : lines)
        h.add(line);
    out.stamp = digestBytes(h.finish());
    return out;
}

DirReader goReaderFor(const QString &dir)
{
    return stampDir(dir, false).reader;
}

QString dirIndexDirFor(const QString &gocache)
{
    if (gocache.isEmpty() || gocache == QLatin1String("off") || !QDir::isAbsolutePath(gocache))
        return {};
    return gocache + QStringLiteral("/kiln/loadindex");
}

DirIndex::DirIndex(const QString &indexDir, const BuildContext &context)
    : m_dir(indexDir), m_file(indexDir + QLatin1Char('/') + indexKey(context))
{
    read();
}

void DirIndex::read()
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = f.readAll();
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, format = 0, count = 0;
    s >> magic >> format >> count;
    if (magic != kMagic || format != kFormat)
        return;
    QHash<QString, Entry> entries;
    for (quint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
        QString dir;
        Entry e;
        s >> dir >> e.stamp >> e.data;
        entries.insert(dir, e);
    }
    if (s.status() != QDataStream::Ok)
        return; // truncated or foreign: an empty index, replaced on save
    m_entries = std::move(entries);
    const QDateTime modified = QFileInfo(f).lastModified();
    if (modified.secsTo(QDateTime::currentDateTimeUtc()) > kRefreshSecs)
        f.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

std::optional<DirFiles> DirIndex::find(const QString &dir, const QByteArray &stamp) const
{
    QByteArray data;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(dir);
        if (it == m_entries.constEnd() || it->stamp != stamp)
            return std::nullopt;
        data = it->data;
    }
    std::optional<DirFiles> d = decode(data);
    if (d)
        ++m_hits;
    return d;
}

void DirIndex::insert(const QString &dir, const QByteArray &stamp, const DirFiles &files)
{
    const QByteArray data = encode(files);
    QMutexLocker lock(&m_mutex);
    m_entries.insert(dir, Entry{stamp, data});
    m_dirty = true;
}

int DirIndex::hits() const
{
    return m_hits;
}

Result<void> DirIndex::save()
{
    QByteArray out;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_dirty)
            return {};
        // Directories that are gone (temporary modules, deleted packages)
        // would otherwise stay in the file for good.
        m_entries.removeIf([](const QHash<QString, Entry>::iterator &it) {
            return ::access(QFile::encodeName(it.key()).constData(), F_OK) != 0;
        });
        QDataStream s(&out, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_4);
        s << kMagic << kFormat << quint32(m_entries.size());
        for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it)
            s << it.key() << it->stamp << it->data;
        m_dirty = false;
    }
    if (!QDir().mkpath(m_dir))
        return fail(QStringLiteral("mkdir %1: cannot create directory").arg(m_dir));
    removeUnused(m_dir);
    return writeFileAtomically(m_file, out);
}

} // namespace kiln::load
