#include "test/gofileinfo.h"

#include "exec/rawfile.h"

#include <QDateTime>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>

namespace kiln::test
{

quint32 goFileMode(quint32 unixMode)
{
    quint32 mode = unixMode & 0777;
    switch (unixMode & S_IFMT) {
    case S_IFBLK:
        mode |= GoFileInfo::ModeDevice;
        break;
    case S_IFCHR:
        mode |= GoFileInfo::ModeDevice | GoFileInfo::ModeCharDevice;
        break;
    case S_IFDIR:
        mode |= GoFileInfo::ModeDir;
        break;
    case S_IFIFO:
        mode |= GoFileInfo::ModeNamedPipe;
        break;
    case S_IFLNK:
        mode |= GoFileInfo::ModeSymlink;
        break;
    case S_IFSOCK:
        mode |= GoFileInfo::ModeSocket;
        break;
    default: // S_IFREG and anything unknown: no type bits
        break;
    }
    if (unixMode & S_ISGID)
        mode |= GoFileInfo::ModeSetgid;
    if (unixMode & S_ISUID)
        mode |= GoFileInfo::ModeSetuid;
    if (unixMode & S_ISVTX)
        mode |= GoFileInfo::ModeSticky;
    return mode;
}

QByteArray goPathError(const char *op, const QByteArray &path, int err)
{
    return QByteArray(op) + ' ' + path + ": " + exec::goErrnoText(err).toUtf8();
}

std::expected<GoFileInfo, QByteArray> goStat(const QByteArray &path, FollowLinks follow)
{
    struct stat st {
    };
    const bool follows = follow == FollowLinks::Yes;
    const int rc = follows ? ::stat(path.constData(), &st) : ::lstat(path.constData(), &st);
    if (rc != 0)
        return std::unexpected(goPathError(follows ? "stat" : "lstat", path, errno));
    GoFileInfo info;
    info.size = qint64(st.st_size);
    info.mode = goFileMode(quint32(st.st_mode));
    info.mtimeSec = qint64(st.st_mtim.tv_sec);
    info.mtimeNsec = qint32(st.st_mtim.tv_nsec);
    return info;
}

namespace
{

// An IANA id for a zone file: the part after ".../zoneinfo/" of its real path.
QByteArray zoneIdOfFile(const QString &file)
{
    const QString real = QFileInfo(file).canonicalFilePath();
    const qsizetype at = real.lastIndexOf(QLatin1String("/zoneinfo/"));
    return at < 0 ? QByteArray() : real.mid(at + 10).toUtf8();
}

QTimeZone loadZone(const QByteArray &id)
{
    // Not isTimeZoneIdAvailable: its list (zone.tab) omits Etc/… and other
    // files go loads; constructing reads the zone file itself.
    return id.isEmpty() ? QTimeZone() : QTimeZone(id);
}

// /etc/localtime, as go loads it when TZ is unset.
QTimeZone systemZone()
{
    const QString file = QStringLiteral("/etc/localtime");
    if (!QFileInfo::exists(file))
        return {};
    if (QTimeZone z = loadZone(zoneIdOfFile(file)); z.isValid())
        return z;
    return QTimeZone::systemTimeZone(); // a copied (not linked) zone file
}

void appendPadded(QByteArray &out, int v, int width)
{
    out += QByteArray::number(v).rightJustified(width, '0');
}

} // namespace

GoLocalZone GoLocalZone::utc()
{
    return GoLocalZone();
}

GoLocalZone GoLocalZone::fromEnvironment(const QProcessEnvironment &env)
{
    GoLocalZone z;
    if (!env.contains(QStringLiteral("TZ"))) {
        z.m_zone = systemZone();
        return z;
    }
    QString tz = env.value(QStringLiteral("TZ"));
    if (tz.startsWith(QLatin1Char(':')))
        tz.remove(0, 1);
    if (tz.isEmpty() || tz == QLatin1String("UTC"))
        return z;
    if (tz.startsWith(QLatin1Char('/'))) {
        if (tz == QLatin1String("/etc/localtime"))
            z.m_zone = systemZone();
        else if (QFileInfo(tz).isFile())
            z.m_zone = loadZone(zoneIdOfFile(tz));
        return z;
    }
    if (QFileInfo(QStringLiteral("/usr/share/zoneinfo/") + tz).isFile())
        z.m_zone = loadZone(tz.toUtf8());
    return z;
}

QByteArray GoLocalZone::id() const
{
    return m_zone.isValid() ? m_zone.id() : QByteArrayLiteral("UTC");
}

QByteArray GoLocalZone::formatTime(qint64 sec, qint32 nsec) const
{
    QDateTime utc = QDateTime::fromSecsSinceEpoch(sec, QTimeZone::utc());
    int offset = 0;
    QByteArray abbreviation = "UTC";
    if (m_zone.isValid()) {
        offset = m_zone.offsetFromUtc(utc);
        abbreviation = m_zone.abbreviation(utc).toUtf8();
    }
    const QDateTime local = utc.addSecs(offset);
    const QDate d = local.date();
    const QTime t = local.time();
    QByteArray out;
    out.reserve(48);
    appendPadded(out, d.year(), 4);
    out += '-';
    appendPadded(out, d.month(), 2);
    out += '-';
    appendPadded(out, d.day(), 2);
    out += ' ';
    appendPadded(out, t.hour(), 2);
    out += ':';
    appendPadded(out, t.minute(), 2);
    out += ':';
    appendPadded(out, t.second(), 2);
    if (nsec != 0) {
        QByteArray frac = QByteArray::number(nsec).rightJustified(9, '0');
        while (frac.endsWith('0'))
            frac.chop(1);
        out += '.' + frac;
    }
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    out += ' ';
    out += offset < 0 ? '-' : '+';
    appendPadded(out, minutes / 60, 2);
    appendPadded(out, minutes % 60, 2);
    out += ' ';
    if (!abbreviation.isEmpty()) {
        out += abbreviation;
    } else { // go prints the offset again when a zone has no name
        out += offset < 0 ? '-' : '+';
        appendPadded(out, minutes / 60, 2);
        appendPadded(out, minutes % 60, 2);
    }
    return out;
}

QByteArray goStatLine(const GoFileInfo &info, const GoLocalZone &zone)
{
    return "stat " + QByteArray::number(info.size) + ' ' + QByteArray::number(info.mode, 16) + ' ' +
           zone.formatTime(info.mtimeSec, info.mtimeNsec) + ' ' +
           (info.isDir() ? "true" : "false") + '\n';
}

} // namespace kiln::test
