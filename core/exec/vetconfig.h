// vet.cfg: what go hands the vet tool for one package (work/exec.go
// vetConfig, buildVetConfig), written by the package's build action and
// completed by its vet action.
//
//   vet.cfg = json.MarshalIndent(vetConfig, "", "\t") "\n", fields in order:
//     ID Compiler Dir ImportPath GoFiles NonGoFiles IgnoredFiles ModulePath
//     ModuleVersion ImportMap PackageFile Standard PackageVetx VetxOnly
//     VetxOutput GoVersion SucceedOnTypecheckFailure
//   (no omitempty; lists are absolute paths; maps are sorted by key)
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kiln::load
{
struct Package;
}

namespace kiln::exec
{

struct VetConfig {
    QString id, compiler = QStringLiteral("gc"), dir, importPath;
    QStringList goFiles, nonGoFiles, ignoredFiles;
    QString modulePath, moduleVersion;
    QMap<QString, QString> importMap;   // import as written → package path
    QMap<QString, QString> packageFile; // package path → export data (.a)
    QMap<QString, bool> standard;
    QMap<QString, QString> packageVetx; // package path → vet facts of an earlier run
    bool vetxOnly = false;
    QString vetxOutput;
    QString goVersion;
};

// A dependency of the build action as buildVetConfig sees it.
struct VetDep {
    QString importPath;
    QString built; // "" when it produced no file
    bool standard = false;
};

// go's buildVetConfig. srcfiles: the build's source list (package files
// relative to p.dir, generated files absolute); localGoVersion: "1.25.12".
VetConfig buildVetConfig(const load::Package &p, const QStringList &srcfiles,
                         const QList<VetDep> &deps, const QString &localGoVersion);

QByteArray vetConfigJson(const VetConfig &c);

} // namespace kiln::exec
