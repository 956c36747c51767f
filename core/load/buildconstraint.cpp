#include "load/buildconstraint.h"

#include "load/goscanner.h"

#include <optional>

namespace kiln::load
{

using namespace gosyntax;

// ---- BuildExpr -------------------------------------------------------------------

int BuildExpr::addNode(Node n)
{
    m_nodes.append(std::move(n));
    return int(m_nodes.size() - 1);
}

bool BuildExpr::evalNode(int i, const std::function<bool(const QString &)> &tagOk) const
{
    const Node &n = m_nodes[i];
    switch (n.op) {
    case Op::Tag:
        return tagOk(n.tag);
    case Op::Not:
        return !evalNode(n.x, tagOk);
    case Op::And: {
        const bool x = evalNode(n.x, tagOk);
        const bool y = evalNode(n.y, tagOk);
        return x && y;
    }
    case Op::Or: {
        const bool x = evalNode(n.x, tagOk);
        const bool y = evalNode(n.y, tagOk);
        return x || y;
    }
    }
    return false;
}

bool BuildExpr::eval(const std::function<bool(const QString &)> &tagOk) const
{
    return !isNull() && evalNode(m_root, tagOk);
}

QString BuildExpr::nodeString(int i) const
{
    const Node &n = m_nodes[i];
    const auto wrapped = [&](int k, Op parens) {
        const QString s = nodeString(k);
        return m_nodes[k].op == parens ? QLatin1Char('(') + s + QLatin1Char(')') : s;
    };
    switch (n.op) {
    case Op::Tag:
        return n.tag;
    case Op::Not: {
        const Op inner = m_nodes[n.x].op;
        const QString s = nodeString(n.x);
        return inner == Op::And || inner == Op::Or ? QStringLiteral("!(") + s + QLatin1Char(')')
                                                   : QLatin1Char('!') + s;
    }
    case Op::And:
        return wrapped(n.x, Op::Or) + QStringLiteral(" && ") + wrapped(n.y, Op::Or);
    case Op::Or:
        return wrapped(n.x, Op::And) + QStringLiteral(" || ") + wrapped(n.y, Op::And);
    }
    return {};
}

QString BuildExpr::toString() const
{
    return isNull() ? QString() : nodeString(m_root);
}

QStringList BuildExpr::tags() const
{
    QStringList out;
    const std::function<void(int)> walk = [&](int i) {
        const Node &n = m_nodes[i];
        if (n.op == Op::Tag) {
            out.append(n.tag);
            return;
        }
        walk(n.x);
        if (n.y >= 0)
            walk(n.y);
    };
    if (!isNull())
        walk(m_root);
    return out;
}

// ---- parsing -----------------------------------------------------------------------

namespace
{

bool isTagRune(char32_t c)
{
    return isLetter(c) || isDigit(c) || c == '_' || c == '.';
}

// constraint.exprParser. A syntax error is kept in m_error and unwinds the
// recursion (go panics with a *SyntaxError).
class ExprParser
{
public:
    ExprParser(QByteArrayView s, BuildExpr &out) : m_s(s), m_out(out) {}

    ConstraintParse parse()
    {
        const int x = orExpr();
        if (!m_error && !m_tok.isEmpty())
            fail(m_pos, "unexpected token " + toQString(m_tok));
        if (m_error)
            return std::unexpected(*m_error);
        m_out.setRoot(x);
        return m_out;
    }

private:
    void fail(qsizetype offset, const QString &message)
    {
        if (!m_error)
            m_error = ConstraintError{int(offset), message};
    }

    int binary(BuildExpr::Op op, int x, int y) { return m_out.addNode({op, {}, x, y}); }

    int orExpr()
    {
        int x = andExpr();
        while (!m_error && m_tok == "||") {
            const int y = andExpr();
            x = binary(BuildExpr::Op::Or, x, y);
        }
        return x;
    }

    int andExpr()
    {
        int x = notExpr();
        while (!m_error && m_tok == "&&") {
            const int y = notExpr();
            x = binary(BuildExpr::Op::And, x, y);
        }
        return x;
    }

