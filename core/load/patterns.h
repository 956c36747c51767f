// Package patterns as cmd/go's search package reads them.
//   meta patterns   std, cmd, all, tool, work
//   local patterns  ".", "..", "./x", "../x/...", absolute dirs
//   import paths    "fmt", "example.com/m/...", "net/..."
// In "..." wildcards, "/..." at the end also matches the path before it
// ("net/..." matches "net"), and a wildcard never matches a "vendor" path
// element unless the pattern names vendor itself.
#pragma once

#include <QString>
#include <functional>

namespace kiln::load
{

bool isMetaPackage(const QString &pattern);
bool isLocalPattern(const QString &pattern);
// The first path element has no dot: std or cmd (or a GOPATH-style path).
bool isStandardImportPath(const QString &path);
// search.MatchPattern: a predicate over import paths.
std::function<bool(const QString &)> matchPattern(const QString &pattern);
// The literal prefix before the first "...", trimmed to a path element.
QString patternLiteralPrefix(const QString &pattern);

} // namespace kiln::load
