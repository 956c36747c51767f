// The preimage lines a flag change touches (flagforecast.h), rendered the
// way actionid.cpp writes them, and the rewriting of a recorded preimage.
// Internal to flagforecast.cpp and its tests.
#pragma once

#include "flags/flagscope.h"
#include "graph/actionrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::exec::forecast
{

// "compile <id> [] <gcflags>", "asm \"<id>\" [] <asmflags>", "linkflags
// <ldflags>"; an empty id is written "…".
QByteArray compileLine(const QString &id, const QStringList &gcflags);
QByteArray asmLine(const QString &id, const QStringList &asmflags);
QByteArray linkflagsLine(const QStringList &ldflags);

// The tool ID in a recorded "compile <id> [] …" / "asm \"<id>\" [] …" line;
// "" when record has none.
QString recordedToolId(const graph::ActionRecord &record, const QByteArray &tool);

// The "build\t<key>=<value>" lines go's build info holds for scopes'
// -asmflags, -gcflags and -ldflags, in that order (absent ones skipped).
QStringList infoSettings(const flags::FlagScopes &scopes, bool trimpath);

// The recorded "modinfo %q" line (without "\n") with its -asmflags, -gcflags
// and -ldflags settings replaced by settings (infoSettings' lines), each
// where go's setBuildInfo puts it; nullopt when the record has no such line.
std::optional<QByteArray> rewriteModinfo(const graph::ActionRecord &record,
                                         const QStringList &settings);

// The recorded preimage with every line starting with a changed line's key
// ("compile ", "asm ", "linkflags ", "modinfo ") replaced by its after
// side, hashed with goVersion's salt; "" when the unchanged preimage does
// not hash to record.actionID (so the preimage cannot be trusted) or a
// line is not found.
struct Replacement {
    QByteArray key;   // the prefix that finds the line
    QByteArray after; // the new line, without "\n"
};
QString rehash(const graph::ActionRecord &record, const QString &name, const QString &goVersion,
               const QList<Replacement> &replacements);

} // namespace kiln::exec::forecast
