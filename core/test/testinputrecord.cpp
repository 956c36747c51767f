#include "test/testinputrecord.h"

#include "base/atomicfile.h"
#include "cache/cacheentry.h"
#include "test/gofileinfo.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>

namespace kiln::test
{

namespace
{

const QByteArray recordMagic = "kiln test inputs 1\n";

TestInput fileInput(TestLogOp op, const QByteArray &path, const TestInputsContext &ctx)
{
    TestInput in;
    in.op = op;
    in.name = path;
    if (const auto info = goStat(path, FollowLinks::Yes)) {
        in.size = info->size;
        in.mtimeNs = info->mtimeNanos();
        in.isDir = info->isDir();
        in.isRegular = info->isRegular();
    }
    if (op == TestLogOp::Open) {
        const auto h = hashOpen(path, ctx);
        if (h)
            in.hash = digestHex(*h);
        else
            in.tooNew = true;
    } else {
        in.hash = digestHex(hashStat(path, ctx));
    }
    return in;
}

QByteArray opWord(TestLogOp op)
{
    return testLogOpName(op);
}

std::optional<TestLogOp> opFromWord(const QByteArray &w)
{
    for (TestLogOp op : {TestLogOp::Getenv, TestLogOp::Open, TestLogOp::Stat, TestLogOp::Chdir})
        if (w == (op == TestLogOp::Getenv ? QByteArray("env") : opWord(op)))
            return op;
    return std::nullopt;
}

} // namespace

QList<TestInput> currentTestInputs(const QByteArray &testLog, const TestInputsContext &context)
{
    TestInputsContext ctx = context;
    ctx.traces = {};
    const QByteArray root = QFile::encodeName(ctx.root);
    QList<TestInput> out;
    QSet<QByteArray> seen;
    auto add = [&](TestInput in) {
        const QByteArray key = opWord(in.op) + ' ' + in.name;
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append(std::move(in));
        }
    };
    auto env = [&](const QByteArray &name) {
        TestInput in;
        in.name = name;
        in.hash = digestHex(hashGetenv(name, ctx));
        add(in);
    };
    env("GODEBUG");
    QByteArray pwd = QFile::encodeName(ctx.packageDir);
    for (const TestLogEntry &e : parseTestLog(testLog).entries) {
        switch (e.op) {
        case TestLogOp::Getenv:
            env(e.name);
            break;
        case TestLogOp::Chdir: {
            pwd = e.name;
            TestInput in;
            in.op = TestLogOp::Chdir;
            in.name = e.name;
            in.hash = digestHex(hashStat(e.name, ctx));
            add(in);
            break;
        }
        case TestLogOp::Stat:
        case TestLogOp::Open: {
            const QByteArray name = e.name.startsWith('/') ? e.name : joinCleanPath(pwd, e.name);
            if (root.isEmpty() || !pathInRoot(name, root)) {
                TestInput in;
                in.op = e.op;
                in.name = name;
                in.outsideRoot = true;
                add(in);
                break;
            }
            add(fileInput(e.op, name, ctx));
            break;
        }
        }
    }
    return out;
}

QString testInputRecordFile(const QString &cacheDir, const Digest &testID)
{
    const QString hex = QString::fromLatin1(digestHex(testID));
    return cacheDir + QStringLiteral("/kiln/testinputs/") + hex.left(2) + QLatin1Char('/') + hex;
}

QByteArray formatTestInputRecord(const TestInputRecord &record)
{
    QByteArray out = recordMagic;
    out += "log " + digestHex(record.logHash) + ' ' + QByteArray::number(record.logPutNs) + '\n';
    out += "inputs " + digestHex(record.inputsID) + '\n';
    out += "package " + record.importPath.toUtf8() + '\n';
    for (const TestInput &in : record.inputs) {
        if (in.outsideRoot || in.hash.isEmpty())
            continue;
        const QByteArray word = in.op == TestLogOp::Getenv ? QByteArray("env") : opWord(in.op);
        out += word + ' ' + in.hash + ' ';
        if (in.op == TestLogOp::Stat || in.op == TestLogOp::Open)
            out += QByteArray::number(in.size) + ' ' + QByteArray::number(in.mtimeNs) + ' ';
        out += in.name + '\n';
    }
    return out;
}

