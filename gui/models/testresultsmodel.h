// The results of a go test run as a tree: one row per tested package, in the
// order their runs started, with its tests (and subtests, "TestA/sub" under
// "TestA") below it — the tests the binary reported: every test under -v,
// otherwise the failing (and skipped, with -v) ones, as go test prints them.
// Fed with the test2json events the build controller delivers
// (addEvents(), live while the run goes on); reset() starts a new run.
//
// A package's verdict comes from its final event and its go test line:
//   "ok  \tP\t0.012s"         Passed   (elapsed 0.012 s)
//   "ok  \tP\t(cached)"       Cached   (a replayed result; no elapsed)
//   "FAIL\tP\t0.012s"         Failed
//   "FAIL\tP [build failed]"  Failed   (note "build failed"; also setup failed)
//   "?   \tP\t[no test files]" NoTestFiles
// A test's verdict is its pass/fail/skip event, with the elapsed time the
// testing package printed. Output is kept per row as test2json attributes
// it (a test's own lines; the package row has the rest, verdict included).
// Columns: name, result, elapsed. Sorting and filtering go through a
// QSortFilterProxyModel (SortRole: elapsed sorts as a number).
#pragma once

#include "controllers/buildrun.h"

#include <QAbstractItemModel>
#include <QHash>

namespace kiln::gui
{

enum class TestVerdict { Running, Passed, Failed, Skipped, Cached, NoTestFiles };

// Package counts of a run, and the tests the binaries reported.
struct TestTally {
    int packagesPassed = 0; // ok, cached included
    int packagesFailed = 0;
    int packagesCached = 0;
    int packagesNoTests = 0; // no test files, or skipped
    int testsPassed = 0, testsFailed = 0, testsSkipped = 0;
    friend bool operator==(const TestTally &, const TestTally &) = default;
};

class TestResultsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column { Name, Result, Elapsed, Count };
    enum Role {
        VerdictRole = Qt::UserRole + 1, // int(TestVerdict)
        OutputRole,                     // QString: the row's output (a test: its subtests' too)
        ActionRole,                     // int: the package's test run action (-1: none)
        IsPackageRole,                  // bool
        SortRole,
    };

    explicit TestResultsModel(QObject *parent = nullptr);

    void reset();
    void addEvents(const QList<TestEvent> &events);

    TestTally tally() const;
    static QString verdictText(TestVerdict verdict);
    static QString verdictToolTip(TestVerdict verdict);
    static QIcon verdictIcon(TestVerdict verdict);
    // The index of a package row, or of a test ("TestA/sub") of it.
    QModelIndex find(const QString &package, const QString &test = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node {
        QString name; // the package's import path, or the test's full name
        int parent = -1;
        int row = 0;
        QList<int> children;
        TestVerdict verdict = TestVerdict::Running;
        double elapsed = -1; // seconds; < 0 unknown
        QString note;        // "build failed", "no tests to run" …
        bool cached = false; // its go test line said "(cached)"
        QByteArray output;
        int action = -1;
    };
    int packageNode(const TestEvent &e);
    int testNode(int package, const QString &test);
    int addNode(Node node);
    void packageLine(Node &node, const QByteArray &line);
    void changed(int node);
    QModelIndex indexOf(int node, int column = 0) const;
    QByteArray outputOf(int node) const;

    QList<Node> m_nodes;
    QList<int> m_packages; // top-level nodes, in order
    QHash<QString, int> m_byPackage;
    QHash<QString, int> m_byTest; // package + '\n' + test → node
};

} // namespace kiln::gui
