// How the cache panel groups entries (by package, module, kind or
// toolchain), the group an entry belongs to, and the prune filter that
// selects exactly one group. An entry's bytes are its -a file plus its -d
// output, as `kiln-cli cache ls` counts them (an output two entries name is
// counted for both; go shares only the empty output that way).
#pragma once

#include "cache/pruneplan.h"

#include <QString>

namespace kiln::gui
{

enum class CacheGrouping { Package, Module, Kind, Toolchain, Count };

// "" when the entry has no such name (an unnamed output, an unknown module).
QString groupKey(const cache::CacheEntry &entry, CacheGrouping grouping);
qint64 entryBytes(const cache::CacheEntry &entry);

// The grouping's name for menus and headers ("Package" …) and how a group
// without a name is shown ("(no package)" …).
QString groupingTitle(CacheGrouping grouping);
QString unnamedGroup(CacheGrouping grouping);
// The size chart's title: "Size by package" …
QString sizeChartTitle(CacheGrouping grouping);

// The prune criteria whose filter is this group; false when the group
// cannot be a filter (it has no name).
bool setGroupFilter(cache::PruneCriteria &criteria, CacheGrouping grouping, const QString &key);

} // namespace kiln::gui
