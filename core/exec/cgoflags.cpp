#include "exec/cgoflags.h"

#include "exec/cgoflagslists.h"

#include <QRegularExpression>

namespace kiln::exec
{

namespace
{

using namespace flaglists;

// Go's re.FindString(arg) == arg: the leftmost-first match is all of arg.
bool fullMatch(const QRegularExpression &re, const QString &arg)
{
    const QRegularExpressionMatch m = re.match(arg);
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == arg.size();
}

bool anyFullMatch(const Patterns &list, const QString &arg)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const QRegularExpression &re) { return fullMatch(re, arg); });
}

struct Rules {
    const Patterns *invalid = nullptr;
    const Patterns &valid;
    const QStringList *validNext = nullptr;
};

Rules rulesFor(FlagList kind)
{
    switch (kind) {
    case FlagList::Compiler:
        return {nullptr, validCompilerFlags(), &validCompilerFlagsWithNextArg()};
    case FlagList::Linker:
        return {&invalidLinkerFlags(), validLinkerFlags(), &validLinkerFlagsWithNextArg()};
    case FlagList::PkgConfig:
        break;
    }
    return {nullptr, validPkgConfigFlags(), nullptr};
}

QString overrideValue(const CgoConfig &cgo, const QString &key)
{
    for (const auto &[k, v] : cgo.flagOverrides)
        if (k == key)
            return v;
    return QString();
}

// "-Wl,--push-state,--as-needed,…": every comma part must pass as -Wl,part.
bool pushStateOk(const Rules &r, const QString &arg)
{
    const QStringList parts = arg.split(QLatin1Char(','));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString a = QStringLiteral("-Wl,") + parts[i];
        if (!anyFullMatch(r.valid, a))
            return false;
        if (r.invalid && anyFullMatch(*r.invalid, a))
            return false;
    }
    return true;
}

// Whether a flag of validNext may take list[i+1]; advances i.
std::optional<bool> takesNext(const QStringList &list, qsizetype &i)
{
    const QString &arg = list[i];
    if (i + 1 >= list.size())
        return std::nullopt;
    const QString &next = list[i + 1];
    if (safeArg(next)) {
        ++i;
        return true;
    }
    if (arg.startsWith(QLatin1String("-Wl,")) && next.startsWith(QLatin1String("-Wl,")) &&
        safeArg(next.mid(4)) && !next.mid(4).contains(QLatin1Char(','))) {
        ++i;
        return true;
    }
    if (arg == QLatin1String("-I") &&
        (next.startsWith(QLatin1Char('=')) || next.startsWith(QLatin1String("$SYSROOT"))) &&
        safeArg(next.mid(1))) {
        ++i;
        return true;
    }
    return false;
}

} // namespace

bool safeArg(const QString &arg)
{
    if (arg.isEmpty())
        return false;
    const QChar c = arg[0];
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('.') ||
           c == QLatin1Char('_') || c == QLatin1Char('/') || c.unicode() >= 0x80;
}

Result<void> checkFlags(FlagList kind, const QString &name, const QString &source,
                        const QStringList &list, const CgoConfig &cgo)
{
    const Rules r = rulesFor(kind);
    std::optional<QRegularExpression> allow, disallow;
    if (kind != FlagList::PkgConfig) {
        for (const char *suffix : {"_ALLOW", "_DISALLOW"}) {
            const QString key = QStringLiteral("CGO_") + name + QLatin1String(suffix);
            const QString v = overrideValue(cgo, key);
            if (v.isEmpty())
                continue;
            QRegularExpression re(v);
            if (!re.isValid())
                return fail(QStringLiteral("parsing $%1: %2").arg(key, re.errorString()));
            (suffix[1] == 'A' ? allow : disallow) = re;
        }
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &arg = list[i];
        auto bad = [&] { return fail(QStringLiteral("invalid flag in %1: %2").arg(source, arg)); };
        if (disallow && fullMatch(*disallow, arg))
            return bad();
        if (allow && fullMatch(*allow, arg))
            continue;
        if (r.invalid && anyFullMatch(*r.invalid, arg))
            return bad();
        if (anyFullMatch(r.valid, arg))
            continue;
        if (arg.startsWith(QLatin1String("-Wl,--push-state,"))) {
            if (!pushStateOk(r, arg))
                return bad();
            continue;
        }
        if (r.validNext && r.validNext->contains(arg)) {
            const qsizetype at = i;
            const std::optional<bool> took = takesNext(list, i);
            if (took && *took)
                continue;
            if (took)
                return fail(QStringLiteral("invalid flag in %1: %2 %3 (see "
                                           "https://golang.org/s/invalidflag)")
                                .arg(source, arg, list[at + 1]));
            return fail(QStringLiteral("invalid flag in %1: %2 without argument (see "
                                       "https://golang.org/s/invalidflag)")
                            .arg(source, arg));
        }
        return bad();
    }
    return {};
}

