#include "models/cachetext.h"

#include <QDateTime>
#include <QLocale>

namespace kiln::gui
{

QString CacheText::bytes(qint64 bytes)
{
    static const char *units[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    double v = double(bytes) / 1024;
    int u = 0;
    while (v >= 1024 && u < 3) {
        v /= 1024;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(QLocale().toString(v, 'f', 1), QLatin1String(units[u]));
}

QString CacheText::age(qint64 nowNs, qint64 thenNs)
{
    if (thenNs <= 0)
        return tr("never");
    const qint64 secs = (nowNs - thenNs) / 1000000000;
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%1 min ago").arg(secs / 60);
    if (secs < 48 * 3600)
        return tr("%1 h ago").arg(secs / 3600);
    return tr("%1 d ago").arg(secs / 86400);
}

QString CacheText::dateTime(qint64 ns)
{
    if (ns <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString CacheText::kindWord(cache::EntryKind kind)
{
    return cache::kindName(kind);
}

QString CacheText::kindToolTip(cache::EntryKind kind)
{
    using K = cache::EntryKind;
    switch (kind) {
    case K::Archive:
        return tr(
            "A compiled package (_pkg_.a): what a build action stores and a cache hit reuses.");
    case K::Object:
        return tr("An object file, or an archive without Go export data.");
    case K::Executable:
        return tr("A linked program that go run or go tool cached.");
    case K::VetResult:
        return tr("go vet's facts about a package (vet.out), reused when packages importing it "
                  "are vetted.");
    case K::CgoOutput:
        return tr("A file cgo generated for a package.");
    case K::SourceList:
        return tr("The list of source files a compile used (srcfiles).");
    case K::Stdout:
        return tr("What the compiler or linker printed, replayed on a cache hit (mostly empty).");
    case K::TestLog:
        return tr("The inputs a test read (environment variables, files): go test checks them "
                  "again before it replays a result.");
    case K::TestOutput:
        return tr("A passing test's output (testResult), which go test replays as (cached).");
    case K::ModuleIndex:
        return tr("go's index of a module's package directories.");
    case K::PgoProfile:
        return tr("A preprocessed profile for profile-guided optimization.");
    case K::Unknown:
    case K::Count:
        break;
    }
    return tr("An output Kiln cannot identify.");
}

QString CacheText::shortKey(const Digest &key)
{
    return QString::fromLatin1(digestHex(key).left(12));
}

} // namespace kiln::gui
