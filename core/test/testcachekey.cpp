#include "test/testcachekey.h"

#include "base/goquote.h"

#include <QSet>

namespace kiln::test
{

namespace
{

bool isHashedFlag(QStringView name)
{
    static const QSet<QString> hashed = {
        QStringLiteral("-test.benchtime"), QStringLiteral("-test.cpu"),
        QStringLiteral("-test.list"),      QStringLiteral("-test.parallel"),
        QStringLiteral("-test.run"),       QStringLiteral("-test.short"),
        QStringLiteral("-test.skip"),      QStringLiteral("-test.timeout"),
        QStringLiteral("-test.failfast"),  QStringLiteral("-test.v"),
        QStringLiteral("-test.fullpath"),
    };
    return hashed.contains(name.toString());
}

// Cacheable, but a change does not invalidate a cached result.
bool isUnhashedFlag(QStringView name)
{
    return name == QLatin1String("-test.coverprofile") || name == QLatin1String("-test.outputdir");
}

TestCacheVerdict disabled(const QByteArray &why)
{
    return {false, {}, "testcache: caching disabled " + why + '\n'};
}

bool isZero(const Digest &d)
{
    return d == Digest{};
}

} // namespace

TestCacheVerdict classifyTestArgs(const QStringList &testArgs)
{
    TestCacheVerdict v;
    for (const QString &arg : testArgs) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QStringView name = eq < 0 ? QStringView() : QStringView(arg).left(eq);
        const bool known = eq >= 0 && arg.startsWith(QLatin1String("-test.")) &&
                           (isHashedFlag(name) || isUnhashedFlag(name));
        if (!known)
            return disabled("for test argument: " + arg.toUtf8());
        if (isHashedFlag(name))
            v.hashedArgs.append(arg);
    }
    v.cacheable = true;
    return v;
}

TestCacheVerdict testCacheVerdict(TestPackageArgs packageArgs, const QString &importPath,
                                  const QString &root, const QStringList &testArgs)
{
    if (packageArgs == TestPackageArgs::None)
        return disabled("in local directory mode");
    if (root.isEmpty())
        return disabled("for package outside of module root, GOPATH, or GOROOT: " +
                        importPath.toUtf8());
    return classifyTestArgs(testArgs);
}

QByteArray testIDPreimage(const QString &binaryID, const QStringList &hashedArgs,
                          const QStringList &execCmd)
{
    return "test binary " + binaryID.toUtf8() + " args " + goQuoteList(hashedArgs) + " execcmd " +
           goQuoteList(execCmd);
}

Digest testID(const QString &binaryID, const QStringList &hashedArgs, const QStringList &execCmd,
              const QByteArray &salt, const cache::HashTrace *trace)
{
    cache::CacheHash h(QStringLiteral("testResult"), salt, trace);
    h.write(testIDPreimage(binaryID, hashedArgs, execCmd));
    return h.sum();
}

Digest testAndInputKey(const Digest &testID, const Digest &testInputsID,
                       const cache::HashTrace *trace)
{
    return cache::subkey(testID, "inputs:" + digestHex(testInputsID), trace);
}

Digest coverProfileAndInputKey(const Digest &testID, const Digest &testInputsID,
                               const Digest &covMeta, const cache::HashTrace *trace)
{
    Digest key = testAndInputKey(testID, testInputsID, trace);
    if (!isZero(covMeta))
        key = cache::subkey(key, "coverdeps:" + digestHex(covMeta), trace);
    return cache::subkey(key, "coverprofile", trace);
}

Digest coverMetaID(const QStringList &depActionIDs, const QByteArray &salt,
                   const cache::HashTrace *trace)
{
    cache::CacheHash h(QStringLiteral("covermeta"), salt, trace);
    for (const QString &id : depActionIDs)
        if (!id.isEmpty())
            h.write("dep " + id.toUtf8() + '\n');
    return h.sum();
}

std::optional<QByteArray> cachedOutputForPrint(const QByteArray &output)
{
    if (output.isEmpty() || !output.endsWith('\n'))
        return std::nullopt;
    // The last line starts after the last "\n" before the final one.
    const qsizetype lineStart =
        output.size() < 2 ? 0 : output.lastIndexOf('\n', output.size() - 2) + 1;
    static const QByteArray ok = "ok  \t";
    if (!QByteArrayView(output).sliced(lineStart).startsWith(ok))
        return std::nullopt;
    const qsizetype tab = output.indexOf('\t', lineStart + ok.size());
    if (tab < 0)
        return std::nullopt;
    qsizetype j = tab + 1;
    QByteArray out = output.left(j) + "(cached)";
    while (j < output.size() &&
           ((output[j] >= '0' && output[j] <= '9') || output[j] == '.' || output[j] == 's'))
        ++j;
    return out + output.mid(j);
}

} // namespace kiln::test
