#include "load/modfile.h"

#include "base/goquote.h"
#include "load/modsyntax.h"
#include "load/semver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kiln::load
{

namespace
{

const QRegularExpression &goVersionRE()
{
    static const QRegularExpression re(
        QStringLiteral("^([1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$"));
    return re;
}

const QRegularExpression &laxGoVersionRE()
{
    static const QRegularExpression re(
        QStringLiteral("^v?(([1-9][0-9]*)\\.(0|[1-9][0-9]*))([^0-9].*)$"));
    return re;
}

Position toPosition(SyntaxPos p)
{
    return {p.line, p.column};
}

// modfile's parseString: a "quoted" token is unquoted; an unquoted token must
// not contain quote characters. Returns an error message or the value.
std::expected<QString, QString> parseString(const QString &token)
{
    if (token.startsWith(QLatin1Char('"'))) {
        const auto v = goUnquote(token.toUtf8());
        if (!v)
            return std::unexpected(QStringLiteral("invalid quoted string: invalid syntax"));
        return QString::fromUtf8(*v);
    }
    if (token.contains(QLatin1Char('"')) || token.contains(QLatin1Char('\'')) ||
        token.contains(QLatin1Char('`')))
        return std::unexpected(
            QStringLiteral("invalid quoted string: unquoted string cannot contain quote"));
    return token;
}

// A path is a directory path when it is rooted or starts with ./ or ../, in
// Unix or Windows syntax (go.mod files move between systems).
bool isDirectoryPath(const QString &p)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\.|\\.\\.)$|^(\\./|\\.\\\\|\\.\\./|\\.\\.\\\\|/|\\\\|[A-Za-z]:)"));
    return re.match(p).hasMatch();
}

