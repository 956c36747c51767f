// loadTestFuncs over the Go tokenizer: the top-level function declarations
// (name, receiver, type parameters, parameter and result lists, body) and
// the comment groups go/parser would build, which is all go test reads.
#include "load/testfuncs.h"

#include "load/goscanner.h"

#include <QChar>
#include <QDir>
#include <QFile>

namespace kiln::load
{

namespace
{

using gosyntax::Tok;
using gosyntax::Token;

struct CommentGroup {
    qsizetype pos = 0;
    qsizetype end = 0; // one past the last comment
    QList<QByteArray> comments;
};

struct FuncDecl {
    qsizetype pos = 0; // of the "func" keyword: go's FuncDecl.Pos()
    QByteArray name;
    bool method = false;
    bool typeParams = false; // a non-empty [...] after the name
    QList<Token> params;     // between the parentheses
    bool results = false;    // a result list with at least one field
    qsizetype bodyPos = -1;  // "{", or -1 without a body
    qsizetype bodyEnd = -1;  // one past "}"
};

bool isOp(const Token &t, const char *op)
{
    return t.tok == Tok::Operator && t.op == op;
}

bool isOpener(const Token &t)
{
    return t.tok == Tok::LParen || isOp(t, "[") || isOp(t, "{");
}

bool isCloser(const Token &t)
{
    return t.tok == Tok::RParen || t.tok == Tok::RBrack || t.tok == Tok::RBrace;
}

bool isKeyword(const Token &t, const char *kw)
{
    return t.tok == Tok::Keyword && t.lit == kw;
}

// The index after the closer matching the opener at i (or the end).
qsizetype skipBalanced(const QList<Token> &toks, qsizetype i)
{
    int depth = 0;
    for (; i < toks.size(); ++i) {
        if (isOpener(toks[i]))
            ++depth;
        else if (isCloser(toks[i]) && --depth == 0)
            return i + 1;
    }
    return i;
}

// Parses "func [recv] name [tparams] (params) [results] [body]" at toks[i];
// returns the index after it.
qsizetype parseFunc(const QList<Token> &toks, qsizetype i, FuncDecl *fn)
{
    const qsizetype n = toks.size();
    fn->pos = toks[i].pos;
    qsizetype j = i + 1;
    if (j < n && toks[j].tok == Tok::LParen) {
        fn->method = true;
        j = skipBalanced(toks, j);
    }
    if (j >= n || toks[j].tok != Tok::Ident)
        return j;
    fn->name = toks[j++].lit;
    if (j < n && isOp(toks[j], "[")) {
        const qsizetype k = skipBalanced(toks, j);
        fn->typeParams = k - j > 2;
        j = k;
    }
    if (j >= n || toks[j].tok != Tok::LParen)
        return j;
    const qsizetype close = skipBalanced(toks, j);
    fn->params = toks.mid(j + 1, close - j - 2);
    j = close;
    // The result: anything up to the body or the end of the declaration.
    // Braces of struct{...} and interface{...} belong to the type.
    const qsizetype resultStart = j;
    while (j < n && !isOp(toks[j], "{") && toks[j].tok != Tok::Semicolon) {
        if ((isKeyword(toks[j], "struct") || isKeyword(toks[j], "interface")) && j + 1 < n &&
            isOp(toks[j + 1], "{"))
            j = skipBalanced(toks, j + 1);
        else if (isOpener(toks[j]))
            j = skipBalanced(toks, j);
        else
            ++j;
    }
    const qsizetype resultCount = j - resultStart;
    fn->results = resultCount > 0 && !(resultCount == 2 && toks[resultStart].tok == Tok::LParen &&
                                       toks[resultStart + 1].tok == Tok::RParen);
    if (j < n && isOp(toks[j], "{")) {
        fn->bodyPos = toks[j].pos;
        j = skipBalanced(toks, j);
        fn->bodyEnd = toks[j - 1].pos + 1;
    }
    return j;
}

// go/parser's comment grouping: after a token, the comments on its line form
// a group (0 lines apart); the following ones group while each starts at most
// one line after the previous one ended.
QList<CommentGroup> groupComments(const QList<Token> &all, const gosyntax::LineTable &lines)
{
    auto lineOf = [&](qsizetype pos) { return lines.position(pos).line; };
    QList<CommentGroup> groups;
    int prevLine = 0; // go's Line(NoPos) before the first token
    for (qsizetype i = 0; i < all.size();) {
        if (all[i].tok != Tok::Comment) {
            prevLine = lineOf(all[i].pos);
            ++i;
            continue;
        }
        bool first = true;
        while (i < all.size() && all[i].tok == Tok::Comment) {
            const int gap = first && lineOf(all[i].pos) == prevLine ? 0 : 1;
            first = false;
            CommentGroup g;
            g.pos = all[i].pos;
            int endLine = lineOf(all[i].pos);
            while (i < all.size() && all[i].tok == Tok::Comment &&
                   lineOf(all[i].pos) <= endLine + gap) {
                const Token &c = all[i++];
                endLine = lineOf(c.pos);
                if (c.lit.size() > 1 && c.lit[1] == '*')
                    endLine += int(c.lit.count('\n'));
                g.comments.append(c.lit);
                g.end = c.pos + c.lit.size();
            }
            groups.append(g);
        }
    }
    return groups;
}

// "//[a-z0-9]+:[a-z0-9]" and //line, //extern, //export (the // removed).
bool isDirective(QByteArrayView c)
{
    if (c.startsWith("line ") || c.startsWith("extern ") || c.startsWith("export "))
        return true;
    const qsizetype colon = c.indexOf(':');
    if (colon <= 0 || colon + 1 >= c.size())
        return false;
    for (qsizetype i = 0; i <= colon + 1; ++i) {
        const char b = c[i];
        if (i != colon && !((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')))
            return false;
    }
    return true;
}

// ast.CommentGroup.Text.
QByteArray commentText(const CommentGroup &g)
{
    QList<QByteArray> lines;
    for (QByteArray c : g.comments) {
        if (c[1] == '/') {
            c = c.mid(2);
            if (!c.isEmpty() && c[0] == ' ')
                c = c.mid(1);
            else if (!c.isEmpty() && isDirective(c))
                continue;
        } else {
            c = c.mid(2, c.size() - 4);
        }
        for (QByteArray l : c.split('\n')) {
            qsizetype e = l.size();
            while (e > 0 &&
                   (l[e - 1] == ' ' || l[e - 1] == '\t' || l[e - 1] == '\n' || l[e - 1] == '\r'))
                --e;
            lines.append(l.left(e));
        }
    }
    QList<QByteArray> kept;
    for (const QByteArray &l : lines)
        if (!l.isEmpty() || (!kept.isEmpty() && !kept.last().isEmpty()))
            kept.append(l);
    if (!kept.isEmpty() && !kept.last().isEmpty())
        kept.append(QByteArray());
    return kept.join('\n');
}

bool startsWithFolded(QByteArrayView s, QByteArrayView lower)
{
    if (s.size() < lower.size())
        return false;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

struct ExampleOutput {
    QByteArray text;
    bool unordered = false;
    bool found = false;
};

// go/doc exampleOutput: the last comment group inside the body, when it
// matches (?i)^[[:space:]]*(unordered )?output:
ExampleOutput exampleOutput(const FuncDecl &fn, const QList<CommentGroup> &groups)
{
    const CommentGroup *last = nullptr;
    for (const CommentGroup &g : groups) {
        if (g.pos < fn.bodyPos)
            continue;
        if (g.end > fn.bodyEnd)
            break;
        last = &g;
    }
    ExampleOutput out;
    if (!last)
        return out;
    const QByteArray text = commentText(*last);
    qsizetype i = 0;
    while (i < text.size() && QByteArrayView(" \t\n\v\f\r").contains(text[i]))
        ++i;
    const QByteArrayView rest = QByteArrayView(text).sliced(i);
    if (startsWithFolded(rest, "unordered output:")) {
        out.unordered = true;
        i += 17;
    } else if (startsWithFolded(rest, "output:")) {
        i += 7;
    } else {
        return out;
    }
    while (i < text.size() && text[i] == ' ')
        ++i;
    if (i < text.size() && text[i] == '\n')
        ++i;
    out.text = text.mid(i);
    out.found = true;
    return out;
}

// cmd/go isTest: prefix, then nothing or a rune that is not lower case.
bool isTestName(QByteArrayView name, QByteArrayView prefix)
{
    if (!name.startsWith(prefix))
        return false;
    if (name.size() == prefix.size())
        return true;
    const char32_t r = gosyntax::decodeRune(name, prefix.size()).rune;
    return QChar::category(r) != QChar::Letter_Lowercase;
}

// isTestFunc: no results, one parameter (at most one name) of type *X or *p.X.
bool hasTestSignature(const FuncDecl &fn, const char *arg)
{
    if (fn.results)
        return false;
    QList<QList<Token>> entries{{}};
    int depth = 0;
    for (const Token &t : fn.params) {
        if (isOpener(t))
            ++depth;
        else if (isCloser(t))
            --depth;
        if (depth == 0 && t.tok == Tok::Comma)
            entries.append(QList<Token>());
        else
            entries.last().append(t);
    }
    if (entries.last().isEmpty())
        entries.removeLast(); // a trailing comma
    if (entries.size() != 1)
        return false;
    QList<Token> type = entries.first();
    if (type.size() > 1 && type[0].tok == Tok::Ident && type[1].tok != Tok::Period)
        type.removeFirst(); // the parameter's name
    if (type.isEmpty() || !isOp(type[0], "*"))
        return false;
    if (type.size() == 2)
        return type[1].tok == Tok::Ident && type[1].lit == arg;
    return type.size() == 4 && type[1].tok == Tok::Ident && type[2].tok == Tok::Period &&
           type[3].tok == Tok::Ident && type[3].lit == arg;
}

std::optional<Error> checkTestFunc(const FuncDecl &fn, const char *arg,
                                   const gosyntax::LineTable &lines)
{
    QString why;
    if (!hasTestSignature(fn, arg))
        why = QStringLiteral("must be: func %1(%2 *testing.%3)")
                  .arg(QString::fromUtf8(fn.name), QString::fromLatin1(arg).toLower(),
                       QString::fromLatin1(arg));
    if (fn.typeParams)
        why = QStringLiteral("test functions cannot have type parameters");
    if (why.isEmpty())
        return std::nullopt;
    const gosyntax::Position pos = lines.position(fn.pos);
    return Error{QStringLiteral("wrong signature for %1, %2").arg(QString::fromUtf8(fn.name), why),
                 pos.file, pos.line, pos.column};
}

} // namespace

QString TestFuncs::testmainImportPath() const
{
    if (importPath.startsWith(QLatin1String("_/")) ||
        importPath == QLatin1String("command-line-arguments"))
        return {};
    return importPath;
}

std::optional<Error> addTestFile(TestFuncs *funcs, const QString &fileName, QByteArrayView src,
                                 TestFileKind kind)
{
    gosyntax::LineTable lines(src, fileName);
    QList<std::pair<qsizetype, QByteArray>> scanErrors;
    gosyntax::Scanner scanner(
        src,
        [&](qsizetype at, const QByteArray &msg) {
            scanErrors.append({at, msg});
        },
        &lines);
    QList<Token> all;
    QList<Token> toks; // without comments
    for (Token t = scanner.scan(); t.tok != Tok::Eof; t = scanner.scan()) {
        if (t.tok != Tok::Comment)
            toks.append(t);
        all.append(std::move(t));
    }
    if (!scanErrors.isEmpty()) {
        const gosyntax::Position pos = lines.position(scanErrors.first().first);
        QString msg = QString::fromUtf8(scanErrors.first().second);
        if (scanErrors.size() > 1)
            msg += QStringLiteral(" (and %1 more errors)").arg(scanErrors.size() - 1);
        return Error{msg, pos.file, pos.line, pos.column};
    }

    QList<FuncDecl> decls;
    for (qsizetype i = 0, depth = 0; i < toks.size();) {
        const Token &t = toks[i];
        if (depth == 0 && isKeyword(t, "func") && (i == 0 || toks[i - 1].tok == Tok::Semicolon)) {
            FuncDecl fn;
            i = parseFunc(toks, i, &fn);
            if (!fn.name.isEmpty())
                decls.append(fn);
            continue;
        }
        if (isOpener(t))
            ++depth;
        else if (isCloser(t))
            --depth;
        ++i;
    }

    const QString pkg =
        kind == TestFileKind::Internal ? QStringLiteral("_test") : QStringLiteral("_xtest");
    bool &doImport = kind == TestFileKind::Internal ? funcs->importTest : funcs->importXtest;
    bool &seen = kind == TestFileKind::Internal ? funcs->needTest : funcs->needXtest;
    for (const FuncDecl &fn : decls) {
        if (fn.method)
            continue;
        const QString name = QString::fromUtf8(fn.name);
        QList<TestFunc> *list = nullptr;
        const char *arg = nullptr;
        if (fn.name == "TestMain") {
            if (!hasTestSignature(fn, "T")) {
                if (auto err = checkTestFunc(fn, "M", lines))
                    return err;
                if (funcs->testMain)
                    return Error{QStringLiteral("multiple definitions of TestMain"), {}, 0, 0};
                funcs->testMain = TestFunc{pkg, name, {}, false};
                doImport = seen = true;
                continue;
            }
            list = &funcs->tests; // a test after all; its signature is fine
            arg = "T";
        } else if (isTestName(fn.name, "Test")) {
            list = &funcs->tests;
            arg = "T";
        } else if (isTestName(fn.name, "Benchmark")) {
            list = &funcs->benchmarks;
            arg = "B";
        } else if (isTestName(fn.name, "Fuzz")) {
            list = &funcs->fuzzTargets;
            arg = "F";
        } else {
            continue;
        }
        if (fn.name != "TestMain")
            if (auto err = checkTestFunc(fn, arg, lines))
                return err;
        list->append(TestFunc{pkg, name, {}, false});
        doImport = seen = true;
    }

    // go/doc Examples, in source order.
    const QList<CommentGroup> groups = groupComments(all, lines);
    for (const FuncDecl &fn : decls) {
        if (fn.method || !isTestName(fn.name, "Example") || !fn.params.isEmpty() || fn.bodyPos < 0)
            continue;
        doImport = true; // compiled whether or not it runs
        const ExampleOutput out = exampleOutput(fn, groups);
        if (!out.found)
            continue; // no output comment: not run
        funcs->examples.append(TestFunc{pkg, QString::fromUtf8(fn.name), out.text, out.unordered});
        seen = true;
    }
    return std::nullopt;
}

Result<TestFuncs> loadTestFuncs(const Package &p, TestFuncs *partial)
{
    TestFuncs funcs;
    funcs.importPath = p.importPath;
    funcs.packageName = p.name;
    std::optional<Error> first;
    auto load = [&](const QStringList &files, TestFileKind kind) {
        for (const QString &f : files) {
            const QString path = QDir::cleanPath(p.dir + QLatin1Char('/') + f);
            QFile file(path);
            std::optional<Error> err;
            if (!file.open(QIODevice::ReadOnly))
                err = Error{QStringLiteral("open %1: %2").arg(path, file.errorString()), {}, 0, 0};
            else
                err = addTestFile(&funcs, path, file.readAll(), kind);
            if (err && !first)
                first = err;
        }
    };
    load(p.testGoFiles, TestFileKind::Internal);
    load(p.xtestGoFiles, TestFileKind::External);
    // TestPackagesFor: ptest (P's files plus its test files) and pxtest are
    // always imported when they have files.
    if (!p.goFiles.isEmpty() || !p.cgoFiles.isEmpty() || !p.testGoFiles.isEmpty())
        funcs.importTest = true;
    if (!p.xtestGoFiles.isEmpty())
        funcs.importXtest = true;
    if (first) {
        if (partial)
            *partial = funcs;
        return std::unexpected(*first);
    }
    return funcs;
}

} // namespace kiln::load
