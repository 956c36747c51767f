#include "load/godebug.h"

#include "load/semver.h"

#include <QFile>
#include <QRegularExpression>

namespace kiln::load
{

Result<QList<GodebugInfo>> readGodebugTable(const QString &goroot)
{
    const QString path = goroot + QStringLiteral("/src/internal/godebugs/table.go");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failAt(path, 0, 0, f.errorString());
    static const QRegularExpression entry(
        QStringLiteral("^\\s*\\{Name: \"([^\"]+)\"(.*)\\},\\s*$"));
    static const QRegularExpression changed(QStringLiteral("Changed: (\\d+)"));
    static const QRegularExpression old(QStringLiteral("Old: \"([^\"]*)\""));
    QList<GodebugInfo> table;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const auto m = entry.match(QString::fromUtf8(raw));
        if (!m.hasMatch())
            continue;
        GodebugInfo info;
        info.name = m.captured(1);
        const QString rest = m.captured(2);
        if (const auto c = changed.match(rest); c.hasMatch())
            info.changed = c.captured(1).toInt();
        if (const auto o = old.match(rest); o.hasMatch())
            info.old = o.captured(1);
        table.append(info);
    }
    if (table.isEmpty())
        return failAt(path, 0, 0, QStringLiteral("no godebug entries found"));
    return table;
}

namespace
{

// gover.Compare for language versions like 1.21, 1.21.3, 1.22rc1.
int compareGoVersions(const QString &a, const QString &b)
{
    auto norm = [](QString v) {
        static const QRegularExpression pre(
            QStringLiteral("^(\\d+\\.\\d+(?:\\.\\d+)?)(rc|beta)(\\d+)$"));
        const auto m = pre.match(v);
        if (m.hasMatch())
            return QStringLiteral("v") + m.captured(1) + QStringLiteral("-") + m.captured(2) +
                   QStringLiteral(".") + m.captured(3);
        return QStringLiteral("v") + v;
    };
    return compareSemver(norm(a), norm(b));
}

bool isValidGoVersion(const QString &v)
{
    static const QRegularExpression re(QStringLiteral(
        "^[1-9][0-9]*\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?((rc|beta)[1-9][0-9]*)?$"));
    return re.match(v).hasMatch();
}

// Defaults for a language version: every setting changed after it, at its
// old value. Only versions "1.N" are understood (like go).
std::optional<QMap<QString, QString>> defaultsFor(const QList<GodebugInfo> &table, QString v)
{
    if (v.count(QLatin1Char('.')) >= 2)
        v.truncate(v.indexOf(QLatin1Char('.'), v.indexOf(QLatin1Char('.')) + 1));
    if (!v.startsWith(QLatin1String("1.")))
        return std::nullopt;
    bool ok = false;
    const int minor = v.mid(2).toInt(&ok);
    if (!ok)
        return std::nullopt;
    QMap<QString, QString> m;
    for (const GodebugInfo &info : table)
        if (minor < info.changed)
            m.insert(info.name, info.old);
    return m;
}

} // namespace

std::optional<std::pair<QString, QString>> parseGoDebugDirective(const QString &text,
                                                                 const QList<GodebugInfo> &table)
{
    if (!text.startsWith(QLatin1String("//go:debug")))
        return std::nullopt;
    static const QRegularExpression space(QStringLiteral("[ \t]"));
    const qsizetype i = text.indexOf(space);
    if (i < 0)
        return std::nullopt;
    const QString kv = text.mid(i).trimmed();
    const qsizetype eq = kv.indexOf(QLatin1Char('='));
    if (eq < 0)
        return std::nullopt;
    const QString k = kv.left(eq), v = kv.mid(eq + 1);
    if (k == QLatin1String("default"))
        return std::make_pair(k, v);
    for (const GodebugInfo &info : table)
        if (info.name == k)
            return std::make_pair(k, v);
    return std::nullopt; // unknown settings are reported by the loader, not applied
}

QString defaultGodebug(const QList<GodebugInfo> &table, const GodebugInputs &in)
{
    QString goVersion = in.goVersion;
    if (!in.debGoMinCompat.isEmpty() && compareGoVersions(goVersion, in.debGoMinCompat) < 0)
        goVersion = in.debGoMinCompat;
    QMap<QString, QString> m;
    if (in.fips140)
        m.insert(QStringLiteral("fips140"), QStringLiteral("on"));
    for (const auto &[k, v] : in.moduleGodebug)
        m.insert(k, v);
    for (const QString &d : in.directives) {
        if (auto kv = parseGoDebugDirective(d, table))
            m.insert(kv->first, kv->second);
    }
    if (m.contains(QStringLiteral("default"))) {
        QString v = m.take(QStringLiteral("default"));
        if (v.startsWith(QLatin1String("go")))
            v = v.mid(2);
        if (isValidGoVersion(v))
            goVersion = v;
    }
    if (auto defaults = defaultsFor(table, goVersion)) {
        for (auto it = m.begin(); it != m.end(); ++it)
            defaults->insert(it.key(), it.value());
        m = *defaults;
    }
    QStringList parts;
    for (auto it = m.begin(); it != m.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(','));
}

} // namespace kiln::load
