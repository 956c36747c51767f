#include "goenv/builddefaults.h"

#include <QFile>
#include <QRegularExpression>

namespace kiln::goenv
{

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A Go string literal: "x" or `x` (generated code never needs escapes here).
const QString literal = QStringLiteral(R"re((?:"([^"\\]*)"|`([^`]*)`))re");

QString literalValue(const QRegularExpressionMatch &m, int first)
{
    return m.captured(first).isNull() ? m.captured(first + 1) : m.captured(first);
}

// Go 1.25's internal/platform table: GOOS/GOARCH → cgo supported.
struct Port {
    const char *goos;
    const char *goarch;
    bool cgo;
};
const Port ports[] = {
    {"aix", "ppc64", true},       {"android", "386", true},     {"android", "amd64", true},
    {"android", "arm", true},     {"android", "arm64", true},   {"darwin", "amd64", true},
    {"darwin", "arm64", true},    {"dragonfly", "amd64", true}, {"freebsd", "386", true},
    {"freebsd", "amd64", true},   {"freebsd", "arm", true},     {"freebsd", "arm64", true},
    {"freebsd", "riscv64", true}, {"illumos", "amd64", true},   {"ios", "amd64", true},
    {"ios", "arm64", true},       {"js", "wasm", false},        {"linux", "386", true},
    {"linux", "amd64", true},     {"linux", "arm", true},       {"linux", "arm64", true},
    {"linux", "loong64", true},   {"linux", "mips", true},      {"linux", "mips64", true},
    {"linux", "mips64le", true},  {"linux", "mipsle", true},    {"linux", "ppc64", false},
    {"linux", "ppc64le", true},   {"linux", "riscv64", true},   {"linux", "s390x", true},
    {"linux", "sparc64", true},   {"netbsd", "386", true},      {"netbsd", "amd64", true},
    {"netbsd", "arm", true},      {"netbsd", "arm64", true},    {"openbsd", "386", true},
    {"openbsd", "amd64", true},   {"openbsd", "arm", true},     {"openbsd", "arm64", true},
    {"openbsd", "mips64", true},  {"openbsd", "ppc64", false},  {"openbsd", "riscv64", true},
    {"plan9", "386", false},      {"plan9", "amd64", false},    {"plan9", "arm", false},
    {"solaris", "amd64", true},   {"wasip1", "wasm", false},    {"windows", "386", true},
    {"windows", "amd64", true},   {"windows", "arm", false},    {"windows", "arm64", true},
};

const Port *findPort(const QString &goos, const QString &goarch)
{
    for (const Port &p : ports) {
        if (goos == QLatin1String(p.goos) && goarch == QLatin1String(p.goarch))
            return &p;
    }
    return nullptr;
}

} // namespace

BuildDefaults::BuildDefaults()
{
    // Upstream's generated defaults: no per-platform compilers, clang on the
    // BSD-ish systems, gcc elsewhere.
    for (const char *os : {"darwin", "ios", "freebsd", "openbsd"}) {
        m_cc.byOs.insert(QLatin1String(os), QStringLiteral("clang"));
        m_cxx.byOs.insert(QLatin1String(os), QStringLiteral("clang++"));
    }
    m_cc.fallback = QStringLiteral("gcc");
    m_cxx.fallback = QStringLiteral("g++");
    m_pkgConfig = QStringLiteral("pkg-config");
    m_constants = {
        {QStringLiteral("DefaultGO386"), QStringLiteral("softfloat")},
        {QStringLiteral("DefaultGOAMD64"), QStringLiteral("v1")},
        {QStringLiteral("DefaultGOARM"), QStringLiteral("7")},
        {QStringLiteral("DefaultGOARM64"), QStringLiteral("v8.0")},
        {QStringLiteral("DefaultGOMIPS"), QStringLiteral("hardfloat")},
        {QStringLiteral("DefaultGOMIPS64"), QStringLiteral("hardfloat")},
        {QStringLiteral("DefaultGOPPC64"), QStringLiteral("power8")},
        {QStringLiteral("DefaultGORISCV64"), QStringLiteral("rva20u64")},
        {QStringLiteral("DefaultGOFIPS140"), QStringLiteral("off")},
        {QStringLiteral("defaultGOEXPERIMENT"), QString()},
        {QStringLiteral("DefaultCGO_ENABLED"), QString()},
    };
}

BuildDefaults BuildDefaults::forGoroot(const QString &goroot)
{
    BuildDefaults d;
    const QByteArray cc =
        readAll(goroot + QStringLiteral("/src/cmd/go/internal/cfg/zdefaultcc.go"));
    if (!cc.isEmpty())
        d.readDefaultCC(cc);
    const QByteArray boot =
        readAll(goroot + QStringLiteral("/src/internal/buildcfg/zbootstrap.go"));
    if (!boot.isEmpty())
        d.readBootstrap(boot);
    return d;
}

QString BuildDefaults::CompilerTable::pick(const QString &goos, const QString &goarch) const
{
    const QString platform = goos + QLatin1Char('/') + goarch;
    if (byPlatform.contains(platform))
        return byPlatform.value(platform);
    return byOs.value(goos, fallback);
}

BuildDefaults::CompilerTable BuildDefaults::parseCompilerFunc(const QByteArray &src,
                                                              const QByteArray &func)
{
    CompilerTable table;
    const qsizetype start = src.indexOf("func " + func + "(");
    if (start < 0)
        return table;
    const qsizetype end = src.indexOf("\n}", start);
    const QString body = QString::fromUtf8(src.mid(start, end < 0 ? -1 : end - start));
    static const QRegularExpression caseRe(QStringLiteral(R"(case ([^:]+):\s*return )") + literal);
    for (auto it = caseRe.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString value = literalValue(m, 2);
        static const QRegularExpression keyRe(literal);
        for (auto k = keyRe.globalMatch(m.captured(1)); k.hasNext();) {
            const QString key = literalValue(k.next(), 1);
            (key.contains(QLatin1Char('/')) ? table.byPlatform : table.byOs).insert(key, value);
        }
    }
    static const QRegularExpression finalRe(QStringLiteral(R"(\n\treturn )") + literal);
    for (auto it = finalRe.globalMatch(body); it.hasNext();)
        table.fallback = literalValue(it.next(), 1);
    return table;
}

void BuildDefaults::readDefaultCC(const QByteArray &zdefaultcc)
{
    m_cc = parseCompilerFunc(zdefaultcc, "DefaultCC");
    m_cxx = parseCompilerFunc(zdefaultcc, "DefaultCXX");
    static const QRegularExpression pkgRe(QStringLiteral(R"(const DefaultPkgConfig = )") + literal);
    const QRegularExpressionMatch m = pkgRe.match(QString::fromUtf8(zdefaultcc));
    if (m.hasMatch())
        m_pkgConfig = literalValue(m, 1);
}

void BuildDefaults::readBootstrap(const QByteArray &zbootstrap)
{
    static const QRegularExpression constRe(QStringLiteral(R"(const (\w+) = )") + literal);
    for (auto it = constRe.globalMatch(QString::fromUtf8(zbootstrap)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        m_constants.insert(m.captured(1), literalValue(m, 2));
    }
}

QString BuildDefaults::defaultCC(const QString &goos, const QString &goarch) const
{
    return m_cc.pick(goos, goarch);
}

QString BuildDefaults::defaultCXX(const QString &goos, const QString &goarch) const
{
    return m_cxx.pick(goos, goarch);
}

bool isKnownPlatform(const QString &goos, const QString &goarch)
{
    return findPort(goos, goarch) != nullptr;
}

bool cgoSupported(const QString &goos, const QString &goarch)
{
    const Port *p = findPort(goos, goarch);
    return p && p->cgo;
}

QString archLevelVariable(const QString &goarch)
{
    static const QHash<QString, QString> levels = {
        {QStringLiteral("arm"), QStringLiteral("GOARM")},
        {QStringLiteral("arm64"), QStringLiteral("GOARM64")},
        {QStringLiteral("386"), QStringLiteral("GO386")},
        {QStringLiteral("amd64"), QStringLiteral("GOAMD64")},
        {QStringLiteral("mips"), QStringLiteral("GOMIPS")},
        {QStringLiteral("mipsle"), QStringLiteral("GOMIPS")},
        {QStringLiteral("mips64"), QStringLiteral("GOMIPS64")},
        {QStringLiteral("mips64le"), QStringLiteral("GOMIPS64")},
        {QStringLiteral("ppc64"), QStringLiteral("GOPPC64")},
        {QStringLiteral("ppc64le"), QStringLiteral("GOPPC64")},
        {QStringLiteral("riscv64"), QStringLiteral("GORISCV64")},
        {QStringLiteral("wasm"), QStringLiteral("GOWASM")},
    };
    return levels.value(goarch);
}

} // namespace kiln::goenv
