#include "models/problemparser.h"

#include "models/actionstyle.h"

#include <QDir>
#include <QRegularExpression>

namespace kiln::gui
{

namespace
{

// file:line[:col]: [severity: ]message — file has no space and does not
// start with one (continuation lines do).
const QRegularExpression &locatedLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:vet: )?([^\\s:][^\\s]*?):(\\d+)(?::(\\d+))?: "
                       "(?:(error|fatal error|warning|note): )?(.*)$"));
    return re;
}

struct Parser {
    const BuildStart &start;
    const QList<ActionRun> &runs;
    QList<Problem> out;
    int current = -1;   // the action of the report being read; -1 outside one
    QString package;    // its package
    bool failed = true; // its action failed (else its lines are warnings)
    qsizetype firstOfReport = 0;

    // The failed action of package (else any action of it, marked as not failed).
    int actionOf(const QString &pkg, bool *isFailed) const
    {
        int any = -1;
        for (qsizetype a = 0; a < start.actions.size(); ++a) {
            if (start.actions[a].package != pkg)
                continue;
            if (runs.value(a).status == ActionStatus::Failed) {
                *isFailed = true;
                return int(a);
            }
            if (any < 0 || start.actions[a].mode == graph::Mode::Build)
                any = int(a);
        }
        *isFailed = false;
        return any;
    }

    QString absolute(const QString &file) const
    {
        if (file.isEmpty())
            return {};
        return QDir::cleanPath(QDir(start.workingDir).absoluteFilePath(file));
    }

    void beginReport(QString desc)
    {
        if (desc.startsWith(QLatin1Char('[')) && desc.endsWith(QLatin1Char(']')))
            desc = desc.mid(1, desc.size() - 2); // vet's "# [pkg]"
        package = desc.section(QLatin1Char(' '), 0, 0);
        current = actionOf(package, &failed);
        firstOfReport = out.size();
    }

    void line(const QString &text)
    {
        if (text.startsWith(QLatin1String("# "))) {
            beginReport(text.mid(2));
            return;
        }
        if (text.isEmpty())
            return;
        const bool continuation = text.front().isSpace();
        if (current < 0) {
            failure(text);
            return;
        }
        if (continuation || !addLocated(text)) {
            if (out.size() > firstOfReport)
                out.last().message += QLatin1Char('\n') + text;
            else
                add({current, package, {}, {}, 0, 0, severity({}), text});
        }
    }

    bool addLocated(const QString &text)
    {
        const QRegularExpressionMatch m = locatedLine().match(text);
        if (!m.hasMatch())
            return false;
        Problem p{current,
                  package,
                  m.captured(1),
                  absolute(m.captured(1)),
                  m.captured(2).toInt(),
                  m.captured(3).toInt(),
                  severity(m.captured(4)),
                  m.captured(5)};
        add(p);
        return true;
    }

    Severity severity(const QString &word) const
    {
        if (word == QLatin1String("note"))
            return Severity::Note;
        if (word == QLatin1String("warning") || !failed)
            return Severity::Warning;
        return Severity::Error;
    }

    // "pkg: message" from an action that failed without a report.
    void failure(const QString &text)
    {
        const qsizetype colon = text.indexOf(QLatin1String(": "));
        if (colon <= 0)
            return;
        bool isFailed = false;
        const QString pkg = text.left(colon);
        const int action = actionOf(pkg, &isFailed);
        if (action >= 0 && isFailed)
            add({action, pkg, {}, {}, 0, 0, Severity::Error, text.mid(colon + 2)});
    }

    void add(const Problem &p) { out.append(p); }
};

} // namespace

QString Problem::location() const
{
    if (file.isEmpty())
        return {};
    QString s = file;
    if (line > 0)
        s += QLatin1Char(':') + QString::number(line);
    if (column > 0)
        s += QLatin1Char(':') + QString::number(column);
    return s;
}

QList<Problem> ProblemParser::parse(const QString &output, const BuildStart &start,
                                    const QList<ActionRun> &runs)
{
    Parser parser{start, runs, {}};
    for (const QString &line : output.split(QLatin1Char('\n')))
        parser.line(line);
    // Every failed action at least once.
    for (qsizetype a = 0; a < runs.size() && a < start.actions.size(); ++a) {
        if (runs[a].status != ActionStatus::Failed)
            continue;
        const bool listed = std::any_of(parser.out.cbegin(), parser.out.cend(),
                                        [a](const Problem &p) { return p.action == a; });
        if (!listed)
            parser.add({int(a),
                        start.actions[a].package,
                        {},
                        {},
                        0,
                        0,
                        Severity::Error,
                        tr("%1 failed").arg(ActionStyle::modeText(start.actions[a].mode))});
    }
    return parser.out;
}

QList<Problem> ProblemParser::parseStartError(const QString &error, const QString &workingDir)
{
    QList<Problem> out;
    for (const QString &line : error.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = locatedLine().match(line);
        if (m.hasMatch()) {
            const QString file = m.captured(1);
            out.append({-1,
                        {},
                        file,
                        QDir::cleanPath(QDir(workingDir).absoluteFilePath(file)),
                        m.captured(2).toInt(),
                        m.captured(3).toInt(),
                        Severity::Error,
                        m.captured(5)});
        } else if (!out.isEmpty() && !line.isEmpty()) {
            out.last().message += QLatin1Char('\n') + line;
        }
    }
    if (out.isEmpty() && !error.trimmed().isEmpty())
        out.append({-1, {}, {}, {}, 0, 0, Severity::Error, error.trimmed()});
    return out;
}

} // namespace kiln::gui
