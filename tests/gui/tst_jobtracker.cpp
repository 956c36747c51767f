// JobTracker: a newer job makes the older one stale — its result is dropped
// and, when its work takes a CancelFlag, it is told to stop.
#include "controllers/jobtracker.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

using namespace kiln::gui;

class TestJobTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newerJobCancelsOlder();
};

void TestJobTracker::newerJobCancelsOlder()
{
    QObject owner;
    JobTracker<int> jobs(&owner, nullptr);
    QList<int> delivered;
    std::atomic_bool firstSawCancel = false;
    jobs.start(
        [&firstSawCancel](const CancelFlag &cancel) {
            QElapsedTimer t;
            t.start();
            while (!cancel->load() && t.elapsed() < 10000)
                QThread::msleep(5);
            firstSawCancel = cancel->load();
            return 1;
        },
        [&delivered](int v) { delivered.append(v); });
    jobs.start([] { return 2; }, [&delivered](int v) { delivered.append(v); });
    QTRY_VERIFY_WITH_TIMEOUT(!jobs.isRunning(), 15000);
    QVERIFY(firstSawCancel);
    QCOMPARE(delivered, QList<int>{2});
}

QTEST_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
