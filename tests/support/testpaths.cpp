#include "support/testpaths.h"

#include <QDir>

namespace kiln::test
{

QString sourceDir()
{
    return qEnvironmentVariable("KILN_SOURCE_DIR", QStringLiteral(KILN_TEST_SOURCE_DIR));
}

QString binaryDir()
{
    return qEnvironmentVariable("KILN_BINARY_DIR", QStringLiteral(KILN_TEST_BINARY_DIR));
}

QString kilnCli()
{
    return binaryDir() + QStringLiteral("/bin/kiln-cli");
}

QString kilnGui()
{
    return binaryDir() + QStringLiteral("/bin/kiln");
}

QString exampleDir(const QString &name)
{
    return sourceDir() + QStringLiteral("/resources/examples/") + name;
}

QString testDataDir(const QString &name)
{
    return sourceDir() + QStringLiteral("/tests/data/") + name;
}

} // namespace kiln::test
