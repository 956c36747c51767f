// kiln-cli version: Kiln's version, then the toolchain found and where from.
#include "verbs.h"

namespace kiln::cli {

int runVersion(CliContext &ctx, const QStringList &args)
{
    if (!args.isEmpty()) {
        ctx.err() << "usage: kiln-cli version\n";
        return 2;
    }
    ctx.out() << "kiln version " << KILN_VERSION << "\n";
    ctx.out().flush();
    const goenv::Toolchain *tc = ctx.toolchain();
    if (!tc)
        return 1;
    ctx.out() << "go toolchain " << tc->version << " at " << tc->goroot << " (from "
              << goenv::describe(tc->source) << ")\n";
    return 0;
}

} // namespace kiln::cli
