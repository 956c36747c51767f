#include "test/testgraph.h"

#include <QDir>
#include <QSet>

namespace kiln::test
{

using graph::Action;
using graph::GraphBuilder;
using graph::InstallMode;
using graph::Mode;

namespace
{

struct TestSet {
    int ptest = -1, pxtest = -1, pmain = -1;
};

struct PackageActions {
    int build = -1, run = -1, print = -1;
};

QString objdirPath(int objdir)
{
    return QStringLiteral("$WORK/b%1/").arg(objdir, 3, 10, QLatin1Char('0'));
}

class TestGraphBuilder
{
public:
    TestGraphBuilder(const load::LoadResult &load, const TestRequest &request)
        : m_load(load), m_request(request), m_b(load, request.exeSuffix)
    {
        for (qsizetype i = 0; i < load.testSets.size(); ++i) {
            const auto &s = load.testSets[i];
            m_sets.insert(load.testRoots[i], TestSet{s[0], s[1], s[2]});
        }
    }

    QSet<int> allImports() const
    {
        QSet<int> all;
        for (int p : m_request.packages) {
            const load::Package &pkg = m_load.packages[p];
            if (pkg.error && pkg.error->isImportCycle)
                continue;
            for (int imp : pkg.internalImports)
                all.insert(imp);
        }
        return all;
    }

    PackageActions add(int p, bool imported)
    {
        if (!m_sets.contains(p))
            return addWithoutTests(p);
        return addWithTests(p, m_sets.value(p), imported);
    }

    GraphBuilder &builder() { return m_b; }

private:
    Action base(Mode mode, int package, QList<int> deps)
    {
        Action a;
        a.mode = mode;
        a.package = package;
        a.deps = std::move(deps);
        a.ignoreFail = true;
        return a;
    }

    void addVet(int package, int run, int install)
    {
        if (m_request.vet == TestVet::Off)
            return;
        const int vet = m_b.vetAction(package, m_load.vetFmt);
        m_b.action(run).deps.append(vet);
        if (install >= 0)
            m_b.action(install).deps.append(vet);
    }

    PackageActions addWithoutTests(int p)
    {
        PackageActions r;
        r.build = m_b.compileAction(InstallMode::Build, p);
        Action run = base(Mode::TestRun, p, {r.build});
        run.objdir = m_b.newObjdir();
        r.run = m_b.addAction(run);
        addVet(p, r.run, -1);
        r.print = m_b.addAction(base(Mode::TestPrint, p, {r.run}));
        return r;
    }

    QString binaryTarget(int p) const
    {
        const QString name = testBinaryName(m_load.packages[p]) + m_request.exeSuffix;
        const QString &o = m_request.output;
        if (o.isEmpty())
            return QDir::cleanPath(m_request.cwd + QLatin1Char('/') + name);
        if (m_request.outputIsDir)
            return QDir::cleanPath(
                (QDir::isAbsolutePath(o) ? o : m_request.cwd + QLatin1Char('/') + o) +
                QLatin1Char('/') + name);
        if (o == QLatin1String("/dev/null") || QDir::isAbsolutePath(o))
            return o;
        return QDir::cleanPath(m_request.cwd + QLatin1Char('/') + o);
    }

    PackageActions addWithTests(int p, const TestSet &set, bool imported)
    {
        if (imported && set.ptest != p) {
            const int buildTest = m_b.compileAction(InstallMode::Build, set.ptest);
            const int buildP = m_b.compileAction(InstallMode::Build, p);
            m_b.action(buildTest).deps.append(buildP);
        }
        const int testDir = m_b.newObjdir();
        m_b.action(m_b.compileAction(InstallMode::Build, set.pmain)).objdir = testDir;
        PackageActions r;
        r.build = m_b.linkAction(InstallMode::Build, set.pmain);
        m_b.action(r.build).target =
            objdirPath(testDir) + testBinaryName(m_load.packages[p]) + m_request.exeSuffix;
        int run = -1, install = -1, clean = -1, vetRun = -1;
        const bool compileOnly = m_request.binary == TestBinary::CompileOnly;
        if (compileOnly || m_request.keepBinary) {
            const QString target = binaryTarget(p);
            if (target == QLatin1String("/dev/null")) {
                run = r.build;
            } else {
                Action a;
                a.mode = Mode::TestBuild;
                a.package = set.pmain;
                a.deps = {r.build};
                a.target = target;
                run = install = m_b.addAction(a);
            }
        }
        if (compileOnly) {
            r.print = m_b.addAction([&] {
                Action nop;
                nop.mode = Mode::TestPrintNop;
                nop.package = p;
                nop.deps = {run};
                return nop;
            }());
            vetRun = r.print;
        } else {
            Action runA = base(Mode::TestRun, p, {r.build});
            runA.tryCache = true;
            runA.objdir = testDir;
            run = vetRun = m_b.addAction(runA);
            Action cleanA = base(Mode::TestClean, p, {run});
            cleanA.objdir = testDir;
            clean = m_b.addAction(cleanA);
            r.print = m_b.addAction(base(Mode::TestPrint, p, {clean}));
        }
        const load::Package &ptest = m_load.packages[set.ptest];
        if (!ptest.goFiles.isEmpty() || !ptest.cgoFiles.isEmpty())
            addVet(set.ptest, vetRun, install);
        if (set.pxtest >= 0)
            addVet(set.pxtest, vetRun, install);
        if (install >= 0) {
            if (run != install)
                m_b.action(install).deps.append(run);
            if (clean >= 0)
                m_b.action(clean).deps.append(install);
        }
        r.run = run;
        return r;
    }

    const load::LoadResult &m_load;
    const TestRequest &m_request;
    GraphBuilder m_b;
    QHash<int, TestSet> m_sets;
};

} // namespace

QString testBinaryName(const load::Package &p)
{
    const QString elem =
        p.importPath == QLatin1String("command-line-arguments") ? p.name : load::defaultExecName(p);
    return elem + QStringLiteral(".test");
}

Result<TestGraph> goTestGraph(const load::LoadResult &load, const TestRequest &request)
{
    if (request.packages.isEmpty())
        return fail(QStringLiteral("no packages to test"));
    const bool toNull = request.output == QLatin1String("/dev/null");
    if (request.packages.size() > 1 &&
        (request.binary == TestBinary::CompileOnly || !request.output.isEmpty()) && !toNull &&
        !request.output.isEmpty() && !request.outputIsDir)
        return fail(QStringLiteral("with multiple packages, -o must refer to a directory or ") +
                    QStringLiteral("/dev/null"));
    TestGraphBuilder tb(load, request);
    const QSet<int> imported = tb.allImports();
    TestGraph g;
    for (int p : request.packages) {
        const PackageActions a = tb.add(p, imported.contains(p));
        g.packages << p;
        g.builds << a.build;
        g.runs << a.run;
        g.prints << a.print;
    }
    GraphBuilder &b = tb.builder();
    for (qsizetype i = 1; i < g.prints.size(); ++i)
        b.action(g.prints[i]).deps.append(g.prints[i - 1]);
    if (request.binary == TestBinary::Run && request.order == RunOrder::Serial)
        for (qsizetype i = 0; i < g.runs.size(); ++i) {
            if (i == 0)
                b.action(g.runs[i]).deps.append(g.builds);
            else
                b.action(g.runs[i]).deps.append(g.prints[i - 1]);
        }
    Action root;
    root.mode = Mode::GoTest;
    root.deps = g.prints;
    g.graph = b.finish(b.addAction(root));
    return g;
}

} // namespace kiln::test
