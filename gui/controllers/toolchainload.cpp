#include "controllers/toolchainload.h"

namespace kiln::gui
{

ToolchainSnapshot loadToolchain(const ToolchainRequest &request)
{
    ToolchainSnapshot snap;
    goenv::DiscoveryInput discovery;
    discovery.setting = request.gorootSetting;
    discovery.environment = request.environment;
    const auto toolchain = goenv::discoverToolchain(discovery);
    if (!toolchain) {
        snap.toolchainError = toolchain.error().toString();
        return snap;
    }
    snap.found = true;
    snap.toolchain = *toolchain;

    goenv::EnvInput input;
    input.toolchain = *toolchain;
    input.environment = request.environment;
    input.workingDir = request.workingDir;
    const auto env = goenv::GoEnv::compute(input);
    if (!env) {
        snap.envError = env.error().toString();
        return snap;
    }
    snap.envOk = true;
    snap.env = env->all();
    return snap;
}

} // namespace kiln::gui
