// ActionHooks: the actors of modes the exec layer does not own (go test's
// "test run", "test clean", "test print", the "go test" root), plugged into
// the Builder the way go's test package hands work.Actions its Actor and
// TryCache functions.
#pragma once

#include "base/result.h"

#include <QByteArray>

namespace kiln::exec
{

class Builder;

class ActionHooks
{
public:
    virtual ~ActionHooks() = default;
    // Runs the action on a worker thread (go's Actor.Act). Builder's
    // accessors give its graph, state and printer.
    virtual Result<void> act(Builder &builder, int action) = 0;
    // go's TryCache: asked by a link whose only trigger is this action
    // (tryCache set) once the link's action ID is known; true when the
    // action's result is cached, so the link can be skipped.
    virtual bool tryCache(Builder &builder, int action) = 0;
    // An action failed with text (go's sh.Errorf through load.DefaultPrinter).
    // True when the hook printed it (go test -json: build-output/build-fail
    // events); false leaves it to the Builder's printer.
    virtual bool printError(Builder &builder, int action, const QByteArray &text)
    {
        Q_UNUSED(builder);
        Q_UNUSED(action);
        Q_UNUSED(text);
        return false;
    }
};

} // namespace kiln::exec
