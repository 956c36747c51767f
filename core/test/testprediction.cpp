#include "test/testprediction.h"

#include "base/hashid.h"
#include "exec/buildid.h"
#include "test/cacheread.h"
#include "test/testcachekey.h"
#include "test/testexpire.h"
#include "test/testprobe.h"
#include "test/testresultcache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QScopeGuard>

namespace kiln::test
{

namespace
{

struct Attempt {
    Digest id{};
    TestCacheLookup lookup;
    GoCacheRead log;
    int stage = 0; // 0 no usable log, 1 inputs unusable, 2 output missed, 3 hit
};

Attempt attempt(const TestResultCache &results, const TestInputsContext &ctx, const Digest &id)
{
    Attempt a;
    a.id = id;
    a.lookup = results.lookup(id, ctx);
    a.log = goGetBytes(results.diskCache(), id);
    a.stage = a.lookup.hit()                                 ? 3
              : a.lookup.testInputsID                        ? 2
              : a.lookup.missReason.startsWith("input list") ? 0
                                                             : 1;
    return a;
}

QString fileName(const QByteArray &name)
{
    return QFile::decodeName(name);
}

QString changeDetail(const TestInput &was, const TestInput &now)
{
    QStringList parts;
    if (now.size < 0)
        return QStringLiteral("removed");
    if (was.size < 0)
        return QStringLiteral("created");
    if (was.size != now.size)
        parts << QStringLiteral("size %1 → %2").arg(was.size).arg(now.size);
    if (was.mtimeNs != now.mtimeNs)
        parts << QStringLiteral("modified %1")
                     .arg(QDateTime::fromMSecsSinceEpoch(now.mtimeNs / 1000000)
                              .toString(Qt::ISODate));
    return parts.join(QStringLiteral(", "));
}

// "test output not found": which input changed since the save.
void explainInputs(PackagePrediction &p, const Attempt &a, const QList<TestInput> &now,
                   const QString &cacheDir)
{
    const auto record = readTestInputRecord(cacheDir, a.id);
    if (record && recordMatches(*record, a.log.data, a.log.entry.timeNanos)) {
        if (record->inputsID == *a.lookup.testInputsID) {
            p.reason = RunReason::ResultRemoved;
            return;
        }
        for (const TestInput &in : now) {
            if (in.outsideRoot)
                continue;
            const auto was =
                std::find_if(record->inputs.begin(), record->inputs.end(), [&](const TestInput &r) {
                    return r.op == in.op && r.name == in.name;
                });
            if (was != record->inputs.end() && was->hash == in.hash)
                continue;
            p.reason = in.op == TestLogOp::Getenv ? RunReason::EnvChanged : RunReason::FileChanged;
            p.subject = fileName(in.name);
            if (was != record->inputs.end() && in.op != TestLogOp::Getenv)
                p.detail = changeDetail(*was, in);
            return;
        }
        p.reason = RunReason::InputChanged;
        return;
    }
    // go saved it: no per-input hashes. A file modified after the save changed.
    for (const TestInput &in : now)
        if ((in.op == TestLogOp::Open || in.op == TestLogOp::Stat) && !in.outsideRoot &&
            in.mtimeNs > a.log.entry.timeNanos) {
            p.reason = RunReason::FileChanged;
            p.subject = fileName(in.name);
            p.detail = QStringLiteral("modified after the result was saved");
            return;
        }
    p.reason = RunReason::InputChanged;
    QStringList vars;
    for (const TestInput &in : now)
        if (in.op == TestLogOp::Getenv)
            vars << fileName(in.name);
    p.detail = vars.join(QStringLiteral(", "));
}

void explainMiss(PackagePrediction &p, const Attempt &a, const QList<TestInput> &now,
                 const QString &cacheDir)
{
    const QByteArray &why = a.lookup.missReason;
    p.goReason = why;
    p.reason = RunReason::Other;
    p.subject = QString::fromUtf8(why);
    if (a.stage == 0 && why.startsWith("input list not found")) {
        p.reason = RunReason::NoCachedResult;
        p.subject.clear();
    } else if (why == "file used as input is too new") {
        p.reason = RunReason::FileTooNew;
        p.subject.clear();
        for (const TestInput &in : now)
            if (in.tooNew) {
                p.subject = fileName(in.name);
                break;
            }
    } else if (why.startsWith("test output expired")) {
        p.reason = RunReason::Expired;
        p.subject.clear();
    } else if (why.startsWith("test output not found")) {
        p.subject.clear();
        explainInputs(p, a, now, cacheDir);
    }
}

bool hasTests(const load::Package &p)
{
    return !p.testGoFiles.isEmpty() || !p.xtestGoFiles.isEmpty();
}

class Predictor
{
public:
    Predictor(const PreparedTest &t, const exec::PipelineInput &in)
        : m_t(t), m_in(in), m_probe(probeTestGraph(t)),
          m_results(*t.cache, readTestExpire(t.cache->dir()))
    {
    }

