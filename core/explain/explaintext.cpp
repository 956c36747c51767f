#include "explain/explaintext.h"

namespace kiln::explain
{

namespace
{

QByteArray head(const ActionExplanation &e)
{
    QByteArray h = "kiln explain: " + e.mode.toUtf8() + ' ' + e.package.toUtf8();
    if (e.failed)
        h += " [failed]";
    return h + ": " + verdictWord(e.verdict).toUtf8();
}

QByteArray changeLine(const ActionExplanation &e, const LineChange &c)
{
    return head(e) + " (" + categoryName(c.category).toUtf8() + "): " + c.subject.toUtf8() + ": " +
           c.detail.toUtf8() + '\n';
}

} // namespace

QByteArray explainText(const BuildExplanation &explanation)
{
    QByteArray out;
    int ran = 0;
    for (const ActionExplanation &e : explanation.actions) {
        ran += e.ran();
        switch (e.verdict) {
        case RebuildVerdict::UpToDate:
            break;
        case RebuildVerdict::New:
            out += head(e) + ": no earlier build of this action\n";
            break;
        case RebuildVerdict::Unchanged:
            out += head(e) + ": the same inputs as the previous build, but its result was not in "
                             "the cache (trimmed or removed, -a, or not cached by go)\n";
            break;
        case RebuildVerdict::EarlyCutoff:
            out += head(e) + ": " + e.dependencies.join(QStringLiteral(", ")).toUtf8() +
                   " ran; the content IDs did not change\n";
            break;
        case RebuildVerdict::OwnInput:
        case RebuildVerdict::Restored:
            // Its own lines are the reason; changed dependencies, if any,
            // follow on one line.
            for (const LineChange &c : e.changes)
                if (c.category != LineCategory::Dependency)
                    out += changeLine(e, c);
            if (!e.dependencies.isEmpty())
                out += head(e) + " (dependency): content IDs changed too: " +
                       e.dependencies.join(QStringLiteral(", ")).toUtf8() + '\n';
            break;
        case RebuildVerdict::Propagated:
            for (const LineChange &c : e.changes)
                out += changeLine(e, c);
            out += head(e) + ": root cause: " + e.rootCauses.join(QStringLiteral(", ")).toUtf8() +
                   '\n';
            break;
        }
    }
    out += "kiln explain: ran " + QByteArray::number(ran) + " of " +
           QByteArray::number(explanation.actions.size()) + " actions (new " +
           QByteArray::number(explanation.count(RebuildVerdict::New)) + ", own input " +
           QByteArray::number(explanation.count(RebuildVerdict::OwnInput)) + ", propagated " +
           QByteArray::number(explanation.count(RebuildVerdict::Propagated)) +
           ", unchanged inputs " +
           QByteArray::number(explanation.count(RebuildVerdict::Unchanged)) + "); early cutoff " +
           QByteArray::number(explanation.count(RebuildVerdict::EarlyCutoff)) +
           "; restored from cache " +
           QByteArray::number(explanation.count(RebuildVerdict::Restored)) + '\n';
    return out;
}

} // namespace kiln::explain
