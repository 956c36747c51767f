// kiln_bench_cachescan [entries] [runs] [dir]: the cache index's scan
// (cache/cachescan.h) on a synthetic GOCACHE of `entries` index entries
// (default 200 000) in go's format, with the mix a real cache has: package
// archives (unique outputs with __.PKGDEF export data), empty stdout entries
// (one shared output), srcfiles lists, test logs and results, vet facts.
// go has no equivalent command, so it prints absolute times — the first
// batch (what a panel shows first) and the whole scan, median of `runs`
// (default 5), warm page cache, with the default worker threads and with
// one, with the process's CPU time (the figure to trust on a busy machine) —
// and the same directory's `du -s` and `find -type f` for scale.
// dir: use (or make) the cache there and keep it; default a temporary one.
#include "cache/cachescan.h"
#include "support/cachefixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace kiln;

namespace
{

void writeFile(const QByteArray &path, const QByteArray &data)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    if (!data.isEmpty() && ::write(fd, data.constData(), size_t(data.size())) != data.size())
        std::fprintf(stderr, "short write: %s\n", path.constData());
    ::close(fd);
}

QByteArray entryPath(const QByteArray &dir, const Digest &id, char suffix)
{
    const QByteArray hex = digestHex(id);
    return dir + '/' + hex.left(2) + '/' + hex + '-' + suffix;
}

void put(const QByteArray &dir, const Digest &action, const QByteArray &data, qint64 now)
{
    const Digest out = sha256Of(data);
    writeFile(entryPath(dir, out, 'd'), data);
    writeFile(entryPath(dir, action, 'a'),
              test::FakeCache::indexLine(action, out, data.size(), now));
}

QByteArray content(int i)
{
    const QByteArray n = QByteArray::number(i);
    switch (i % 50) {
    case 0:
    case 1:
        return "# test log\ngetenv HOME\nopen testdata/" + n + ".txt\n";
    case 2:
    case 3:
        return "ok  \texample.com/bench/p" + n + "\t0.0" + QByteArray::number(i % 9 + 1) + "s\n";
    case 4:
        return QByteArray("\r\xff\x81\x02\x01\x02\xff\x82\x00\x01\xff\x80 gobFact ", 22) + n;
    default:
        break;
    }
    switch (i % 3) {
    case 0: {
        test::FakeArchive a;
        a.path = "example.com/bench/p" + n;
        a.buildID = "AAAAAAAAAAAAAAAAAAAA/" + n.rightJustified(20, 'B');
        return test::fakePackageArchive(a);
    }
    case 1:
        return {}; // a compile's empty stdout: one shared output
    default:
        return "./p" + n + ".go\n./doc.go\n./asm_amd64.s\n";
    }
}

bool makeCache(const QString &dirName, int entries)
{
    const QByteArray dir = QFile::encodeName(dirName);
    if (QFile::exists(dirName + QStringLiteral("/README")))
        return true;
    QDir().mkpath(dirName);
    writeFile(dir + "/README",
              "This directory holds cached build artifacts from the Go build system.\n"
              "Run \"go clean -cache\" if the directory is getting too large.\n"
              "Run \"go clean -fuzzcache\" to delete the fuzz cache.\n"
              "See go.dev to learn more about Go.\n");
    for (int i = 0; i < 256; ++i)
        QDir().mkpath(dirName + QStringLiteral("/%1").arg(i, 2, 16, QLatin1Char('0')));
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    for (int i = 0; i < entries; ++i)
        put(dir, sha256Of("bench entry " + QByteArray::number(i)), content(i), now);
    return true;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double timeProgram(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(program, args);
    p.waitForFinished(-1);
    return t.nsecsElapsed() / 1e9;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct ScanTimes {
    QList<double> first, full, cpu;
    qint64 entries = 0;
};

ScanTimes timeScans(const QString &dir, int runs, int threads)
{
    ScanTimes out;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        double first = -1;
        qint64 entries = 0;
        cache::ScanOptions o;
        o.threads = threads;
        const auto s = cache::scanCache(dir, o, [&](cache::ScanBatch &&b) {
            if (first < 0 && !b.entries.isEmpty())
                first = t.nsecsElapsed() / 1e6;
            entries += b.entries.size();
        });
        out.full.append(t.nsecsElapsed() / 1e9);
        out.cpu.append(cpuSeconds() - cpu0);
        out.first.append(first);
        out.entries = entries;
        if (!s)
            std::fprintf(stderr, "scan: %s\n", qPrintable(s.error().message));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int entries = args.size() > 1 ? args[1].toInt() : 200000;
    const int runs = args.size() > 2 ? args[2].toInt() : 5;
    QTemporaryDir tmp;
    const QString dir = args.size() > 3 ? args[3] : tmp.filePath(QStringLiteral("gocache"));

    QElapsedTimer made;
    made.start();
    makeCache(dir, entries);
    std::printf("cache %s: %d entries requested, made in %.1f s\n", qPrintable(dir), entries,
                made.nsecsElapsed() / 1e9);
    timeScans(dir, 1, 0); // warm the page cache
    const ScanTimes parallel = timeScans(dir, runs, 0);
    const ScanTimes single = timeScans(dir, runs, 1);
    QList<double> du, find;
    for (int r = 0; r < runs; ++r) {
        du.append(timeProgram(QStringLiteral("du"), {QStringLiteral("-s"), dir}));
        find.append(timeProgram(QStringLiteral("find"),
                                {dir, QStringLiteral("-type"), QStringLiteral("f")}));
    }
    const int threads = std::min(4, QThread::idealThreadCount());
    std::printf("entries scanned: %lld\n", parallel.entries);
    std::printf("scan, %d threads: first batch %.1f ms, full %.2f s, CPU %.2f s (median of %d; "
                "full %.2f-%.2f s)\n",
                threads, median(parallel.first), median(parallel.full), median(parallel.cpu), runs,
                *std::min_element(parallel.full.begin(), parallel.full.end()),
                *std::max_element(parallel.full.begin(), parallel.full.end()));
    std::printf("scan, 1 thread:  first batch %.1f ms, full %.2f s, CPU %.2f s\n",
                median(single.first), median(single.full), median(single.cpu));
    std::printf("du -s %.2f s, find -type f %.2f s; scan/du %.1f, scan/find %.1f\n", median(du),
                median(find), median(parallel.full) / median(du),
                median(parallel.full) / median(find));
    std::printf("targets: first batch < 1 s, full scan of 200 000 entries < 5 s\n");
    return 0;
}
