// How actions look everywhere in the GUI (action table, timeline, inspector,
// graph view): one word, one colour and one icon per state, one colour and a
// one-sentence explanation per mode, and how durations are written. Colour
// never stands alone: the state's word (or icon) is always shown with it.
#pragma once

#include "controllers/buildrun.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace kiln::gui
{

class ActionStyle
{
    Q_DECLARE_TR_FUNCTIONS(kiln::gui::ActionStyle)
public:
    static QString statusText(ActionStatus status);    // "cache hit", "built" …
    static QString statusToolTip(ActionStatus status); // one sentence
    // Mid-luminance colours: each keeps a 3:1 contrast against a white and
    // a near-black background (WCAG's bar for graphics), so the same colour
    // reads on light and dark palettes.
    static QColor statusColor(ActionStatus status);
    static QIcon statusIcon(ActionStatus status);
    static QList<ActionStatus> allStatuses();

    static QString modeText(graph::Mode mode) { return graph::modeName(mode); } // go's word
    static QString modeToolTip(graph::Mode mode);                               // one sentence
    static QColor modeColor(graph::Mode mode);
    // A package description's last path elements: "a/b/p [a/b/p.test]"
    // gives "p [p.test]", "a/b/p" gives "p".
    static QString shortDesc(const QString &desc);
    // The mark of the critical path, in the graph and the timeline alike.
    static QColor criticalPathColor();

    // "850 µs", "12 ms", "1.25 s", "2 min 05 s"; ns < 0 gives "".
    static QString duration(qint64 ns);
};

} // namespace kiln::gui
