// go list -test: the test variants of a package (cmd/go load/test.go
// TestPackagesAndErrors and recompileForTest).
//   ptest   P [P.test]      P compiled with its _test.go files (a copy of P,
//                           or P itself when it has none and is not main)
//   pxtest  P_test [P.test] the external test package, if any
//   pmain   P.test          the generated _testmain.go
// Every package on the path from pmain to P is copied as "Q [P.test]" so
// that it imports ptest instead of P.
#include "load/loaderstate.h"

#include "load/embedresolve.h"
#include "load/testfuncs.h"
#include "load/testmain.h"

#include <QSet>
#include <algorithm>

namespace kiln::load::detail
{

namespace
{

const QStringList testMainDeps = {QStringLiteral("os"), QStringLiteral("reflect"),
                                  QStringLiteral("testing"),
                                  QStringLiteral("testing/internal/testdeps")};

PackageError stackError(const ImportStack &stk, const QString &err)
{
    PackageError e;
    for (const StackEntry &s : stk)
        e.importStack << s.pkg;
    e.err = err;
    return e;
}

} // namespace

// Loads the imports of test files; the first import error goes to *err.
QList<int> LoaderState::loadTestImports(int pIdx, QStringList &paths,
                                        const QMap<QString, QList<SourcePos>> &pos,
                                        ImportStack &stk, std::optional<PackageError> &err,
                                        bool &incomplete)
{
    QList<int> out;
    const QString dir = result.packages[pIdx].dir;
    for (QString &path : paths) {
        std::optional<PackageError> e;
        const int dep = loadImport(path, dir, pIdx, stk, pos.value(path), e);
        if (e && !err)
            err = e;
        if (result.packages[dep].incomplete)
            incomplete = true;
        path = result.packages[dep].importPath;
        out.append(dep);
    }
    return out;
}

std::optional<PackageError> LoaderState::testEmbeds(const QString &dir, const QStringList &patterns,
                                                    const QMap<QString, QList<SourcePos>> &pos,
                                                    const ImportStack &stk, QStringList &files)
{
    if (patterns.isEmpty())
        return std::nullopt;
    const EmbedResolution r = resolveEmbed(dir, patterns);
    files = r.files;
    if (!r.error)
        return std::nullopt;
    PackageError e =
        stackError(stk, QStringLiteral("pattern %1: %2").arg(r.error->pattern, r.error->message));
    if (const QList<SourcePos> p = pos.value(r.error->pattern); !p.isEmpty())
        e.pos = formatPos(p.first(), config.workingDir);
    return e;
}

TestVariants LoaderState::testPackagesFor(int pIdx)
{
    TestVariants v;
    ImportStack stk{{result.packages[pIdx].importPath + QStringLiteral(" (test)"), {}}};
    std::optional<PackageError> ptestErr, pxtestErr;
    bool incomplete = false, pxtestIncomplete = false;
    QStringList testImports = result.packages[pIdx].testImports;
    const QStringList rawTestImports = testImports;
    // Copies: loading appends to the package table, which may move it.
    const auto testPos = result.packages[pIdx].testImportPos;
    const auto xtestPos = result.packages[pIdx].xtestImportPos;
    const QList<int> imports =
        loadTestImports(pIdx, testImports, testPos, stk, ptestErr, incomplete);
    result.packages[pIdx].testImports = testImports;
    {
        Package &p = result.packages[pIdx];
        if (auto e = testEmbeds(p.dir, p.testEmbedPatterns, p.testEmbedPatternPos, stk,
                                p.testEmbedFiles)) {
            ptestErr = e;
            incomplete = true;
        }
    }
    stk = {{result.packages[pIdx].importPath + QStringLiteral("_test"), {}}};
    QStringList xtestImports = result.packages[pIdx].xtestImports;
    const QStringList rawXTestImports = xtestImports;
    const QList<int> xdeps =
        loadTestImports(pIdx, xtestImports, xtestPos, stk, pxtestErr, pxtestIncomplete);
    result.packages[pIdx].xtestImports = xtestImports;
    bool pxtestNeedsPtest = false;
    QList<int> ximports;
    for (int dep : xdeps) {
        if (result.packages[dep].importPath == result.packages[pIdx].importPath)
            pxtestNeedsPtest = true;
        else
            ximports.append(dep);
    }
    {
        Package &p = result.packages[pIdx];
        if (auto e = testEmbeds(p.dir, p.xtestEmbedPatterns, p.xtestEmbedPatternPos, stk,
                                p.xtestEmbedFiles);
            e && !pxtestErr)
            pxtestErr = e;
    }
    pxtestIncomplete = pxtestIncomplete || pxtestErr.has_value();

    v.ptest = makePtest(pIdx, imports, rawTestImports, ptestErr, incomplete);
    if (!result.packages[pIdx].xtestGoFiles.isEmpty())
        v.pxtest = makePxtest(pIdx, ximports, rawXTestImports, pxtestNeedsPtest ? v.ptest : -1,
                              pxtestErr, pxtestIncomplete);
    v.pmain = makePmain(pIdx, v.ptest, v.pxtest);
    return v;
}

int LoaderState::makePtest(int pIdx, const QList<int> &imports, const QStringList &rawTestImports,
                           const std::optional<PackageError> &err, bool incomplete)
{
    const Package &p = result.packages[pIdx];
    if (p.testGoFiles.isEmpty() && p.name != QLatin1String("main"))
        return pIdx;
    Package t = p;
    if (!t.error)
        t.error = err;
    t.incomplete = t.incomplete || incomplete;
    t.forTest = p.importPath;
    t.goFiles = p.goFiles + p.testGoFiles;
    t.target.clear();
    t.imports = p.testImports + p.imports;
    t.internalImports = imports + p.internalImports;
    t.rawImports = rawTestImports + p.rawImports;
    t.embedFiles = p.embedFiles + p.testEmbedFiles;
    for (auto it = p.testImportPos.begin(); it != p.testImportPos.end(); ++it)
        t.importPos[it.key()] += it.value();
    result.packages.append(t);
    return int(result.packages.size() - 1);
}

int LoaderState::makePxtest(int pIdx, const QList<int> &ximports,
                            const QStringList &rawXTestImports, int ptest,
                            const std::optional<PackageError> &err, bool incomplete)
{
    const Package &p = result.packages[pIdx];
    Package x;
    x.name = p.name + QStringLiteral("_test");
    x.importPath = p.importPath + QStringLiteral("_test");
    x.root = p.root;
    x.dir = p.dir;
    x.goroot = p.goroot;
    x.goFiles = p.xtestGoFiles;
    x.imports = p.xtestImports;
    x.forTest = p.importPath;
    x.module = p.module;
    x.error = err;
    x.incomplete = incomplete;
    x.embedFiles = p.xtestEmbedFiles;
    x.importPos = p.xtestImportPos;
    x.internalImports = ximports;
    if (ptest >= 0)
        x.internalImports.append(ptest);
    x.rawImports = rawXTestImports;
    result.packages.append(x);
    return int(result.packages.size() - 1);
}

int LoaderState::makePmain(int pIdx, int ptest, int pxtest)
{
    const Package p = result.packages[pIdx];
    Package m;
    m.name = QStringLiteral("main");
    m.dir = p.dir;
    m.goFiles = {QStringLiteral("_testmain.go")};
    m.importPath = p.importPath + QStringLiteral(".test");
    m.root = p.root;
    m.imports = testMainDeps;
    m.module = p.module;
    const DirScan &s = scan(p.dir);
    setDefaultGodebug(m, s.directives + s.testDirectives + s.xtestDirectives);
    result.packages.append(m);
    const int mIdx = int(result.packages.size() - 1);

    ImportStack stk{{QStringLiteral("testmain"), {}}};
    // go's LinkerDeps(p): the tested package's -ldflags decide the link mode;
    // its error goes on pmain (without marking it incomplete, as in go).
    QStringList deps = testMainDeps;
    if (auto ld = linkerDeps(p, LoadOrigin::CommandLine))
        deps += *ld;
    else
        result.packages[mIdx].error = stackError({}, ld.error().message);
    QList<int> internal;
    for (const QString &dep : deps) {
        if (dep == result.packages[ptest].importPath) {
            internal.append(ptest);
            continue;
        }
        std::optional<PackageError> e;
        const int d = loadImport(dep, QString(), -1, stk, {}, e);
        Package &pm = result.packages[mIdx];
        if (e && !pm.error) {
            pm.error = e;
            pm.incomplete = true;
        }
        internal.append(d);
    }
    TestFuncs partial;
    const auto funcs = loadTestFuncs(result.packages[pIdx], &partial);
    Package &pm = result.packages[mIdx];
    if (!funcs && !pm.error) {
        pm.error = stackError({}, funcs.error().toString());
        pm.incomplete = true;
    }
    const Package &pt = result.packages[ptest];
    if (!pt.goFiles.isEmpty() || !pt.cgoFiles.isEmpty()) {
        internal.append(ptest);
        pm.imports.append(pt.importPath);
    }
    if (pxtest >= 0) {
        internal.append(pxtest);
        pm.imports.append(result.packages[pxtest].importPath);
    }
    std::sort(pm.imports.begin(), pm.imports.end());
    pm.imports.erase(std::unique(pm.imports.begin(), pm.imports.end()), pm.imports.end());
    pm.rawImports = pm.imports;
    pm.internalImports = internal;
    if (auto cycle = recompileForTest(mIdx, pIdx, ptest, pxtest)) {
        result.packages[ptest].error = cycle;
        result.packages[ptest].incomplete = true;
    }
    result.packages[mIdx].testmainGo = formatTestmain(funcs ? *funcs : partial);
    return mIdx;
}

// Copies every package between pmain and P that imports P (directly or not)
// as "Q [P.test]" importing the test copies; main packages a test imports are
// copied too (they are built as libraries). Returns go's cycle error when the
// package under test ends up importing itself.
std::optional<PackageError> LoaderState::recompileForTest(int pmain, int preal, int ptest,
                                                          int pxtest)
{
    QHash<int, int> testCopy{{preal, ptest}};
    const QString forTest = result.packages[preal].importPath;
    for (int idx : packageList({pmain})) {
        if (idx == preal)
            continue;
        int cur = idx;
        bool didSplit = idx == pmain || idx == pxtest || idx == ptest;
        auto split = [&] {
            if (didSplit)
                return;
            didSplit = true;
            Package c = result.packages[idx];
            c.forTest = forTest;
            c.target.clear();
            result.packages.append(c);
            cur = int(result.packages.size() - 1);
            testCopy.insert(idx, cur);
        };
        const QList<int> imports = result.packages[cur].internalImports;
        for (int i = 0; i < imports.size(); ++i) {
            const int c = testCopy.value(imports[i], -1);
            if (c >= 0 && c != imports[i]) {
                split();
                result.packages[cur].internalImports[i] = c;
            }
        }
        if (result.packages[cur].name == QLatin1String("main") && idx != pmain && idx != ptest)
            split();
    }
    return findTestCycle(ptest);
}

std::optional<PackageError> LoaderState::findTestCycle(int ptest)
{
    QHash<int, int> importerOf; // -1: imported by ptest itself
    QList<int> q = result.packages[ptest].internalImports;
    for (int d : q)
        importerOf.insert(d, -1);
    while (!q.isEmpty()) {
        int p = q.takeFirst();
        if (p == ptest) {
            ImportStack stk;
            while (p != -1 && importerOf.contains(p)) {
                const int importer = importerOf.value(p) == -1 ? ptest : importerOf.value(p);
                const QList<SourcePos> pos =
                    result.packages[importer].importPos.value(result.packages[p].importPath);
                stk.append(
                    {result.packages[p].importPath, pos.isEmpty() ? SourcePos{} : pos.first()});
                p = importerOf.value(p);
            }
            stk.append({result.packages[ptest].importPath, {}});
            std::reverse(stk.begin(), stk.end());
            PackageError e = stackError(stk, QStringLiteral("import cycle not allowed in test"));
            for (const StackEntry &s : stk)
                e.stackPos << s.pos;
            e.isImportCycle = true;
            return e;
        }
        for (int dep : result.packages[p].internalImports) {
            if (!importerOf.contains(dep)) {
                importerOf.insert(dep, p);
                q.append(dep);
            }
        }
    }
    return std::nullopt;
}

} // namespace kiln::load::detail
