#include "models/testresultsmodel.h"

#include "models/actionstyle.h"

#include <QIcon>

namespace kiln::gui
{

namespace
{

// "0.012s" → 0.012; anything else → -1.
double seconds(const QByteArray &text)
{
    if (!text.endsWith('s'))
        return -1;
    bool ok = false;
    const double v = text.chopped(1).toDouble(&ok);
    return ok ? v : -1;
}

ActionStatus statusFor(TestVerdict v)
{
    switch (v) {
    case TestVerdict::Running:
        return ActionStatus::Running;
    case TestVerdict::Passed:
        return ActionStatus::Built;
    case TestVerdict::Failed:
        return ActionStatus::Failed;
    case TestVerdict::Skipped:
    case TestVerdict::NoTestFiles:
        return ActionStatus::Skipped;
    case TestVerdict::Cached:
        return ActionStatus::CacheHit;
    }
    return ActionStatus::Waiting;
}

} // namespace

TestResultsModel::TestResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

void TestResultsModel::reset()
{
    beginResetModel();
    m_nodes.clear();
    m_packages.clear();
    m_byPackage.clear();
    m_byTest.clear();
    endResetModel();
}

int TestResultsModel::addNode(Node node)
{
    const int id = int(m_nodes.size());
    const QList<int> &siblings = node.parent < 0 ? m_packages : m_nodes[node.parent].children;
    node.row = int(siblings.size());
    beginInsertRows(node.parent < 0 ? QModelIndex() : indexOf(node.parent), node.row, node.row);
    const int parent = node.parent;
    m_nodes.append(std::move(node));
    if (parent < 0)
        m_packages.append(id);
    else
        m_nodes[parent].children.append(id);
    endInsertRows();
    return id;
}

int TestResultsModel::packageNode(const TestEvent &e)
{
    const QString path = QString::fromUtf8(e.event.package);
    if (auto it = m_byPackage.constFind(path); it != m_byPackage.constEnd())
        return *it;
    Node n;
    n.name = path;
    n.action = e.action;
    const int id = addNode(std::move(n));
    m_byPackage.insert(path, id);
    return id;
}

// A subtest "A/b/c" sits under "A/b" when the binary reported that one.
int TestResultsModel::testNode(int package, const QString &test)
{
    const QString key = m_nodes[package].name + QLatin1Char('\n') + test;
    if (auto it = m_byTest.constFind(key); it != m_byTest.constEnd())
        return *it;
    int parent = package;
    for (qsizetype slash = test.lastIndexOf(QLatin1Char('/')); slash > 0;
         slash = test.lastIndexOf(QLatin1Char('/'), slash - 1)) {
        const auto it =
            m_byTest.constFind(m_nodes[package].name + QLatin1Char('\n') + test.left(slash));
        if (it != m_byTest.constEnd()) {
            parent = *it;
            break;
        }
    }
    Node n;
    n.name = test;
    n.parent = parent;
    const int id = addNode(std::move(n));
    m_byTest.insert(key, id);
    return id;
}

// go test's verdict line for the package ("ok  \tP\t0.012s" …).
void TestResultsModel::packageLine(Node &node, const QByteArray &line)
{
    const QList<QByteArray> f = line.trimmed().split('\t');
    if (f.size() < 2)
        return;
    if (f[0] == "ok  " || f[0] == "ok") {
        if (f.size() > 2 && f[2] == "(cached)")
            node.cached = true;
        else if (f.size() > 2)
            node.elapsed = seconds(f[2].split(' ').first());
        if (line.contains("[no tests to run]"))
            node.note = tr("no tests to run");
    } else if (f[0] == "FAIL" || f[0] == "\x16"
                                         "FAIL") {
        if (f[1].endsWith("[build failed]"))
            node.note = tr("build failed");
        else if (f[1].endsWith("[setup failed]"))
            node.note = tr("setup failed");
        else if (f.size() > 2)
            node.elapsed = seconds(f[2]);
    } else if (f[0] == "?   " || f[0] == "?") {
        node.verdict = TestVerdict::NoTestFiles;
    }
}

void TestResultsModel::addEvents(const QList<TestEvent> &events)
{
    for (const TestEvent &e : events) {
        const int package = packageNode(e);
        if (e.event.test.isEmpty()) {
            Node &p = m_nodes[package];
            if (e.action >= 0)
                p.action = e.action;
            if (e.event.action == "output" && e.event.output) {
                p.output += *e.event.output;
                packageLine(p, *e.event.output);
            } else if (e.event.action == "pass") {
                p.verdict = p.cached ? TestVerdict::Cached : TestVerdict::Passed;
            } else if (e.event.action == "fail") {
                p.verdict = TestVerdict::Failed;
            } else if (e.event.action == "skip") {
                if (p.verdict != TestVerdict::NoTestFiles)
                    p.verdict = TestVerdict::Skipped;
            }
            changed(package);
            continue;
        }
        const int id = testNode(package, QString::fromUtf8(e.event.test));
        Node &t = m_nodes[id];
        if (e.event.action == "output" && e.event.output)
            t.output += *e.event.output;
        else if (e.event.action == "pass")
            t.verdict = TestVerdict::Passed;
        else if (e.event.action == "fail")
            t.verdict = TestVerdict::Failed;
        else if (e.event.action == "skip")
            t.verdict = TestVerdict::Skipped;
        if (e.event.elapsed && e.event.action != "output")
            t.elapsed = *e.event.elapsed;
        changed(id);
    }
}

void TestResultsModel::changed(int node)
{
    emit dataChanged(indexOf(node, 0), indexOf(node, int(Column::Count) - 1));
}

TestTally TestResultsModel::tally() const
{
    TestTally t;
    for (const Node &n : m_nodes) {
        const bool package = n.parent < 0;
        switch (n.verdict) {
        case TestVerdict::Passed:
            (package ? t.packagesPassed : t.testsPassed)++;
            break;
        case TestVerdict::Cached:
            t.packagesPassed++;
            t.packagesCached++;
            break;
        case TestVerdict::Failed:
            (package ? t.packagesFailed : t.testsFailed)++;
            break;
        case TestVerdict::Skipped:
        case TestVerdict::NoTestFiles:
            (package ? t.packagesNoTests : t.testsSkipped)++;
            break;
        case TestVerdict::Running:
            break;
        }
    }
    return t;
}

QString TestResultsModel::verdictText(TestVerdict v)
{
    switch (v) {
    case TestVerdict::Running:
        return tr("running");
    case TestVerdict::Passed:
        return tr("ok");
    case TestVerdict::Failed:
        return tr("FAIL");
    case TestVerdict::Skipped:
        return tr("skipped");
    case TestVerdict::Cached:
        return tr("ok (cached)");
    case TestVerdict::NoTestFiles:
        return tr("no test files");
    }
    return {};
}

QString TestResultsModel::verdictToolTip(TestVerdict v)
{
    switch (v) {
    case TestVerdict::Running:
        return tr("Still running, or its result has not arrived yet.");
    case TestVerdict::Passed:
        return tr("Passed: the test binary ran and every test passed.");
    case TestVerdict::Failed:
        return tr("Failed: a test failed, the binary crashed, or the package did not build.");
    case TestVerdict::Skipped:
        return tr("Skipped: the test called t.Skip, or the package had nothing to run.");
    case TestVerdict::Cached:
        return tr("Passed earlier with the same test binary, arguments, environment and files: "
                  "go replayed the saved output instead of running the tests (\"(cached)\").");
    case TestVerdict::NoTestFiles:
        return tr("The package has no _test.go files (\"[no test files]\").");
    }
    return {};
}

QIcon TestResultsModel::verdictIcon(TestVerdict v)
{
    return ActionStyle::statusIcon(statusFor(v));
}

QModelIndex TestResultsModel::find(const QString &package, const QString &test) const
{
    const auto p = m_byPackage.constFind(package);
    if (p == m_byPackage.constEnd())
        return {};
    if (test.isEmpty())
        return indexOf(*p);
    const auto t = m_byTest.constFind(package + QLatin1Char('\n') + test);
    return t == m_byTest.constEnd() ? QModelIndex() : indexOf(*t);
}

QModelIndex TestResultsModel::indexOf(int node, int column) const
{
    return createIndex(m_nodes[node].row, column, quintptr(node));
}

QModelIndex TestResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= int(Column::Count) || row < 0)
        return {};
    const QList<int> &rows =
        parent.isValid() ? m_nodes[int(parent.internalId())].children : m_packages;
    if (row >= rows.size() || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, quintptr(rows[row]));
}

