// The selected action of the current build, shared by every view that shows
// actions (action table, timeline, graph view, inspector). A view calls
// select(action) when the user picks one and follows changed(action) to show
// the same selection; -1 means none. A new build clears it (action indexes
// belong to one build's graph).
#pragma once

#include <QObject>

namespace kiln::gui
{

class ActionSelection : public QObject
{
    Q_OBJECT
public:
    explicit ActionSelection(QObject *parent = nullptr) : QObject(parent) {}

    int current() const { return m_current; }
    // Emits changed() when action differs from the current one.
    void select(int action)
    {
        if (action == m_current)
            return;
        m_current = action;
        emit changed(action);
    }
    void clear() { select(-1); }

signals:
    void changed(int action);

private:
    int m_current = -1;
};

} // namespace kiln::gui
