// go's view of file metadata, as the test-result cache hashes it
// (cmd/go/internal/test hashWriteStat over os.Stat / os.Lstat / DirEntry.Info):
//
//   stat line   = "stat " size " " modeHex " " mtime " " isDir "\n"
//   size        = decimal st_size
//   modeHex     = lower-case hex of uint64(fs.FileMode), no leading zeros
//   isDir       = "true" | "false"
//   mtime       = time.Time.String() in go's local zone (no monotonic part):
//                 "YYYY-MM-DD hh:mm:ss" [ "." fraction ] " " ±hhmm " " abbreviation
//                 fraction = the nanoseconds, 9 digits with trailing zeros dropped
//                 (absent when 0); abbreviation = the zone file's, e.g. "UTC", "JST"
//
//   fs.FileMode = st_mode & 0777 | go's own type/special bits (not st_mode's):
//     ModeDir 1<<31   ModeSymlink 1<<27   ModeDevice 1<<26   ModeNamedPipe 1<<25
//     ModeSocket 1<<24   ModeSetuid 1<<23   ModeSetgid 1<<22   ModeCharDevice 1<<21
//     ModeSticky 1<<20          (0644 file → "1a4", 0755 directory → "800001ed")
//
// Errors are go's *PathError texts: "stat P: no such file or directory",
// "lstat P: …", "open P: …". Paths are bytes (file names need not be UTF-8).
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QTimeZone>
#include <expected>

namespace kiln::test
{

struct GoFileInfo {
    static constexpr quint32 ModeDir = 1u << 31;
    static constexpr quint32 ModeSymlink = 1u << 27;
    static constexpr quint32 ModeDevice = 1u << 26;
    static constexpr quint32 ModeNamedPipe = 1u << 25;
    static constexpr quint32 ModeSocket = 1u << 24;
    static constexpr quint32 ModeSetuid = 1u << 23;
    static constexpr quint32 ModeSetgid = 1u << 22;
    static constexpr quint32 ModeCharDevice = 1u << 21;
    static constexpr quint32 ModeSticky = 1u << 20;
    static constexpr quint32 ModeType =
        ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice;

    qint64 size = 0;
    quint32 mode = 0; // fs.FileMode
    qint64 mtimeSec = 0;
    qint32 mtimeNsec = 0;

    bool isDir() const { return (mode & ModeDir) != 0; }
    bool isRegular() const { return (mode & ModeType) == 0; }
    qint64 mtimeNanos() const { return mtimeSec * 1000000000 + mtimeNsec; }
};

// Unix st_mode → fs.FileMode (os.fillFileStatFromSys).
quint32 goFileMode(quint32 unixMode);

enum class FollowLinks { Yes, No }; // os.Stat vs os.Lstat

// os.Stat / os.Lstat of path. The error is go's text as bytes ("stat P:
// <errno text>", "lstat P: …"), since it is hashed and P need not be UTF-8.
std::expected<GoFileInfo, QByteArray> goStat(const QByteArray &path, FollowLinks follow);

// A *PathError's text: op " " path ": " errno text ("no such file or directory").
QByteArray goPathError(const char *op, const QByteArray &path, int err);

// The zone go's time.Local resolves to for an environment (time.initLocal):
// TZ unset → /etc/localtime; TZ "" or "UTC" → UTC; TZ ":x" → "x"; an absolute
// TZ names a zone file, anything else a name under /usr/share/zoneinfo;
// a zone go cannot load is UTC. Zone files are read through QTimeZone, so a
// TZ file outside a zoneinfo tree (and not /etc/localtime) counts as UTC.
class GoLocalZone
{
public:
    static GoLocalZone fromEnvironment(const QProcessEnvironment &env);
    static GoLocalZone utc();

    // time.Unix(sec, nsec).String() in this zone (grammar above).
    QByteArray formatTime(qint64 sec, qint32 nsec) const;
    // The zone's IANA id, "UTC" for go's fallback (diagnostics only).
    QByteArray id() const;

private:
    GoLocalZone() = default;
    QTimeZone m_zone; // invalid = go's UTC fallback
};

// hashWriteStat's line for info (grammar above).
QByteArray goStatLine(const GoFileInfo &info, const GoLocalZone &zone);

} // namespace kiln::test
