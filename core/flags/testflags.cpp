#include "flags/testflags.h"

#include "base/goquote.h"
#include "flags/goflags.h"
#include "flags/testflagsset.h"

#include <QSet>

namespace kiln::flags
{

namespace
{

const QString usageLine = QStringLiteral(
    "usage: go test [build/test flags] [packages] [build/test flags & test binary flags]");

// exitWithUsage: the command line's errors.
FlagError usageError(const QString &message)
{
    QString text = message.isEmpty() ? QString() : message + QLatin1Char('\n');
    text += usageLine + QStringLiteral("\nRun 'go help test' and 'go help testflag' for details.");
    return FlagError{text, 2};
}

QString quoted(const QString &s)
{
    return QString::fromUtf8(goQuote(s.toUtf8()));
}

// cmdflag.ParseOne for a flag go test knows: sets it, taking the next
// argument as the value of a non-bool flag written without "=".
std::optional<FlagError> setFlag(const TestFlag &flag, const QString &name, QString value,
                                 bool hasValue, QStringList &args)
{
    if (flag.kind == FlagKind::Bool) {
        if (auto r = flag.set(hasValue ? value : QStringLiteral("true")); !r)
            return usageError(
                hasValue
                    ? QStringLiteral("invalid boolean value %1 for -%2: %3")
                          .arg(quoted(value), name, r.error().message)
                    : QStringLiteral("invalid boolean flag %1: %2").arg(name, r.error().message));
        return std::nullopt;
    }
    if (!hasValue && !args.isEmpty()) {
        value = args.takeFirst();
        hasValue = true;
    }
    if (!hasValue)
        return usageError(QStringLiteral("flag needs an argument: -%1").arg(name));
    if (auto r = flag.set(value); !r)
        return usageError(QStringLiteral("invalid value %1 for flag -%2: %3")
                              .arg(quoted(value), name, r.error().message));
    return std::nullopt;
}

// main.go handleChdirFlag: -C dir / -C=dir as the first argument.
qsizetype chdirWords(const QStringList &args)
{
    if (args.isEmpty())
        return 0;
    const QString &a = args.first();
    if (a == QLatin1String("-C") || a == QLatin1String("--C"))
        return args.size() >= 2 ? 2 : 0;
    if (a.startsWith(QLatin1String("-C=")) || a.startsWith(QLatin1String("--C=")))
        return 1;
    return 0;
}

} // namespace

FlagResult<TestFlags> parseTestFlags(const QStringList &argsIn, const QString &goflags,
                                     const QString &workingDir)
{
    TestFlags f;
    QStringList args = argsIn;
    const QStringList chdir = args.mid(0, chdirWords(args));
    args.remove(0, chdir.size());
    KILN_TRY(base, parseBuildFlags(chdir, {}, workingDir)); // -C's checks
    KILN_TRY(goflagWords, splitGoflags(goflags));

    TestFlagSet flags(f, base.workingDir);

    // base.SetFromGOFLAGS over go test's flag set.
    FlagSet fromGoflags(usageLine.mid(7), QStringLiteral("test"));
    for (const QString &word : goflagWords) {
        QString name = word.mid(word.startsWith(QLatin1String("--")) ? 2 : 1);
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0)
            name.truncate(eq);
        if (const TestFlag *flag = flags.lookup(name))
            fromGoflags.add(name, flag->kind, flag->set);
    }
    KILN_CHECK(fromGoflags.setFromGoflags(goflagWords));
    QSet<QString> addFromGoflags;
    for (const QString &name : flags.setNames())
        if (isForwardedTestFlag(name))
            addFromGoflags.insert(name);

