// What a Go toolchain's build baked in: the defaults cmd/dist wrote into
// generated sources when the toolchain was built, and the Go 1.25 platform
// facts the go command knows.
//
// Distributions configure these at build time: Debian's golang-1.25-go sets
// CC_FOR_TARGET per platform, so its go defaults CC to x86_64-linux-gnu-gcc on
// linux/amd64 where an upstream tarball says gcc. Kiln therefore reads them
// from the toolchain it uses:
//   $GOROOT/src/cmd/go/internal/cfg/zdefaultcc.go   DefaultCC, DefaultCXX,
//                                                   DefaultPkgConfig
//   $GOROOT/src/internal/buildcfg/zbootstrap.go     DefaultGOAMD64 … DefaultCGO_ENABLED,
//                                                   defaultGOEXPERIMENT
// and falls back to upstream's values when a file is missing.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kiln::goenv
{

class BuildDefaults
{
public:
    // Upstream Go 1.25's values (no generated sources needed).
    BuildDefaults();
    // The toolchain's values: generated sources under goroot, else upstream's.
    static BuildDefaults forGoroot(const QString &goroot);

    QString defaultCC(const QString &goos, const QString &goarch) const;
    QString defaultCXX(const QString &goos, const QString &goarch) const;
    QString defaultPkgConfig() const { return m_pkgConfig; }
    // A zbootstrap.go constant, e.g. "DefaultGOAMD64" → "v1"; "" if unknown.
    QString constant(const QString &name) const { return m_constants.value(name); }

    // Parsers for the generated files (exposed for tests).
    void readDefaultCC(const QByteArray &zdefaultcc);
    void readBootstrap(const QByteArray &zbootstrap);

private:
    // One generated `func DefaultCC(goos, goarch string) string`: the
    // "goos/goarch" cases, the goos-only cases and the final return.
    struct CompilerTable {
        QHash<QString, QString> byPlatform;
        QHash<QString, QString> byOs;
        QString fallback;
        QString pick(const QString &goos, const QString &goarch) const;
    };
    static CompilerTable parseCompilerFunc(const QByteArray &src, const QByteArray &func);

    CompilerTable m_cc;
    CompilerTable m_cxx;
    QString m_pkgConfig;
    QHash<QString, QString> m_constants;
};

// internal/platform (Go 1.25): whether GOOS/GOARCH is a port go knows
// (work.CheckGOOSARCHPair), and whether cgo is supported there.
bool isKnownPlatform(const QString &goos, const QString &goarch);
bool cgoSupported(const QString &goos, const QString &goarch);

// The GOARCH-specific level variable (GOAMD64, GOARM64, …); "" for none.
QString archLevelVariable(const QString &goarch);

} // namespace kiln::goenv
