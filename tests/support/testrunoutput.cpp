#include "support/testrunoutput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace kiln::test
{

namespace
{

// Normalises one line (no '\n'); nullopt inside a goroutine dump.
class LineNormaliser
{
public:
    std::optional<QString> line(QString l)
    {
        static const QRegularExpression dumpStart(QStringLiteral(R"(^goroutine \d+ \[[^\]]*\]:$)"));
        static const QRegularExpression dumpEnd(
            QStringLiteral(R"(^(FAIL|ok |PASS|exit status|\*\*\*|--- |=== |panic: |\[signal ))"));
        static const QRegularExpression seconds(QStringLiteral(R"(\d+\.\d+s\b)"));
        static const QRegularExpression duration(QStringLiteral(R"(\(\d+(\.\d+)?[mµn]?s\))"));
        static const QRegularExpression hex(QStringLiteral(R"(0x[0-9a-f]+)"));
        static const QRegularExpression tlog(QStringLiteral(R"(^(\s+\S+\.go:\d+: )(.*)$)"));
        static const QRegularExpression digits(QStringLiteral(R"(\d+)"));
        if (dumpStart.match(l).hasMatch()) {
            if (std::exchange(m_inDump, true))
                return std::nullopt;
            return QStringLiteral("<goroutines>");
        }
        if (m_inDump) {
            if (!dumpEnd.match(l).hasMatch())
                return std::nullopt;
            m_inDump = false;
        }
        l.replace(seconds, QStringLiteral("T"));
        l.replace(duration, QStringLiteral("(T)"));
        l.replace(hex, QStringLiteral("0xX"));
        if (const auto m = tlog.match(l); m.hasMatch())
            l = m.captured(1) + m.captured(2).replace(digits, QStringLiteral("N"));
        return l;
    }

    // A chunk of lines (an Output event, a whole stream): each line
    // normalised, dropped lines left out, final newline kept as it was.
    QString text(const QString &chunk)
    {
        QStringList lines = chunk.split(QLatin1Char('\n'));
        const bool endsInNewline = lines.last().isEmpty();
        if (endsInNewline)
            lines.removeLast();
        QStringList out;
        for (const QString &l : lines)
            if (auto n = line(l))
                out << *n;
        if (out.isEmpty())
            return {};
        return out.join(QLatin1Char('\n')) + (endsInNewline ? QStringLiteral("\n") : QString());
    }

private:
    bool m_inDump = false;
};

} // namespace

QByteArray normaliseTestOutput(const QByteArray &text)
{
    LineNormaliser n;
    return n.text(QString::fromUtf8(text)).toUtf8();
}

TestEventGroups testEventsByTest(const QByteArray &stream)
{
    TestEventGroups out;
    QMap<QString, LineNormaliser> normalisers;
    for (const QByteArray &line : stream.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            out.badLines << QString::fromUtf8(line);
            continue;
        }
        QJsonObject e = doc.object();
        const auto field = [&e](const char *name) {
            return e.value(QLatin1String(name)).toString();
        };
        const QString key = e.contains(QLatin1String("ImportPath"))
                                ? QStringLiteral("build\t") + field("ImportPath")
                                : field("Package") + QLatin1Char('\t') + field("Test");
        e.remove(QLatin1String("Time"));
        if (e.contains(QLatin1String("Elapsed")))
            e[QLatin1String("Elapsed")] = 0;
        if (e.contains(QLatin1String("Output"))) {
            const QString o = normalisers[key].text(field("Output"));
            if (o.isEmpty())
                continue; // inside a goroutine dump
            e[QLatin1String("Output")] = o;
        }
        const QString action = field("Action");
        if (!field("Test").isEmpty() &&
            (action == QLatin1String("pass") || action == QLatin1String("fail") ||
             action == QLatin1String("skip")))
            ++out.testResults[field("Package")];
        out.groups[key] << QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
    }
    return out;
}

QString firstGroupDifference(const QMap<QString, QStringList> &go,
                             const QMap<QString, QStringList> &kiln)
{
    QStringList keys = go.keys() + kiln.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        const QStringList a = go.value(key), b = kiln.value(key);
        if (a == b)
            continue;
        for (qsizetype i = 0;; ++i)
            if (a.value(i) != b.value(i))
                return QStringLiteral("[%1] event %2 (go %3 events, kiln %4)\n go   %5\n kiln %6")
                    .arg(key)
                    .arg(i)
                    .arg(a.size())
                    .arg(b.size())
                    .arg(a.value(i, QStringLiteral("<none>")),
                         b.value(i, QStringLiteral("<none>")));
    }
    return {};
}

} // namespace kiln::test
