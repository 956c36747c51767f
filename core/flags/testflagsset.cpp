#include "flags/testflagsset.h"

#include "base/goquote.h"
#include "goenv/hostpaths.h"
#include "goenv/quotedargs.h"

namespace kiln::flags
{

namespace
{

QString quoted(const QString &s)
{
    return QString::fromUtf8(goQuote(s.toUtf8()));
}

// test/flagdefs.go passFlagToTest.
const QSet<QString> &forwardedFlags()
{
    static const QSet<QString> names = [] {
        const QStringList list =
            QStringLiteral("bench benchmem benchtime blockprofile blockprofilerate count "
                           "coverprofile cpu cpuprofile failfast fullpath fuzz fuzzminimizetime "
                           "fuzztime list memprofile memprofilerate mutexprofile "
                           "mutexprofilefraction outputdir parallel run short shuffle skip "
                           "timeout trace v")
                .split(QLatin1Char(' '));
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return names;
}

// Whether go build's flag set defines name, and its kind: asked of
// parseBuildFlags itself, so go test always takes exactly go build's flags.
std::optional<FlagKind> buildFlagKind(const QString &name)
{
    const auto r = parseBuildFlags({QLatin1Char('-') + name}, {}, QStringLiteral("/"));
    if (r)
        return FlagKind::Bool;
    if (r.error().message.startsWith(QLatin1String("flag needs an argument: ")))
        return FlagKind::Value;
    return std::nullopt;
}

} // namespace

QString testFlagShortName(const QString &name)
{
    return name.startsWith(QLatin1String("test.")) ? name.mid(5) : name;
}

bool isForwardedTestFlag(const QString &name)
{
    return forwardedFlags().contains(testFlagShortName(name));
}

TestFlagSet::TestFlagSet(TestFlags &f, const QString &workingDir) : m_f(f), m_workingDir(workingDir)
{
    addOwnFlags();
}

FlagSet::Setter TestFlagSet::boolInto(bool &target)
{
    return [&target](const QString &v) -> Result<void> {
        const auto b = parseGoBool(v);
        if (!b)
            return fail(QStringLiteral("parse error"));
        target = *b;
        return {};
    };
}

FlagSet::Setter TestFlagSet::stringInto(QString &target)
{
    return [&target](const QString &v) -> Result<void> {
        target = v;
        return {};
    };
}

void TestFlagSet::add(const QString &name, FlagKind kind, FlagSet::Setter set,
                      std::function<QString()> string)
{
    const bool forwarded = forwardedFlags().contains(name);
    for (const QString &n :
         forwarded ? QStringList{name, QStringLiteral("test.") + name} : QStringList{name}) {
        // flag.FlagSet.Set: a flag counts as set only when Set succeeded.
        auto record = [this, n, set](const QString &v) -> Result<void> {
            KILN_CHECK(set(v));
            m_set.insert(n);
            return {};
        };
        m_flags.insert_or_assign(n, TestFlag{kind, record, string});
    }
}

void TestFlagSet::addOwnFlags()
{
    using K = FlagKind;
    const auto boolString = [](const bool &b) {
        return [&b] { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    };
    const auto plain = [](const QString &s) { return [&s] { return s; }; };
    const auto intInto = [](auto assign) {
        return [assign](const QString &v) -> Result<void> {
            KILN_TRY(n, parseGoInt(v));
            assign(n);
            return {};
        };
    };

    add(QStringLiteral("c"), K::Bool, boolInto(m_f.compileOnly));
    add(QStringLiteral("o"), K::Value, stringInto(m_f.output));
    add(QStringLiteral("json"), K::Bool, boolInto(m_f.json));
    // base.AddChdirFlag: -C is taken off the front earlier; anywhere else it fails.
    add(QStringLiteral("C"), K::Value, [](const QString &) -> Result<void> {
        return fail(QStringLiteral("-C flag must be first flag on command line"));
    });
    add(QStringLiteral("exec"), K::Value, [this](const QString &v) -> Result<void> {
        KILN_TRY(words, goenv::splitQuoted(v));
        m_f.execCmd = words;
        return {};
    });
    add(QStringLiteral("vet"), K::Value, [this](const QString &v) -> Result<void> {
        KILN_TRY(vet, parseTestVet(v));
        m_f.vet = vet;
        return {};
    });
    // work.AddCoverFlags' coverFlag: setting -coverprofile also sets -cover,
    // at this point of the command line.
    add(
        QStringLiteral("coverprofile"), K::Value,
        [this](const QString &v) -> Result<void> {
            m_f.coverProfile = v;
            m_buildWords.append(QStringLiteral("-cover=true"));
            return {};
        },
        plain(m_f.coverProfile));

    add(QStringLiteral("bench"), K::Value, stringInto(m_f.bench), plain(m_f.bench));
    add(QStringLiteral("benchmem"), K::Bool, boolInto(m_benchmem), boolString(m_benchmem));
    add(QStringLiteral("blockprofile"), K::Value, stringInto(m_f.blockProfile),
        plain(m_f.blockProfile));
    add(QStringLiteral("count"), K::Value, intInto([this](qint64 n) { m_f.count = n; }),
        [this] { return QString::number(m_f.count.value_or(0)); });
    add(QStringLiteral("cpuprofile"), K::Value, stringInto(m_f.cpuProfile), plain(m_f.cpuProfile));
    add(QStringLiteral("failfast"), K::Bool, boolInto(m_f.failfast), boolString(m_f.failfast));
    add(QStringLiteral("fuzz"), K::Value, stringInto(m_f.fuzz), plain(m_f.fuzz));
    add(QStringLiteral("fullpath"), K::Bool, boolInto(m_fullpath), boolString(m_fullpath));
    add(QStringLiteral("list"), K::Value, stringInto(m_f.list), plain(m_f.list));
    add(QStringLiteral("memprofile"), K::Value, stringInto(m_f.memProfile), plain(m_f.memProfile));
    add(QStringLiteral("mutexprofile"), K::Value, stringInto(m_f.mutexProfile),
        plain(m_f.mutexProfile));
    add(
        QStringLiteral("outputdir"), K::Value,
        [this](const QString &v) -> Result<void> {
            // filepath.Abs against go's working directory.
            m_f.outputDir = v.isEmpty()           ? QString()
                            : goenv::isAbsPath(v) ? goenv::cleanPath(v)
                                                  : goenv::joinPath({m_workingDir, v});
            return {};
        },
        plain(m_f.outputDir));
    add(QStringLiteral("parallel"), K::Value, intInto([this](qint64 n) { m_parallel = n; }),
        [this] { return QString::number(m_parallel); });
    add(QStringLiteral("run"), K::Value, stringInto(m_f.run), plain(m_f.run));
    add(QStringLiteral("short"), K::Bool, boolInto(m_f.shortMode), boolString(m_f.shortMode));
    add(QStringLiteral("skip"), K::Value, stringInto(m_f.skip), plain(m_f.skip));
    add(
        QStringLiteral("timeout"), K::Value,
        [this](const QString &v) -> Result<void> {
            KILN_TRY(d, parseGoDuration(v));
            m_f.timeout = d;
            return {};
        },
        [this] { return formatGoDuration(m_f.timeout); });
    add(QStringLiteral("trace"), K::Value, stringInto(m_f.trace), plain(m_f.trace));
    add(
        QStringLiteral("v"), K::Bool,
        [this](const QString &v) -> Result<void> {
            KILN_TRY(verbose, parseTestVerbose(v));
            m_f.verbose = verbose;
            return {};
        },
        [this] { return formatTestVerbose(m_f.verbose); });
    add(
        QStringLiteral("shuffle"), K::Value,
        [this](const QString &v) -> Result<void> {
            KILN_TRY(s, parseTestShuffle(v));
            m_shuffle = s;
            return {};
        },
        [this] { return formatTestShuffle(m_shuffle); });
    // Plain string flags go test only forwards.
    for (const char *name : {"benchtime", "blockprofilerate", "cpu", "memprofilerate",
                             "mutexprofilefraction", "fuzztime", "fuzzminimizetime"}) {
        QString &target = m_strings[QLatin1String(name)];
        add(QLatin1String(name), K::Value, stringInto(target), plain(target));
    }
}

const TestFlag *TestFlagSet::lookup(const QString &name)
{
    if (const auto it = m_flags.find(name); it != m_flags.end())
        return &it->second;
    const auto kind = buildFlagKind(name);
    if (!kind)
        return nullptr;
    // A build flag: checked now (so errors come in command-line order),
    // applied at the end.
    auto set = [this, name, kind = *kind](const QString &v) -> Result<void> {
        const QString word = QStringLiteral("-%1=%2").arg(name, v);
        const auto r = parseBuildFlags({word}, {}, m_workingDir);
        if (!r) {
            // "invalid value "v" for flag -name: <reason>\nusage: go build …"
            QString message = r.error().message;
            message.truncate(message.indexOf(QLatin1String("\nusage: ")));
            const QString prefix =
                kind == FlagKind::Bool
                    ? QStringLiteral("invalid boolean value %1 for -%2: ").arg(quoted(v), name)
                    : QStringLiteral("invalid value %1 for flag -%2: ").arg(quoted(v), name);
            return fail(message.startsWith(prefix) ? message.mid(prefix.size()) : message);
        }
        m_buildWords.append(word);
        return {};
    };
    add(name, *kind, set);
    return &m_flags.at(name);
}

QStringList TestFlagSet::setNames() const
{
    QStringList names(m_set.cbegin(), m_set.cend());
    names.sort();
    return names;
}

} // namespace kiln::flags
