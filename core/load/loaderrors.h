// Which load errors go reports for a package it is about to build or test
// (cmd/go/internal/load PackageErrors and TestPackagesFor), over a
// LoadResult. Pure.
#pragma once

#include "load/loader.h"

#include <QList>
#include <array>

namespace kiln::load
{

// The packages with an error among `root` and everything it imports, in
// go's PackageList order (post-order: imports first); empty when the root is
// not incomplete.
QList<int> packagesWithErrors(const LoadResult &result, int root);

// TestPackagesFor's error for one test set {ptest, pxtest, pmain} (-1 =
// none): the first of the three with an error of its own, or, at the first
// incomplete one, the first error below it. -1 when the set loaded cleanly.
int testVariantError(const LoadResult &result, const std::array<int, 3> &set);

} // namespace kiln::load
