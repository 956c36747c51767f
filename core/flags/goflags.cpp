#include "flags/goflags.h"

#include "base/goquote.h"
#include "goenv/quotedargs.h"

#include <QSet>

namespace kiln::flags
{

namespace
{

// Every flag name of every go 1.25 command (checked against go: each of them,
// and no other name found in cmd/go's sources, passes GOFLAGS validation).
const QSet<QString> &goCommandFlags()
{
    static const QSet<QString> names = [] {
        const char *const plain[] = {"C",
                                     "a",
                                     "asan",
                                     "asmflags",
                                     "bench",
                                     "benchmem",
                                     "benchtime",
                                     "blockprofile",
                                     "blockprofilerate",
                                     "buildmode",
                                     "buildvcs",
                                     "c",
                                     "cache",
                                     "changed",
                                     "compat",
                                     "compiled",
                                     "compiler",
                                     "count",
                                     "cover",
                                     "covermode",
                                     "coverpkg",
                                     "coverprofile",
                                     "cpu",
                                     "cpuprofile",
                                     "d",
                                     "debug-actiongraph",
                                     "debug-runtime-trace",
                                     "debug-trace",
                                     "deps",
                                     "diff",
                                     "dropexclude",
                                     "dropgodebug",
                                     "dropignore",
                                     "dropreplace",
                                     "droprequire",
                                     "dropretract",
                                     "droptool",
                                     "dropuse",
                                     "e",
                                     "exclude",
                                     "exec",
                                     "export",
                                     "f",
                                     "failfast",
                                     "find",
                                     "fix",
                                     "fmt",
                                     "fullpath",
                                     "fuzz",
                                     "fuzzcache",
                                     "fuzzminimizetime",
                                     "fuzztime",
                                     "gccgoflags",
                                     "gcflags",
                                     "go",
                                     "godebug",
                                     "i",
                                     "ignore",
                                     "insecure",
                                     "installsuffix",
                                     "json",
                                     "ldflags",
                                     "linkshared",
                                     "list",
                                     "m",
                                     "memprofile",
                                     "memprofilerate",
                                     "mod",
                                     "modcache",
                                     "modcacherw",
                                     "modfile",
                                     "module",
                                     "msan",
                                     "mutexprofile",
                                     "mutexprofilefraction",
                                     "n",
                                     "o",
                                     "outputdir",
                                     "overlay",
                                     "p",
                                     "parallel",
                                     "pgo",
                                     "pkgdir",
                                     "print",
                                     "r",
                                     "race",
                                     "replace",
                                     "require",
                                     "retract",
                                     "retracted",
                                     "reuse",
                                     "run",
                                     "short",
                                     "shuffle",
                                     "skip",
                                     "t",
                                     "tags",
                                     "test",
                                     "testcache",
                                     "timeout",
                                     "tool",
                                     "toolchain",
                                     "toolexec",
                                     "trace",
                                     "trimpath",
                                     "u",
                                     "use",
                                     "v",
                                     "vendor",
                                     "versions",
                                     "vet",
                                     "vettool",
                                     "w",
                                     "work",
                                     "x"};
        // go test also defines test.<name> for the flags it passes to the test
        // binary (test/flagdefs.go passFlagToTest).
        const char *const passToTest[] = {"bench",
                                          "benchmem",
                                          "benchtime",
                                          "blockprofile",
                                          "blockprofilerate",
                                          "count",
                                          "coverprofile",
                                          "cpu",
                                          "cpuprofile",
                                          "failfast",
                                          "fullpath",
                                          "fuzz",
                                          "fuzzminimizetime",
                                          "fuzztime",
                                          "list",
                                          "memprofile",
                                          "memprofilerate",
                                          "mutexprofile",
                                          "mutexprofilefraction",
                                          "outputdir",
                                          "parallel",
                                          "run",
                                          "short",
                                          "shuffle",
                                          "skip",
                                          "timeout",
                                          "trace",
                                          "v"};
        QSet<QString> s;
        for (const char *n : plain)
            s.insert(QLatin1String(n));
        for (const char *n : passToTest)
            s.insert(QStringLiteral("test.") + QLatin1String(n));
        return s;
    }();
    return names;
}

FlagError fatal(const QString &message)
{
    return FlagError{QStringLiteral("go: parsing $GOFLAGS: ") + message, 1};
}

} // namespace

bool isGoCommandFlag(const QString &name)
{
    return goCommandFlags().contains(name);
}

FlagResult<QStringList> splitGoflags(const QString &value)
{
    auto words = goenv::splitQuoted(value);
    if (!words)
        return std::unexpected(fatal(words.error().message));
    for (const QString &f : *words) {
        if (!f.startsWith(QLatin1Char('-')) || f == QLatin1String("-") ||
            f == QLatin1String("--") || f.startsWith(QLatin1String("---")) ||
            f.startsWith(QLatin1String("-=")) || f.startsWith(QLatin1String("--=")))
            return std::unexpected(
                fatal(QStringLiteral("non-flag %1").arg(QString::fromUtf8(goQuote(f.toUtf8())))));
        QString name = f.mid(1);
        if (name.startsWith(QLatin1Char('-')))
            name = name.mid(1);
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0)
            name.truncate(eq);
        if (!isGoCommandFlag(name))
            return std::unexpected(fatal(QStringLiteral("unknown flag -%1").arg(name)));
    }
    return *words;
}

bool inGoflags(const QStringList &goflags, const QString &flag)
{
    for (QString name : goflags) {
        if (name.startsWith(QLatin1String("--")))
            name = name.mid(1);
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0)
            name.truncate(eq);
        if (name == flag)
            return true;
    }
    return false;
}

} // namespace kiln::flags
