#include "cache/buildhistory.h"

#include "base/goquote.h"
#include "base/sha256.h"
#include "cache/filelock.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kiln::cache
{

namespace
{

const char *const outcomes[] = {"ran", "hit", "failed"};

QString lockFile(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/kiln/history.lock");
}

// One record's fields, read left to right; every read fails once one did.
class FieldReader
{
public:
    explicit FieldReader(QByteArrayView line) : m_line(line) {}

    // A bare word up to the next space or the end.
    QByteArrayView word()
    {
        if (!m_ok || m_pos >= m_line.size()) {
            m_ok = false;
            return {};
        }
        qsizetype end = m_line.indexOf(' ', m_pos);
        if (end < 0)
            end = m_line.size();
        const QByteArrayView w = m_line.sliced(m_pos, end - m_pos);
        m_pos = end + (end < m_line.size() ? 1 : 0);
        m_ok = !w.isEmpty();
        return w;
    }
    // A go-quoted string; %q escapes '"' and '\\', so it ends at its first
    // bare '"'.
    QByteArray quoted()
    {
        if (!m_ok || m_pos >= m_line.size() || m_line[m_pos] != '"') {
            m_ok = false;
            return {};
        }
        qsizetype end = m_pos + 1;
        while (end < m_line.size() && m_line[end] != '"')
            end += m_line[end] == '\\' ? 2 : 1;
        if (end >= m_line.size()) {
            m_ok = false;
            return {};
        }
        const auto text = goUnquote(m_line.sliced(m_pos, end + 1 - m_pos).toByteArray());
        m_pos = end + 1;
        if (!text || (m_pos < m_line.size() && m_line[m_pos] != ' ')) {
            m_ok = false;
            return {};
        }
        if (m_pos < m_line.size())
            ++m_pos;
        return *text;
    }
    qint64 number()
    {
        bool ok = false;
        const qint64 n = word().toLongLong(&ok);
        m_ok = m_ok && ok && n >= 0;
        return n;
    }
    bool atEnd() const { return m_pos >= m_line.size(); }
    bool ok() const { return m_ok; }

private:
    QByteArrayView m_line;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

QByteArray quote(const QString &s)
{
    return goQuote(s.toUtf8());
}

QByteArray buildLine(const HistoryBuild &b)
{
    return "B " + QByteArray::number(b.timeNs) + ' ' + QByteArray::number(b.actions.size()) + ' ' +
           quote(b.module) + ' ' + quote(b.moduleRoot) + ' ' + quote(b.toolchain) + ' ' +
           quote(b.command) + '\n';
}

QByteArray actionLine(const HistoryAction &a)
{
    return "A " + quote(a.mode) + ' ' + quote(a.package) + ' ' + a.actionID.toLatin1() + ' ' +
           outcomes[int(a.outcome)] + ' ' +
           (a.contentID.isEmpty() ? QByteArray("-") : a.contentID.toLatin1()) + ' ' +
           QByteArray::number(a.durationNs / 1000) + '\n';
}

// The records one build adds to a file that already has the lines and
// preimages in `lines` and `preimages` (both updated).
QByteArray formatBlock(const HistoryBuild &b, QSet<QByteArray> &lines, QSet<QString> &preimages)
{
    QByteArray out;
    for (const HistoryAction &a : b.actions) {
        if (a.preimage.isEmpty() || preimages.contains(a.actionID))
            continue;
        preimages.insert(a.actionID);
        QByteArray p = "P " + a.actionID.toLatin1();
        for (const QByteArray &line : a.preimage) {
            const QByteArray id = historyLineId(line);
            if (!lines.contains(id)) {
                lines.insert(id);
                out += "L " + id + ' ' + goQuote(line) + '\n';
            }
            p += ' ' + id;
        }
        out += p + '\n';
    }
    out += buildLine(b);
    for (const HistoryAction &a : b.actions)
        out += actionLine(a);
    return out;
}

bool validActionId(QByteArrayView id)
{
    return id.size() == 20 && std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
           });
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QString tmp = path + QStringLiteral(".tmp");
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return fail(QStringLiteral("write %1: %2").arg(tmp, f.errorString()));
    f.close();
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(
            QStringLiteral("rename %1: %2").arg(tmp, QString::fromLocal8Bit(strerror(errno))));
    return {};
}

} // namespace