    int notExpr()
    {
        if (++m_size > 1000) {
            fail(m_pos, QStringLiteral("build expression too large"));
            return -1;
        }
        lex();
        if (m_error)
            return -1;
        if (m_tok == "!") {
            lex();
            if (m_error)
                return -1;
            if (m_tok == "!") {
                fail(m_pos, QStringLiteral("double negation not allowed"));
                return -1;
            }
            const int x = atom();
            return m_error ? -1 : m_out.addNode({BuildExpr::Op::Not, {}, x, -1});
        }
        return atom();
    }

    int atom()
    {
        if (m_tok == "(") {
            const qsizetype open = m_pos;
            const int x = orExpr();
            if (m_error) {
                if (m_error->message == QLatin1String("unexpected end of expression"))
                    m_error->message = QStringLiteral("missing close paren");
                return -1;
            }
            if (m_tok != ")") {
                fail(open, QStringLiteral("missing close paren"));
                return -1;
            }
            lex();
            return x;
        }
        if (!m_isTag) {
            if (m_tok.isEmpty())
                fail(m_pos, QStringLiteral("unexpected end of expression"));
            else
                fail(m_pos, "unexpected token " + toQString(m_tok));
            return -1;
        }
        const QString tag = toQString(m_tok);
        lex();
        return m_out.addNode({BuildExpr::Op::Tag, tag, -1, -1});
    }

    void lex()
    {
        m_isTag = false;
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t'))
            ++m_i;
        if (m_i >= m_s.size()) {
            m_tok.clear();
            m_pos = m_i;
            return;
        }
        const char c = m_s[m_i];
        if (c == '(' || c == ')' || c == '!') {
            m_pos = m_i++;
            m_tok = QByteArray(1, c);
            return;
        }
        if (c == '&' || c == '|') {
            if (m_i + 1 >= m_s.size() || m_s[m_i + 1] != c) {
                fail(m_i, QStringLiteral("invalid syntax at ") + QLatin1Char(c));
                m_tok.clear();
                return;
            }
            m_pos = m_i;
            m_i += 2;
            m_tok = QByteArray(2, c);
            return;
        }
        qsizetype end = m_i;
        while (end < m_s.size()) {
            const DecodedRune d = decodeRune(m_s, end);
            if (!isTagRune(d.rune))
                break;
            end += d.width;
        }
        if (end == m_i) {
            const DecodedRune d = decodeRune(m_s, m_i);
            fail(m_i, QStringLiteral("invalid syntax at ") + toQString(encodeRune(d.rune)));
            m_tok.clear();
            return;
        }
        m_pos = m_i;
        m_tok = m_s.sliced(m_i, end - m_i).toByteArray();
        m_i = end;
        m_isTag = true;
    }

    QByteArrayView m_s;
    BuildExpr &m_out;
    qsizetype m_i = 0;
    QByteArray m_tok;
    bool m_isTag = false;
    qsizetype m_pos = 0;
    int m_size = 0;
    std::optional<ConstraintError> m_error;
};

// The line without one trailing newline; nullopt when it spans lines.
std::optional<QByteArrayView> singleLine(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.contains('\n'))
        return std::nullopt;
    return line;
}

// After a keyword: the trimmed rest, when the keyword stands alone or is
// followed by white space ("//go:buildx" is not a //go:build line).
std::optional<QByteArrayView> afterKeyword(QByteArrayView rest)
{
    const QByteArrayView trimmed = trimSpace(rest);
    if (trimmed.size() == rest.size() && !rest.isEmpty())
        return std::nullopt;
    return trimmed;
}

std::optional<QByteArrayView> splitGoBuild(QByteArrayView line)
{
    const auto one = singleLine(line);
    if (!one || !one->startsWith("//go:build"))
        return std::nullopt;
    return afterKeyword(trimSpace(*one).sliced(10));
}

std::optional<QByteArrayView> splitPlusBuild(QByteArrayView line)
{
    const auto one = singleLine(line);
    if (!one || !one->startsWith("//"))
        return std::nullopt;
    const QByteArrayView rest = trimSpace(one->sliced(2));
    if (!rest.startsWith("+build"))
        return std::nullopt;
    return afterKeyword(rest.sliced(6));
}

bool isValidTag(QByteArrayView word)
{
    if (word.isEmpty())
        return false;
    for (qsizetype i = 0; i < word.size();) {
        const DecodedRune d = decodeRune(word, i);
        if (!isTagRune(d.rune))
            return false;
        i += d.width;
    }
    return true;
}

} // namespace

