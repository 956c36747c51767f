// DefaultGODEBUG for main packages (cmd/go's load/godebug.go).
//
// The table of known settings is read from the toolchain's own source,
// $GOROOT/src/internal/godebugs/table.go, so Kiln always uses exactly the
// table of the go it is paired with. Each entry line has the form
//   {Name: "asynctimerchan", Package: "time", Changed: 23, Old: "1"},
#pragma once

#include "base/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::load
{

struct GodebugInfo {
    QString name;
    int changed = 0; // minor version when the default changed; 0 = never
    QString old;
};

// Parses table.go; errors name the file when it is missing or has no entries.
Result<QList<GodebugInfo>> readGodebugTable(const QString &goroot);

struct GodebugInputs {
    QString goVersion;                                // the main module's go version (or go.work's)
    QString debGoMinCompat;                           // Debian's DEB_GOMINCOMPAT patch, "" if unset
    bool fips140 = false;                             // GOFIPS140 is not "off"
    QList<std::pair<QString, QString>> moduleGodebug; // godebug lines of the main go.mod/go.work
    QStringList directives; // "//go:debug k=v" texts of the package (and tests)
};

// ParseGoDebug: "//go:debug k=v" → (k, v) when k is "default" or a known setting.
std::optional<std::pair<QString, QString>> parseGoDebugDirective(const QString &text,
                                                                 const QList<GodebugInfo> &table);

// The comma-separated k=v list go computes, sorted by key.
QString defaultGodebug(const QList<GodebugInfo> &table, const GodebugInputs &in);

} // namespace kiln::load
