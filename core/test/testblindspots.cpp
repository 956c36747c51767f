#include "test/testblindspots.h"

#include <QDir>
#include <QFile>

namespace kiln::test
{

namespace
{

struct Token {
    enum Kind { Ident, String, Punct } kind = Punct;
    QByteArray text; // a string's contents without quotes (escapes kept)
};

bool isIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           uchar(c) >= 0x80;
}

// Go source as identifiers, string literals and single punctuation
// characters; comments and rune literals dropped.
QList<Token> tokenize(const QByteArray &src)
{
    QList<Token> out;
    const qsizetype n = src.size();
    for (qsizetype i = 0; i < n;) {
        const char c = src[i];
        if (c == '/' && i + 1 < n && src[i + 1] == '/') {
            i = src.indexOf('\n', i);
            i = i < 0 ? n : i;
        } else if (c == '/' && i + 1 < n && src[i + 1] == '*') {
            i = src.indexOf("*/", i + 2);
            i = i < 0 ? n : i + 2;
        } else if (c == '"' || c == '`' || c == '\'') {
            qsizetype j = i + 1;
            while (j < n && src[j] != c && !(c != '`' && src[j] == '\n'))
                j += (c != '`' && src[j] == '\\') ? 2 : 1;
            if (c != '\'')
                out.append({Token::String, src.mid(i + 1, qMin(j, n) - i - 1)});
            i = j + 1;
        } else if (isIdentChar(c)) {
            qsizetype j = i;
            while (j < n && isIdentChar(src[j]))
                ++j;
            out.append({Token::Ident, src.mid(i, j - i)});
            i = j;
        } else {
            if (!QByteArrayView(" \t\r\n").contains(c))
                out.append({Token::Punct, QByteArray(1, c)});
            ++i;
        }
    }
    return out;
}

void addOnce(QList<BlindSpot> &spots, const BlindSpot &s)
{
    if (!spots.contains(s))
        spots.append(s);
}

} // namespace

QList<BlindSpot> earlyEnvReads(const QByteArray &source)
{
    const QList<Token> t = tokenize(source);
    QList<BlindSpot> spots;
    int braces = 0, parens = 0;
    enum class At { TopLevel, Signature, Body } at = At::TopLevel;
    bool earlyBody = false;
    auto is = [&](qsizetype i, const char *text) { return i < t.size() && t[i].text == text; };
    for (qsizetype i = 0; i < t.size(); ++i) {
        const Token &tok = t[i];
        if (at == At::TopLevel && braces == 0 && tok.kind == Token::Ident && tok.text == "func") {
            at = At::Signature;
            qsizetype j = i + 1;
            const bool method = is(j, "(");
            if (method) { // skip the receiver
                int depth = 0;
                for (; j < t.size(); ++j) {
                    depth += is(j, "(") ? 1 : is(j, ")") ? -1 : 0;
                    if (depth == 0)
                        break;
                }
                ++j;
            }
            earlyBody = !method && (is(j, "init") || is(j, "TestMain"));
            parens = 0;
            continue;
        }
        if (tok.kind == Token::Punct) {
            const char c = tok.text[0];
            if (c == '(')
                ++parens;
            else if (c == ')')
                --parens;
            else if (c == '{') {
                const bool typeBrace =
                    i > 0 && (t[i - 1].text == "interface" || t[i - 1].text == "struct");
                if (at == At::Signature && parens == 0 && braces == 0 && !typeBrace)
                    at = At::Body;
                ++braces;
            } else if (c == '}') {
                --braces;
                if (braces == 0 && at == At::Body)
                    at = At::TopLevel;
            }
            continue;
        }
        if (tok.kind != Token::Ident || tok.text != "os" || !is(i + 1, ".") || !is(i + 3, "("))
            continue;
        const QByteArray &fn = t[i + 2].text;
        if (fn == "Environ") {
            addOnce(spots, {BlindSpotKind::Environ, {}});
        } else if (fn == "Getenv" || fn == "LookupEnv") {
            const bool early = at == At::TopLevel || (at == At::Body && earlyBody);
            const bool literal = i + 4 < t.size() && t[i + 4].kind == Token::String;
            if (early)
                addOnce(spots, {BlindSpotKind::EarlyEnv,
                                literal ? QString::fromUtf8(t[i + 4].text) : QString()});
        }
    }
    return spots;
}

QList<BlindSpot> sourceBlindSpots(const load::Package &package)
{
    QList<BlindSpot> spots;
    for (const QStringList *files : {&package.goFiles, &package.testGoFiles, &package.xtestGoFiles})
        for (const QString &f : *files) {
            QFile file(QDir(package.dir).filePath(f));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            for (const BlindSpot &s : earlyEnvReads(file.readAll()))
                addOnce(spots, s);
        }
    return spots;
}

QList<BlindSpot> inputBlindSpots(const QList<TestInput> &inputs)
{
    QList<BlindSpot> spots;
    for (const TestInput &in : inputs) {
        if (in.op != TestLogOp::Open && in.op != TestLogOp::Stat)
            continue;
        const QString name = QFile::decodeName(in.name);
        if (in.outsideRoot)
            addOnce(spots, {BlindSpotKind::OutsideRoot, name});
        else if (in.tooNew)
            addOnce(spots, {BlindSpotKind::ModifiedRecently, name});
        else if (in.op == TestLogOp::Open && in.isDir)
            addOnce(spots, {BlindSpotKind::DirectoryListing, name});
        else if (in.op == TestLogOp::Open && in.isRegular)
            addOnce(spots, {BlindSpotKind::MtimeAndSize, name});
    }
    return spots;
}

} // namespace kiln::test
