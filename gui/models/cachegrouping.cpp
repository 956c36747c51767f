#include "models/cachegrouping.h"

#include <QCoreApplication>

namespace kiln::gui
{

QString groupKey(const cache::CacheEntry &entry, CacheGrouping grouping)
{
    switch (grouping) {
    case CacheGrouping::Package:
        return entry.packagePath;
    case CacheGrouping::Module:
        return entry.module;
    case CacheGrouping::Kind:
        return cache::kindName(entry.kind);
    case CacheGrouping::Toolchain:
        return entry.toolchain;
    case CacheGrouping::Count:
        break;
    }
    return {};
}

qint64 entryBytes(const cache::CacheEntry &entry)
{
    return entry.indexBytes + entry.outputBytes;
}

QString groupingTitle(CacheGrouping grouping)
{
    switch (grouping) {
    case CacheGrouping::Package:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "Package");
    case CacheGrouping::Module:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "Module");
    case CacheGrouping::Kind:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "Kind");
    case CacheGrouping::Toolchain:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "Toolchain");
    case CacheGrouping::Count:
        break;
    }
    return {};
}

QString unnamedGroup(CacheGrouping grouping)
{
    switch (grouping) {
    case CacheGrouping::Package:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "(no package)");
    case CacheGrouping::Module:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "(no module)");
    case CacheGrouping::Toolchain:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "(no toolchain)");
    case CacheGrouping::Kind:
    case CacheGrouping::Count:
        break;
    }
    return QCoreApplication::translate("kiln::gui::CacheGrouping", "(unknown)");
}

QString sizeChartTitle(CacheGrouping grouping)
{
    switch (grouping) {
    case CacheGrouping::Package:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "Size by package");
    case CacheGrouping::Module:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "Size by module");
    case CacheGrouping::Kind:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "Size by kind");
    case CacheGrouping::Toolchain:
        return QCoreApplication::translate("kiln::gui::CacheGrouping", "Size by toolchain");
    case CacheGrouping::Count:
        break;
    }
    return {};
}

bool setGroupFilter(cache::PruneCriteria &criteria, CacheGrouping grouping, const QString &key)
{
    if (key.isEmpty())
        return false;
    switch (grouping) {
    case CacheGrouping::Package:
        criteria.packages = {key};
        return true;
    case CacheGrouping::Module:
        criteria.modules = {key};
        return true;
    case CacheGrouping::Kind:
        if (const auto kind = cache::kindFromName(key)) {
            criteria.kinds = {*kind};
            return true;
        }
        return false;
    case CacheGrouping::Toolchain:
        criteria.toolchains = {key};
        return true;
    case CacheGrouping::Count:
        break;
    }
    return false;
}

} // namespace kiln::gui
