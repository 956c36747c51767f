#include "controllers/cachelocation.h"

#include "goenv/goenv.h"

#include <QDir>
#include <QSettings>

namespace kiln::gui
{

namespace
{

CacheDirLookup lookUpGoCache(const goenv::Toolchain &toolchain,
                             const QProcessEnvironment &environment, const QString &workingDir)
{
    CacheDirLookup out;
    goenv::EnvInput in;
    in.toolchain = toolchain;
    in.environment = environment;
    in.workingDir = workingDir;
    in.names = {QStringLiteral("GOCACHE")};
    auto env = goenv::GoEnv::compute(in);
    if (!env) {
        out.error = env.error().toString();
        return out;
    }
    const QString dir = env->value(QStringLiteral("GOCACHE"));
    if (dir.isEmpty() || dir == QLatin1String("off"))
        out.error = CacheLocation::tr("GOCACHE=%1: go uses no build cache").arg(dir);
    else
        out.dir = dir;
    return out;
}

} // namespace

CacheLocation::CacheLocation(SettleTracker *settle, QObject *parent)
    : QObject(parent), m_jobs(this, settle), m_chosen(QSettings().value(settingKey()).toString())
{
}

QString CacheLocation::settingKey()
{
    return QStringLiteral("cache/dir");
}

void CacheLocation::setGoEnvInput(const goenv::Toolchain &toolchain,
                                  const QProcessEnvironment &environment, const QString &workingDir)
{
    if (toolchain.goroot.isEmpty()) {
        setLookup({{}, tr("no Go toolchain: go env GOCACHE is unknown")});
        return;
    }
    m_jobs.start([toolchain, environment,
                  workingDir] { return lookUpGoCache(toolchain, environment, workingDir); },
                 [this](const CacheDirLookup &lookup) { setLookup(lookup); });
}

void CacheLocation::setLookup(const CacheDirLookup &lookup)
{
    const QString before = dir();
    const QString beforeError = error();
    m_goEnv = lookup;
    if (dir() != before || error() != beforeError)
        emit changed();
}

void CacheLocation::choose(const QString &dir)
{
    const QString absolute = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
    if (absolute == m_chosen)
        return;
    m_chosen = absolute;
    QSettings().setValue(settingKey(), m_chosen);
    emit changed();
}

void CacheLocation::useGoEnv()
{
    choose({});
}

QString CacheLocation::dir() const
{
    return m_chosen.isEmpty() ? m_goEnv.dir : m_chosen;
}

} // namespace kiln::gui
