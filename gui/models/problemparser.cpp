#include "models/problemparser.h"

#include "models/actionstyle.h"
#include "test/test2json.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

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

// go test's verdict line ("ok  \tP\t0.01s", "FAIL\tP [build failed]",
// "?   \tP\t[no test files]"): the package whose block it ends.
QString verdictPackage(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:ok  |FAIL|\\?   )\\t([^\\s\\[]+)(?:\\t| \\[|$)"));
    const QRegularExpressionMatch m = re.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "    file_test.go:12: message" (the testing package's decoration; deeper
// for subtests, an absolute file under -fullpath).
const QRegularExpression &testLocatedLine()
{
    static const QRegularExpression re(
        QStringLiteral("^((?:    )+)([^\\s:][^\\s]*?\\.go):(\\d+): (.*)$"));
    return re;
}

int testRunOf(const BuildStart &start, const QString &package)
{
    for (qsizetype a = 0; a < start.actions.size(); ++a)
        if (start.actions[a].mode == graph::Mode::TestRun && start.actions[a].package == package)
            return int(a);
    return -1;
}

// One package's block of go test output: test2json tells which test each
// line is of and which tests failed; the located lines of those are problems.
void addTestProblems(const QString &block, const QString &package, const BuildStart &start,
                     QList<Problem> &out)
{
    const int action = testRunOf(start, package);
    if (action < 0)
        return;
    QList<std::pair<QByteArray, QByteArray>> chunks; // test, its output (consecutive merged)
    QSet<QByteArray> failed;
    test::Test2JsonOptions options;
    options.times = test::Test2JsonTimes::Omit;
    test::Test2JsonConverter events(
        package,
        [&](const test::Test2JsonEvent &e, const QByteArray &) {
            if (e.test.isEmpty())
                return;
            if (e.action == "fail")
                failed.insert(e.test);
            else if (e.action == "output" && e.output && !chunks.isEmpty() &&
                     chunks.last().first == e.test)
                chunks.last().second += *e.output;
            else if (e.action == "output" && e.output)
                chunks.append({e.test, *e.output});
        },
        options);
    events.feed(block.toUtf8());
    events.close();

    const QDir dir(start.actions[action].packageDir);
    for (const auto &[testName, text] : std::as_const(chunks)) {
        if (!failed.contains(testName))
            continue;
        QString indent; // the located line's, while its further lines follow
        for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = testLocatedLine().match(line);
            if (m.hasMatch()) {
                indent = m.captured(1);
                const QString file = m.captured(2);
                out.append({action, package, file, QDir::cleanPath(dir.absoluteFilePath(file)),
                            m.captured(3).toInt(), 0, Severity::Error, m.captured(4)});
            } else if (!indent.isEmpty() && line.startsWith(indent + QLatin1String("    "))) {
                out.last().message += QLatin1Char('\n') + line.mid(indent.size() + 4);
            } else {
                indent.clear();
            }
        }
    }
}

QList<Problem> testProblems(const QString &testOutput, const BuildStart &start)
{
    QList<Problem> out;
    QString block;
    for (const QString &line : testOutput.split(QLatin1Char('\n'))) {
        block += line + QLatin1Char('\n');
        if (const QString package = verdictPackage(line); !package.isEmpty()) {
            addTestProblems(block, package, start, out);
            block.clear();
        }
    }
    return out;
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
                                    const QList<ActionRun> &runs, const QString &testOutput)
{
    Parser parser{start, runs, {}};
    for (const QString &line : output.split(QLatin1Char('\n')))
        parser.line(line);
    if (!testOutput.isEmpty())
        parser.out += testProblems(testOutput, start);
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
