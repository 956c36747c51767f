// $GOFLAGS as cmd/go reads it (base/goflags.go InitGOFLAGS, InGOFLAGS).
//
// The value is split like cmd/internal/quoted.Split. Each word must be one
// flag: -name, --name, -name=value or --name=value, where name is a flag of
// some go command (any subcommand: GOFLAGS=-count=1 is fine for go build,
// which then ignores it). Errors (base.Fatalf, exit status 1):
//   go: parsing $GOFLAGS: unterminated ' string
//   go: parsing $GOFLAGS: non-flag "x"          ("-", "--", "---a", "-=a", "--=a" too)
//   go: parsing $GOFLAGS: unknown flag -zzz
// go env and go bug ignore these errors; callers for those simply do not
// call splitGoflags.
#pragma once

#include "flags/flagset.h"

#include <QString>
#include <QStringList>

namespace kiln::flags
{

FlagResult<QStringList> splitGoflags(const QString &value);

// Whether some go command defines the flag (go's hasFlag(base.Go, name)).
bool isGoCommandFlag(const QString &name);

// base.InGOFLAGS: whether a word of goflags names flag ("-mod"), in either
// the -name or --name form, with or without a value.
bool inGoflags(const QStringList &goflags, const QString &flag);

} // namespace kiln::flags