const HistoryAction *HistoryBuild::action(const QString &key) const
{
    for (const HistoryAction &a : actions)
        if (a.key() == key)
            return &a;
    return nullptr;
}

const HistoryBuild *BuildHistory::find(qint64 timeNs) const
{
    for (const HistoryBuild &b : builds)
        if (b.timeNs == timeNs)
            return &b;
    return nullptr;
}

QList<const HistoryBuild *> BuildHistory::buildsOf(const HistoryBuild &build) const
{
    QList<const HistoryBuild *> out;
    for (const HistoryBuild &b : builds)
        if (b.sameModule(build))
            out.append(&b);
    return out;
}

std::pair<const HistoryBuild *, const HistoryAction *>
BuildHistory::previous(const HistoryBuild &current, const QString &key) const
{
    for (qsizetype i = builds.size() - 1; i >= 0; --i) {
        const HistoryBuild &b = builds[i];
        if (b.timeNs >= current.timeNs || !b.sameModule(current))
            continue;
        if (const HistoryAction *a = b.action(key))
            return {&b, a};
    }
    return {nullptr, nullptr};
}

QString buildHistoryFile(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/kiln/history-v1.txt");
}

QByteArray historyLineId(QByteArrayView line)
{
    Sha256 h;
    h.add(line.toByteArray());
    return digestHex(h.finish()).left(16);
}

BuildHistory parseBuildHistory(QByteArrayView data)
{
    BuildHistory out;
    QHash<QByteArray, QByteArray> lines;
    QHash<QString, QList<QByteArray>> preimages;
    HistoryBuild open; // the build whose actions are being read
    qsizetype expected = -1;
    auto close = [&] {
        if (expected >= 0 && open.actions.size() == expected)
            out.builds.append(std::move(open));
        open = HistoryBuild();
        expected = -1;
    };
    qsizetype start = 0;
    for (qsizetype nl; (nl = data.indexOf('\n', start)) >= 0; start = nl + 1) {
        const QByteArrayView line = data.sliced(start, nl - start);
        if (line.size() < 2 || line[1] != ' ')
            continue;
        FieldReader f(line.sliced(2));
        switch (line[0]) {
        case 'L': {
            const QByteArray id = f.word().toByteArray();
            const QByteArray text = f.quoted();
            if (f.ok() && f.atEnd() && id.size() == 16)
                lines.insert(id, text);
            break;
        }
        case 'P': {
            const QByteArrayView id = f.word();
            if (!f.ok() || !validActionId(id))
                break;
            QList<QByteArray> preimage;
            bool complete = true;
            while (complete && !f.atEnd()) {
                const auto it = lines.constFind(f.word().toByteArray());
                complete = f.ok() && it != lines.constEnd();
                if (complete)
                    preimage.append(*it);
            }
            if (complete)
                preimages.insert(QString::fromLatin1(id), preimage);
            break;
        }
        case 'B': {
            close();
            HistoryBuild b;
            b.timeNs = f.number();
            const qint64 count = f.number();
            b.module = QString::fromUtf8(f.quoted());
            b.moduleRoot = QString::fromUtf8(f.quoted());
            b.toolchain = QString::fromUtf8(f.quoted());
            b.command = QString::fromUtf8(f.quoted());
            if (f.ok() && f.atEnd()) {
                open = std::move(b);
                expected = count;
            }
            break;
        }
        case 'A': {
            if (expected < 0 || open.actions.size() >= expected)
                break;
            HistoryAction a;
            a.mode = QString::fromUtf8(f.quoted());
            a.package = QString::fromUtf8(f.quoted());
            const QByteArrayView id = f.word();
            const QByteArrayView outcome = f.word();
            const QByteArrayView content = f.word();
            const qint64 micros = f.number();
            const auto o = std::find(std::begin(outcomes), std::end(outcomes), outcome);
            if (!f.ok() || !f.atEnd() || !validActionId(id) || o == std::end(outcomes) ||
                (content != "-" && !validActionId(content))) {
                expected = -1; // a broken build: drop it
                break;
            }
            a.actionID = QString::fromLatin1(id);
            a.outcome = HistoryOutcome(o - std::begin(outcomes));
            a.contentID = content == "-" ? QString() : QString::fromLatin1(content);
            a.durationNs = micros * 1000;
            a.preimage = preimages.value(a.actionID);
            open.actions.append(std::move(a));
            break;
        }
        default:
            break;
        }
    }
    close();
    return out;
}