ConstraintParse parseGoBuildExpr(QByteArrayView text)
{
    BuildExpr out;
    return ExprParser(text, out).parse();
}

ConstraintParse parsePlusBuildExpr(QByteArrayView text)
{
    constexpr int maxOldSize = 100;
    int size = 0;
    BuildExpr out;
    int x = -1;
    const auto tagNode = [&](const QString &t) {
        return out.addNode({BuildExpr::Op::Tag, t, -1, -1});
    };
    const ConstraintError tooComplex{0,
                                     QStringLiteral("expression too complex for // +build lines")};
    for (const QByteArrayView clause : fields(text)) {
        int y = -1;
        for (QByteArrayView lit : splitBytes(clause, ',')) {
            int z;
            if (lit.startsWith("!!") || lit == "!") {
                z = tagNode(QStringLiteral("ignore"));
            } else {
                const bool neg = lit.startsWith('!');
                if (neg)
                    lit = lit.sliced(1);
                z = tagNode(isValidTag(lit) ? toQString(lit) : QStringLiteral("ignore"));
                if (neg)
                    z = out.addNode({BuildExpr::Op::Not, {}, z, -1});
            }
            if (y < 0) {
                y = z;
            } else {
                if (++size > maxOldSize)
                    return std::unexpected(tooComplex);
                y = out.addNode({BuildExpr::Op::And, {}, y, z});
            }
        }
        if (x < 0) {
            x = y;
        } else {
            if (++size > maxOldSize)
                return std::unexpected(tooComplex);
            x = out.addNode({BuildExpr::Op::Or, {}, x, y});
        }
    }
    if (x < 0)
        x = tagNode(QStringLiteral("ignore"));
    out.setRoot(x);
    return out;
}

ConstraintParse parseConstraintLine(QByteArrayView line)
{
    if (const auto text = splitGoBuild(line))
        return parseGoBuildExpr(*text);
    if (const auto text = splitPlusBuild(line))
        return parsePlusBuildExpr(*text);
    return std::unexpected(ConstraintError{0, QStringLiteral("not a build constraint")});
}

bool isGoBuildLine(QByteArrayView line)
{
    return splitGoBuild(line).has_value();
}

bool isPlusBuildLine(QByteArrayView line)
{
    return splitPlusBuild(line).has_value();
}

// ---- file headers --------------------------------------------------------------------

namespace
{

// go/build isGoBuildComment, on a trimmed line.
bool isGoBuildComment(QByteArrayView line)
{
    if (!line.startsWith("//go:build"))
        return false;
    const QByteArrayView rest = trimSpace(line).sliced(10);
    return rest.isEmpty() || trimSpace(rest).size() < rest.size();
}

} // namespace

