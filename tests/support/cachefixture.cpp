#include "support/cachefixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>

namespace kiln::test
{

namespace
{

QByteArray le32(uint32_t v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char(v >> (8 * i));
    return b;
}

QByteArray le(uint64_t v, int bytes)
{
    QByteArray b(bytes, '\0');
    for (int i = 0; i < bytes; ++i)
        b[i] = char(v >> (8 * i));
    return b;
}

QByteArray uvarint(uint64_t v)
{
    QByteArray b;
    while (v >= 0x80) {
        b += char(v | 0x80);
        v >>= 7;
    }
    return b + char(v);
}

// An element: its reference table, then its values.
QByteArray element(const QList<std::pair<int, int>> &refs, const QList<uint64_t> &values)
{
    QByteArray e = uvarint(refs.size());
    for (const auto &[section, index] : refs)
        e += uvarint(section) + uvarint(index);
    for (uint64_t v : values)
        e += uvarint(v);
    return e;
}

QByteArray exportData(const FakeArchive &a)
{
    // Sections: String, Meta, PosBase, Pkg, Name, Type, Obj, ObjExt, ObjDict, Body.
    QList<QList<QByteArray>> sections(10);
    sections[0] = {QByteArray(), "dep", "example.com/dep", a.path.mid(a.path.lastIndexOf('/') + 1),
                   a.path};
    const int self = a.depFirst ? 1 : 0;
    sections[1] = {element({{3, self}}, {0}), element({}, {})};
    const QByteArray selfElem = element({{0, 0}, {0, 4}, {0, 3}}, {1, 2});
    const QByteArray depElem = element({{0, 2}, {0, 1}}, {0, 1});
    sections[3] = a.depFirst ? QList<QByteArray>{depElem, selfElem} : QList<QByteArray>{selfElem};
    QByteArray sectionEnds, elemEnds, data;
    uint32_t count = 0;
    for (const QList<QByteArray> &s : sections) {
        for (const QByteArray &e : s) {
            data += e;
            elemEnds += le32(uint32_t(data.size()));
            ++count;
        }
        sectionEnds += le32(count);
    }
    return le32(2) + le32(a.syncMarkers ? 1 : 0) + sectionEnds + elemEnds + data +
           QByteArray(8, 'F');
}

QByteArray arHeader(const QByteArray &name, qint64 size)
{
    return name.leftJustified(16, ' ') + QByteArray("0").leftJustified(12, ' ') +
           QByteArray("0").leftJustified(6, ' ') + QByteArray("0").leftJustified(6, ' ') +
           QByteArray("644").leftJustified(8, ' ') +
           QByteArray::number(size).leftJustified(10, ' ') + "`\n";
}

void setMtime(const QString &path, qint64 ageSecs)
{
    timespec ts[2];
    clock_gettime(CLOCK_REALTIME, &ts[0]);
    ts[0].tv_sec -= ageSecs;
    ts[1] = ts[0];
    utimensat(AT_FDCWD, QFile::encodeName(path).constData(), ts, AT_SYMLINK_NOFOLLOW);
}

} // namespace

QByteArray fakePackageArchive(const FakeArchive &a)
{
    const QByteArray pkgdef = "go object linux amd64 " + a.goVersion +
                              " GOAMD64=v1 X:regabiwrappers\nbuild id \"" + a.buildID +
                              "\"\n\n\n$$B\nu" + exportData(a) + "\n$$\n";
    QByteArray out = "!<arch>\n" + arHeader("__.PKGDEF", pkgdef.size()) + pkgdef;
    if (pkgdef.size() % 2)
        out += '\n';
    const QByteArray obj = "go object linux amd64 " + a.goVersion + "\n\n!\n\0go120ld";
    return out + arHeader("_go_.o", obj.size()) + obj + (obj.size() % 2 ? "\n" : "");
}

QByteArray fakeGoExecutable(const QByteArray &goVersion, const QByteArray &mainPath,
                            const QByteArray &module)
{
    const QByteArray sentinel(16, '\x01');
    const QByteArray modinfo =
        sentinel + "path\t" + mainPath + "\nmod\t" + module + "\t(devel)\t\n" + sentinel;
    const QByteArray blob = QByteArray("\xff Go buildinf:", 14) + char(8) + char(2) +
                            QByteArray(16, '\0') + uvarint(goVersion.size()) + goVersion +
                            uvarint(modinfo.size()) + modinfo;
    const QByteArray names = QByteArray("\0.shstrtab\0.go.buildinfo\0", 25);
    const qint64 namesAt = 64, blobAt = 128, shAt = ((blobAt + blob.size() + 63) / 64) * 64;
    QByteArray f = QByteArray("\x7f"
                              "ELF",
                              4) +
                   char(2) + char(1) + char(1) + QByteArray(9, '\0');
    f += le(2, 2) + le(0x3e, 2) + le(1, 4) + le(0, 8) + le(0, 8) + le(shAt, 8) + le(0, 4) +
         le(64, 2) + le(0, 2) + le(0, 2) + le(64, 2) + le(3, 2) + le(1, 2);
    f += names;
    f = f.leftJustified(blobAt, '\0') + blob;
    f = f.leftJustified(shAt, '\0');
    auto section = [](uint32_t name, uint32_t type, qint64 offset, qint64 size) {
        return le(name, 4) + le(type, 4) + le(0, 8) + le(0, 8) + le(offset, 8) + le(size, 8) +
               le(0, 4) + le(0, 4) + le(1, 8) + le(0, 8);
    };
    f += section(0, 0, 0, 0) + section(1, 3, namesAt, names.size()) +
         section(11, 1, blobAt, blob.size());
    return f;
}

Digest keyOf(const QByteArray &label)
{
    return sha256Of(label);
}

FakeCache::FakeCache()
{
    writeFile(QStringLiteral("README"),
              "This directory holds cached build artifacts from the Go build system.\n"
              "Run \"go clean -cache\" if the directory is getting too large.\n"
              "Run \"go clean -fuzzcache\" to delete the fuzz cache.\n"
              "See go.dev to learn more about Go.\n");
    for (int i = 0; i < 256; ++i)
        QDir().mkpath(m_dir.filePath(QStringLiteral("%1").arg(i, 2, 16, QLatin1Char('0'))));
}

QString FakeCache::file(const Digest &id, char suffix) const
{
    const QString hex = QString::fromLatin1(digestHex(id));
    return m_dir.filePath(hex.left(2) + QLatin1Char('/') + hex + QLatin1Char('-') +
                          QLatin1Char(suffix));
}

QByteArray FakeCache::indexLine(const Digest &action, const Digest &output, qint64 size,
                                qint64 timeNanos)
{
    return "v1 " + digestHex(action) + ' ' + digestHex(output) + ' ' +
           QByteArray::number(size).rightJustified(20, ' ') + ' ' +
           QByteArray::number(timeNanos).rightJustified(20, ' ') + '\n';
}

void FakeCache::writeFile(const QString &relPath, const QByteArray &data)
{
    const QString path = m_dir.filePath(relPath);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(data);
}

void FakeCache::setAge(const QString &path, qint64 ageSecs)
{
    setMtime(path, ageSecs);
}

Digest FakeCache::put(const Digest &action, const QByteArray &data, qint64 ageSecs)
{
    const Digest out = sha256Of(data);
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    QFile d(file(out, 'd'));
    if (d.open(QIODevice::WriteOnly | QIODevice::Truncate))
        d.write(data);
    d.close();
    QFile a(file(action, 'a'));
    if (a.open(QIODevice::WriteOnly | QIODevice::Truncate))
        a.write(indexLine(action, out, data.size(), now - ageSecs * 1000000000));
    a.close();
    setMtime(d.fileName(), ageSecs);
    setMtime(a.fileName(), ageSecs);
    return out;
}

Digest FakeCache::putExecutable(const Digest &action, const QString &name, const QByteArray &data,
                                qint64 ageSecs)
{
    const Digest out = sha256Of(data);
    const QString dir = file(out, 'd');
    QDir().mkpath(dir);
    QFile exe(dir + QLatin1Char('/') + name);
    if (exe.open(QIODevice::WriteOnly | QIODevice::Truncate))
        exe.write(data);
    exe.close();
    QFile a(file(action, 'a'));
    if (a.open(QIODevice::WriteOnly | QIODevice::Truncate))
        a.write(indexLine(action, out, data.size(), QDateTime::currentMSecsSinceEpoch() * 1000000));
    a.close();
    setMtime(dir, ageSecs);
    setMtime(a.fileName(), ageSecs);
    return out;
}

} // namespace kiln::test
