#include "models/testcachepredictionmodel.h"

#include "controllers/testcacheprediction.h"

#include <QColor>

namespace kiln::gui
{

using test::BlindSpotKind;
using test::Prediction;
using test::RunReason;

TestCachePredictionModel::TestCachePredictionModel(TestCachePrediction *prediction, QObject *parent)
    : QAbstractTableModel(parent), m_prediction(prediction)
{
    connect(prediction, &TestCachePrediction::snapshotChanged, this, [this] {
        beginResetModel();
        m_rows = int(m_prediction->snapshot().packages.size());
        endResetModel();
    });
    m_rows = int(prediction->snapshot().packages.size());
}

const test::PackagePrediction &TestCachePredictionModel::prediction(int row) const
{
    return m_prediction->snapshot().packages.at(row);
}

QString TestCachePredictionModel::verdictText(const test::PackagePrediction &p)
{
    switch (p.prediction) {
    case Prediction::Cached:
        return tr("cached");
    case Prediction::WillRun:
        return tr("will re-run");
    case Prediction::NoTests:
        return tr("no test files");
    case Prediction::Unknown:
        break;
    }
    return tr("unknown");
}

QString TestCachePredictionModel::reasonText(const test::PackagePrediction &p)
{
    const QString s = p.subject;
    if (p.prediction == Prediction::Unknown)
        return tr("cannot tell: %1").arg(s);
    switch (p.reason) {
    case RunReason::None:
        return {};
    case RunReason::SetupFailed:
        return tr("setup failed: %1").arg(s);
    case RunReason::SourceChanged:
        return tr("source changed (%1 must be rebuilt)").arg(s);
    case RunReason::ProbeFailed:
        return s;
    case RunReason::RebuildAll:
        return tr("-a rebuilds everything");
    case RunReason::NotCacheable:
        return tr("not cacheable (%1)").arg(s);
    case RunReason::NoCachedResult:
        return tr("no cached result for this test binary and flags");
    case RunReason::FileTooNew:
        return tr("file %1 was modified less than 2 s ago").arg(s);
    case RunReason::EnvChanged:
        return tr("environment variable %1 changed").arg(s);
    case RunReason::FileChanged:
        return tr("file %1 changed").arg(s);
    case RunReason::InputChanged:
        return tr("an input changed (environment or file; go does not record which)");
    case RunReason::ResultRemoved:
        return tr("the saved result was removed");
    case RunReason::Expired:
        return tr("expired by go clean -testcache");
    case RunReason::Other:
        return s;
    }
    return s;
}

QString TestCachePredictionModel::blindSpotText(const test::BlindSpot &spot)
{
    const QString s = spot.subject;
    switch (spot.kind) {
    case BlindSpotKind::MtimeAndSize:
        return tr("%1: go checks only its size and modification time, not its contents").arg(s);
    case BlindSpotKind::DirectoryListing:
        return tr("%1: go checks the directory listing, not what the files hold").arg(s);
    case BlindSpotKind::OutsideRoot:
        return tr("%1: outside the module, go does not check it at all").arg(s);
    case BlindSpotKind::ModifiedRecently:
        return tr("%1: modified less than 2 s ago; go re-runs and saves nothing until it is older")
            .arg(s);
    case BlindSpotKind::EarlyEnv:
        return s.isEmpty() ? tr("an environment variable is read before the test log starts "
                                "(init, TestMain or a package variable); go cannot see it")
                           : tr("environment variable %1 is read before the test log starts "
                                "(init, TestMain or a package variable); go cannot see it")
                                 .arg(s);
    case BlindSpotKind::Environ:
        return tr("os.Environ is not logged: go cannot see which variables the test used");
    }
    return s;
}

QString TestCachePredictionModel::detailsText(const test::PackagePrediction &p)
{
    QString text = p.importPath + QStringLiteral(": ") + verdictText(p);
    if (const QString why = reasonText(p); !why.isEmpty())
        text += QStringLiteral(" — ") + why;
    text += u'\n';
    if (!p.detail.isEmpty())
        text += p.detail + u'\n';
    if (!p.goReason.isEmpty())
        text += tr("go (GODEBUG=gocachetest=1): %1").arg(QString::fromUtf8(p.goReason)) + u'\n';
    if (!p.blindSpots.isEmpty()) {
        text += u'\n' + tr("What go cannot see:") + u'\n';
        for (const test::BlindSpot &s : p.blindSpots)
            text += QStringLiteral("  • ") + blindSpotText(s) + u'\n';
    }
    return text;
}

int TestCachePredictionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TestCachePredictionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TestCachePredictionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const test::PackagePrediction &p = prediction(index.row());
    const auto column = Column(index.column());
    if (role == PackageRole)
        return p.importPath;
    if (role == WillRunRole)
        return p.prediction == Prediction::WillRun;
    if (role == HasTestsRole)
        return p.prediction != Prediction::NoTests;
    if (role == Qt::ForegroundRole && column == Column::Prediction &&
        p.prediction == Prediction::WillRun)
        return QColor(0xb0, 0x5a, 0x00);
    if (role == Qt::ToolTipRole) {
        if (column == Column::BlindSpots && !p.blindSpots.isEmpty()) {
            QStringList lines;
            for (const test::BlindSpot &s : p.blindSpots)
                lines << blindSpotText(s);
            return lines.join(u'\n');
        }
        if (column == Column::Reason && !p.detail.isEmpty())
            return p.detail;
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Column::Package:
        return p.importPath;
    case Column::Prediction:
        return role == SortRole ? QVariant(int(p.prediction)) : QVariant(verdictText(p));
    case Column::Reason:
        return reasonText(p);
    case Column::BlindSpots:
        if (role == SortRole)
            return int(p.blindSpots.size());
        return p.blindSpots.isEmpty() ? QString()
                                      : tr("%n warning(s)", nullptr, int(p.blindSpots.size()));
    case Column::Count:
        break;
    }
    return {};
}

QVariant TestCachePredictionModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Package:
        return tr("Package");
    case Column::Prediction:
        return tr("Next go test");
    case Column::Reason:
        return tr("Reason");
    case Column::BlindSpots:
        return tr("Blind spots");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kiln::gui
