// kiln-cli: go's verbs over Kiln's core. `kiln-cli VERB [flags] [args]`.
#include "verbs.h"

#include <QCoreApplication>
#include <functional>

namespace
{

using Verb = std::function<int(kiln::cli::CliContext &, const QStringList &)>;

struct VerbEntry {
    const char *name;
    const char *summary;
    Verb run;
};

const QList<VerbEntry> &verbs()
{
    static const QList<VerbEntry> table = {
        {"build", "compile packages and dependencies", kiln::cli::runBuild},
        {"cache", "list, sum and prune the build cache (ls, du, prune)", kiln::cli::runCache},
        {"clean", "expire cached test results (-testcache)", kiln::cli::runClean},
        {"env", "print Go environment information", kiln::cli::runEnv},
        {"list", "list packages", kiln::cli::runList},
        {"test", "test packages", kiln::cli::runTest},
        {"version", "print Kiln's version and the Go toolchain it found", kiln::cli::runVersion},
    };
    return table;
}

int usage(kiln::cli::CliContext &ctx, int status)
{
    QTextStream &s = status == 0 ? ctx.out() : ctx.err();
    s << "Kiln re-implements the go command's build orchestration and cache.\n\n"
      << "Usage:\n\n\tkiln-cli [--goroot DIR] <command> [arguments]\n\nThe commands are:\n\n";
    for (const VerbEntry &v : verbs())
        s << "\t" << QString::fromLatin1(v.name).leftJustified(10) << " " << v.summary << "\n";
    s.flush();
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kiln-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KILN_VERSION));
    QStringList args = app.arguments().mid(1);
    kiln::cli::CliContext ctx;
    while (!args.isEmpty() && args.first() == QLatin1String("--goroot") && args.size() > 1) {
        ctx.setGorootSetting(args.at(1));
        args = args.mid(2);
    }
    if (args.isEmpty())
        return usage(ctx, 2);
    const QString name = args.takeFirst();
    if (name == QLatin1String("help") || name == QLatin1String("-h") ||
        name == QLatin1String("--help"))
        return usage(ctx, 0);
    for (const VerbEntry &v : verbs()) {
        if (name == QLatin1String(v.name))
            return v.run(ctx, args);
    }
    ctx.err() << "kiln-cli " << name << ": unknown command\nRun 'kiln-cli help' for usage.\n";
    return 2;
}