QModelIndex TestResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    return p < 0 ? QModelIndex() : indexOf(p);
}

int TestResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_packages.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int TestResultsModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

QByteArray TestResultsModel::outputOf(int node) const
{
    QByteArray out = m_nodes[node].output;
    if (m_nodes[node].parent >= 0)
        for (int c : m_nodes[node].children)
            out += outputOf(c);
    return out;
}

QVariant TestResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return n.parent < 0 ? n.name : n.name.section(QLatin1Char('/'), -1);
        case Column::Result:
            if (!n.note.isEmpty())
                return verdictText(n.verdict) + QStringLiteral(" [") + n.note + QLatin1Char(']');
            return verdictText(n.verdict);
        case Column::Elapsed:
            return n.elapsed < 0 ? QString() : tr("%1 s").arg(n.elapsed, 0, 'f', 3);
        case Column::Count:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == Column::Result)
            return verdictIcon(n.verdict);
        break;
    case Qt::ToolTipRole:
        if (column == Column::Result)
            return verdictToolTip(n.verdict);
        if (column == Column::Name)
            return n.name;
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Elapsed)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case VerdictRole:
        return int(n.verdict);
    case OutputRole:
        return QString::fromUtf8(outputOf(int(index.internalId())));
    case ActionRole:
        return n.action;
    case IsPackageRole:
        return n.parent < 0;
    case SortRole:
        if (column == Column::Elapsed)
            return n.elapsed;
        if (column == Column::Result)
            return int(n.verdict);
        return n.name;
    default:
        break;
    }
    return {};
}

QVariant TestResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Package / test");
    case Column::Result:
        return tr("Result");
    case Column::Elapsed:
        return tr("Time");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kiln::gui
