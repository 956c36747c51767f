#include "models/rebuildstyle.h"

namespace kiln::gui
{

using explain::LineCategory;
using explain::RebuildVerdict;

QList<RebuildVerdict> RebuildStyle::allVerdicts()
{
    return {RebuildVerdict::OwnInput,  RebuildVerdict::Propagated,  RebuildVerdict::New,
            RebuildVerdict::Unchanged, RebuildVerdict::EarlyCutoff, RebuildVerdict::Restored,
            RebuildVerdict::UpToDate};
}

QString RebuildStyle::text(RebuildVerdict verdict)
{
    switch (verdict) {
    case RebuildVerdict::New:
        return tr("new");
    case RebuildVerdict::OwnInput:
        return tr("own input");
    case RebuildVerdict::Propagated:
        return tr("propagated");
    case RebuildVerdict::Unchanged:
        return tr("not cached");
    case RebuildVerdict::EarlyCutoff:
        return tr("early cutoff");
    case RebuildVerdict::Restored:
        return tr("restored");
    case RebuildVerdict::UpToDate:
        return tr("up to date");
    }
    return {};
}

QString RebuildStyle::toolTip(RebuildVerdict verdict)
{
    switch (verdict) {
    case RebuildVerdict::New:
        return tr("Ran; no earlier build of this module recorded this action.");
    case RebuildVerdict::OwnInput:
        return tr("Ran because an input of its own changed: a file, a flag, the toolchain, the "
                  "environment or a build tag.");
    case RebuildVerdict::Propagated:
        return tr("Ran only because dependencies were rebuilt with new content IDs.");
    case RebuildVerdict::Unchanged:
        return tr("Ran with the same inputs as last time: its result was not in the cache "
                  "(trimmed or removed, -a, or not cached by go).");
    case RebuildVerdict::EarlyCutoff:
        return tr("Cache hit although a dependency was rebuilt: the dependency's content ID did "
                  "not change, so the change stopped here.");
    case RebuildVerdict::Restored:
        return tr("Cache hit although its inputs differ from the previous build: an older "
                  "build's result was still cached.");
    case RebuildVerdict::UpToDate:
        return tr("Cache hit; nothing it depends on changed.");
    }
    return {};
}

QColor RebuildStyle::color(RebuildVerdict verdict)
{
    switch (verdict) {
    case RebuildVerdict::New:
        return QColor(0x3b, 0x78, 0xd8); // blue
    case RebuildVerdict::OwnInput:
        return QColor(0xc2, 0x36, 0x8a); // magenta
    case RebuildVerdict::Propagated:
        return QColor(0x8a, 0x5c, 0xd0); // violet
    case RebuildVerdict::Unchanged:
        return QColor(0x8a, 0x7a, 0x5a); // khaki
    case RebuildVerdict::EarlyCutoff:
        return QColor(0x1a, 0x95, 0x7a); // teal
    case RebuildVerdict::Restored:
        return QColor(0x2a, 0x8f, 0xb8); // sky
    case RebuildVerdict::UpToDate:
        return QColor(0x8a, 0x90, 0x96); // slate grey
    }
    return unknownColor();
}

QString RebuildStyle::unknownText()
{
    return tr("no reason");
}

QString RebuildStyle::unknownToolTip()
{
    return tr("Not explained: the action has no action ID (nop, install, vet), or the build "
              "history has no record of this build yet.");
}

QColor RebuildStyle::unknownColor()
{
    return QColor(0x8c, 0x8c, 0x8c);
}

QString RebuildStyle::categoryText(LineCategory category)
{
    switch (category) {
    case LineCategory::File:
        return tr("file");
    case LineCategory::Flag:
        return tr("flag");
    case LineCategory::Toolchain:
        return tr("toolchain");
    case LineCategory::Env:
        return tr("environment");
    case LineCategory::Tag:
        return tr("build tag");
    case LineCategory::Module:
        return tr("module");
    case LineCategory::Dependency:
        return tr("dependency");
    case LineCategory::Other:
        return tr("other");
    }
    return {};
}

QString RebuildStyle::summary(const explain::ActionExplanation &e)
{
    QStringList why;
    switch (e.verdict) {
    case RebuildVerdict::OwnInput:
    case RebuildVerdict::Restored:
        for (const explain::LineChange &c : e.changes)
            if (c.category != LineCategory::Dependency)
                why << QStringLiteral("%1 %2").arg(categoryText(c.category), c.subject);
        break;
    case RebuildVerdict::Propagated:
    case RebuildVerdict::EarlyCutoff:
        why << e.dependencies;
        break;
    default:
        break;
    }
    why.removeDuplicates();
    if (why.size() > 3)
        why = why.first(3) << QStringLiteral("…");
    if (why.isEmpty())
        return text(e.verdict);
    return tr("%1: %2").arg(text(e.verdict), why.join(QStringLiteral(", ")));
}

} // namespace kiln::gui