FileConstraints scanFileConstraints(QByteArrayView content)
{
    FileConstraints out;
    qsizetype end = 0;
    bool ended = false;       // saw a non-blank, non-// line
    bool inSlashStar = false; // inside /* */
    qsizetype p = 0;
    bool haveGoBuild = false;
    while (p < content.size()) {
        qsizetype nl = content.indexOf('\n', p);
        const qsizetype lineEnd = nl < 0 ? content.size() : nl;
        const qsizetype next = nl < 0 ? content.size() : nl + 1;
        QByteArrayView line = trimSpace(content.sliced(p, lineEnd - p));
        p = next;
        if (line.isEmpty() && !ended) {
            // The latest place a // +build line may end: before this blank line.
            end = p;
            continue;
        }
        if (!line.startsWith("//"))
            ended = true;
        if (!inSlashStar && isGoBuildComment(line)) {
            if (haveGoBuild) {
                FileConstraints bad;
                bad.error = QStringLiteral("multiple //go:build comments");
                return bad;
            }
            haveGoBuild = true;
            out.goBuild = line.toByteArray();
        }
        if (!inSlashStar && line == "//go:binary-only-package")
            out.binaryOnly = true;
        bool nonComment = false;
        while (!line.isEmpty()) {
            if (inSlashStar) {
                const qsizetype i = line.indexOf("*/");
                if (i < 0)
                    break;
                inSlashStar = false;
                line = trimSpace(line.sliced(i + 2));
                continue;
            }
            if (line.startsWith("//"))
                break;
            if (line.startsWith("/*")) {
                inSlashStar = true;
                line = trimSpace(line.sliced(2));
                continue;
            }
            nonComment = true;
            break;
        }
        if (nonComment)
            break;
    }
    // The // +build lines in content[:end].
    const QByteArrayView block = content.first(end);
    for (qsizetype q = 0; q < block.size();) {
        qsizetype nl = block.indexOf('\n', q);
        const qsizetype lineEnd = nl < 0 ? block.size() : nl;
        const QByteArrayView line = trimSpace(block.sliced(q, lineEnd - q));
        q = nl < 0 ? block.size() : nl + 1;
        if (line.startsWith("//") && line.contains("+build") && isPlusBuildLine(line))
            out.plusBuild.append(line.toByteArray());
    }
    return out;
}

std::expected<bool, QString> shouldBuild(const FileConstraints &c, const BuildContext &ctx,
                                         QSet<QString> *allTags)
{
    if (!c.error.isEmpty())
        return std::unexpected(c.error);
    if (!c.goBuild.isEmpty()) {
        const ConstraintParse x = parseConstraintLine(c.goBuild);
        if (!x)
            return std::unexpected(QStringLiteral("parsing //go:build line: ") + x.error().message);
        return ctx.eval(*x, allTags);
    }
    bool ok = true;
    for (const QByteArray &line : c.plusBuild) {
        const ConstraintParse x = parseConstraintLine(line);
        if (x && !ctx.eval(*x, allTags))
            ok = false;
    }
    return ok;
}

SourceKind sourceKind(QStringView name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return SourceKind::None;
    const QStringView ext = name.sliced(dot);
    struct Entry {
        const char *ext;
        SourceKind kind;
    };
    static constexpr Entry table[] = {
        {".go", SourceKind::Go},           {".c", SourceKind::C},
        {".cc", SourceKind::Cxx},          {".cpp", SourceKind::Cxx},
        {".cxx", SourceKind::Cxx},         {".m", SourceKind::ObjC},
        {".h", SourceKind::Header},        {".hh", SourceKind::Header},
        {".hpp", SourceKind::Header},      {".hxx", SourceKind::Header},
        {".f", SourceKind::Fortran},       {".F", SourceKind::Fortran},
        {".for", SourceKind::Fortran},     {".f90", SourceKind::Fortran},
        {".s", SourceKind::Asm},           {".S", SourceKind::AsmCpp},
        {".sx", SourceKind::AsmCpp},       {".swig", SourceKind::Swig},
        {".swigcxx", SourceKind::SwigCxx}, {".syso", SourceKind::Syso},
    };
    for (const Entry &e : table)
        if (ext == QLatin1String(e.ext))
            return e.kind;
    return SourceKind::None;
}

NameMatch matchFileName(const QString &name, const BuildContext &ctx, QSet<QString> *allTags)
{
    if (name.startsWith(QLatin1Char('_')) || name.startsWith(QLatin1Char('.')))
        return NameMatch::Hidden;
    if (sourceKind(name) == SourceKind::None)
        return NameMatch::NotSource;
    if (!ctx.goodOSArchFile(name, allTags))
        return NameMatch::WrongOSArch;
    return NameMatch::Candidate;
}

} // namespace kiln::load