    QStringList explicitArgs;
    std::optional<QStringList> packageNames; // nullopt: go's nil slice
    QString firstUnknownFlag;
    bool inPackageList = false;
    bool afterFlagWithoutValue = false;
    while (!args.isEmpty()) {
        const QString raw = args.takeFirst();
        const bool wasAfterFlagWithoutValue = afterFlagWithoutValue;
        afterFlagWithoutValue = false;
        QString arg = raw;
        if (arg.startsWith(QLatin1String("--"))) {
            if (arg.size() == 2) {
                // "--" itself goes to the binary too.
                explicitArgs << raw << args;
                break;
            }
            arg = arg.mid(1);
        }
        if (arg == QLatin1String("-?") || arg == QLatin1String("-h") ||
            arg == QLatin1String("-help"))
            return std::unexpected(usageError({}));
        if (arg.size() < 2 || arg[0] != u'-' || arg[1] == u'-' || arg[1] == u'=') {
            if (!inPackageList && packageNames) {
                // The package list is over: a flag's value, or the binary's
                // positional arguments from here on.
                if (wasAfterFlagWithoutValue) {
                    explicitArgs << raw;
                    continue;
                }
                explicitArgs << raw << args;
                break;
            }
            inPackageList = true;
            packageNames = packageNames.value_or(QStringList()) << raw;
            continue;
        }
        inPackageList = false;

        QString name = arg.mid(1);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasValue = true;
        }
        const TestFlag *flag = flags.lookup(name);
        if (!flag) {
            if (!packageNames)
                packageNames = QStringList();
            if (raw == QLatin1String("-args") || raw == QLatin1String("--args")) {
                explicitArgs << args;
                break;
            }
            if (firstUnknownFlag.isEmpty())
                firstUnknownFlag = raw;
            explicitArgs << raw;
            afterFlagWithoutValue = !hasValue;
            continue;
        }
        if (auto error = setFlag(*flag, name, value, hasValue, args))
            return std::unexpected(*error);
        if (isForwardedTestFlag(name)) {
            const QString s = testFlagShortName(name);
            explicitArgs << QStringLiteral("-test.%1=%2").arg(s, flag->string());
            // Set explicitly: the GOFLAGS value is not forwarded.
            addFromGoflags.remove(s);
            addFromGoflags.remove(QStringLiteral("test.") + s);
        }
    }
    if (!firstUnknownFlag.isEmpty() && f.compileOnly)
        return std::unexpected(usageError(
            QStringLiteral("go: unknown flag %1 cannot be used with -c").arg(firstUnknownFlag)));

    QStringList injected;
    if (f.json) {
        // -test.v=test2json: like -test.v=true plus framing test2json reads.
        injected << QStringLiteral("-test.v=test2json");
        addFromGoflags.remove(QStringLiteral("v"));
        addFromGoflags.remove(QStringLiteral("test.v"));
    }
    bool timeoutSet = false;
    bool outputDirSet = false;
    for (const QString &name : flags.setNames()) {
        const QString s = testFlagShortName(name);
        if (addFromGoflags.contains(name))
            injected << QStringLiteral("-test.%1=%2").arg(s, flags.lookup(name)->string());
        timeoutSet = timeoutSet || s == QLatin1String("timeout");
        outputDirSet = outputDirSet || s == QLatin1String("outputdir");
    }
    // go test's default timeout; the binary has none of its own.
    if (f.timeout.count() > 0 && !timeoutSet)
        injected << QStringLiteral("-test.timeout=") + formatGoDuration(f.timeout);
    // The binary would write profiles to its own directory; go's is wanted.
    if (!f.profileFlag().isEmpty() && !outputDirSet)
        injected << QStringLiteral("-test.outputdir=") + base.workingDir;

    for (const QString &a : explicitArgs) {
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("-h") || a == QLatin1String("-help") ||
            a == QLatin1String("--help")) {
            f.showHelp = true;
            break;
        }
    }

    f.packageArgs = packageNames.value_or(QStringList());
    f.testArgs = injected + explicitArgs;
    auto build = parseBuildFlags(chdir + flags.buildWords(), {}, workingDir);
    if (!build) // every word was checked on its own; this cannot fail
        return std::unexpected(build.error());
    f.build = *build;
    f.build.goflags = goflagWords;
    f.build.packages = f.packageArgs;
    f.build.json = f.json;
    return f;
}

VetMode TestFlags::vetMode() const
{
    if (vet.off)
        return VetMode::Off;
    if (!vet.explicitlySet)
        return VetMode::Default;
    return vet.flags.isEmpty() ? VetMode::All : VetMode::Analyzers;
}

bool TestFlags::showPass() const
{
    return verbose.on || !list.isEmpty() || showHelp;
}

QString TestFlags::profileFlag() const
{
    if (!blockProfile.isEmpty())
        return QStringLiteral("-blockprofile");
    if (!cpuProfile.isEmpty())
        return QStringLiteral("-cpuprofile");
    if (!memProfile.isEmpty())
        return QStringLiteral("-memprofile");
    if (!mutexProfile.isEmpty())
        return QStringLiteral("-mutexprofile");
    if (!trace.isEmpty())
        return QStringLiteral("-trace");
    return {};
}

bool TestFlags::needBinary() const
{
    return !blockProfile.isEmpty() || !cpuProfile.isEmpty() || !memProfile.isEmpty() ||
           !mutexProfile.isEmpty() || !output.isEmpty();
}

QString TestFlags::effectiveOutputDir() const
{
    return outputDir.isEmpty() ? build.workingDir : outputDir;
}

GoDuration TestFlags::waitDelay() const
{
    using namespace std::chrono;
    if (timeout.count() <= 0 || !fuzz.isEmpty() || !bench.isEmpty())
        return GoDuration(0);
    return std::max<GoDuration>(timeout / 10, seconds(5));
}

GoDuration TestFlags::killTimeout() const
{
    using namespace std::chrono;
    if (timeout.count() <= 0 || !fuzz.isEmpty() || !bench.isEmpty())
        return hours(100 * 365 * 24);
    return timeout + std::max<GoDuration>(waitDelay(), minutes(1));
}

} // namespace kiln::flags
