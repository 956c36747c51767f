#include "exec/cgoflagslists.h"

namespace kiln::exec::flaglists
{

namespace
{

Patterns compile(std::initializer_list<const char *> list)
{
    Patterns out;
    for (const char *p : list)
        out.append(QRegularExpression(QString::fromLatin1(p)));
    return out;
}

} // namespace

// work/security.go, Go 1.25 — the lists verbatim.
const Patterns &validCompilerFlags()
{
    static const Patterns list = compile({
        R"(-D([A-Za-z_][A-Za-z0-9_]*)(=[^@\-]*)?)",
        R"(-U([A-Za-z_][A-Za-z0-9_]*))",
        R"(-F([^@\-].*))",
        R"(-I([^@\-].*))",
        R"(-O)",
        R"(-O([^@\-].*))",
        R"(-W)",
        R"(-W([^@,]+))",
        R"(-Wa,-mbig-obj)",
        R"(-Wp,-D([A-Za-z_][A-Za-z0-9_]*)(=[^@,\-]*)?)",
        R"(-Wp,-U([A-Za-z_][A-Za-z0-9_]*))",
        R"(-ansi)",
        R"(-f(no-)?asynchronous-unwind-tables)",
        R"(-f(no-)?blocks)",
        R"(-f(no-)builtin-[a-zA-Z0-9_]*)",
        R"(-f(no-)?common)",
        R"(-f(no-)?constant-cfstrings)",
        R"(-fdebug-prefix-map=([^@]+)=([^@]+))",
        R"(-fdiagnostics-show-note-include-stack)",
        R"(-ffile-prefix-map=([^@]+)=([^@]+))",
        R"(-fno-canonical-system-headers)",
        R"(-f(no-)?eliminate-unused-debug-types)",
        R"(-f(no-)?exceptions)",
        R"(-f(no-)?fast-math)",
        R"(-f(no-)?inline-functions)",
        R"(-finput-charset=([^@\-].*))",
        R"(-f(no-)?fat-lto-objects)",
        R"(-f(no-)?keep-inline-dllexport)",
        R"(-f(no-)?lto)",
        R"(-fmacro-backtrace-limit=(.+))",
        R"(-fmessage-length=(.+))",
        R"(-f(no-)?modules)",
        R"(-f(no-)?objc-arc)",
        R"(-f(no-)?objc-nonfragile-abi)",
        R"(-f(no-)?objc-legacy-dispatch)",
        R"(-f(no-)?omit-frame-pointer)",
        R"(-f(no-)?openmp(-simd)?)",
        R"(-f(no-)?permissive)",
        R"(-f(no-)?(pic|PIC|pie|PIE))",
        R"(-f(no-)?plt)",
        R"(-f(no-)?rtti)",
        R"(-f(no-)?split-stack)",
        R"(-f(no-)?stack-(.+))",
        R"(-f(no-)?strict-aliasing)",
        R"(-f(un)signed-char)",
        R"(-f(no-)?use-linker-plugin)",
        R"(-f(no-)?visibility-inlines-hidden)",
        R"(-fsanitize=(.+))",
        R"(-fsanitize-undefined-strip-path-components=(-)?[0-9]+)",
        R"(-ftemplate-depth-(.+))",
        R"(-ftls-model=(global-dynamic|local-dynamic|initial-exec|local-exec))",
        R"(-fvisibility=(.+))",
        R"(-g([^@\-].*)?)",
        R"(-m32)",
        R"(-m64)",
        R"(-m(abi|arch|cpu|fpu|simd|tls-dialect|tune)=([^@\-].*))",
        R"(-m(no-)?v?aes)",
        R"(-marm)",
        R"(-m(no-)?avx[0-9a-z]*)",
        R"(-mcmodel=[0-9a-z-]+)",
        R"(-mfloat-abi=([^@\-].*))",
        R"(-m(soft|single|double)-float)",
        R"(-mfpmath=[0-9a-z,+]*)",
        R"(-m(no-)?avx[0-9a-z.]*)",
        R"(-m(no-)?ms-bitfields)",
        R"(-m(no-)?stack-(.+))",
        R"(-mmacosx-(.+))",
        R"(-m(no-)?relax)",
        R"(-m(no-)?strict-align)",
        R"(-m(no-)?(lsx|lasx|frecipe|div32|lam-bh|lamcas|ld-seq-sa))",
        R"(-mios-simulator-version-min=(.+))",
        R"(-miphoneos-version-min=(.+))",
        R"(-mlarge-data-threshold=[0-9]+)",
        R"(-mtvos-simulator-version-min=(.+))",
        R"(-mtvos-version-min=(.+))",
        R"(-mwatchos-simulator-version-min=(.+))",
        R"(-mwatchos-version-min=(.+))",
        R"(-mnop-fun-dllimport)",
        R"(-m(no-)?sse[0-9.]*)",
        R"(-m(no-)?ssse3)",
        R"(-mthumb(-interwork)?)",
        R"(-mthreads)",
        R"(-mwindows)",
        R"(-no-canonical-prefixes)",
        R"(--param=ssp-buffer-size=[0-9]*)",
        R"(-pedantic(-errors)?)",
        R"(-pipe)",
        R"(-pthread)",
        R"(--static)",
        R"(-?-std=([^@\-].*))",
        R"(-?-stdlib=([^@\-].*))",
        R"(--sysroot=([^@\-].*))",
        R"(-w)",
        R"(-x([^@\-].*))",
        R"(-v)",
    });
    return list;
}

const QStringList &validCompilerFlagsWithNextArg()
{
    static const QStringList list = {
        QStringLiteral("-arch"),     QStringLiteral("-D"),        QStringLiteral("-U"),
        QStringLiteral("-I"),        QStringLiteral("-F"),        QStringLiteral("-framework"),
        QStringLiteral("-include"),  QStringLiteral("-isysroot"), QStringLiteral("-isystem"),
        QStringLiteral("--sysroot"), QStringLiteral("-target"),   QStringLiteral("-x"),
    };
    return list;
}

const Patterns &invalidLinkerFlags()
{
    static const Patterns list = compile({R"(-lto_library)"});
    return list;
}

const Patterns &validLinkerFlags()
{
    static const Patterns list = compile({
        R"(-F([^@\-].*))",
        R"(-l([^@\-].*))",
        R"(-L([^@\-].*))",
        R"(-O)",
        R"(-O([^@\-].*))",
        R"(-f(no-)?(pic|PIC|pie|PIE))",
        R"(-f(no-)?openmp(-simd)?)",
        R"(-fsanitize=([^@\-].*))",
        R"(-flat_namespace)",
        R"(-g([^@\-].*)?)",
        R"(-headerpad_max_install_names)",
        R"(-m(abi|arch|cpu|fpu|simd|tls-dialect|tune)=([^@\-].*))",
        R"(-mcmodel=[0-9a-z-]+)",
        R"(-mfloat-abi=([^@\-].*))",
        R"(-m(soft|single|double)-float)",
        R"(-m(no-)?relax)",
        R"(-m(no-)?strict-align)",
        R"(-m(no-)?(lsx|lasx|frecipe|div32|lam-bh|lamcas|ld-seq-sa))",
        R"(-mmacosx-(.+))",
        R"(-mios-simulator-version-min=(.+))",
        R"(-miphoneos-version-min=(.+))",
        R"(-mthreads)",
        R"(-mwindows)",
        R"(-(pic|PIC|pie|PIE))",
        R"(-pthread)",
        R"(-rdynamic)",
        R"(-shared)",
        R"(-?-static([-a-z0-9+]*))",
        R"(-?-stdlib=([^@\-].*))",
        R"(-v)",
        R"(-Wl,--(no-)?allow-multiple-definition)",
        R"(-Wl,--(no-)?allow-shlib-undefined)",
        R"(-Wl,--(no-)?as-needed)",
        R"(-Wl,-Bdynamic)",
        R"(-Wl,-berok)",
        R"(-Wl,-Bstatic)",
        R"(-Wl,-Bsymbolic-functions)",
        R"(-Wl,-O[0-9]+)",
        R"(-Wl,-d[ny])",
        R"(-Wl,--disable-new-dtags)",
        R"(-Wl,-e[=,][a-zA-Z0-9]+)",
        R"(-Wl,--enable-new-dtags)",
        R"(-Wl,--end-group)",
        R"(-Wl,--(no-)?export-dynamic)",
        R"(-Wl,-E)",
        R"(-Wl,-framework,[^,@\-][^,]*)",
        R"(-Wl,--hash-style=(sysv|gnu|both))",
        R"(-Wl,-headerpad_max_install_names)",
        R"(-Wl,--no-undefined)",
        R"(-Wl,--pop-state)",
        R"(-Wl,--push-state)",
        R"(-Wl,-R,?([^@\-,][^,@]*$))",
        R"(-Wl,--just-symbols[=,]([^,@\-][^,@]*))",
        R"(-Wl,-rpath(-link)?[=,]([^,@\-][^,]*))",
        R"(-Wl,-s)",
        R"(-Wl,-search_paths_first)",
        R"(-Wl,-sectcreate,([^,@\-][^,]*),([^,@\-][^,]*),([^,@\-][^,]*))",
        R"(-Wl,--start-group)",
        R"(-Wl,-?-static)",
        R"(-Wl,-?-subsystem,(native|windows|console|posix|xbox))",
        R"(-Wl,-syslibroot[=,]([^,@\-][^,]*))",
        R"(-Wl,-undefined[=,]([^,@\-][^,]*))",
        R"(-Wl,-?-unresolved-symbols=[^,]+)",
        R"(-Wl,--(no-)?warn-([^,]+))",
        R"(-Wl,-?-wrap[=,][^,@\-][^,]*)",
        R"(-Wl(,-z,(relro|now|(no)?execstack))+)",
        R"([a-zA-Z0-9_/].*\.(a|o|obj|dll|dylib|so|tbd))",
        R"(\./.*\.(a|o|obj|dll|dylib|so|tbd))",
    });
    return list;
}

const QStringList &validLinkerFlagsWithNextArg()
{
    static const QStringList list = {
        QStringLiteral("-arch"),
        QStringLiteral("-F"),
        QStringLiteral("-l"),
        QStringLiteral("-L"),
        QStringLiteral("-framework"),
        QStringLiteral("-isysroot"),
        QStringLiteral("--sysroot"),
        QStringLiteral("-target"),
        QStringLiteral("-Wl,-framework"),
        QStringLiteral("-Wl,-rpath"),
        QStringLiteral("-Wl,-R"),
        QStringLiteral("-Wl,--just-symbols"),
        QStringLiteral("-Wl,-undefined"),
    };
    return list;
}

const Patterns &validPkgConfigFlags()
{
    static const Patterns list = compile({
        R"(--atleast-pkgconfig-version=\d+\.\d+\.\d+)",
        R"(--atleast-version=\d+\.\d+\.\d+)",
        R"(--cflags-only-I)",
        R"(--cflags)",
        R"(--define-prefix)",
        R"(--define-variable=[A-Za-z_][A-Za-z0-9_]*=[^@\-]*)",
        R"(--digraph)",
        R"(--dont-define-prefix)",
        R"(--dont-relocate-paths)",
        R"(--dump-personality)",
        R"(--env-only)",
        R"(--errors-to-stdout)",
        R"(--exact-version=\d+\.\d+\.\d+)",
        R"(--exists)",
        R"(--fragment-filter=[A-Za-z_][a-zA-Z0-9_]*)",
        R"(--ignore-conflicts)",
        R"(--internal-cflags)",
        R"(--keep-system-cflags)",
        R"(--keep-system-libs)",
        R"(--libs-only-l)",
        R"(--libs-only-L)",
        R"(--libs)",
        R"(--list-all)",
        R"(--list-package-names)",
        R"(--max-version=\d+\.\d+\.\d+)",
        R"(--maximum-traverse-depth=[0-9]+)",
        R"(--modversion)",
        R"(--msvc-syntax)",
        R"(--no-cache)",
        R"(--no-provides)",
        R"(--no-uninstalled)",
        R"(--path)",
        R"(--personality=(triplet|filename))",
        R"(--prefix-variable=[A-Za-z_][a-zA-Z0-9_]*)",
        R"(--print-errors)",
        R"(--print-provides)",
        R"(--print-requires-private)",
        R"(--print-requires)",
        R"(--print-variables)",
        R"(--pure)",
        R"(--shared)",
        R"(--short-errors)",
        R"(--silence-errors)",
        R"(--simulate)",
        R"(--static)",
        R"(--uninstalled)",
        R"(--validate)",
        R"(--variable=[A-Za-z_][a-zA-Z0-9_]*)",
        R"(--with-path=[^@\-].*)",
    });
    return list;
}

} // namespace kiln::exec::flaglists
