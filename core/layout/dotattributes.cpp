// The attributes Kiln gives dot (shared by layoutGraph and dotText), the
// size-dependent tuning, and DOT text output.
#include "layout/dotattributes.h"

namespace kiln::layout
{

namespace
{

QByteArray inches(double px)
{
    return QByteArray::number(px / kPixelsPerInch, 'f', 4);
}

// A DOT double-quoted string.
QByteArray quoted(const QString &s)
{
    QByteArray out = "\"";
    for (char c : s.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c == '\n' ? QByteArray("\\n") : QByteArray(1, c);
    }
    return out + '"';
}

} // namespace

// Measured with bench/layout (bench/README.md). Small graphs get dot's
// defaults. cmd/go's reduced graph (318 nodes, 727 edges, but ~4 000
// virtual nodes for edges spanning ranks) spends most of its time in x
// placement: one network-simplex pass per node keeps it well under 0.5 s.
// From a few thousand edges on, classic ranking's quadratic clean-up
// dominates (newrank avoids it), then crossing minimisation and spline
// routing: the largest graphs get one mincross iteration, one placement
// pass and no routing.
DotTuning tuningFor(qsizetype nodes, qsizetype edges)
{
    const qsizetype size = nodes + edges;
    if (size <= 600)
        return {};
    if (size <= 2500)
        return {"1", "", "", "", ""};
    if (size <= 6000)
        return {"0.5", "", "0.5", "", "true"};
    return {"0.0002", "", "0.01", "none", "true"};
}

QList<Attribute> graphAttributes(const LayoutInput &input, const DotTuning &tuning)
{
    QList<Attribute> attrs{
        {"rankdir", input.direction == Direction::LeftToRight ? "LR" : "TB"},
        {"nodesep", inches(input.nodeSpacing)},
        {"ranksep", inches(input.rankSpacing)},
    };
    const std::pair<const char *, QByteArray> tuned[] = {{"nslimit", tuning.nslimit},
                                                         {"nslimit1", tuning.nslimit1},
                                                         {"mclimit", tuning.mclimit},
                                                         {"splines", tuning.splines},
                                                         {"newrank", tuning.newrank}};
    for (const auto &[name, value] : tuned)
        if (!value.isEmpty())
            attrs.append({name, value});
    return attrs;
}

QList<Attribute> nodeDefaults()
{
    // Fixed-size boxes with no label: the caller measured its own text.
    return {{"shape", "box"}, {"fixedsize", "true"}, {"label", ""},
            {"width", "1"},   {"height", "0.5"},     {"margin", "0"}};
}

QByteArray nodeWidth(const LayoutNode &node)
{
    return inches(node.size.width());
}

QByteArray nodeHeight(const LayoutNode &node)
{
    return inches(node.size.height());
}

QByteArray dotText(const LayoutInput &input)
{
    const DotTuning tuning =
        input.tuning.value_or(tuningFor(input.nodes.size(), input.edges.size()));
    QByteArray out = "digraph kiln {\n";
    for (const Attribute &a : graphAttributes(input, tuning))
        out += "  " + a.first + "=\"" + a.second + "\";\n";
    out += "  node [";
    for (const Attribute &a : nodeDefaults())
        out += a.first + "=\"" + a.second + "\" ";
    out += "fontsize=\"10\"];\n"; // the labels' text size in the dot program only
    for (const LayoutNode &n : input.nodes)
        out += "  " + quoted(n.id) + " [width=" + nodeWidth(n) + " height=" + nodeHeight(n) +
               " label=" + quoted(n.label) + "];\n";
    for (const LayoutEdge &e : input.edges)
        if (e.from >= 0 && e.from < input.nodes.size() && e.to >= 0 && e.to < input.nodes.size())
            out += "  " + quoted(input.nodes[e.from].id) + " -> " + quoted(input.nodes[e.to].id) +
                   ";\n";
    return out + "}\n";
}

} // namespace kiln::layout
