// The Test Cache panel's table: the test results in the scanned cache
// (TestCacheController's snapshot), one row per test output or test log.
// Columns: package (an output's; a log names none — its key is a hash of
// the test binary and its arguments — so Kiln's record of its inputs or the
// open module's prediction names it when they can), kind (go's words: "testoutput",
// "testlog"), elapsed (the time the saved run took), saved (age),
// status, size. Status: an output go test replays as "(cached)", one
// go clean -testcache expired (saved before testexpire.txt's time), one
// go would not replay (malformed); a log's counts of inputs. The model
// resets with every snapshot (a few hundred rows at most).
#pragma once

#include <QAbstractTableModel>

namespace kiln::gui
{

class TestCacheController;
struct TestCacheItem;

class TestCacheModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Package, Kind, Elapsed, Saved, Status, Size, Count };
    enum Role { SortRole = Qt::UserRole + 1, ExpiredRole, ItemRole };

    explicit TestCacheModel(TestCacheController *controller, QObject *parent = nullptr);

    const TestCacheItem &item(int row) const;
    QString statusText(const TestCacheItem &item) const;
    // An output's package; a log's from Kiln's record or the prediction.
    QString packageOf(const TestCacheItem &item) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TestCacheController *m_controller;
    int m_rows = 0;
};

} // namespace kiln::gui
