#include "panels/problemspanel.h"

#include "controllers/actionselection.h"
#include "models/problemmodel.h"
#include "panels/sourceviewer.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kiln::gui
{

ProblemsPanel::ProblemsPanel(ActionSelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_model(new ProblemModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTreeView(this)),
      m_empty(new QLabel(this)), m_next(new QAction(tr("&Next Problem"), this)),
      m_previous(new QAction(tr("&Previous Problem"), this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProblemModel::SortRole);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // go's order until the user sorts
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(int(ProblemModel::Column::Message),
                                           QHeaderView::Stretch);
    m_view->setColumnWidth(int(ProblemModel::Column::Location), 220);
    m_view->setColumnWidth(int(ProblemModel::Column::Package), 220);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProblemsPanel::showCurrent);
    connect(m_view, &QTreeView::clicked, this, &ProblemsPanel::showCurrent);
    connect(m_view, &QTreeView::activated, this, &ProblemsPanel::openSource);
    m_view->setToolTip(tr("Click: select the action. Double-click: show the file at the line."));

    m_empty->setObjectName(QStringLiteral("problemsEmpty"));
    m_empty->setText(tr("No problems. Errors of a failed build are listed here."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    m_next->setObjectName(QStringLiteral("nextProblemAction"));
    m_next->setShortcut(QKeySequence(Qt::Key_F8));
    m_next->setStatusTip(tr("Select the next problem and its action."));
    m_previous->setObjectName(QStringLiteral("previousProblemAction"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previous->setStatusTip(tr("Select the previous problem and its action."));
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    m_view->hide();
}

int ProblemsPanel::count() const
{
    return m_model->rowCount();
}

void ProblemsPanel::buildStarted()
{
    m_output.clear();
    m_testOutput.clear();
    m_model->setProblems({});
    m_view->hide();
    m_empty->show();
    emit countChanged(0);
}

void ProblemsPanel::appendOutput(const QString &text, OutputKind kind)
{
    if (kind == OutputKind::Build)
        m_output += text;
    else if (kind == OutputKind::TestOut)
        m_testOutput += text;
}

void ProblemsPanel::buildFinished(const BuildOutcome &outcome, const BuildStart &start,
                                  const QList<ActionRun> &runs, const QString &workingDir)
{
    QList<Problem> problems;
    if (outcome.started) {
        BuildStart where = start;
        if (where.workingDir.isEmpty())
            where.workingDir = workingDir;
        problems = ProblemParser::parse(m_output, where, runs, m_testOutput);
    } else if (!outcome.cancelled) {
        problems = ProblemParser::parseStartError(outcome.error, workingDir);
    }
    m_output.clear();
    m_testOutput.clear();
    m_model->setProblems(problems);
    m_view->setVisible(!problems.isEmpty());
    m_empty->setVisible(problems.isEmpty());
    emit countChanged(int(problems.size()));
}

SourceViewer *ProblemsPanel::openSource(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    const Problem &p = m_model->problems().at(m_proxy->mapToSource(index).row());
    if (p.path.isEmpty())
        return nullptr;
    auto *viewer = new SourceViewer(p.path, p.line, p.column, window());
    viewer->show();
    return viewer;
}

void ProblemsPanel::step(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row =
        current.isValid() ? (current.row() + delta + rows) % rows : (delta > 0 ? 0 : rows - 1);
    m_view->setCurrentIndex(m_proxy->index(row, 0));
}

void ProblemsPanel::showCurrent(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int action = index.data(ProblemModel::ActionRole).toInt();
    if (action >= 0)
        m_selection->select(action);
}

} // namespace kiln::gui
