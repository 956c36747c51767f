// The build values of go test's package variants (load/test.go: ptest,
// pxtest, pmain and recompileForTest copy p.Internal from the package they
// test or copy).
#include "test/testpipeline.h"

namespace kiln::test
{

namespace
{

// The package a variant copies: the non-test package with its import path
// (ptest, copies), or the package under test (pxtest: ForTest).
QHash<QString, int> originals(const load::LoadResult &load)
{
    QHash<QString, int> byPath;
    for (qsizetype i = 0; i < load.packages.size(); ++i)
        if (load.packages[i].forTest.isEmpty() && !byPath.contains(load.packages[i].importPath))
            byPath.insert(load.packages[i].importPath, int(i));
    return byPath;
}

} // namespace

void addTestPackageBuilds(exec::BuildConfig &config, const load::LoadResult &load,
                          OmitDebug omitDebug)
{
    const QHash<QString, int> byPath = originals(load);
    for (qsizetype i = 0; i < load.packages.size(); ++i) {
        const load::Package &p = load.packages[i];
        if (p.forTest.isEmpty())
            continue;
        const bool pxtest = p.importPath == p.forTest + QStringLiteral("_test");
        const int orig = byPath.value(pxtest ? p.forTest : p.importPath, -1);
        if (orig < 0)
            continue;
        exec::PackageBuild pb = config.packages[orig];
        pb.buildInfo.reset();
        pb.forceLibrary = !pxtest;
        config.packages[i] = pb;
    }
    for (qsizetype s = 0; s < load.testSets.size(); ++s) {
        const int root = load.testRoots[s];
        const int pmain = load.testSets[s][2];
        exec::PackageBuild &pb = config.packages[pmain];
        const exec::PackageBuild &tested = config.packages[root];
        pb.gcflags = tested.gcflags;
        pb.asmflags = tested.asmflags;
        pb.ldflags = tested.ldflags +
                     QStringList{QStringLiteral("-X"), QStringLiteral("testing.testBinary=1")};
        pb.omitDebug = omitDebug == OmitDebug::Yes &&
                       load.packages[pmain].importPath != QLatin1String("runtime.test");
    }
}

} // namespace kiln::test
