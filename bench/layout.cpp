// bench/layout (target kiln_bench_layout): how long layoutGraph takes on
// the graphs the action graph view must show, each transitively reduced
// first, as the view does:
//   cmd/go      go's own action graph (`go build -n -debug-actiongraph`,
//               private GOCACHE): 318 actions, 3 340 edges → 727; target 0.5 s
//   layered N   a generated package graph shaped like go's (see generate()),
//               N = 1 000 and 5 000 build actions plus a link and a root;
//               target 5 s for 5 000
// Node sizes are the view's (a 2-line box sized for the package path).
// Prints one row per graph: the median wall time of `runs` layouts (default
// 3), min, max, and the median CPU time of the laying-out thread (the figure
// to trust on a loaded machine). KILN_BENCH_DOT_DIR=dir also writes each
// input as DOT (dotText) for `dot -v` phase timings.
//   kiln_bench_layout [runs] [go binary]
#include "layout/layout.h"
#include "graph/reduction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace kiln;

namespace
{

struct BenchGraph {
    QString name;
    graph::Adjacency deps;
    QStringList labels;
    double targetSeconds = 0; // 0: none
};

QString goBinary(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("go"));
    return onPath.isEmpty() ? QStringLiteral("/usr/lib/go-1.25/bin/go") : onPath;
}

// go's graph for cmd/go; empty deps (and a message) when go cannot run.
BenchGraph cmdGoGraph(const QString &go)
{
    BenchGraph g{QStringLiteral("cmd/go"), {}, {}, 0.5};
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("graph.json"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOCACHE"), tmp.filePath(QStringLiteral("cache")));
    for (const char *name : {"GOENV=off", "GOFLAGS=", "GOTOOLCHAIN=local", "GOPROXY=off"}) {
        const QStringList kv = QString::fromLatin1(name).split(QLatin1Char('='));
        env.insert(kv[0], kv[1]);
    }
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(tmp.path());
    p.start(go, {QStringLiteral("build"), QStringLiteral("-n"),
                 QStringLiteral("-debug-actiongraph=") + file, QStringLiteral("-o"),
                 QStringLiteral("/dev/null"), QStringLiteral("cmd/go")});
    p.waitForFinished(120000);
    QFile f(file);
    if (p.exitCode() != 0 || !f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cmd/go: %s failed: %s\n", qPrintable(go),
                     p.readAllStandardError().constData());
        return g;
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject a = v.toObject();
        QList<int> deps;
        for (const QJsonValue &d : a.value(QLatin1String("Deps")).toArray())
            deps.append(d.toInt());
        g.deps.append(deps);
        g.labels.append(a.value(QLatin1String("Mode")).toString() + QLatin1Char('\n') +
                        a.value(QLatin1String("Package")).toString());
    }
    return g;
}

// A package graph in layers (like std: runtime at the bottom, net/http high
// up): each package imports 1-4 packages below it, the next layer most
// often, farther layers with falling probability (a geometric span), and 5 %
// of imports anywhere below. Then go's shape on top: a link depending on
// every package, a root over the link. Deterministic.
BenchGraph layeredGraph(int packages, double target)
{
    BenchGraph g{QStringLiteral("layered %1").arg(packages), {}, {}, target};
    QRandomGenerator rng(7);
    const int layers = std::max(2, int(std::sqrt(double(packages)) / 1.4));
    const int perLayer = packages / layers;
    g.deps.resize(packages + 2);
    for (int i = 0; i < packages; ++i) {
        const int layer = i / perLayer;
        g.labels.append(QStringLiteral("build\nexample.com/mod/layer%1/pkg%2").arg(layer).arg(i));
        if (layer >= layers - 1)
            continue;
        for (int k = 1 + rng.bounded(4); k > 0; --k) {
            int to = layer + 1;
            if (rng.generateDouble() < 0.05)
                to = layer + 1 + rng.bounded(layers - layer - 1);
            else
                while (to < layers - 1 && rng.generateDouble() < 0.35)
                    ++to;
            const int first = to * perLayer;
            const int d = first + rng.bounded(std::min(packages, first + perLayer) - first);
            if (!g.deps[i].contains(d))
                g.deps[i].append(d);
        }
    }
    const int link = packages, root = packages + 1;
    for (int i = 0; i < packages; ++i)
        g.deps[link].append(i);
    g.deps[root] = {link};
    g.labels << QStringLiteral("link\nexample.com/mod/cmd/app") << QStringLiteral("go build\n");
    return g;
}

