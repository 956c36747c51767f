// Internal to the loader: the state one loadPackages call works on. Split
// from loader.cpp so the pattern expansion, the recursive load and the list
// post-processing live in files of their own.
#pragma once

#include "load/dirindex.h"
#include "load/loader.h"
#include "load/pkgdir.h"

#include <QFuture>
#include <QHash>
#include <QThreadPool>

namespace kiln::load::detail
{

struct StackEntry {
    QString pkg;
    SourcePos pos; // first import position; file empty when none
};
using ImportStack = QList<StackEntry>;

struct TestVariants {
    int pmain = -1;
    int ptest = -1;
    int pxtest = -1;
};

struct Match {
    QString pattern;
    QStringList pkgs; // import paths, or directories for local patterns
    bool local = false;
    bool literal = false;
    bool allPattern = false;
    QStringList errors; // go's text, already prefixed "pattern P: " where go adds it
    QString errorDir;   // the directory of a "no Go files" error
};

class LoaderState
{
public:
    // index: the on-disk memo of classified directories (null: none).
    explicit LoaderState(const LoaderConfig &config, std::shared_ptr<DirIndex> index = {});
    ~LoaderState();
    LoaderState(const LoaderState &) = delete;
    LoaderState &operator=(const LoaderState &) = delete;

    // Pattern expansion (loaderpatterns.cpp).
    QList<Match> expand(const QStringList &patterns);
    void matchGoroot(Match &m);
    void matchLocal(Match &m);
    void matchAll(Match &m);
    void matchWildcard(Match &m);
    QString localImportPath(const QString &pattern, Match &m);
    QString dirImportPath(const QString &dir) const;

    // Loads path as imported from srcDir by parent (-1: command line). Returns
    // the package index; an error about the import itself (internal, vendor,
    // program, local) goes to importErr, to be set on the importer.
    int loadImport(const QString &path, const QString &srcDir, int parent, ImportStack &stk,
                   const QList<SourcePos> &importPos, std::optional<PackageError> &importErr);
    // Loads the package in a directory named on the command line.
    int loadDir(const QString &dir, ImportStack &stk);

    // The directory's scan, cached (loaderscan.cpp). prefetch starts it on a
    // worker thread so that a later scan only collects it; callers prefetch
    // what they are about to scan (a pattern walk's directories, a package's
    // imports) and then scan in their usual order, so the load order and the
    // output stay the same. All three are for the loading thread only.
    const DirScan &scan(const QString &dir);
    void prefetch(const QString &dir);
    bool isScanned(const QString &dir) const; // scanned or prefetched

    // go list post-processing (loaderlist.cpp).
    QList<int> packageList(const QList<int> &roots) const;
    void collectDeps(const QList<int> &order);
    void recordImportMaps(const QList<int> &pkgs);
    void applyPgo(const QList<int> &roots); // loaderpgo.cpp
    void renameVariants(const QList<int> &all);
    TestVariants testPackagesFor(int pIdx); // loadertest.cpp

    const LoaderConfig &config;
    ImportResolver resolver;
    LoadResult result;
    // modload works out "all" without load's case-fold check; the scratch
    // state that mirrors it turns the check off.
    bool checkFoldCollisions = true;

private:
    void load(int idx, const QString &path, ImportStack &stk, const QList<SourcePos> &importPos,
              const DirScan &scan, const QString &resolveError);
    void setTarget(Package &p);
    // Errors: LinkerDeps' (an external link without cgo).
    Result<void> addImplicitImports(Package &p, LoadOrigin origin, QStringList &importPaths);
    Result<QStringList> linkerDeps(const Package &p, LoadOrigin origin) const;
    void loadImports(int idx, ImportStack &stk, QStringList importPaths);
    void prefetchImports(int idx, const QStringList &importPaths);
    void checkFiles(Package &p, const std::function<void(const QString &)> &setError);
    int reuse(int idx, ImportStack &stk);
    std::optional<PackageError> disallowInternal(const QString &srcDir, int importer, int idx,
                                                 const ImportStack &stk) const;
    std::optional<PackageError> disallowVendor(const QString &srcDir, const QString &path,
                                               int importer, int idx, const ImportStack &stk) const;
    QString moduleGoVersion() const;
    void setDefaultGodebug(Package &p, const QStringList &directives);
    void resolveEmbeds(Package &p, const ImportStack &stk);

    QList<int> loadTestImports(int pIdx, QStringList &paths,
                               const QMap<QString, QList<SourcePos>> &pos, ImportStack &stk,
                               std::optional<PackageError> &err, bool &incomplete);
    std::optional<PackageError> testEmbeds(const QString &dir, const QStringList &patterns,
                                           const QMap<QString, QList<SourcePos>> &pos,
                                           const ImportStack &stk, QStringList &files);
    int makePtest(int pIdx, const QList<int> &imports, const QStringList &rawTestImports,
                  const std::optional<PackageError> &err, bool incomplete);
    int makePxtest(int pIdx, const QList<int> &ximports, const QStringList &rawXTestImports,
                   int ptest, const std::optional<PackageError> &err, bool incomplete);
    int makePmain(int pIdx, int ptest, int pxtest);
    std::optional<PackageError> recompileForTest(int pmain, int preal, int ptest, int pxtest);
    std::optional<PackageError> findTestCycle(int ptest);

    // Import paths that are not UTF-8 (from directory names): path → go's error.
    QHash<QString, QString> m_malformedPaths;
    QHash<QString, int> m_byPath;
    QHash<QString, DirScan> m_scans;
    std::shared_ptr<DirIndex> m_index;
    QHash<QString, QString> m_foldPath;
    QSet<int> m_loading; // packages in the middle of their own load (cycle detection)
    QHash<QString, QFuture<DirScan>> m_pending; // prefetched, not yet collected by scan
    QThreadPool m_pool;                         // the prefetch workers; last, so that it ends first
};

// go's base.ShortPath: path relative to dir when that is shorter.
QString shortPath(const QString &path, const QString &dir);
QString formatPos(const SourcePos &pos, const QString &workingDir);

} // namespace kiln::load::detail
