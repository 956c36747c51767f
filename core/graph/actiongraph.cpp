#include "graph/actiongraph.h"

#include <QDir>
#include <QSet>
#include <algorithm>
#include <functional>

namespace kiln::graph
{

QList<int> ActionGraph::postOrder() const
{
    QList<int> order;
    QList<bool> seen(actions.size(), false);
    std::function<void(int)> walk = [&](int a) {
        if (seen[a])
            return;
        seen[a] = true;
        for (int d : actions[a].deps)
            walk(d);
        order.append(a);
    };
    if (root >= 0)
        walk(root);
    return order;
}

QList<int> ActionGraph::bfsOrder() const
{
    QList<int> order;
    if (root < 0)
        return order;
    QList<bool> seen(actions.size(), false);
    order.append(root);
    seen[root] = true;
    for (qsizetype i = 0; i < order.size(); ++i)
        for (int d : actions[order[i]].deps)
            if (!seen[d]) {
                seen[d] = true;
                order.append(d);
            }
    return order;
}

GraphBuilder::GraphBuilder(const load::LoadResult &load, QString exeSuffix)
    : m_load(load), m_exeSuffix(std::move(exeSuffix))
{
}

int GraphBuilder::add(Action a)
{
    m_actions.append(std::move(a));
    return int(m_actions.size() - 1);
}

QString GraphBuilder::target(int package) const
{
    return m_targets.value(package);
}

// go's CompileAction. The objdir is allocated before the imports are
// visited, so a package's objdir number precedes its dependencies'.
int GraphBuilder::compileAction(InstallMode mode, int package, CompileNeed need)
{
    const load::Package &p = m_load.packages[package];
    if (target(package).isEmpty() || p.name == QLatin1String("main"))
        mode = InstallMode::Build; // no permanent target; main's .a is never installed
    const auto key = qMakePair(QStringLiteral("build"), package);
    int a = m_memo.value(key, -1);
    if (a < 0) {
        Action build;
        build.mode = Mode::Build;
        build.package = package;
        build.objdir = ++m_objdirs;
        a = add(build);
        m_memo.insert(key, a);
        const bool cycle = p.error && p.error->isImportCycle;
        if (!cycle)
            for (int imp : p.internalImports) {
                const int dep = compileAction(InstallMode::Build, imp); // go build's depMode
                m_actions[a].deps.append(dep);
            }
        if (!p.pgoProfile.isEmpty()) {
            const auto pgoKey = qMakePair(QStringLiteral("pgo ") + p.pgoProfile, -1);
            int pgo = m_memo.value(pgoKey, -1);
            if (pgo < 0) {
                Action pa;
                pa.mode = Mode::PreprocessPgo;
                pa.objdir = ++m_objdirs;
                pa.pgoProfile = p.pgoProfile;
                pa.target = QStringLiteral("$WORK/b%1/pgo.preprofile")
                                .arg(pa.objdir, 3, 10, QLatin1Char('0'));
                pgo = add(pa);
                m_memo.insert(pgoKey, pgo);
            }
            m_actions[a].deps.append(pgo);
        }
        if (p.standard &&
            (p.importPath == QLatin1String("unsafe") || p.importPath == QLatin1String("builtin")))
            m_actions[a].mode = Mode::BuiltinPackage;
    }
    int build = a;
    if (m_actions[a].mode == Mode::BuildInstall)
        build = m_actions[a].deps.first();
    if (need == CompileNeed::Archive)
        m_actions[build].needBuild = true;
    if (mode == InstallMode::Install)
        a = installAction(a, mode);
    return a;
}

// go's installAction: the build action is copied, and the original slot
// becomes the install action, so everything that already depended on the
// build now depends on the install.
int GraphBuilder::installAction(int a, InstallMode)
{
    Action &orig = m_actions[a];
    if (orig.mode == Mode::BuildInstall || orig.mode == Mode::LinkInstall ||
        orig.mode == Mode::BuiltinPackage)
        return a;
    const Action copy = orig;
    const int copyIndex = add(copy);
    Action install;
    install.mode = copy.mode == Mode::Link ? Mode::LinkInstall : Mode::BuildInstall;
    install.package = copy.package;
    install.objdir = copy.objdir;
    install.deps = {copyIndex};
    install.target = target(copy.package);
    m_actions[a] = install;
    return a;
}

int GraphBuilder::linkAction(InstallMode mode, int package)
{
    const auto key = qMakePair(QStringLiteral("link"), package);
    int a = m_memo.value(key, -1);
    if (a < 0) {
        const int build = compileAction(InstallMode::Build, package);
        Action link;
        link.mode = Mode::Link;
        link.package = package;
        link.deps = {build};
        link.objdir = m_actions[build].objdir;
        link.target = QStringLiteral("$WORK/b%1/exe/a.out%2")
                          .arg(link.objdir, 3, 10, QLatin1Char('0'))
                          .arg(m_exeSuffix);
        a = add(link);
        m_memo.insert(key, a);
        addTransitiveLinkDeps(a, build);
        Action nop;
        nop.mode = Mode::Nop;
        nop.deps = m_actions[a].deps.mid(1);
        const int nopIndex = add(nop);
        m_actions[build].deps.append(nopIndex);
    }
    if (mode == InstallMode::Install && !target(package).isEmpty())
        a = installAction(a, mode);
    return a;
}

// BFS from main's build over build/build-install actions, each import path
// once, so test copies of a package come before the originals.
void GraphBuilder::addTransitiveLinkDeps(int link, int mainBuild)
{
    QList<int> work{mainBuild};
    QSet<QString> have{m_load.packages[m_actions[mainBuild].package].importPath};
    for (qsizetype i = 0; i < work.size(); ++i) {
        const QList<int> deps = m_actions[work[i]].deps;
        for (int d : deps) {
            const Action &dep = m_actions[d];
            if (dep.package < 0 || (dep.mode != Mode::Build && dep.mode != Mode::BuildInstall))
                continue;
            const QString &path = m_load.packages[dep.package].importPath;
            if (have.contains(path))
                continue;
            have.insert(path);
            m_actions[link].deps.append(d);
            work.append(dep.mode == Mode::BuildInstall ? dep.deps.first() : d);
        }
    }
}

int GraphBuilder::vetAction(int package, int fmtPackage)
{
    const int a = vetxAction(package, fmtPackage);
    m_actions[a].vetxOnly = false;
    return a;
}

// go's vetAction: facts-only until VetAction clears vetxOnly. Deps: the
// package's compile, fmt's compile, then the vets of its imports, in order.
int GraphBuilder::vetxAction(int package, int fmtPackage)
{
    const auto key = qMakePair(QStringLiteral("vet"), package);
    int a = m_memo.value(key, -1);
    if (a >= 0)
        return a;
    const int build = compileAction(InstallMode::Build, package, CompileNeed::VetOnly);
    const int fmt = compileAction(InstallMode::Build, fmtPackage);
    Action vet;
    vet.mode = Mode::Vet;
    vet.package = package;
    vet.deps = {build, fmt};
    vet.objdir = m_actions[build].objdir;
    vet.vetxOnly = true;
    vet.ignoreFail = true;
    a = add(vet);
    m_memo.insert(key, a);
    for (int imp : m_load.packages[package].internalImports) {
        const int dep = vetxAction(imp, fmtPackage);
        m_actions[a].deps.append(dep);
    }
    if (m_actions[build].mode != Mode::BuiltinPackage)
        m_actions[build].needVet = true;
    return a;
}

int GraphBuilder::autoAction(InstallMode mode, int package)
{
    if (m_load.packages[package].name == QLatin1String("main"))
        return linkAction(mode, package);
    return compileAction(mode, package);
}

int GraphBuilder::addRoot(Mode mode, const QList<int> &deps)
{
    Action root;
    root.mode = mode;
    root.deps = deps;
    return add(root);
}

ActionGraph GraphBuilder::finish(int root)
{
    ActionGraph g;
    g.actions = m_actions;
    g.root = root;
    g.packageTargets = m_targets;
    const QList<int> order = g.postOrder();
    for (qsizetype i = 0; i < order.size(); ++i)
        g.actions[order[i]].priority = int(i);
    return g;
}

namespace
{

// search.Match.IsLiteral: a pattern without "..." that is not std, cmd, all,
// tool or work.
bool isLiteralPattern(const QString &pattern)
{
    static const QStringList meta = {QStringLiteral("std"), QStringLiteral("cmd"),
                                     QStringLiteral("all"), QStringLiteral("tool"),
                                     QStringLiteral("work")};
    return !pattern.contains(QLatin1String("...")) && !meta.contains(pattern);
}

// go build's omitTestOnly: a package without Go files that only a wildcard
// or meta pattern matched (test-only, or all files excluded by tags) is
// dropped; one named literally stays (and fails: "no non-test Go files").
QList<int> omitTestOnly(const load::LoadResult &load, const QList<int> &pkgs)
{
    QList<int> kept;
    for (int idx : pkgs) {
        const load::Package &p = load.packages[idx];
        const bool literal =
            p.cmdlineFiles || std::any_of(p.match.begin(), p.match.end(), isLiteralPattern);
        if (p.goFiles.isEmpty() && p.cgoFiles.isEmpty() && !literal)
            continue;
        kept.append(idx);
    }
    return kept;
}

} // namespace

Result<ActionGraph> goBuildGraph(const load::LoadResult &load, const BuildRequest &request)
{
    GraphBuilder b(load, request.exeSuffix);
    QString output = request.output;
    const bool explicitO = !output.isEmpty();
    // runBuild picks the default output name before it drops test-only packages.
    if (request.packages.size() == 1 &&
        load.packages[request.packages[0]].name == QLatin1String("main") && output.isEmpty())
        output = load::defaultExecName(load.packages[request.packages[0]]) + request.exeSuffix;
    const QList<int> pkgs = omitTestOnly(load, request.packages);
    if (output == QLatin1String("/dev/null"))
        output.clear();
    if (!output.isEmpty() && request.outputIsDir) {
        if (!explicitO)
            return fail(QStringLiteral("go: build output \"%1\" already exists and is a directory")
                            .arg(output));
        QList<int> deps;
        for (int p : pkgs) {
            if (load.packages[p].name != QLatin1String("main"))
                continue;
            b.setTarget(p, QDir::cleanPath(output + QLatin1Char('/') +
                                           load::defaultExecName(load.packages[p])) +
                               request.exeSuffix);
            deps.append(b.autoAction(InstallMode::Install, p));
        }
        if (deps.isEmpty())
            return fail(QStringLiteral("go: no main packages to build"));
        return b.finish(b.addRoot(Mode::GoBuild, deps));
    }
    if (!output.isEmpty()) {
        if (pkgs.size() > 1)
            return fail(QStringLiteral("go: cannot write multiple packages to non-directory %1")
                            .arg(output));
        if (pkgs.isEmpty())
            return fail(QStringLiteral("no packages to build"));
        b.setTarget(pkgs[0], output);
        return b.finish(b.autoAction(InstallMode::Install, pkgs[0]));
    }
    QList<int> deps;
    for (int p : pkgs)
        deps.append(b.autoAction(InstallMode::Build, p));
    return b.finish(b.addRoot(Mode::GoBuild, deps));
}

} // namespace kiln::graph
