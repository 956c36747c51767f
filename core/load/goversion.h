// Go toolchain versions as cmd/go's gover package understands them: "1.21",
// "1.21.3", "1.22rc1" (no "go" prefix), and the "go"/"toolchain"
// pseudo-modules that carry the go and toolchain lines through the module
// graph.
//   compare("1.21", "1.21rc1") < 0 < compare("1.21.0", "1.21rc1")
//   compare("1.20", "1.20.0") == 0   (before 1.21 a missing patch is .0)
//   fromToolchain("go1.22.3-bigcorp") == "1.22.3"
#pragma once

#include <QString>

namespace kiln::load::gover
{

// Versions that change modload's behaviour.
inline constexpr const char *DefaultGoModVersion = "1.16";     // go.mod without a go line
inline constexpr const char *DefaultGoWorkVersion = "1.18";    // go.work without a go line
inline constexpr const char *ExplicitIndirectVersion = "1.17"; // graph pruning starts here
inline constexpr const char *GoStrictVersion = "1.21";         // go line is a requirement

bool isValid(const QString &v);
// -1/0/+1; malformed versions sort before valid ones and equal each other.
int compare(const QString &a, const QString &b);
QString max(const QString &a, const QString &b);
// "go1.22.3" → "1.22.3"; "" when name is not goVERSION[-suffix].
QString fromToolchain(const QString &name);

// The "go" and "toolchain" module paths (not golang.org/toolchain).
bool isToolchainModule(const QString &path);
// gover.ModCompare: semver order, except go/toolchain use Go version order.
int modCompare(const QString &path, const QString &a, const QString &b);
// gover.ModIsValid.
bool modIsValid(const QString &path, const QString &version);

} // namespace kiln::load::gover