    PackagePrediction predict(int testIndex)
    {
        const int run = m_t.test.runs[testIndex];
        const graph::Action &runAction = m_t.test.graph.actions[run];
        const load::Package &p = m_t.load.packages[runAction.package];
        PackagePrediction out;
        out.importPath = p.importPath;
        if (!hasTests(p)) {
            out.prediction = Prediction::NoTests;
            return out;
        }
        out.prediction = Prediction::WillRun;
        out.blindSpots = sourceBlindSpots(p);
        const int link = runAction.deps.first();
        const ActionProbe &lp = m_probe.actions[link];
        if (lp.status != ProbeStatus::Hit) {
            const int miss = m_probe.firstMiss(m_t.test.graph, link);
            if (miss >= 0) {
                out.reason = RunReason::SourceChanged;
                out.subject = m_t.load.packages[m_t.test.graph.actions[miss].package].importPath;
            } else {
                out.prediction = Prediction::Unknown;
                out.reason = RunReason::ProbeFailed;
                for (const ActionProbe &a : m_probe.actions)
                    if (a.status == ProbeStatus::Failed)
                        out.subject = a.error;
            }
            return out;
        }
        if (m_t.config.rebuild == exec::Rebuild::All) {
            out.reason = RunReason::RebuildAll;
            return out;
        }
        const TestCacheVerdict v = testCacheVerdict(
            m_t.testFlags.packageListMode() ? TestPackageArgs::Given : TestPackageArgs::None,
            p.importPath, p.root, m_t.testFlags.testArgs);
        if (!v.cacheable) {
            out.reason = RunReason::NotCacheable;
            out.goReason = v.disabledTrace.trimmed();
            static const QByteArray argPrefix = "testcache: caching disabled for test argument: ";
            if (out.goReason.startsWith(argPrefix))
                out.subject = QString::fromUtf8(out.goReason.mid(argPrefix.size()));
            else if (out.goReason.endsWith("local directory mode"))
                out.subject = QStringLiteral("local directory mode");
            else
                out.subject = QStringLiteral("outside the module root");
            return out;
        }
        const TestInputsContext ctx = context(p);
        const QStringList &exec = m_t.testFlags.execCmd;
        QList<Attempt> tries;
        tries << attempt(
            m_results, ctx,
            testID(hashToString(*m_probe.state[link].actionID), v.hashedArgs, exec, ctx.salt));
        if (!tries.first().lookup.hit() && !lp.cachedBuildID.isEmpty()) {
            const QString content =
                QString::fromUtf8(exec::contentIdPart(lp.cachedBuildID.toUtf8()));
            tries << attempt(m_results, ctx, testID(content, v.hashedArgs, exec, ctx.salt));
        }
        const Attempt *best = &tries.first();
        for (const Attempt &a : tries) {
            out.resultKeys << a.id;
            if (a.lookup.testInputsID)
                out.resultKeys << testAndInputKey(a.id, *a.lookup.testInputsID);
            if (a.stage > best->stage)
                best = &a;
        }
        const QList<TestInput> now =
            best->log.ok() ? currentTestInputs(best->log.data, ctx) : QList<TestInput>();
        for (const BlindSpot &s : inputBlindSpots(now))
            out.blindSpots.append(s);
        if (best->lookup.hit()) {
            out.prediction = Prediction::Cached;
            learn(*best, ctx);
            return out;
        }
        explainMiss(out, *best, now, m_t.cache->dir());
        if (out.reason == RunReason::NoCachedResult && lp.cachedBuildID.isEmpty())
            out.detail = QStringLiteral("go links the test binary first and replays a result "
                                        "saved for an identical binary, if there is one");
        return out;
    }

private:
    // A valid result without Kiln's record (go saved it): its inputs now are
    // the saved ones, so they can be recorded for the next miss to name.
    void learn(const Attempt &a, const TestInputsContext &ctx) const
    {
        const auto record = readTestInputRecord(m_t.cache->dir(), a.id);
        if (!record || !recordMatches(*record, a.log.data, a.log.entry.timeNanos))
            (void)recordTestInputs(*m_t.cache, {a.id}, a.log.data, *a.lookup.testInputsID, ctx);
    }

    TestInputsContext context(const load::Package &p) const
    {
        TestInputsContext ctx;
        ctx.importPath = p.importPath;
        ctx.packageDir = p.dir;
        ctx.root = p.root;
        ctx.env = goCommandEnv(m_in.environment, m_t.config.toolEnv,
                               p.module ? GoModuleMode::On : GoModuleMode::Off);
        ctx.nowNanos = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        ctx.salt = cache::hashSalt(m_t.config.goVersion);
        return ctx;
    }

    const PreparedTest &m_t;
    const exec::PipelineInput &m_in;
    TestGraphProbe m_probe;
    TestResultCache m_results;
};

} // namespace

Result<TestPredictions> predictTests(const exec::PipelineInput &input)
{
    auto prepared = prepareTest(input);
    if (!prepared)
        return std::unexpected(prepared.error().error);
    PreparedTest &t = *prepared;
    const auto removeWork = qScopeGuard([&t] {
        if (!t.flags.dryRun)
            QDir(t.config.workDir).removeRecursively();
    });
    if (!t.cache)
        return fail(QStringLiteral("no predictions under -n"));
    TestPredictions out;
    out.cacheDir = t.cache->dir();
    out.warnings = t.warnings;
    if (t.testFlags.compileOnly)
        return out; // -c runs nothing
    Predictor predictor(t, input);
    for (int root : t.load.roots) {
        const auto failure = std::find_if(t.setupFailures.begin(), t.setupFailures.end(),
                                          [&](const SetupFailure &f) { return f.package == root; });
        if (failure != t.setupFailures.end()) {
            PackagePrediction p;
            p.importPath = t.load.packages[root].importPath;
            p.prediction = Prediction::WillRun;
            p.reason = RunReason::SetupFailed;
            p.subject = failure->errors.first().text;
            out.packages << p;
            continue;
        }
        const qsizetype i = t.test.packages.indexOf(root);
        if (i >= 0 && i < t.test.runs.size())
            out.packages << predictor.predict(int(i));
    }
    return out;
}

} // namespace kiln::test
