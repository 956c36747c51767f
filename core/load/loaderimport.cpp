// The recursive load: loadImport and Package.load of cmd/go's load/pkg.go.
#include "load/loaderstate.h"

#include "load/patterns.h"

#include <QDir>
#include <QFileInfo>

namespace kiln::load::detail
{

namespace
{

bool hasPathPrefix(const QString &s, const QString &prefix)
{
    return s == prefix || (s.startsWith(prefix) && (prefix.endsWith(QLatin1Char('/')) ||
                                                    s[prefix.size()] == QLatin1Char('/')));
}

QStringList stackPkgs(const ImportStack &stk)
{
    QStringList out;
    for (const StackEntry &e : stk)
        out << e.pkg;
    return out;
}

PackageError makeError(const ImportStack &stk, const QString &err)
{
    PackageError e;
    e.importStack = stackPkgs(stk);
    for (const StackEntry &s : stk)
        e.stackPos << s.pos;
    e.err = err;
    return e;
}

SourcePos firstPos(const QList<SourcePos> &importPos)
{
    return importPos.isEmpty() ? SourcePos{} : importPos.first();
}

// go's SafeArg: a file or path that cannot be mistaken for a flag or break a command line.
bool safeArg(const QString &name)
{
    if (name.isEmpty())
        return false;
    const QChar c = name[0];
    if (c.unicode() >= 0x80)
        return true;
    static const QString safe =
        QStringLiteral("+-._/,:=@~\\"); // go: ('0'-'9','A'-'Z','a'-'z' and these)
    if (c == QLatin1Char('-'))
        return false;
    return c.isLetterOrNumber() || safe.contains(c) || c == QLatin1Char('_');
}

// findInternal: index of the "internal" element that governs path.
std::optional<qsizetype> findInternal(const QString &path)
{
    if (path.endsWith(QLatin1String("/internal")))
        return path.size() - 8;
    if (path.contains(QLatin1String("/internal/")))
        return path.lastIndexOf(QLatin1String("/internal/")) + 1;
    if (path == QLatin1String("internal") || path.startsWith(QLatin1String("internal/")))
        return 0;
    return std::nullopt;
}

std::optional<qsizetype> findVendor(const QString &path)
{
    if (path.contains(QLatin1String("/vendor/")))
        return path.lastIndexOf(QLatin1String("/vendor/")) + 1;
    if (path.startsWith(QLatin1String("vendor/")))
        return 0;
    return std::nullopt;
}

bool hasFilePathPrefix(const QString &s, const QString &prefix)
{
    const QString a = QDir::cleanPath(s), b = QDir::cleanPath(prefix);
    return a == b || a.startsWith(b.endsWith(QLatin1Char('/')) ? b : b + QLatin1Char('/'));
}

} // namespace

LoaderState::LoaderState(const LoaderConfig &c, std::shared_ptr<DirIndex> index)
    : config(c), resolver(c.goroot, c.modules), m_index(std::move(index))
{
}

int LoaderState::loadImport(const QString &path, const QString &srcDir, int parent,
                            ImportStack &stk, const QList<SourcePos> &importPos,
                            std::optional<PackageError> &importErr)
{
    const Package *par = parent >= 0 ? &result.packages[parent] : nullptr;
    const QString parentPath = par ? par->importPath : QString();
    ResolvedImport r;
    if (m_malformedPaths.contains(path))
        r.error = m_malformedPaths.value(path);
    else if (path.startsWith(QLatin1String("mod/")))
        r.error = QStringLiteral("disallowed import path \"%1\"").arg(path);
    else if (path.contains(QLatin1Char('@')))
        r.error = QStringLiteral(
            "can only use path@version syntax with 'go get' and 'go install' in module-aware mode");
    else
        r = resolver.resolve(parentPath, par && par->standard, path);
    if (r.path.isEmpty())
        r.path = path;

    int idx = m_byPath.value(r.path, -1);
    if (idx >= 0) {
        stk.append({path, firstPos(importPos)});
        reuse(idx, stk);
        stk.removeLast();
    } else if (r.dir.isEmpty()) {
        // No directory: a package that is only its error.
        Package p;
        p.importPath = r.path;
        p.incomplete = true;
        PackageError e = makeError(stk, r.error);
        if (!stk.isEmpty() && stk.last().pkg != path && !importPos.isEmpty())
            e.pos = formatPos(importPos.first(), config.workingDir);
        p.error = e;
        result.packages.append(p);
        idx = int(result.packages.size() - 1);
        m_byPath.insert(r.path, idx);
        return idx;
    } else {
        Package p;
        p.importPath = r.path;
        p.local = isLocalPattern(path);
        p.module = r.module;
        result.packages.append(p);
        idx = int(result.packages.size() - 1);
        m_byPath.insert(r.path, idx);
        const DirScan &s = scan(r.dir);
        load(idx, path, stk, importPos, s, r.error);
    }
    if (auto e = disallowInternal(srcDir, parent, idx, stk)) {
        e->pos = importPos.isEmpty() ? QString() : formatPos(importPos.first(), config.workingDir);
        importErr = e;
        return idx;
    }
    if (auto e = disallowVendor(srcDir, path, parent, idx, stk)) {
        e->pos = importPos.isEmpty() ? QString() : formatPos(importPos.first(), config.workingDir);
        importErr = e;
        return idx;
    }
    const Package &p = result.packages[idx];
    if (p.name == QLatin1String("main") && par && par->dir != p.dir) {
        PackageError e = makeError(
            stk, QStringLiteral("import \"%1\" is a program, not an importable package").arg(path));
        e.pos = importPos.isEmpty() ? QString() : formatPos(importPos.first(), config.workingDir);
        importErr = e;
    }
    return idx;
}

int LoaderState::reuse(int idx, ImportStack &stk)
{
    Package &p = result.packages[idx];
    if (m_loading.contains(idx)) {
        if (!p.error) {
            PackageError e = makeError(stk, QStringLiteral("import cycle not allowed"));
            e.isImportCycle = true;
            p.error = e;
        } else {
            p.error->isImportCycle = true;
        }
        p.incomplete = true;
    }
    if (p.error && !p.error->isImportCycle && !p.error->importStack.isEmpty() &&
        stk.size() < p.error->importStack.size()) {
        p.error->importStack = stackPkgs(stk);
    }
    return idx;
}

void LoaderState::load(int idx, const QString &path, ImportStack &stk,
                       const QList<SourcePos> &importPos, const DirScan &s,
                       const QString &resolveError)
{
    {
        Package &p = result.packages[idx];
        const QString importPath = p.importPath;
        const auto module = p.module;
        const bool local = p.local;
        p = s.fields;
        p.importPath = importPath;
        p.module = module;
        p.local = local;
        p.goroot = hasFilePathPrefix(p.dir, resolver.gorootSrc());
        p.standard = p.goroot && isStandardImportPath(p.importPath);
        if (p.goroot)
            p.root = config.goroot;
        else if (p.module)
            p.root = p.module->dir;
    }
    m_loading.insert(idx);
    auto setError = [&](const QString &err) {
        Package &p = result.packages[idx];
        if (p.error)
            return;
        p.error = makeError(stk, err);
        p.incomplete = true;
        if (!stk.isEmpty() && stk.last().pkg != path && !importPos.isEmpty())
            p.error->pos = formatPos(importPos.first(), config.workingDir);
    };
    if (s.error) {
        Package &p = result.packages[idx];
        p.incomplete = true;
        const bool pushed =
            s.error->kind == DirScanError::Kind::NoGo || s.error->kind == DirScanError::Kind::Parse;
        if (pushed)
            stk.append({path, firstPos(importPos)});
        PackageError e = makeError(stk, s.error->message);
        if (s.error->kind == DirScanError::Kind::Parse) {
            e.pos = shortPath(s.error->pos, config.workingDir);
        } else if (!stk.isEmpty() && stk.last().pkg != path && !importPos.isEmpty()) {
            e.pos = formatPos(importPos.first(), config.workingDir);
        }
        p.error = e;
        if (pushed)
            stk.removeLast();
    } else if (!resolveError.isEmpty()) {
        setError(resolveError);
    }

    setTarget(result.packages[idx]);
    if (config.imports == ImportsMode::Ignore) { // go list -find
        Package &p = result.packages[idx];
        p.imports.clear();
        p.rawImports.clear();
        p.testImports.clear();
        p.xtestImports.clear();
    }
    QStringList importPaths = result.packages[idx].imports;
    // go sets CmdlinePkg before the load, while the import stack is still
    // empty; every dependency is loaded under its importer's stack.
    const LoadOrigin origin = stk.isEmpty() ? LoadOrigin::CommandLine : LoadOrigin::Dependency;
    if (config.imports == ImportsMode::Load) {
        if (auto added = addImplicitImports(result.packages[idx], origin, importPaths); !added) {
            // go's load stops here: no imports, no embeds, no DefaultGODEBUG.
            setError(added.error().message);
            m_loading.remove(idx);
            return;
        }
    }

    Package &p = result.packages[idx];
    const QString fold = p.importPath.toLower();
    if (const QString other = m_foldPath.value(fold); other.isEmpty()) {
        m_foldPath.insert(fold, p.importPath);
    } else if (other != p.importPath && checkFoldCollisions) {
        setError(QStringLiteral("case-insensitive import collision: \"%1\" and \"%2\"")
                     .arg(p.importPath, other));
        result.packages[idx].module.reset(); // go has not looked up the module yet
        m_loading.remove(idx);
        return;
    }
    stk.append({path, firstPos(importPos)});
    if (p.name == QLatin1String("main"))
        setDefaultGodebug(p, s.directives);
    resolveEmbeds(p, stk);
    checkFiles(p, setError);
    loadImports(idx, stk, importPaths);
    stk.removeLast();
    m_loading.remove(idx);
}

Result<void> LoaderState::addImplicitImports(Package &p, LoadOrigin origin,
                                             QStringList &importPaths)
{
    auto add = [&](const QString &path) {
        if (!importPaths.contains(path))
            importPaths.append(path);
    };
    const bool cgo = !p.cgoFiles.isEmpty();
    const bool swig = !p.swigFiles.isEmpty() || !p.swigCXXFiles.isEmpty();
    if (cgo)
        add(QStringLiteral("unsafe"));
    if (cgo && (!p.standard || p.importPath != QLatin1String("runtime/cgo")))
        add(QStringLiteral("runtime/cgo"));
    static const QStringList syscallExclude = {
        QStringLiteral("runtime/cgo"), QStringLiteral("runtime/race"),
        QStringLiteral("runtime/msan"), QStringLiteral("runtime/asan")};
    if (cgo && (!p.standard || !syscallExclude.contains(p.importPath)))
        add(QStringLiteral("syscall"));
    if (swig) {
        add(QStringLiteral("unsafe"));
        add(QStringLiteral("runtime/cgo"));
        add(QStringLiteral("syscall"));
        add(QStringLiteral("sync"));
    }
    if (p.name == QLatin1String("main")) {
        KILN_TRY(deps, linkerDeps(p, origin));
        for (const QString &dep : deps)
            add(dep);
    }
    return {};
}

// go's LinkerDeps(p) with p's -ldflags as go's BuildLdflags.For(p) gives
// them (linkmode.h): -linkmode=external there makes main import runtime/cgo.
Result<QStringList> LoaderState::linkerDeps(const Package &p, LoadOrigin origin) const
{
    const QStringList ldflags = config.ldflagsFor ? config.ldflagsFor(p, origin) : QStringList();
    return load::linkerDeps(config.context, config.linkMode, ldflags);
}

void LoaderState::prefetchImports(int idx, const QStringList &importPaths)
{
    const Package &p = result.packages[idx];
    bool first = true;
    for (const QString &path : importPaths) {
        // The paths loadImport turns away before resolving: nothing to scan.
        if (path == QLatin1String("C") || m_malformedPaths.contains(path) ||
            path.startsWith(QLatin1String("mod/")) || path.contains(QLatin1Char('@')))
            continue;
        // resolve memoizes per path, so loadImport's own call costs nothing more.
        const ResolvedImport r = resolver.resolve(p.importPath, p.standard, path);
        if (r.dir.isEmpty() || m_byPath.contains(r.path) || isScanned(r.dir))
            continue;
        // The first one is loaded right away: scanning it here is cheaper
        // than waiting for a worker to hand it over.
        if (first) {
            first = false;
            continue;
        }
        prefetch(r.dir);
    }
}

void LoaderState::loadImports(int idx, ImportStack &stk, QStringList importPaths)
{
    // Scan the imports on the workers while the depth-first load below works
    // through them one by one.
    prefetchImports(idx, importPaths);
    const QString dir = result.packages[idx].dir;
    const int nImports = int(result.packages[idx].imports.size());
    QList<int> internal;
    int explicitCount = 0;
    for (int i = 0; i < importPaths.size(); ++i) {
        const QString path = importPaths[i];
        if (path == QLatin1String("C"))
            continue;
        if (config.cancel && config.cancel->load())
            return;
        const QList<SourcePos> pos = result.packages[idx].importPos.value(path);
        std::optional<PackageError> err;
        const int dep = loadImport(path, dir, idx, stk, pos, err);
        Package &p = result.packages[idx];
        if (err && !p.error) {
            p.error = err;
            p.incomplete = true;
        }
        const QString resolved = result.packages[dep].importPath;
        if (i < nImports)
            p.imports[i] = resolved;
        internal.append(dep);
        if (i < nImports)
            ++explicitCount;
        if (result.packages[dep].incomplete)
            p.incomplete = true;
    }
    result.packages[idx].internalImports = internal;
    result.packages[idx].explicitImports = explicitCount;
}

std::optional<PackageError> LoaderState::disallowInternal(const QString &srcDir, int importer,
                                                          int idx, const ImportStack &stk) const
{
    const Package &p = result.packages[idx];
    if (p.error || importer < 0)
        return std::nullopt;
    const QString importerPath = result.packages[importer].importPath;
    if (hasPathPrefix(p.importPath, QStringLiteral("testing/internal")) &&
        importerPath == QLatin1String("testmain"))
        return std::nullopt;
    auto i = findInternal(p.importPath);
    if (!i)
        return std::nullopt;
    qsizetype at = *i > 0 ? *i - 1 : 0;
    bool allowed = false;
    if (hasPathPrefix(importerPath, QStringLiteral("crypto")) &&
        hasPathPrefix(p.importPath, QStringLiteral("crypto/internal/fips140")))
        allowed = true;
    else if (hasPathPrefix(importerPath, QStringLiteral("crypto/internal/fips140")))
        allowed = hasPathPrefix(p.importPath, QStringLiteral("crypto/internal"));
    else if (!p.module) {
        const QString parent = p.dir.left(at + p.dir.size() - p.importPath.size());
        allowed = hasFilePathPrefix(srcDir, parent);
    } else {
        allowed = hasPathPrefix(importerPath, p.importPath.left(at));
    }
    if (allowed)
        return std::nullopt;
    PackageError e =
        makeError(stk, QStringLiteral("use of internal package %1 not allowed").arg(p.importPath));
    e.alwaysPrintStack = true;
    return e;
}

std::optional<PackageError> LoaderState::disallowVendor(const QString &srcDir, const QString &path,
                                                        int importer, int idx,
                                                        const ImportStack &stk) const
{
    if (importer < 0)
        return std::nullopt;
    const Package &p = result.packages[idx];
    if (auto i = findVendor(p.importPath)) {
        const qsizetype at = *i > 0 ? *i - 1 : 0;
        const qsizetype truncateTo = at + p.dir.size() - p.importPath.size();
        if (truncateTo >= 0 && truncateTo <= p.dir.size() &&
            !hasFilePathPrefix(srcDir, p.dir.left(truncateTo)))
            return makeError(stk, QStringLiteral("use of vendored package not allowed"));
    }
    if (auto i = findVendor(path))
        return makeError(stk,
                         QStringLiteral("%1 must be imported as %2").arg(path, path.mid(*i + 7)));
    return std::nullopt;
}

void LoaderState::checkFiles(Package &p, const std::function<void(const QString &)> &setError)
{
    QStringList inputs;
    for (const QStringList *l :
         {&p.goFiles, &p.cgoFiles, &p.cFiles, &p.cxxFiles, &p.mFiles, &p.hFiles, &p.fFiles,
          &p.sFiles, &p.swigFiles, &p.swigCXXFiles, &p.sysoFiles, &p.testGoFiles, &p.xtestGoFiles})
        inputs += *l;
    QHash<QString, QString> folded;
    for (const QString &f : inputs) {
        const QString k = f.toLower();
        if (folded.contains(k) && folded[k] != f)
            return setError(
                QStringLiteral("case-insensitive file name collision: \"%1\" and \"%2\"")
                    .arg(folded[k], f));
        folded.insert(k, f);
    }
    for (const QString &f : inputs)
        if (!safeArg(f) || f.startsWith(QLatin1String("_cgo_")))
            return setError(QStringLiteral("invalid input file name \"%1\"").arg(f));
    if (const QString base = p.importPath.section(QLatin1Char('/'), -1); !safeArg(base))
        return setError(QStringLiteral("invalid input directory name \"%1\"").arg(base));
    if (!config.context.cgoEnabled) {
        p.cFiles.clear();
        p.cxxFiles.clear();
        p.mFiles.clear();
        p.swigFiles.clear();
        p.swigCXXFiles.clear();
    }
    const bool cgoOrSwig =
        !p.cgoFiles.isEmpty() || !p.swigFiles.isEmpty() || !p.swigCXXFiles.isEmpty();
    if (!cgoOrSwig) {
        const QList<std::pair<const QStringList *, const char *>> kinds = {
            {&p.cFiles, "C"},
            {&p.cxxFiles, "C++"},
            {&p.mFiles, "Objective-C"},
            {&p.fFiles, "Fortran"}};
        for (const auto &[files, what] : kinds)
            if (!files->isEmpty())
                return setError(
                    QStringLiteral("%1 source files not allowed when not using cgo or SWIG: %2")
                        .arg(QLatin1String(what), files->join(QLatin1Char(' '))));
    }
}

} // namespace kiln::load::detail
