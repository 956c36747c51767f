// go's getPkgConfigFlags (work/exec.go): the #cgo pkg-config arguments,
// "--…" options moved before "--", checked, then `PKG_CONFIG --cflags` and
// `--libs` run in the package directory; their output split like a shell
// and checked against the compiler and linker allow-lists.
#include "exec/cgobuild.h"

namespace kiln::exec
{

Result<std::pair<QStringList, QStringList>> CgoBuild::pkgConfigFlags()
{
    std::pair<QStringList, QStringList> out;
    if (m_p.cgoPkgConfig.isEmpty())
        return out;
    QStringList pcflags, pkgs;
    for (const QString &arg : m_p.cgoPkgConfig) {
        if (arg == QLatin1String("--"))
            continue;
        (arg.startsWith(QLatin1String("--")) ? pcflags : pkgs) << arg;
    }
    for (const QString &pkg : pkgs)
        if (!safeArg(pkg))
            return fail(QStringLiteral("invalid pkg-config package name: %1").arg(pkg));
    KILN_CHECK(checkFlags(FlagList::PkgConfig, QString(), QStringLiteral("pkg-config"), pcflags,
                          m_cfg.cgo));
    const QString tool = m_cfg.cgo.pkgConfig;
    struct Query {
        const char *option;
        FlagList kind;
        const char *name;
        QStringList &result;
    };
    const Query queries[] = {{"--cflags", FlagList::Compiler, "CFLAGS", out.first},
                             {"--libs", FlagList::Linker, "LDFLAGS", out.second}};
    for (const Query &q : queries) {
        QStringList argv{tool, QLatin1String(q.option)};
        argv << pcflags << QStringLiteral("--") << pkgs;
        const ToolRun r = runTool(m_p.dir, argv, {});
        if (!r.ok) {
            const QString desc = tool + QLatin1Char(' ') + QLatin1String(q.option) +
                                 QLatin1Char(' ') + pcflags.join(QLatin1Char(' ')) +
                                 QStringLiteral(" -- ") + pkgs.join(QLatin1Char(' '));
            KILN_CHECK(reportCmd(m_scope.shell, m_cfg, m_p, r, desc, m_p.dir, m_host.keep));
        }
        const QByteArray text = r.output.trimmed();
        if (text.isEmpty())
            continue;
        KILN_TRY(flags, splitPkgConfigOutput(text));
        KILN_CHECK(checkFlags(q.kind, QLatin1String(q.name),
                              QStringLiteral("pkg-config ") + QLatin1String(q.option), flags,
                              m_cfg.cgo));
        q.result = flags;
    }
    return out;
}

} // namespace kiln::exec