bool preferExternalLink(const QStringList &cflags, const QStringList &cxxflags,
                        const QStringList &fflags)
{
    static const CgoConfig noOverrides;
    for (const QStringList *list : {&cflags, &cxxflags, &fflags}) {
        // go's checkCompilerFlagsForInternalLink: no ALLOW/DISALLOW overrides.
        if (!checkFlags(FlagList::Compiler, QString(), QString(), *list, noOverrides))
            return true;
        for (const QString &f : *list)
            if (f.startsWith(QLatin1String("-flto")))
                return true;
    }
    return false;
}

Result<QStringList> splitPkgConfigOutput(const QByteArray &out)
{
    QStringList flags;
    QByteArray flag;
    bool didQuote = false, escaped = false;
    char quote = 0;
    for (const char c : out) {
        if (escaped) {
            if (quote == '"' && !QByteArray("$`\"\\\n").contains(c)) {
                flag += '\\';
                flag += c;
                escaped = false;
                continue;
            }
            if (c != '\n')
                flag += c;
            escaped = false;
            continue;
        }
        if (quote != 0 && c == quote) {
            quote = 0;
            continue;
        }
        if (quote == '\'') {
            flag += c;
            continue;
        }
        if (quote == '"' && c != '`' && c != '$' && c != '\\') {
            flag += c;
            continue;
        }
        switch (c) {
        case '|':
        case '&':
        case ';':
        case '<':
        case '>':
        case '(':
        case ')':
        case '$':
        case '`':
            return fail(QStringLiteral("unexpected shell character %1 in pkgconf output")
                            .arg(QStringLiteral("'%1'").arg(QLatin1Char(c))));
        case '\\':
            escaped = true;
            continue;
        case '"':
        case '\'':
            quote = c;
            didQuote = true;
            continue;
        case ' ':
        case '\t':
        case '\n':
            if (!flag.isEmpty() || didQuote)
                flags.append(QString::fromUtf8(flag));
            flag.clear();
            didQuote = false;
            continue;
        default:
            flag += c;
        }
    }
    if (quote != 0)
        return fail(QStringLiteral("unterminated quoted string in pkgconf output"));
    if (escaped)
        return fail(QStringLiteral("broken character escaping in pkgconf output"));
    if (!flag.isEmpty() || didQuote)
        flags.append(QString::fromUtf8(flag));
    return flags;
}

CgoFlags packageCgoFlags(const load::Package &p, const CgoConfig &cgo)
{
    CgoFlags f;
    struct Step {
        const char *name;
        FlagList kind;
        const QStringList &env;
        const QStringList &fromPackage;
        QStringList &out;
    };
    const Step steps[] = {
        {"CPPFLAGS", FlagList::Compiler, cgo.cppflags, p.cgoCPPFLAGS, f.cppflags},
        {"CFLAGS", FlagList::Compiler, cgo.cflags, p.cgoCFLAGS, f.cflags},
        {"CXXFLAGS", FlagList::Compiler, cgo.cxxflags, p.cgoCXXFLAGS, f.cxxflags},
        {"FFLAGS", FlagList::Compiler, cgo.fflags, p.cgoFFLAGS, f.fflags},
        {"LDFLAGS", FlagList::Linker, cgo.ldflags, p.cgoLDFLAGS, f.ldflags},
    };
    for (const Step &s : steps) {
        const QString name = QLatin1String(s.name);
        if (auto ok = checkFlags(s.kind, name, QStringLiteral("#cgo ") + name, s.fromPackage, cgo);
            !ok) {
            f.error = ok.error();
            return f;
        }
        s.out = s.env + s.fromPackage;
    }
    return f;
}

} // namespace kiln::exec
