#include "support/toolflagscript.h"

namespace kiln::test
{

namespace
{

QStringList shellWords(const QString &line)
{
    QStringList out;
    QString cur;
    QChar quote;
    bool inWord = false;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                cur += c;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inWord = true;
        } else if (c == u' ') {
            if (inWord)
                out.append(cur);
            cur.clear();
            inWord = false;
        } else {
            cur += c;
            inWord = true;
        }
    }
    if (inWord)
        out.append(cur);
    return out;
}

QStringList compileFlags(const QStringList &w)
{
    qsizetype i = w.indexOf(QStringLiteral("-buildid")) + 2;
    auto skip = [&](const QString &flag, int words) {
        if (i < w.size() && (w[i] == flag || (flag.endsWith(u'=') && w[i].startsWith(flag))))
            i += words;
    };
    skip(QStringLiteral("-dwarf=false"), 1);
    skip(QStringLiteral("-goversion"), 2);
    skip(QStringLiteral("-coveragecfg="), 1);
    skip(QStringLiteral("-pgoprofile="), 1);
    skip(QStringLiteral("-symabis"), 2);
    skip(QStringLiteral("-c="), 1);
    QStringList out;
    for (; i < w.size() && w[i] != QLatin1String("-nolocalimports") && w[i] != QLatin1String("-D");
         ++i)
        out.append(w[i]);
    return out;
}

QStringList asmFlags(const QStringList &w)
{
    QStringList out;
    qsizetype i = w.indexOf(QStringLiteral("GOARCH_amd64")) + 1;
    for (; i < w.size() && !(w[i] == QLatin1String("-D") && i + 1 < w.size() &&
                             w[i + 1].startsWith(QLatin1String("GOAMD64_")));
         ++i)
        out.append(w[i]);
    return out;
}

QStringList linkFlags(const QStringList &w)
{
    QStringList out;
    qsizetype i = 0;
    while (i < w.size() && !w[i].startsWith(QLatin1String("-buildid=")))
        ++i;
    for (++i; i + 1 < w.size() && !w[i].startsWith(QLatin1String("-extld=")); ++i)
        out.append(w[i]);
    return out;
}

} // namespace

ToolFlagScript parseToolFlagScript(const QString &script)
{
    ToolFlagScript g;
    QMap<QString, QString> archiveOwner; // $WORK/bNNN/_pkg_.a -> import path
    QMap<QString, QString> linkMain;     // $WORK/bNNN/importcfg.link -> main package
    const QStringList lines = script.split(u'\n');
    QString current;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.contains(QLatin1String("<< 'EOF'"))) {
            // importcfg.link names the main package in its first packagefile line.
            const QString file = line.section(u'>', 1, 1).section(u' ', 0, 0);
            // A heredoc whose text has no final newline (embedcfg) ends "…}EOF".
            while (i + 1 < lines.size() && !lines[i + 1].endsWith(QLatin1String("EOF"))) {
                ++i;
                if (file.endsWith(QLatin1String("importcfg.link")) && !linkMain.contains(file) &&
                    lines[i].startsWith(QLatin1String("packagefile ")))
                    linkMain.insert(file, lines[i].mid(12).section(u'=', 0, 0));
            }
            ++i;
            continue;
        }
        if (line == QLatin1String("#") && i + 2 < lines.size() &&
            lines[i + 1].startsWith(QLatin1String("# ")) && lines[i + 2] == QLatin1String("#")) {
            current = lines[i + 1].mid(2);
            i += 2;
            continue;
        }
        const QStringList w = shellWords(line);
        qsizetype tool = -1;
        for (qsizetype k = 0; k < w.size() && tool < 0; ++k)
            if (w[k].endsWith(QLatin1String("/compile")) || w[k].endsWith(QLatin1String("/asm")) ||
                w[k].endsWith(QLatin1String("/link")))
                tool = k;
        if (tool < 0)
            continue;
        const QStringList args = w.mid(tool);
        if (args[0].endsWith(QLatin1String("/compile"))) {
            g.gc.insert(current, compileFlags(args));
            g.compiled.append(current);
            archiveOwner.insert(args.value(2), current);
        } else if (args[0].endsWith(QLatin1String("/asm"))) {
            g.asmflags.insert(current, asmFlags(args));
        } else {
            const QString cfg = args.value(args.indexOf(QStringLiteral("-importcfg")) + 1);
            const QString main = linkMain.value(cfg, archiveOwner.value(args.last(), current));
            g.ld.insert(main, linkFlags(args));
            g.linked.append(main);
        }
    }
    return g;
}

} // namespace kiln::test