QByteArray formatBuildHistory(const BuildHistory &history)
{
    QSet<QByteArray> lines;
    QSet<QString> preimages;
    QByteArray out;
    for (const HistoryBuild &b : history.builds)
        out += formatBlock(b, lines, preimages);
    return out;
}

BuildHistory boundedHistory(const BuildHistory &history, const HistoryLimits &limits)
{
    // Newest first: which builds stay, each costing what it adds to the
    // builds newer than it (its own lines and preimages not already kept).
    QHash<QString, int> perModule;
    QSet<QByteArray> lines;
    QSet<QString> preimages;
    qint64 size = 0;
    QList<const HistoryBuild *> kept;
    for (qsizetype i = history.builds.size() - 1; i >= 0; --i) {
        const HistoryBuild &b = history.builds[i];
        int &n = perModule[b.module + QLatin1Char('\n') + b.moduleRoot];
        if (n >= limits.buildsPerModule)
            continue;
        QSet<QByteArray> lines2 = lines;
        QSet<QString> preimages2 = preimages;
        const qint64 cost = formatBlock(b, lines2, preimages2).size();
        if (!kept.isEmpty() && size + cost > limits.targetBytes)
            break;
        ++n;
        size += cost;
        lines = std::move(lines2);
        preimages = std::move(preimages2);
        kept.prepend(&b);
    }
    BuildHistory out;
    for (const HistoryBuild *b : kept)
        out.builds.append(*b);
    return out;
}

BuildHistory readBuildHistory(const QString &cacheDir)
{
    QFile f(buildHistoryFile(cacheDir));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseBuildHistory(f.readAll());
}

Result<qint64> recordBuild(const QString &cacheDir, const HistoryBuild &build,
                           const HistoryLimits &limits)
{
    if (!QDir().mkpath(cacheDir + QStringLiteral("/kiln")))
        return fail(QStringLiteral("cannot create %1/kiln").arg(cacheDir));
    FileLock lock(lockFile(cacheDir));
    if (!lock.locked())
        return fail(QStringLiteral("cannot lock %1").arg(lockFile(cacheDir)));
    const QString file = buildHistoryFile(cacheDir);
    QByteArray data;
    {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            data = f.readAll();
    }
    // A writer that died mid-line left a partial last line: appending after
    // it would glue the next record to it.
    if (!data.isEmpty() && !data.endsWith('\n'))
        data.truncate(data.lastIndexOf('\n') + 1);
    BuildHistory history = parseBuildHistory(data);
    HistoryBuild b = build;
    if (!history.builds.isEmpty() && b.timeNs <= history.builds.last().timeNs)
        b.timeNs = history.builds.last().timeNs + 1;

    QSet<QByteArray> lines;
    QSet<QString> preimages;
    for (qsizetype start = 0, nl; (nl = data.indexOf('\n', start)) >= 0; start = nl + 1) {
        const QByteArrayView line = QByteArrayView(data).sliced(start, nl - start);
        if (line.startsWith("L ") && line.size() > 18)
            lines.insert(line.sliced(2, 16).toByteArray());
        else if (line.startsWith("P ") && line.size() >= 22)
            preimages.insert(QString::fromLatin1(line.sliced(2, 20)));
    }
    const QByteArray block = formatBlock(b, lines, preimages);
    history.builds.append(b);
    const int ofModule = int(history.buildsOf(b).size());
    if (data.size() + block.size() > limits.maxBytes ||
        ofModule > limits.buildsPerModule + limits.buildsPerModule / 4) {
        KILN_CHECK(writeFileAtomically(file, formatBuildHistory(boundedHistory(history, limits))));
        return b.timeNs;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite) || !f.resize(data.size()) || !f.seek(data.size()) ||
        f.write(block) != block.size())
        return fail(QStringLiteral("write %1: %2").arg(file, f.errorString()));
    return b.timeNs;
}

} // namespace kiln::cache
