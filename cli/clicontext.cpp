#include "clicontext.h"

#include <QDir>
#include <cstdio>

namespace kiln::cli {

CliContext::CliContext()
    : m_out(stdout), m_err(stderr), m_env(QProcessEnvironment::systemEnvironment()),
      m_workingDir(QDir::currentPath())
{
}

const goenv::Toolchain *CliContext::toolchain()
{
    if (m_toolchain)
        return &*m_toolchain;
    goenv::DiscoveryInput in;
    in.setting = m_gorootSetting;
    in.environment = m_env;
    auto tc = goenv::discoverToolchain(in);
    if (!tc) {
        m_err << "kiln: " << tc.error().toString() << Qt::endl;
        return nullptr;
    }
    m_toolchain = *tc;
    return &*m_toolchain;
}

void CliContext::writeOut(const QByteArray &bytes)
{
    m_out.flush();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

} // namespace kiln::cli