// The view's node box: two lines of ~7 px characters.
QSizeF nodeSize(const QString &label)
{
    qsizetype longest = 0;
    for (const QString &line : label.split(QLatin1Char('\n')))
        longest = std::max(longest, line.size());
    return {std::clamp(24.0 + 7.0 * double(longest), 90.0, 320.0), 42.0};
}

// CPU time of this thread: what the layout costs regardless of other load
// on the machine.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void bench(const BenchGraph &g, int runs, const QString &dotDir)
{
    if (g.deps.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    const QList<graph::Edge> reduced = graph::transitiveReduction(g.deps);
    const double reduceSeconds = double(timer.nsecsElapsed()) / 1e9;
    layout::LayoutInput in;
    for (int i = 0; i < g.deps.size(); ++i)
        in.nodes.append({QString::number(i), g.labels.value(i), nodeSize(g.labels.value(i))});
    for (const graph::Edge &e : reduced)
        in.edges.append({e.from, e.to});
    // KILN_BENCH_TUNING=nslimit,nslimit1,mclimit,splines,newrank tries other limits.
    if (const QByteArray t = qgetenv("KILN_BENCH_TUNING"); !t.isEmpty()) {
        const QList<QByteArray> f = t.split(',');
        in.tuning = layout::DotTuning{f.value(0), f.value(1), f.value(2), f.value(3), f.value(4)};
    }
    qsizetype allEdges = 0;
    for (const auto &d : g.deps)
        allEdges += d.size();

    if (!dotDir.isEmpty()) {
        QFile out(dotDir + QLatin1Char('/') +
                  QString(g.name)
                      .replace(QLatin1Char('/'), QLatin1Char('_'))
                      .replace(QLatin1Char(' '), QLatin1Char('_')) +
                  QLatin1String(".dot"));
        if (out.open(QIODevice::WriteOnly))
            out.write(layout::dotText(in));
    }

    QList<double> times, cpu;
    layout::Layout result;
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        const double cpu0 = threadCpuSeconds();
        result = layout::layoutGraph(in);
        cpu.append(threadCpuSeconds() - cpu0);
        times.append(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    const double median = times[times.size() / 2];
    const auto value = [](const QByteArray &v) {
        return v.isEmpty() ? QStringLiteral("default") : QString::fromLatin1(v);
    };
    const layout::DotTuning &t = result.tuning;
    QString verdict;
    if (g.targetSeconds > 0)
        verdict = median <= g.targetSeconds ? QStringLiteral("< %1 s ok").arg(g.targetSeconds)
                                            : QStringLiteral("> %1 s MISSED").arg(g.targetSeconds);
    const QString row =
        QStringLiteral(
            "%1 %2 nodes %3 edges → %4 reduced (%5 s)   layout %6 s (min %7, max %8, "
            "cpu %9)   %10   [nslimit=%11 nslimit1=%12 mclimit=%13 splines=%14 newrank=%15] "
            "%16×%17 px")
            .arg(g.name, -14)
            .arg(g.deps.size(), 5)
            .arg(allEdges, 6)
            .arg(reduced.size(), 5)
            .arg(reduceSeconds, 0, 'f', 3)
            .arg(median, 7, 'f', 3)
            .arg(times.first(), 0, 'f', 3)
            .arg(times.last(), 0, 'f', 3)
            .arg(cpu[cpu.size() / 2], 0, 'f', 3)
            .arg(verdict, -14)
            .arg(value(t.nslimit), value(t.nslimit1), value(t.mclimit), value(t.splines),
                 value(t.newrank))
            .arg(result.boundingBox.width(), 0, 'f', 0)
            .arg(result.boundingBox.height(), 0, 'f', 0);
    std::printf("%s\n", qPrintable(row));
    if (!result.ok())
        std::printf("  error: %s\n", qPrintable(result.error));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = std::max(1, args.value(1, QStringLiteral("3")).toInt());
    const QString dotDir = qEnvironmentVariable("KILN_BENCH_DOT_DIR");
    // KILN_BENCH_ONLY=cmd|1000|5000 runs one row.
    const QString only = qEnvironmentVariable("KILN_BENCH_ONLY");
    if (only.isEmpty() || only == QLatin1String("cmd"))
        bench(cmdGoGraph(goBinary(args.value(2))), runs, dotDir);
    if (only.isEmpty() || only == QLatin1String("1000"))
        bench(layeredGraph(1000, 0), runs, dotDir);
    if (only.isEmpty() || only == QLatin1String("5000"))
        bench(layeredGraph(5000, 5.0), runs, dotDir);
    return 0;
}
