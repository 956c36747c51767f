#include "support/fakeproxy.h"
#include "support/testpaths.h"

#include <QDirIterator>
#include <QFile>

namespace kiln::test
{

bool FakeModuleProxy::build(const OracleGo &go, QString *error)
{
    const ProcessOutput out =
        go.run({QStringLiteral("run"), testDataDir(QStringLiteral("tools/mkproxy/main.go")),
                testDataDir(QStringLiteral("modules")), m_dir.path()},
               m_dir.path());
    if (out.exitCode != 0 && error)
        *error = QString::fromUtf8(out.stdErr);
    return out.exitCode == 0;
}

QMap<QString, QString> FakeModuleProxy::downloadEnv(const QString &cache) const
{
    return {{QStringLiteral("GOPROXY"), url()},
            {QStringLiteral("GOFLAGS"), QStringLiteral("-mod=mod")},
            {QStringLiteral("GONOSUMDB"), QStringLiteral("*")},
            {QStringLiteral("GONOSUMCHECK"), QStringLiteral("1")},
            {QStringLiteral("GOSUMDB"), QStringLiteral("off")},
            {QStringLiteral("GOMODCACHE"), cache}};
}

std::shared_ptr<QTemporaryDir> FakeModuleProxy::newCache()
{
    return std::shared_ptr<QTemporaryDir>(new QTemporaryDir, [](QTemporaryDir *dir) {
        QDirIterator it(dir->path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            QFile::setPermissions(p, QFile::permissions(p) | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner);
        }
        delete dir;
    });
}

} // namespace kiln::test
