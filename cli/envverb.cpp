// kiln-cli env [-json] [-changed] [VAR ...]: go env's output, byte for byte.
//   no VAR     every variable as NAME='value' lines (or one JSON object)
//   VAR ...    just the values, one per line (-json: an object of those names;
//              -changed: those of them that differ from go's defaults)
// Flags follow go's flag package (-json, --json, -json=false; parsing stops at
// the first VAR or "--"), and $GOFLAGS may set -json and -changed as in go.
// Kiln never writes the go env file: -w and -u are refused.
#include "verbs.h"

#include "goenv/goenv.h"
#include "goenv/hostpaths.h"
#include "goenv/quotedargs.h"

#include <cstdio>

namespace kiln::cli
{

namespace
{

struct EnvFlags {
    bool json = false;
    bool changed = false;
    QStringList setByCommandLine; // names of the flags given on the command line
    QStringList names;
};

std::optional<bool> parseBool(const QString &s)
{
    static const QStringList yes = {QStringLiteral("1"),    QStringLiteral("t"),
                                    QStringLiteral("T"),    QStringLiteral("TRUE"),
                                    QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList no = {QStringLiteral("0"),     QStringLiteral("f"),
                                   QStringLiteral("F"),     QStringLiteral("FALSE"),
                                   QStringLiteral("false"), QStringLiteral("False")};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

int usageError(CliContext &ctx, const QString &message)
{
    ctx.err() << message << "\nusage: kiln-cli env [-json] [-changed] [var ...]\n"
              << "Run 'kiln-cli help' for details.\n";
    return 2;
}

// Sets one flag from "-name[=value]"; returns the problem, or "".
QString setFlag(EnvFlags &flags, const QString &name, const QString &value, bool hasValue)
{
    bool *target = name == QLatin1String("json")      ? &flags.json
                   : name == QLatin1String("changed") ? &flags.changed
                                                      : nullptr;
    if (!target) {
        if (QStringList{QStringLiteral("w"), QStringLiteral("u")}.contains(name))
            return QStringLiteral("kiln-cli env: -%1 is not supported: Kiln does not write the go "
                                  "env file (use go env -%1)")
                .arg(name);
        return QStringLiteral("flag provided but not defined: -%1").arg(name);
    }
    const std::optional<bool> v = hasValue ? parseBool(value) : std::optional<bool>(true);
    if (!v)
        return QStringLiteral("invalid boolean value \"%1\" for -%2: parse error").arg(value, name);
    *target = *v;
    return {};
}

// go's flag package: flags until the first non-flag argument or "--".
QString parseFlags(const QStringList &args, EnvFlags &flags)
{
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.size() < 2 || !arg.startsWith(QLatin1Char('-')))
            break;
        if (arg == QLatin1String("--")) {
            ++i;
            break;
        }
        QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
        if (name.isEmpty() || name.startsWith(QLatin1Char('-')) ||
            name.startsWith(QLatin1Char('=')))
            return QStringLiteral("bad flag syntax: %1").arg(arg);
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const QString value = eq < 0 ? QString() : name.mid(eq + 1);
        if (eq >= 0)
            name.truncate(eq);
        const QString bad = setFlag(flags, name, value, eq >= 0);
        if (!bad.isEmpty())
            return bad;
        flags.setByCommandLine.append(name);
    }
    flags.names = args.mid(i);
    return {};
}

// base.SetFromGOFLAGS for go env's own flags; the command line wins.
void applyGoflags(const QString &goflags, EnvFlags &flags)
{
    const auto words = goenv::splitQuoted(goflags);
    if (!words)
        return;
    for (QString word : *words) {
        if (!word.startsWith(QLatin1Char('-')) || word.startsWith(QLatin1Char('=')))
            continue;
        word = word.mid(word.startsWith(QLatin1String("--")) ? 2 : 1);
        const QString name = word.section(QLatin1Char('='), 0, 0);
        if (flags.setByCommandLine.contains(name) ||
            (name != QLatin1String("json") && name != QLatin1String("changed")))
            continue;
        EnvFlags scratch = flags;
        if (setFlag(scratch, name, word.section(QLatin1Char('='), 1),
                    word.contains(QLatin1Char('=')))
                .isEmpty())
            flags = scratch;
    }
}

QList<goenv::EnvVar> selectNamed(const goenv::GoEnv &env, const EnvFlags &flags)
{
    QList<goenv::EnvVar> out;
    for (const QString &name : flags.names) {
        if (!flags.changed) {
            out.append({name, env.value(name), false});
            continue;
        }
        for (const goenv::EnvVar &v : env.all()) {
            if (v.name == name) {
                out.append(v);
                break;
            }
        }
    }
    return out;
}

QByteArray render(const goenv::GoEnv &env, const EnvFlags &flags)
{
    const goenv::EnvFilter filter =
        flags.changed ? goenv::EnvFilter::ChangedOnly : goenv::EnvFilter::All;
    if (flags.names.isEmpty())
        return flags.json ? goenv::formatJson(env.all(), filter)
                          : goenv::formatPlain(env.all(), filter);
    const QList<goenv::EnvVar> named = selectNamed(env, flags);
    if (flags.json)
        return goenv::formatJson(named, filter);
    if (flags.changed)
        return goenv::formatPlain(named, filter);
    QByteArray out;
    for (const goenv::EnvVar &v : named)
        out += v.value.toUtf8() + '\n';
    return out;
}

} // namespace

int runEnv(CliContext &ctx, const QStringList &args)
{
    EnvFlags flags;
    const QString bad = parseFlags(args, flags);
    if (!bad.isEmpty())
        return usageError(ctx, bad);
    const goenv::Toolchain *tc = ctx.toolchain();
    if (!tc)
        return 1;
    goenv::EnvInput in;
    in.toolchain = *tc;
    in.environment = ctx.environment();
    in.workingDir = goenv::workingDirLikeGo(ctx.workingDir(), ctx.environment());
    in.names = flags.names;
    in.bareQuery = flags.names == args;
    const auto env = goenv::GoEnv::compute(in);
    if (!env) {
        ctx.err() << env.error().toString() << "\n";
        return 1;
    }
    for (const QString &warning : env->warnings())
        ctx.err() << warning << "\n";
    ctx.err().flush();
    applyGoflags(env->value(QStringLiteral("GOFLAGS")), flags);
    ctx.writeOut(render(*env, flags));
    return 0;
}

} // namespace kiln::cli