QString commentText(const QList<SyntaxComment> &comments)
{
    QStringList lines;
    for (const SyntaxComment &c : comments) {
        if (!c.text.startsWith(QLatin1String("//")))
            continue;
        lines << c.text.mid(2).trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

// The comments on a directive, or those of its block when it has none.
QString directiveComment(const SyntaxBlock *block, const SyntaxLine &line)
{
    if (block && line.before.isEmpty() && line.suffix.isEmpty()) {
        QList<SyntaxComment> all = block->before;
        all += block->suffix;
        return commentText(all);
    }
    QList<SyntaxComment> all = line.before;
    all += line.suffix;
    return commentText(all);
}

QString deprecationOf(const QString &text)
{
    for (const QString &para : text.split(QStringLiteral("\n\n"))) {
        if (para.startsWith(QLatin1String("Deprecated:")))
            return para.mid(11).remove(QRegularExpression(QStringLiteral("^ *")));
    }
    return {};
}

bool isIndirect(const SyntaxLine &line)
{
    if (line.suffix.isEmpty())
        return false;
    const QStringList f = line.suffix.first().text.mid(2).split(
        QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return (f.size() == 1 && f[0] == QLatin1String("indirect")) ||
           (f.size() > 1 && f[0] == QLatin1String("indirect;"));
}

class Interpreter
{
public:
    // kind Work parses go.work: its own directives, versions without a fixer.
    enum class Kind { Mod, Work };
    Interpreter(ModFileParse &out, Strictness strictness, Kind kind = Kind::Mod)
        : m_out(out), m_strict(strictness == Strictness::Strict), m_work(kind == Kind::Work),
          m_fixer(m_strict && !m_work)
    {
    }
    QList<WorkUse> uses;

    void add(const SyntaxBlock *block, const SyntaxLine &line, const QString &verb,
             QStringList args);
    void checkRetracts();

private:
    void error(const SyntaxLine &line, const QString &message)
    {
        m_out.errors.append(errorAt(m_out.file.fileName, line.start, message));
    }
    std::optional<QString> version(const SyntaxLine &line, const QString &verb, const QString &path,
                                   const QString &token);
    void addGo(const SyntaxLine &line, const QStringList &args);
    void addToolchain(const SyntaxLine &line, const QStringList &args);
    void addModule(const SyntaxBlock *block, const SyntaxLine &line, const QStringList &args);
    void addGodebug(const SyntaxLine &line, const QStringList &args);
    void addRequireOrExclude(const SyntaxLine &line, const QString &verb, const QStringList &args);
    void addReplace(const SyntaxLine &line, const QString &verb, const QStringList &args);
    void addRetract(const SyntaxBlock *block, const SyntaxLine &line, QStringList args);
    void addPathDirective(const SyntaxLine &line, const QString &verb, const QStringList &args,
                          QList<QString> &into);

    void addUse(const SyntaxLine &line, const QStringList &args);

    ModFileParse &m_out;
    bool m_strict;
    bool m_work;
    bool m_fixer; // go's fixVersion applies (main module go.mod only)
    bool m_haveGo = false;
    bool m_haveToolchain = false;
    bool m_haveModule = false;
    QList<const SyntaxLine *> m_retractLines;
};

// parseVersion. Strict (main module) files get go's version fixer: a
// canonical version is taken as is; anything else would need a module lookup,
// which Kiln never does (it behaves like go with GOPROXY=off). Lax files get
// no fixer: a valid version is canonicalized, an invalid one is an error.
std::optional<QString> Interpreter::version(const SyntaxLine &line, const QString &verb,
                                            const QString &path, const QString &token)
{
    const auto t = parseString(token);
    const QString prefix = QStringLiteral("%1 %2: ").arg(verb, path);
    if (!t) {
        error(line, prefix + QStringLiteral("version %1 invalid: %2")
                                 .arg(QString::fromUtf8(goQuote(token.toUtf8())), t.error()));
        return std::nullopt;
    }
    const QString cv = canonicalModuleVersion(*t);
    if (m_fixer) {
        if (!splitPathVersion(path).ok) {
            error(line, prefix + QStringLiteral("version %1 invalid: malformed module path %2")
                                     .arg(QString::fromUtf8(goQuote(t->toUtf8())),
                                          QString::fromUtf8(goQuote(path.toUtf8()))));
            return std::nullopt;
        }
        if (t->isEmpty() || cv != *t) {
            error(line, QStringLiteral("module lookup disabled by GOPROXY=off"));
            return std::nullopt;
        }
        return *t;
    }
    if (cv.isEmpty()) {
        error(line, prefix + QStringLiteral("version %1 invalid: must be of the form v1.2.3")
                                 .arg(QString::fromUtf8(goQuote(t->toUtf8()))));
        return std::nullopt;
    }
    return cv;
}

void Interpreter::add(const SyntaxBlock *block, const SyntaxLine &line, const QString &verb,
                      QStringList args)
{
    static const QStringList laxVerbs = {QStringLiteral("go"), QStringLiteral("module"),
                                         QStringLiteral("retract"), QStringLiteral("require"),
                                         QStringLiteral("ignore")};
    if (!m_strict && !laxVerbs.contains(verb))
        return;
    static const QStringList workVerbs = {QStringLiteral("go"), QStringLiteral("toolchain"),
                                          QStringLiteral("godebug"), QStringLiteral("use"),
                                          QStringLiteral("replace")};
    if (m_work && !workVerbs.contains(verb))
        return error(line, QStringLiteral("unknown directive: %1").arg(verb));
    if (m_work && verb == QLatin1String("use"))
        return addUse(line, args);
    if (verb == QLatin1String("go"))
        addGo(line, args);
    else if (verb == QLatin1String("toolchain"))
        addToolchain(line, args);
    else if (verb == QLatin1String("module"))
        addModule(block, line, args);
    else if (verb == QLatin1String("godebug"))
        addGodebug(line, args);
    else if (verb == QLatin1String("require") || verb == QLatin1String("exclude"))
        addRequireOrExclude(line, verb, args);
    else if (verb == QLatin1String("replace"))
        addReplace(line, verb, args);
    else if (verb == QLatin1String("retract"))
        addRetract(block, line, args);
    else if (verb == QLatin1String("tool"))
        addPathDirective(line, verb, args, m_out.file.tools);
    else if (verb == QLatin1String("ignore"))
        addPathDirective(line, verb, args, m_out.file.ignores);
    else
        error(line, QStringLiteral("unknown directive: %1").arg(verb));
}

void Interpreter::addGo(const SyntaxLine &line, const QStringList &args)
{
    if (m_haveGo)
        return error(line, QStringLiteral("repeated go statement"));
    if (args.size() != 1)
        return error(line, QStringLiteral("go directive expects exactly one argument"));
    QString v = args[0];
    if (!goVersionRE().match(v).hasMatch()) {
        const auto m = laxGoVersionRE().match(v);
        if (m_strict || !m.hasMatch())
            return error(
                line, QStringLiteral("invalid go version '%1': must match format 1.23.0").arg(v));
        v = m.captured(1);
    }
    m_haveGo = true;
    m_out.file.goVersion = v;
}

void Interpreter::addToolchain(const SyntaxLine &line, const QStringList &args)
{
    if (m_haveToolchain)
        return error(line, QStringLiteral("repeated toolchain statement"));
    if (args.size() != 1)
        return error(line, QStringLiteral("toolchain directive expects exactly one argument"));
    static const QRegularExpression re(QStringLiteral("^default$|^go1($|\\.)"));
    if (!re.match(args[0]).hasMatch())
        return error(
            line,
            QStringLiteral("invalid toolchain version '%1': must match format go1.23.0 or default")
                .arg(args[0]));
    m_haveToolchain = true;
    m_out.file.toolchain = args[0];
}

void Interpreter::addModule(const SyntaxBlock *block, const SyntaxLine &line,
                            const QStringList &args)
{
    if (m_haveModule)
        return error(line, QStringLiteral("repeated module statement"));
    m_haveModule = true;
    m_out.file.modulePos = toPosition(line.start);
    m_out.file.deprecated = deprecationOf(directiveComment(block, line));
    if (args.size() != 1)
        return error(line, QStringLiteral("usage: module module/path"));
    const auto s = parseString(args[0]);
    if (!s)
        return error(line, s.error());
    m_out.file.module.path = *s;
}

void Interpreter::addGodebug(const SyntaxLine &line, const QStringList &args)
{
    static const QRegularExpression bad(QStringLiteral("[\"`',]"));
    if (args.size() != 1 || args[0].contains(bad) || !args[0].contains(QLatin1Char('=')))
        return error(line, QStringLiteral("usage: godebug key=value"));
    const qsizetype eq = args[0].indexOf(QLatin1Char('='));
    m_out.file.godebug.append({args[0].left(eq), args[0].mid(eq + 1), toPosition(line.start)});
}

void Interpreter::addRequireOrExclude(const SyntaxLine &line, const QString &verb,
                                      const QStringList &args)
{
    if (args.size() != 2)
        return error(line, QStringLiteral("usage: %1 module/path v1.2.3").arg(verb));
    const auto path = parseString(args[0]);
    if (!path)
        return error(line, path.error());
    const auto v = version(line, verb, *path, args[1]);
    if (!v)
        return;
    const PathVersionSplit split = splitPathVersion(*path);
    if (!split.ok)
        return error(line, QStringLiteral("invalid module path"));
    if (const QString why = checkPathMajor(*v, split.pathMajor); !why.isEmpty())
        return error(line,
                     QStringLiteral("%1 %2: version \"%3\" invalid: %4").arg(verb, *path, *v, why));
    if (verb == QLatin1String("require"))
        m_out.file.requirements.append({{*path, *v}, isIndirect(line), toPosition(line.start)});
    else
        m_out.file.excludes.append({*path, *v});
}

void Interpreter::addReplace(const SyntaxLine &line, const QString &verb, const QStringList &args)
{
    const int arrow = (args.size() >= 2 && args[1] == QLatin1String("=>")) ? 1 : 2;
    if (args.size() < arrow + 2 || args.size() > arrow + 3 || args[arrow] != QLatin1String("=>"))
        return error(line, QStringLiteral("usage: %1 module/path [v1.2.3] => other/module v1.4\n"
                                          "\t or %1 module/path [v1.2.3] => ../local/directory")
                               .arg(verb));
    const auto oldPath = parseString(args[0]);
    if (!oldPath)
        return error(line, oldPath.error());
    const PathVersionSplit split = splitPathVersion(*oldPath);
    if (!split.ok)
        return error(line, QStringLiteral("%1 %2: invalid module path").arg(verb, *oldPath));
    Replace r;
    r.old.path = *oldPath;
    r.pos = toPosition(line.start);
    if (arrow == 2) {
        const auto v = version(line, verb, *oldPath, args[1]);
        if (!v)
            return;
        if (const QString why = checkPathMajor(*v, split.pathMajor); !why.isEmpty())
            return error(
                line,
                QStringLiteral("%1 %2: version \"%3\" invalid: %4").arg(verb, *oldPath, *v, why));
        r.old.version = *v;
    }
    const auto newPath = parseString(args[arrow + 1]);
    if (!newPath)
        return error(line, newPath.error());
    r.replacement.path = *newPath;
    if (args.size() == arrow + 2) {
        if (!isDirectoryPath(*newPath)) {
            if (newPath->contains(QLatin1Char('@')))
                return error(
                    line,
                    QStringLiteral(
                        "replacement module must match format 'path version', not 'path@version'"));
            return error(line,
                         QStringLiteral("replacement module without version must be directory path "
                                        "(rooted or starting with . or ..)"));
        }
        if (newPath->contains(QLatin1Char('\\')))
            return error(
                line,
                QStringLiteral(
                    "replacement directory appears to be Windows path (on a non-windows system)"));
    } else {
        const auto nv = version(line, verb, *newPath, args[arrow + 2]);
        if (!nv)
            return;
        if (isDirectoryPath(*newPath))
            return error(line,
                         QStringLiteral("replacement module directory path %1 cannot have version")
                             .arg(QString::fromUtf8(goQuote(newPath->toUtf8()))));
        r.replacement.version = *nv;
    }
    m_out.file.replaces.append(r);
}

void Interpreter::addRetract(const SyntaxBlock *block, const SyntaxLine &line, QStringList args)
{
    VersionInterval vi;
    vi.rationale = directiveComment(block, line);
    vi.pos = toPosition(line.start);
    auto fail = [&](const QString &msg) {
        if (m_strict)
            error(line, msg);
    };
    if (args.isEmpty() || args[0] == QLatin1String("("))
        return fail(QStringLiteral("expected '[' or version"));
    if (args[0] != QLatin1String("[")) {
        vi.low = vi.high = parseString(args.takeFirst()).value_or(QString());
    } else {
        args.removeFirst();
        if (args.isEmpty())
            return fail(QStringLiteral("expected version after '['"));
        vi.low = parseString(args.takeFirst()).value_or(QString());
        if (args.isEmpty() || args[0] != QLatin1String(","))
            return fail(QStringLiteral("expected ',' after version"));
        args.removeFirst();
        if (args.isEmpty())
            return fail(QStringLiteral("expected version after ','"));
        vi.high = parseString(args.takeFirst()).value_or(QString());
        if (args.isEmpty() || args[0] != QLatin1String("]"))
            return fail(QStringLiteral("expected ']' after version"));
        args.removeFirst();
    }
    if (!args.isEmpty() && m_strict)
        return error(line, QStringLiteral("unexpected token after version: %1")
                               .arg(QString::fromUtf8(goQuote(args[0].toUtf8()))));
    m_out.file.retracts.append(vi);
    m_retractLines.append(&line);
}

// go checks retracted versions after the whole file is read, because they
// need the module path, which may come last.
void Interpreter::checkRetracts()
{
    const QString path = m_out.file.module.path;
    for (qsizetype i = 0; i < m_out.file.retracts.size(); ++i) {
        const SyntaxLine &line = *m_retractLines[i];
        if (path.isEmpty())
            return error(line,
                         QStringLiteral("no module directive found, so retract cannot be used"));
        const VersionInterval &vi = m_out.file.retracts[i];
        if (version(line, QStringLiteral("retract"), path, vi.low) && vi.high != vi.low)
            version(line, QStringLiteral("retract"), path, vi.high);
    }
}

void Interpreter::addUse(const SyntaxLine &line, const QStringList &args)
{
    if (args.size() != 1)
        return error(line, QStringLiteral("usage: use local/dir"));
    const auto s = parseString(args[0]);
    if (!s)
        return error(line, s.error());
    uses.append({*s, toPosition(line.start)});
}

void Interpreter::addPathDirective(const SyntaxLine &line, const QString &verb,
                                   const QStringList &args, QList<QString> &into)
{
    if (args.size() != 1)
        return error(line, QStringLiteral("%1 directive expects exactly one argument").arg(verb));
    const auto s = parseString(args[0]);
    if (!s)
        return error(line, s.error());
    into.append(*s);
}

} // namespace

namespace
{

// Runs the interpreter over every statement; blockVerbs are the verbs that
// may open a block in this kind of file.
void interpret(const SyntaxFile &syntax, ModFileParse &out, Interpreter &in, bool strict,
               const QStringList &blockVerbs)
{
    for (const SyntaxStmt &stmt : syntax.stmts) {
        if (!stmt.isBlock) {
            in.add(nullptr, stmt.line, stmt.line.tokens[0], stmt.line.tokens.mid(1));
            continue;
        }
        const SyntaxBlock &b = stmt.block;
        if (b.tokens.size() > 1 || !blockVerbs.contains(b.tokens[0])) {
            if (strict)
                out.errors.append(errorAt(
                    out.file.fileName, b.start,
                    QStringLiteral("unknown block type: %1").arg(b.tokens.join(QLatin1Char(' ')))));
            continue;
        }
        for (const SyntaxLine &l : b.lines)
            in.add(&b, l, b.tokens[0], l.tokens);
    }
}

} // namespace

ModFileParse parseModFile(const QString &fileName, const QByteArray &data, Strictness strictness)
{
    ModFileParse out;
    out.file.fileName = fileName;
    const SyntaxFile syntax = parseModSyntax(fileName, data);
    if (syntax.syntaxError) {
        out.errors.append(*syntax.syntaxError);
        return out;
    }
    Interpreter in(out, strictness);
    static const QStringList blockVerbs = {QStringLiteral("module"),  QStringLiteral("godebug"),
                                           QStringLiteral("require"), QStringLiteral("exclude"),
                                           QStringLiteral("replace"), QStringLiteral("retract"),
                                           QStringLiteral("tool"),    QStringLiteral("ignore")};
    interpret(syntax, out, in, strictness == Strictness::Strict, blockVerbs);
    in.checkRetracts();
    return out;
}

WorkFileParse parseWorkFile(const QString &fileName, const QByteArray &data)
{
    WorkFileParse result;
    result.file.fileName = fileName;
    const SyntaxFile syntax = parseModSyntax(fileName, data);
    if (syntax.syntaxError) {
        result.errors.append(*syntax.syntaxError);
        return result;
    }
    ModFileParse out;
    out.file.fileName = fileName;
    Interpreter in(out, Strictness::Strict, Interpreter::Kind::Work);
    static const QStringList blockVerbs = {QStringLiteral("godebug"), QStringLiteral("use"),
                                           QStringLiteral("replace")};
    interpret(syntax, out, in, true, blockVerbs);
    result.errors = out.errors;
    result.file.goVersion = out.file.goVersion;
    result.file.toolchain = out.file.toolchain;
    result.file.godebug = out.file.godebug;
    result.file.replaces = out.file.replaces;
    result.file.uses = in.uses;
    return result;
}

ModFileParse readModFile(const QString &path, Strictness strictness)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ModFileParse out;
        out.file.fileName = path;
        out.errors.append(Error{f.errorString(), path, 0, 0});
        return out;
    }
    return parseModFile(path, f.readAll(), strictness);
}

QString describeErrors(const ModFileParse &parse, const QString &workingDir)
{
    return describeErrors(parse.file.fileName, parse.errors, workingDir);
}

QString describeErrors(const WorkFileParse &parse, const QString &workingDir)
{
    return describeErrors(parse.file.fileName, parse.errors, workingDir);
}

QString describeErrors(const QString &fileName, const QList<Error> &errors,
                       const QString &workingDir)
{
    QStringList lines;
    lines << QStringLiteral("go: errors parsing %1:").arg(shortPath(fileName, workingDir));
    for (Error e : errors) {
        e.file = shortPath(e.file, workingDir);
        lines << e.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

QString shortPath(const QString &path, const QString &workingDir)
{
    if (workingDir.isEmpty() || !QFileInfo(path).isAbsolute())
        return path;
    const QString rel = QDir(workingDir).relativeFilePath(path);
    return rel.size() < path.size() ? rel : path;
}

} // namespace kiln::load
