// Build constraints, as go/build and go/build/constraint decide them.
//
//   //go:build grammar (constraint.parseExpr):
//     expr  = or
//     or    = and { "||" and }
//     and   = not { "&&" not }
//     not   = "!" atom | atom              ("!!" is an error)
//     atom  = tag | "(" or ")"
//     tag   = 1*( letter | digit | "_" | "." )
//   // +build lines: space-separated OR of comma-separated AND of [!]tag; a
//   malformed word counts as the tag "ignore" (never an error).
//
// A file is built when its name passes goodOSArchFile (name_GOOS, name_GOARCH,
// name_GOOS_GOARCH, each optionally followed by _test) and its leading comment
// block's //go:build line holds — or, without one, every // +build line in the
// part of that block that ends at the last blank line before the first
// non-comment line.
#pragma once

#include "load/buildcontext.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <expected>
#include <functional>

namespace kiln::load
{

// ---- expressions ---------------------------------------------------------------

// An immutable constraint expression (constraint.Expr), stored as a node list.
class BuildExpr
{
public:
    enum class Op { Tag, Not, And, Or };
    struct Node {
        Op op = Op::Tag;
        QString tag; // Op::Tag only
        int x = -1;  // operand (Not) or left operand (And, Or)
        int y = -1;  // right operand (And, Or)
    };

    bool isNull() const { return m_nodes.isEmpty(); }
    const QList<Node> &nodes() const { return m_nodes; }
    int root() const { return m_root; }

    // Expr.Eval: both operands of && and || are evaluated, so tagOk sees every
    // tag of the expression (go records them all in Package.AllTags).
    bool eval(const std::function<bool(const QString &)> &tagOk) const;
    // Expr.String: the //go:build form, parenthesised like go.
    QString toString() const;
    // Every tag, in order of appearance (with repeats).
    QStringList tags() const;

    int addNode(Node n);
    void setRoot(int root) { m_root = root; }

private:
    bool evalNode(int i, const std::function<bool(const QString &)> &tagOk) const;
    QString nodeString(int i) const;

    QList<Node> m_nodes;
    int m_root = -1;
};

struct ConstraintError {
    int offset = 0;  // byte offset in the expression text
    QString message; // go's text: "unexpected token )", "missing close paren", ...
};

using ConstraintParse = std::expected<BuildExpr, ConstraintError>;

// constraint.Parse of a whole line ("//go:build ..." or "// +build ..."); a
// line that is neither fails with "not a build constraint".
ConstraintParse parseConstraintLine(QByteArrayView line);
// The expression after "//go:build".
ConstraintParse parseGoBuildExpr(QByteArrayView text);
// The expression after "+build"; fails only when too complex (more than 100
// operators: "expression too complex for // +build lines").
ConstraintParse parsePlusBuildExpr(QByteArrayView text);
// constraint.IsGoBuild / IsPlusBuild: prefix checks only.
bool isGoBuildLine(QByteArrayView line);
bool isPlusBuildLine(QByteArrayView line);

// ---- files ---------------------------------------------------------------------------

// What the leading comment block of a file says (go/build parseFileHeader).
struct FileConstraints {
    QByteArray goBuild; // the //go:build line, trimmed; empty if none
    QList<QByteArray>
        plusBuild;           // // +build lines (trimmed) in the block before its last blank line
    bool binaryOnly = false; // a //go:binary-only-package line
    QString error;           // "multiple //go:build comments"
};

// Scans header (the file's bytes up to the end of its imports, or its leading
// comments for non-Go files).
FileConstraints scanFileConstraints(QByteArrayView header);

// Context.shouldBuild over scanned constraints: the //go:build line decides
// when there is one, else every parseable // +build line must hold.
// Errors: "parsing //go:build line: <why>" and the scan error, without the
// file name (go prefixes "name: ").
std::expected<bool, QString> shouldBuild(const FileConstraints &c, const BuildContext &ctx,
                                         QSet<QString> *allTags = nullptr);

// The kinds of files go/build lists, by extension (the text from the last '.').
enum class SourceKind {
    None,    // not a source file go/build knows
    Go,      // .go
    C,       // .c
    Cxx,     // .cc .cpp .cxx
    ObjC,    // .m
    Header,  // .h .hh .hpp .hxx
    Fortran, // .f .F .for .f90
    Asm,     // .s
    AsmCpp,  // .S .sx (assembled by the C compiler: only used with cgo)
    Swig,    // .swig
    SwigCxx, // .swigcxx
    Syso,    // .syso (never read)
};
SourceKind sourceKind(QStringView name);

// The first steps of go/build's matchFile, which need only the name.
enum class NameMatch {
    Candidate,   // read the file and check its constraints
    Hidden,      // leading '_' or '.': ignored and never listed
    NotSource,   // an extension go/build does not list
    WrongOSArch, // goodOSArchFile said no: listed as ignored
};
NameMatch matchFileName(const QString &name, const BuildContext &ctx,
                        QSet<QString> *allTags = nullptr);

} // namespace kiln::load
