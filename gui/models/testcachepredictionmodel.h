// The Test Cache panel's prediction table: one row per tested package of the
// open module (TestCachePrediction's snapshot, in go's package order).
// Columns: package; prediction ("cached", "will re-run", "no test files",
// "unknown"); reason (which flag, package, variable or file; empty when
// cached); blind spots (how many things go cannot see, with their list as
// the tooltip). All text is formatted here, translated. The model resets
// with every snapshot (a module has at most a few hundred packages).
#pragma once

#include "test/testprediction.h"

#include <QAbstractTableModel>

namespace kiln::gui
{

class TestCachePrediction;

class TestCachePredictionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Package, Prediction, Reason, BlindSpots, Count };
    enum Role { SortRole = Qt::UserRole + 1, PackageRole, WillRunRole, HasTestsRole };

    explicit TestCachePredictionModel(TestCachePrediction *prediction, QObject *parent = nullptr);

    const test::PackagePrediction &prediction(int row) const;

    static QString verdictText(const test::PackagePrediction &p);
    // Why it re-runs, in one line ("" when it is cached).
    static QString reasonText(const test::PackagePrediction &p);
    static QString blindSpotText(const test::BlindSpot &spot);
    // Everything about one package, for the details pane.
    static QString detailsText(const test::PackagePrediction &p);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TestCachePrediction *m_prediction;
    int m_rows = 0;
};

} // namespace kiln::gui
