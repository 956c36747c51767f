// The host facts go's env computation reads, with go's exact rules (Unix):
// path cleaning and joining (path/filepath), the user config and cache
// directories (os.UserConfigDir, os.UserCacheDir), the temp directory
// (os.TempDir), the working directory (os.Getwd honours a matching $PWD) and
// executable lookup on $PATH (os/exec.LookPath).
// All take the environment explicitly; none reads the Kiln process's own.
#pragma once

#include "base/result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kiln::goenv
{

QString cleanPath(const QString &path);     // filepath.Clean
QString joinPath(const QStringList &parts); // filepath.Join
bool isAbsPath(const QString &path);        // filepath.IsAbs

// $XDG_CONFIG_HOME or $HOME/.config; errors carry os's message.
Result<QString> userConfigDir(const QProcessEnvironment &env);
// $XDG_CACHE_HOME or $HOME/.cache; errors carry os's message.
Result<QString> userCacheDir(const QProcessEnvironment &env);
QString tempDir(const QProcessEnvironment &env); // $TMPDIR or /tmp, as given

// $PWD when it names the same directory as dir, else dir (os.Getwd).
QString workingDirLikeGo(const QString &dir, const QProcessEnvironment &env);

struct LookPathResult {
    QString path;        // set when an executable was found, even a relative one
    bool usable = false; // found with an absolute path (go refuses "./x" results)
};
// exec.LookPath: names containing "/" are checked directly, others searched
// on $PATH (an empty entry means "."). Directories and non-executables don't count.
LookPathResult lookPath(const QString &file, const QProcessEnvironment &env);

} // namespace kiln::goenv
