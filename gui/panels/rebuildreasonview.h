// The inspector's "Why Rebuilt" tab: for one action, the verdict of the
// build history (explain/rebuildreason.h) with its sentence, what changed
// (by category), the dependencies and root causes, then the lines hashed
// into its action ID against the previous build's, as a diff ("-" removed,
// "+" added, "  " unchanged; removed and added lines tinted). Read-only,
// selectable text.
#pragma once

#include "explain/rebuildreason.h"

#include <QPlainTextEdit>
#include <optional>

namespace kiln::gui
{

class RebuildReasonView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit RebuildReasonView(QWidget *parent = nullptr);

    // nullopt: nothing is known (placeholder text). unexplainedWhy: the
    // placeholder's reason ("" for the default sentence).
    void setExplanation(const std::optional<explain::ActionExplanation> &explanation,
                        const QString &unexplainedWhy = QString());

    // The text of an explanation as the view shows it (for the tab and tests).
    static QString textFor(const explain::ActionExplanation &explanation);
};

} // namespace kiln::gui
