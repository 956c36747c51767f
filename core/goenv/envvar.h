// One variable of `go env`'s output.
#pragma once

#include <QString>

namespace kiln::goenv
{

struct EnvVar {
    QString name;
    QString value;
    bool changed = false; // differs from go's default (go env -changed)
};

} // namespace kiln::goenv
