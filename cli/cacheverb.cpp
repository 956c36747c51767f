// kiln-cli cache: the build cache made visible and prunable (core/cache's
// index and pruning; the GUI's cache panel shows the same).
//
//   kiln-cli cache ls    [filters]   one entry a line, tab-separated:
//                                    kind, package ("-" unknown), bytes (-a plus
//                                    -d), last use (UTC), key; a problem last
//   kiln-cli cache du                total bytes first, then bytes by kind
//   kiln-cli cache prune [--older-than D] [--max-size S] [filters]
//                        [--dry-run] [--force] [-v]
//   filters: --package P (go pattern), --module M, --kind K, --toolchain V;
//            each may repeat; D like 90m, 36h, 5d; S like 500M, 2G
//   --cache DIR: the cache to use (default: go env GOCACHE)
//
// Flags take "--name value" or "--name=value" (one dash works too). Exit
// status: 0, 1 when the cache cannot be used, 2 for a usage error.
#include "verbs.h"

#include "cache/cacheunits.h"
#include "cache/pruneexec.h"
#include "goenv/goenv.h"

#include <QDateTime>
#include <QDir>
#include <QMap>

namespace kiln::cli
{

namespace
{

struct CacheArgs {
    QString cacheDir;
    cache::PruneCriteria criteria;
    bool dryRun = false;
    bool verbose = false;
};

const char usageText[] =
    "usage: kiln-cli cache ls|du|prune [--cache DIR] [--package P] [--module M] [--kind K]\n"
    "                [--toolchain V] [--older-than D] [--max-size S] [--dry-run] [--force] [-v]\n";

int usageError(CliContext &ctx, const QString &message)
{
    ctx.err() << "kiln-cli cache: " << message << "\n" << usageText;
    return 2;
}

// Parses the flags of sub (ls, du, prune); an error message on bad input.
std::expected<CacheArgs, QString> parseArgs(const QString &sub, QStringList args)
{
    CacheArgs a;
    const bool prune = sub == QLatin1String("prune");
    while (!args.isEmpty()) {
        QString arg = args.takeFirst();
        if (!arg.startsWith(QLatin1Char('-')))
            return std::unexpected(QStringLiteral("unexpected argument %1").arg(arg));
        arg = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        const bool inlineValue = arg.contains(QLatin1Char('='));
        QString value = arg.section(QLatin1Char('='), 1);
        const QStringList valued = {"cache",     "package",    "module",  "kind",
                                    "toolchain", "older-than", "max-size"};
        if (valued.contains(name) && !inlineValue) {
            if (args.isEmpty())
                return std::unexpected(QStringLiteral("flag needs an argument: --%1").arg(name));
            value = args.takeFirst();
        }
        cache::PruneCriteria &c = a.criteria;
        if (name == QLatin1String("cache")) {
            a.cacheDir = value;
        } else if (name == QLatin1String("package")) {
            c.packages.append(value);
        } else if (name == QLatin1String("module")) {
            c.modules.append(value);
        } else if (name == QLatin1String("toolchain")) {
            c.toolchains.append(value);
        } else if (name == QLatin1String("kind")) {
            const auto kind = cache::kindFromName(value);
            if (!kind)
                return std::unexpected(
                    QStringLiteral("unknown kind \"%1\" (kinds: %2)")
                        .arg(value, cache::kindNames().join(QStringLiteral(", "))));
            c.kinds.append(*kind);
        } else if (prune && name == QLatin1String("older-than")) {
            auto d = cache::parseDurationNs(value);
            if (!d)
                return std::unexpected(d.error().message);
            c.olderThanNs = *d;
        } else if (prune && name == QLatin1String("max-size")) {
            auto s = cache::parseSizeBytes(value);
            if (!s)
                return std::unexpected(s.error().message);
            c.maxBytes = *s;
        } else if (prune && name == QLatin1String("dry-run") && !inlineValue) {
            a.dryRun = true;
        } else if (prune && name == QLatin1String("force") && !inlineValue) {
            c.force = cache::PruneForce::Yes;
        } else if (name == QLatin1String("v") && !inlineValue) {
            a.verbose = true;
        } else {
            return std::unexpected(QStringLiteral("unknown flag --%1 for cache %2").arg(name, sub));
        }
    }
    return a;
}

// --cache, else go env GOCACHE (computed like go: env, GOENV file, default).
std::optional<QString> cacheDirFor(CliContext &ctx, const CacheArgs &a)
{
    if (!a.cacheDir.isEmpty())
        return QDir(ctx.workingDir()).absoluteFilePath(a.cacheDir);
    const goenv::Toolchain *tc = ctx.toolchain();
    if (!tc)
        return std::nullopt;
    goenv::EnvInput in;
    in.toolchain = *tc;
    in.environment = ctx.environment();
    in.workingDir = ctx.workingDir();
    in.names = {QStringLiteral("GOCACHE")};
    auto env = goenv::GoEnv::compute(in);
    if (!env) {
        ctx.err() << env.error().toString() << "\n";
        return std::nullopt;
    }
    const QString dir = env->value(QStringLiteral("GOCACHE"));
    if (dir.isEmpty() || dir == QLatin1String("off")) {
        ctx.err() << "kiln-cli cache: GOCACHE=" << dir << ": there is no build cache\n";
        return std::nullopt;
    }
    return dir;
}

QString humanSize(qint64 bytes)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

QString lsLine(const cache::CacheEntry &e)
{
    const qint64 bytes = e.indexBytes + e.outputBytes;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(e.lastUseNs() / 1000000, Qt::UTC);
    QString line = cache::kindName(e.kind) + QLatin1Char('\t') +
                   (e.packagePath.isEmpty() ? QStringLiteral("-") : e.packagePath) +
                   QLatin1Char('\t') + QString::number(bytes) + QLatin1Char('\t') +
                   when.toString(Qt::ISODate) + QLatin1Char('\t') +
                   QString::fromLatin1(digestHex(e.key)) +
                   (e.origin == cache::EntryOrigin::OrphanOutput ? QStringLiteral("-d")
                                                                 : QStringLiteral("-a"));
    if (!e.ok())
        line += QLatin1Char('\t') + e.problem;
    return line;
}

std::optional<cache::CacheIndex> scan(CliContext &ctx, const QString &dir)
{
    auto index = cache::scanCacheIndex(dir);
    if (!index) {
        ctx.err() << "kiln-cli cache: " << index.error().toString() << "\n";
        return std::nullopt;
    }
    for (const QString &p : index->summary.problems)
        ctx.err() << "kiln-cli cache: " << p << "\n";
    return std::move(*index);
}

int runLs(CliContext &ctx, const CacheArgs &a, const cache::CacheIndex &index)
{
    const cache::EntryFilter matches(a.criteria);
    for (const cache::CacheEntry &e : index.entries) {
        if (!matches(e))
            continue;
        ctx.out() << lsLine(e) << "\n";
    }
    return 0;
}

int runDu(CliContext &ctx, const cache::CacheIndex &index)
{
    QMap<QString, std::pair<qint64, qint64>> byKind; // bytes, entries
    QSet<QByteArray> counted;
    for (const cache::CacheEntry &e : index.entries) {
        auto &[bytes, count] = byKind[cache::kindName(e.kind)];
        ++count;
        bytes += e.indexBytes;
        if (e.outputState == cache::FileState::Regular ||
            e.outputState == cache::FileState::Directory)
            if (const QByteArray out = digestHex(e.outputID); !counted.contains(out)) {
                counted.insert(out);
                bytes += e.outputBytes;
            }
    }
    const cache::ScanTotals &t = index.summary.totals;
    ctx.out() << t.fileBytes() << "\ttotal\t(" << humanSize(t.fileBytes()) << ", "
              << index.entries.size() << " entries, " << humanSize(t.diskBytes) << " on disk)\n";
    QList<std::pair<qint64, QString>> rows;
    for (auto it = byKind.begin(); it != byKind.end(); ++it)
        rows.append({it->first, it.key()});
    std::sort(rows.begin(), rows.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    for (const auto &[bytes, kind] : rows)
        ctx.out() << bytes << "\t" << kind << "\t(" << humanSize(bytes) << ", "
                  << byKind[kind].second << " entries)\n";
    ctx.out() << t.otherBytes << "\tother\t(" << humanSize(t.otherBytes)
              << ": README, trim.txt, testexpire.txt, Kiln's side index, fuzz/ …)\n";
    return 0;
}

int runPrune(CliContext &ctx, const CacheArgs &a, const cache::CacheIndex &index)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    auto plan = cache::planPrune(index, a.criteria, now);
    if (!plan)
        return usageError(ctx, plan.error().message);
    const bool list = a.dryRun || a.verbose;
    if (list)
        for (const cache::PlannedRemoval &r : plan->removals)
            ctx.out() << (a.dryRun ? "would remove\t" : "remove\t")
                      << lsLine(index.entries[r.entry]) << "\n";
    ctx.out() << (a.dryRun ? "would remove " : "removing ") << plan->removeEntries << " entries ("
              << humanSize(plan->removeBytes) << "); keep " << plan->keptEntries << " entries ("
              << humanSize(plan->keptBytes) << ")\n";
    if (!plan->keptRecent.isEmpty())
        ctx.out() << "kept because used within the last hour: " << plan->keptRecent.size()
                  << " entries (" << humanSize(plan->keptRecentBytes)
                  << "); --force removes them\n";
    for (const QString &n : plan->notes)
        ctx.out() << "note: " << n << "\n";
    if (a.dryRun)
        return 0;
    ctx.out().flush();
    auto done = cache::executePrune(index, *plan);
    if (!done) {
        ctx.err() << "kiln-cli cache: " << done.error().toString() << "\n";
        return 1;
    }
    QMap<QString, int> skipped;
    for (const cache::PruneSkip &s : done->skipped)
        ++skipped[cache::skipReasonText(s.reason)];
    ctx.out() << "removed " << done->removedEntries << " entries, " << done->removedFiles
              << " files (" << humanSize(done->removedBytes) << ")";
    for (auto it = skipped.begin(); it != skipped.end(); ++it)
        ctx.out() << "; skipped " << it.value() << " files: " << it.key();
    ctx.out() << (done->trimRecorded ? "; trim.txt updated" : "") << "\n";
    return 0;
}

} // namespace

int runCache(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return usageError(ctx, QStringLiteral("missing subcommand"));
    const QString sub = args.first();
    if (sub != QLatin1String("ls") && sub != QLatin1String("du") && sub != QLatin1String("prune"))
        return usageError(ctx, QStringLiteral("unknown subcommand %1").arg(sub));
    auto parsed = parseArgs(sub, args.mid(1));
    if (!parsed)
        return usageError(ctx, parsed.error());
    const auto dir = cacheDirFor(ctx, *parsed);
    if (!dir)
        return 1;
    const auto index = scan(ctx, *dir);
    if (!index)
        return 1;
    if (sub == QLatin1String("ls"))
        return runLs(ctx, *parsed, *index);
    if (sub == QLatin1String("du"))
        return runDu(ctx, *index);
    return runPrune(ctx, *parsed, *index);
}

} // namespace kiln::cli
