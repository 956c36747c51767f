// #cgo lines of a cgo preamble (declared in gofileheader.h): go/build's
// saveCgo, splitQuoted, expandSrcDir and makePathsAbsolute.
#include "load/gofileheader.h"

#include "load/goscanner.h"

namespace kiln::load
{

using namespace gosyntax;

namespace
{

// The #cgo line's text after "#cgo", or nullopt for other lines and for
// "#cgo nocallback f" / "#cgo noescape f".
std::optional<QByteArrayView> cgoBody(QByteArrayView trimmed)
{
    if (trimmed.size() < 5 || !trimmed.startsWith("#cgo") ||
        (trimmed[4] != ' ' && trimmed[4] != '\t'))
        return std::nullopt;
    const QList<QByteArrayView> f = fields(trimmed);
    if (f.size() == 3 && (f[1] == "nocallback" || f[1] == "noescape"))
        return std::nullopt;
    return trimSpace(trimmed.sliced(4));
}

// splitQuoted: words split at white space; ' and " group, \ escapes.
QStringList splitQuoted(QByteArrayView s, QString *error)
{
    QStringList args;
    QByteArray arg;
    bool escaped = false;
    bool quoted = false;
    char32_t quote = 0;
    for (qsizetype i = 0; i < s.size();) {
        const DecodedRune d = decodeRune(s, i);
        i += d.width;
        const char32_t r = d.rune;
        if (escaped) {
            escaped = false;
        } else if (r == '\\') {
            escaped = true;
            continue;
        } else if (quote != 0) {
            if (r == quote) {
                quote = 0;
                continue;
            }
        } else if (r == '"' || r == '\'') {
            quoted = true;
            quote = r;
            continue;
        } else if (isSpace(r)) {
            if (quoted || !arg.isEmpty()) {
                quoted = false;
                args.append(QString::fromUtf8(arg));
                arg.clear();
            }
            continue;
        }
        arg += encodeRune(r);
    }
    if (quoted || !arg.isEmpty())
        args.append(QString::fromUtf8(arg));
    if (quote != 0)
        *error = QStringLiteral("unclosed quote");
    else if (escaped)
        *error = QStringLiteral("unfinished escaping");
    return args;
}

// Characters safe in #cgo arguments ($ for -Wl,$ORIGIN, @ for macOS, ...);
// bytes from multi-byte UTF-8 sequences are all allowed.
bool safeCgoName(const QString &s)
{
    static const QByteArray safe =
        "+-.,/0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz:$@%! ~^";
    if (s.isEmpty())
        return false;
    for (const char c : s.toUtf8())
        if (static_cast<unsigned char>(c) < 0x80 && !safe.contains(c))
            return false;
    return true;
}

bool expandSrcDir(QString *arg, const QString &srcDir)
{
    const QStringList chunks = arg->split(QStringLiteral("${SRCDIR}"));
    if (chunks.size() < 2)
        return safeCgoName(*arg);
    bool ok = true;
    for (const QString &chunk : chunks)
        ok = ok && (chunk.isEmpty() || safeCgoName(chunk));
    ok = ok && (srcDir.isEmpty() || safeCgoName(srcDir));
    *arg = chunks.join(srcDir);
    return ok && !arg->isEmpty();
}

// path.Clean for slash-separated paths.
QString cleanPath(const QString &p)
{
    if (p.isEmpty())
        return QStringLiteral(".");
    const bool rooted = p.startsWith(QLatin1Char('/'));
    QStringList out;
    for (const QString &elem : p.split(QLatin1Char('/'))) {
        if (elem.isEmpty() || elem == QLatin1String("."))
            continue;
        if (elem == QLatin1String("..")) {
            if (!out.isEmpty() && out.last() != QLatin1String(".."))
                out.removeLast();
            else if (!rooted)
                out.append(elem);
            continue;
        }
        out.append(elem);
    }
    const QString joined = out.join(QLatin1Char('/'));
    if (rooted)
        return QLatin1Char('/') + joined;
    return joined.isEmpty() ? QStringLiteral(".") : joined;
}

QString joinPath(const QString &dir, const QString &elem)
{
    if (dir.isEmpty())
        return cleanPath(elem);
    return cleanPath(dir + QLatin1Char('/') + elem);
}

// Relative -I and -L paths become absolute: the compiler runs elsewhere.
void makePathsAbsolute(QStringList *args, const QString &srcDir)
{
    bool nextPath = false;
    for (QString &arg : *args) {
        if (nextPath) {
            if (!arg.startsWith(QLatin1Char('/')))
                arg = joinPath(srcDir, arg);
            nextPath = false;
        } else if (arg.startsWith(QLatin1String("-I")) || arg.startsWith(QLatin1String("-L"))) {
            if (arg.size() == 2)
                nextPath = true;
            else if (!arg.sliced(2).startsWith(QLatin1Char('/')))
                arg = arg.first(2) + joinPath(srcDir, arg.sliced(2));
        }
    }
}

QStringList *flagList(CgoFlags *flags, const QString &verb)
{
    if (verb == QLatin1String("CFLAGS"))
        return &flags->cflags;
    if (verb == QLatin1String("CPPFLAGS"))
        return &flags->cppflags;
    if (verb == QLatin1String("CXXFLAGS"))
        return &flags->cxxflags;
    if (verb == QLatin1String("FFLAGS"))
        return &flags->fflags;
    if (verb == QLatin1String("LDFLAGS"))
        return &flags->ldflags;
    if (verb == QLatin1String("pkg-config"))
        return &flags->pkgConfig;
    return nullptr;
}

} // namespace

QList<CgoDirective> parseCgoDirectives(const QString &preamble)
{
    QList<CgoDirective> out;
    const QByteArray text = preamble.toUtf8();
    for (const QByteArrayView raw : splitBytes(text, '\n')) {
        const QByteArrayView trimmed = trimSpace(raw);
        const auto body = cgoBody(trimmed);
        if (!body)
            continue;
        CgoDirective d;
        d.text = QString::fromUtf8(trimmed);
        const qsizetype colon = body->indexOf(':');
        const QList<QByteArrayView> f = fields(colon < 0 ? *body : body->first(colon));
        if (colon < 0 || f.isEmpty()) {
            d.malformed = true;
            out.append(d);
            continue;
        }
        for (qsizetype i = 0; i + 1 < f.size(); ++i)
            d.conditions.append(QString::fromUtf8(f[i]));
        d.verb = QString::fromUtf8(f.last());
        d.args = splitQuoted(body->sliced(colon + 1), &d.argsError);
        out.append(d);
    }
    return out;
}

std::optional<QString> applyCgoDirectives(const QString &fileLabel, const QString &preamble,
                                          const BuildContext &ctx, const QString &srcDir,
                                          CgoFlags *flags)
{
    const QByteArray text = preamble.toUtf8();
    for (const QByteArrayView raw : splitBytes(text, '\n')) {
        const QString orig = QString::fromUtf8(raw);
        const auto body = cgoBody(trimSpace(raw));
        if (!body)
            continue;
        const QString invalidLine = fileLabel + QStringLiteral(": invalid #cgo line: ") + orig;
        const qsizetype colon = body->indexOf(':');
        if (colon < 0)
            return invalidLine;
        const QList<QByteArrayView> f = fields(body->first(colon));
        if (f.isEmpty())
            return invalidLine;
        if (f.size() > 1) {
            bool any = false;
            for (qsizetype i = 0; i + 1 < f.size() && !any; ++i)
                any = ctx.matchAuto(QString::fromUtf8(f[i]));
            if (!any)
                continue;
        }
        QString quoteError;
        QStringList args = splitQuoted(body->sliced(colon + 1), &quoteError);
        if (!quoteError.isEmpty())
            return invalidLine;
        for (QString &arg : args)
            if (!expandSrcDir(&arg, srcDir))
                return fileLabel + QStringLiteral(": malformed #cgo argument: ") + arg;
        const QString verb = QString::fromUtf8(f.last());
        QStringList *list = flagList(flags, verb);
        if (!list)
            return fileLabel + QStringLiteral(": invalid #cgo verb: ") + orig;
        if (verb != QLatin1String("pkg-config"))
            makePathsAbsolute(&args, srcDir);
        *list += args;
    }
    return std::nullopt;
}

} // namespace kiln::load
