// Semantic versions and module paths as golang.org/x/mod defines them.
//   isValidSemver("v1.2")        true (shorthand)   canonicalSemver → "v1.2.0"
//   canonicalModuleVersion keeps a "+incompatible" build suffix, drops others.
//   compareSemver: -1/0/+1; an invalid version sorts before every valid one.
//   splitPathVersion("x.com/m/v2") → {"x.com/m", "/v2", ok}
//   checkPathMajor("v2.0.0", "")  → "should be v0 or v1, not v2"
#pragma once

#include <QString>
#include <optional>

namespace kiln::load
{

bool isValidSemver(const QString &v);
QString canonicalSemver(const QString &v);        // "" if invalid
QString canonicalModuleVersion(const QString &v); // module.CanonicalVersion
QString semverMajor(const QString &v);            // "v2", "" if invalid
QString semverBuild(const QString &v);            // "+incompatible", "" if none
QString semverPrerelease(const QString &v);
int compareSemver(const QString &a, const QString &b);

struct PathVersionSplit {
    QString prefix;
    QString pathMajor; // "/v2", ".v1" (gopkg.in), or ""
    bool ok = true;
};
PathVersionSplit splitPathVersion(const QString &path);

// module.CheckPathMajor: empty when version v fits pathMajor, else go's reason
// ("should be v2, not v1").
QString checkPathMajor(const QString &v, const QString &pathMajor);

} // namespace kiln::load
