#include "exec/forecastlines.h"

#include "base/goquote.h"
#include "base/hashid.h"
#include "cache/cachehash.h"
#include "load/buildinfo.h"

namespace kiln::exec::forecast
{

namespace
{

const QByteArray Unknown = QByteArrayLiteral("\xe2\x80\xa6"); // "…"

// setBuildInfo's order of the settings a flag change can touch; the ones
// around them (-buildmode, -compiler are always there) place an insertion.
const QStringList SettingOrder = {
    QStringLiteral("-asan"),     QStringLiteral("-asmflags"),   QStringLiteral("-buildmode"),
    QStringLiteral("-compiler"), QStringLiteral("-gccgoflags"), QStringLiteral("-gcflags"),
    QStringLiteral("-ldflags"),
};

QString settingKey(const QString &line)
{
    if (!line.startsWith(QLatin1String("build\t")))
        return {};
    const qsizetype eq = line.indexOf(QLatin1Char('='));
    return eq < 0 ? QString() : line.mid(6, eq - 6);
}

// Puts the setting line for key (or removes it when line is "") where
// setBuildInfo would have appended it.
void placeSetting(QStringList &lines, const QString &key, const QString &line)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (settingKey(lines[i]) != key)
            continue;
        if (line.isEmpty())
            lines.removeAt(i);
        else
            lines[i] = line;
        return;
    }
    if (line.isEmpty())
        return;
    const qsizetype order = SettingOrder.indexOf(key);
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (SettingOrder.indexOf(settingKey(lines[i])) > order) {
            lines.insert(i, line);
            return;
        }
    qsizetype after = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype o = SettingOrder.indexOf(settingKey(lines[i]));
        if (o >= 0 && o < order)
            after = i;
    }
    lines.insert(after + 1, line);
}

} // namespace

QByteArray compileLine(const QString &id, const QStringList &gcflags)
{
    return "compile " + (id.isEmpty() ? Unknown : id.toUtf8()) + " [] " + goQuoteList(gcflags);
}

QByteArray asmLine(const QString &id, const QStringList &asmflags)
{
    return "asm " + (id.isEmpty() ? Unknown : goQuote(id.toUtf8())) + " [] " +
           goQuoteList(asmflags);
}

QByteArray linkflagsLine(const QStringList &ldflags)
{
    return "linkflags " + goQuoteList(ldflags);
}

QString recordedToolId(const graph::ActionRecord &record, const QByteArray &tool)
{
    const QByteArray prefix = tool + ' ';
    for (const QByteArray &line : record.preimage) {
        if (!line.startsWith(prefix))
            continue;
        const qsizetype end = line.indexOf(" [] ");
        if (end < 0)
            continue;
        const QByteArray id = line.mid(prefix.size(), end - prefix.size());
        if (id.startsWith('"'))
            return QString::fromUtf8(goUnquote(id).value_or(QByteArray()));
        return QString::fromUtf8(id);
    }
    return {};
}

QStringList infoSettings(const flags::FlagScopes &scopes, bool trimpath)
{
    load::BuildInfo info;
    if (scopes.present(flags::ScopeFlag::Asm))
        info.append(QStringLiteral("-asmflags"), scopes.raw(flags::ScopeFlag::Asm));
    if (const QString gc = scopes.raw(flags::ScopeFlag::Gc); !gc.isEmpty())
        info.append(QStringLiteral("-gcflags"), gc);
    if (const QString ld = scopes.raw(flags::ScopeFlag::Ld); !ld.isEmpty() && !trimpath)
        info.append(QStringLiteral("-ldflags"), ld);
    QStringList lines = info.toString().split(QLatin1Char('\n'));
    lines.removeAll(QString());
    return lines;
}

std::optional<QByteArray> rewriteModinfo(const graph::ActionRecord &record,
                                         const QStringList &settings)
{
    for (const QByteArray &raw : record.preimage) {
        if (!raw.startsWith("modinfo "))
            continue;
        const auto text = goUnquote(raw.mid(8).chopped(raw.endsWith('\n') ? 1 : 0));
        if (!text)
            return std::nullopt;
        QStringList lines = QString::fromUtf8(*text).split(QLatin1Char('\n'));
        for (const QString &key : {QStringLiteral("-asmflags"), QStringLiteral("-gcflags"),
                                   QStringLiteral("-ldflags")}) {
            QString line;
            for (const QString &s : settings)
                if (settingKey(s) == key)
                    line = s;
            placeSetting(lines, key, line);
        }
        return "modinfo " + goQuote(lines.join(QLatin1Char('\n')).toUtf8());
    }
    return std::nullopt;
}

QString rehash(const graph::ActionRecord &record, const QString &name, const QString &goVersion,
               const QList<Replacement> &replacements)
{
    if (record.preimage.isEmpty() || record.actionID.isEmpty())
        return {};
    cache::CacheHash old(name, cache::hashSalt(goVersion));
    for (const QByteArray &line : record.preimage)
        old.write(line);
    if (hashToString(old.sum()) != record.actionID)
        return {};
    QList<QByteArray> lines = record.preimage;
    for (const Replacement &r : replacements) {
        const auto it = std::find_if(lines.begin(), lines.end(), [&](const QByteArray &l) {
            return l.startsWith(r.key) && (r.key != "compile " || l.contains(" [] "));
        });
        if (it == lines.end())
            return {};
        *it = r.after + '\n';
    }
    cache::CacheHash h(name, cache::hashSalt(goVersion));
    for (const QByteArray &line : lines)
        h.write(line);
    return hashToString(h.sum());
}

} // namespace kiln::exec::forecast
