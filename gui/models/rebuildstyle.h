// How "why rebuilt" verdicts (explain/rebuildreason.h) look in the GUI: one
// short word, one sentence and one colour per verdict, for the graph's
// "why rebuilt" colouring, its legend and tooltips, and the inspector.
// Colours are mid-luminance like ActionStyle's (3:1 against white and a
// near-black background); the word is always shown with the colour.
#pragma once

#include "explain/rebuildreason.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace kiln::gui
{

class RebuildStyle
{
    Q_DECLARE_TR_FUNCTIONS(kiln::gui::RebuildStyle)
public:
    static QString text(explain::RebuildVerdict verdict);    // "own input", "propagated" …
    static QString toolTip(explain::RebuildVerdict verdict); // one sentence
    static QColor color(explain::RebuildVerdict verdict);
    static QList<explain::RebuildVerdict> allVerdicts();
    // Actions the history says nothing about (no action ID, or no history).
    static QString unknownText();
    static QString unknownToolTip();
    static QColor unknownColor();
    // A category of preimage lines, translated ("file", "flag" …).
    static QString categoryText(explain::LineCategory category);
    // One line: the verdict and why, e.g. "own input: file util.go changed".
    static QString summary(const explain::ActionExplanation &explanation);
};

} // namespace kiln::gui