std::optional<TestInputRecord> parseTestInputRecord(const QByteArray &data)
{
    if (!data.startsWith(recordMagic) || !data.endsWith('\n'))
        return std::nullopt;
    TestInputRecord r;
    const QList<QByteArray> lines = data.mid(recordMagic.size()).chopped(1).split('\n');
    if (lines.size() < 3 || !lines[2].startsWith("package ") || !lines[0].startsWith("log ") ||
        lines[0].size() < 70 || !lines[1].startsWith("inputs "))
        return std::nullopt;
    const auto log = cache::digestFromHex(QByteArrayView(lines[0]).sliced(4, 64));
    const auto inputs = cache::digestFromHex(QByteArrayView(lines[1]).sliced(7));
    bool putOk = false;
    r.logPutNs =
        lines[0].size() > 69 && lines[0][68] == ' ' ? lines[0].mid(69).toLongLong(&putOk) : 0;
    if (!log || !inputs || !putOk)
        return std::nullopt;
    r.logHash = *log;
    r.inputsID = *inputs;
    r.importPath = QString::fromUtf8(lines[2].mid(8));
    for (qsizetype i = 3; i < lines.size(); ++i) {
        const QByteArray &l = lines[i];
        const qsizetype sp = l.indexOf(' ');
        const auto op = opFromWord(l.left(sp));
        if (sp < 0 || !op || l.size() < sp + 66 || l[sp + 65] != ' ')
            return std::nullopt;
        TestInput in;
        in.op = *op;
        in.hash = l.mid(sp + 1, 64);
        QByteArray rest = l.mid(sp + 66);
        if (in.op == TestLogOp::Stat || in.op == TestLogOp::Open) {
            const qsizetype a = rest.indexOf(' ');
            const qsizetype b = a < 0 ? -1 : rest.indexOf(' ', a + 1);
            bool ok1 = false, ok2 = false;
            if (b < 0)
                return std::nullopt;
            in.size = rest.left(a).toLongLong(&ok1);
            in.mtimeNs = rest.mid(a + 1, b - a - 1).toLongLong(&ok2);
            if (!ok1 || !ok2)
                return std::nullopt;
            rest = rest.mid(b + 1);
        }
        if (rest.isEmpty())
            return std::nullopt;
        in.name = rest;
        r.inputs.append(in);
    }
    return r;
}

std::optional<TestInputRecord> readTestInputRecord(const QString &cacheDir, const Digest &testID)
{
    QFile f(testInputRecordFile(cacheDir, testID));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parseTestInputRecord(f.readAll());
}

bool recordMatches(const TestInputRecord &record, const QByteArray &log, qint64 putNs)
{
    return record.logPutNs == putNs && record.logHash == sha256Of(log);
}

Result<void> recordTestInputs(const cache::DiskCache &cache, const QList<Digest> &testIDs,
                              const QByteArray &testLog, const Digest &inputsID,
                              const TestInputsContext &ctx)
{
    TestInputRecord r;
    r.logHash = sha256Of(testLog);
    r.inputsID = inputsID;
    r.importPath = ctx.importPath;
    r.inputs = currentTestInputs(testLog, ctx);
    for (const Digest &id : testIDs) {
        const cache::Lookup entry = cache.get(id);
        if (!entry.hit())
            continue; // the put failed: nothing to describe
        r.logPutNs = entry.entry->timeNanos;
        const QString file = testInputRecordFile(cache.dir(), id);
        if (!QDir().mkpath(file.left(file.lastIndexOf(QLatin1Char('/')))))
            return fail(QStringLiteral("mkdir %1: cannot create directory").arg(file));
        KILN_CHECK(writeFileAtomically(file, formatTestInputRecord(r)));
    }
    return {};
}

int removeStaleTestInputRecords(const QString &cacheDir)
{
    int removed = 0;
    QDirIterator it(cacheDir + QStringLiteral("/kiln/testinputs"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const auto id = cache::digestFromHex(QFile::encodeName(it.fileName()));
        if (!id || QFile::exists(cache::entryFileName(cacheDir, *id, 'a')))
            continue;
        removed += QFile::remove(file) ? 1 : 0;
    }
    return removed;
}

} // namespace kiln::test
