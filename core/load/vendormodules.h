// vendor/modules.txt, as written by `go mod vendor` and read by modload.
// Grammar (lines; anything else is ignored, as go ignores it):
//   module-line  = "# " path " " version [" => " replacement]
//                | "# " path " => " replacement           (wildcard replace)
//   replacement  = directory | path " " version
//   annotations  = "## " annotation { "; " annotation }   (after a module line)
//   annotation   = "explicit" | "go " go-version | "workspace" | other
//   package-line = import-path                            (after a module line)
// A module with at least one package line is in the build list at that
// version; "## explicit" marks a requirement of a main go.mod. The first line
// of a workspace's modules.txt is "## workspace".
#pragma once

#include "load/mvs.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace kiln::load
{

struct VendorMeta {
    bool isExplicit = false;
    ModuleVersion replacement; // path empty: not replaced
    QString goVersion;
};

struct VendorModules {
    QList<ModuleVersion> list;       // modules providing packages, in order of appearance
    QList<ModuleVersion> replaced;   // every replaced module, in order
    QHash<QString, QString> version; // path → the version providing packages
    QHash<ModuleVersion, VendorMeta> meta;
    QHash<QString, ModuleVersion> packageModule;
    // The first module whose "go" annotation is newer than localGoVersion.
    std::optional<std::pair<QString, QString>> tooNew; // (module path, go version)
};

VendorModules parseVendorModules(const QByteArray &data, const QString &localGoVersion);

// Whether the first line's annotations include "workspace".
bool modulesTextIsForWorkspace(const QByteArray &data);

} // namespace kiln::load
