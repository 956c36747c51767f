#include "goenv/envlayers.h"

#include <QFile>

namespace kiln::goenv
{

namespace
{

// The variables go accepts in `go env -w` (internal/cfg.KnownEnv, Go 1.25).
const char knownNames[] =
    "AR CC CGO_CFLAGS CGO_CFLAGS_ALLOW CGO_CFLAGS_DISALLOW CGO_CPPFLAGS "
    "CGO_CPPFLAGS_ALLOW CGO_CPPFLAGS_DISALLOW CGO_CXXFLAGS CGO_CXXFLAGS_ALLOW "
    "CGO_CXXFLAGS_DISALLOW CGO_ENABLED CGO_FFLAGS CGO_FFLAGS_ALLOW "
    "CGO_FFLAGS_DISALLOW CGO_LDFLAGS CGO_LDFLAGS_ALLOW CGO_LDFLAGS_DISALLOW CXX FC "
    "GCCGO GO111MODULE GO386 GOAMD64 GOARCH GOARM GOARM64 GOAUTH GOBIN GOCACHE "
    "GOCACHEPROG GOENV GOEXE GOEXPERIMENT GOFIPS140 GOFLAGS GOGCCFLAGS GOHOSTARCH "
    "GOHOSTOS GOINSECURE GOMIPS GOMIPS64 GOMODCACHE GONOPROXY GONOSUMDB GOOS GOPATH "
    "GOPPC64 GOPRIVATE GOPROXY GORISCV64 GOROOT GOSUMDB GOTMPDIR GOTOOLCHAIN "
    "GOTOOLDIR GOVCS GOWASM GOWORK GO_EXTLINK_ENABLED PKG_CONFIG";

Error ignoredLine(const QString &path, int line, const QString &why)
{
    return Error{why, path, line, 0};
}

} // namespace

EnvFile parseEnvFile(const QByteArray &data, const QString &path)
{
    EnvFile file;
    file.path = path;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const int lineNo = int(i) + 1;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq < 0) {
            file.ignored.append(ignoredLine(path, lineNo, QStringLiteral("missing '='")));
            continue;
        }
        if (line.at(0) < 'A' || line.at(0) > 'Z') {
            file.ignored.append(
                ignoredLine(path, lineNo, QStringLiteral("name does not start with A-Z")));
            continue;
        }
        file.settings.append(
            {QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)), lineNo});
    }
    return file;
}

EnvFile readEnvFile(const QString &path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return EnvFile{path, {}, {}};
    return parseEnvFile(f.readAll(), path);
}

EnvLayers::EnvLayers(const QProcessEnvironment &process) : m_process(process) {}

void EnvLayers::addUserFile(const EnvFile &file)
{
    for (const EnvFileSetting &s : file.settings)
        m_files.insert(s.name, s.value);
}

void EnvLayers::addGorootFile(const EnvFile &file)
{
    // Like go: the last go.env line decides the default, but the first one
    // fills a gap in the user file (later duplicates find the name taken).
    for (const EnvFileSetting &s : file.settings) {
        m_goroot.insert(s.name, s.value);
        if (!m_files.contains(s.name))
            m_files.insert(s.name, s.value);
    }
}

QString EnvLayers::processValue(const QString &name) const
{
    return m_process.value(name);
}

QString EnvLayers::fileValue(const QString &name) const
{
    return m_files.value(name);
}

QString EnvLayers::value(const QString &name) const
{
    const QString v = processValue(name);
    return v.isEmpty() ? fileValue(name) : v;
}

QString EnvLayers::valueOr(const QString &name, const QString &fallback) const
{
    const QString v = value(name);
    return v.isEmpty() ? fallback : v;
}

Setting EnvLayers::valueOrDefault(const QString &name, const QString &fallback) const
{
    const QString v = value(name);
    if (v.isEmpty())
        return {fallback, false};
    const auto g = m_goroot.constFind(name);
    return {v, v != (g != m_goroot.constEnd() ? *g : fallback)};
}

bool EnvLayers::isKnown(const QString &name) const
{
    if (m_files.contains(name))
        return true;
    static const QStringList known =
        QString::fromLatin1(knownNames).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return known.contains(name);
}

} // namespace kiln::goenv
