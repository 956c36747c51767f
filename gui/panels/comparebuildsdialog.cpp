#include "panels/comparebuildsdialog.h"

#include "models/buildcomparemodel.h"
#include "models/preimagediffmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{

QTableView *makeTable(const char *objectName)
{
    auto *t = new QTableView;
    t->setObjectName(QString::fromLatin1(objectName));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

CompareBuildsDialog::CompareBuildsDialog(RebuildExplainer *explainer, const HistoryInput &input,
                                         QWidget *parent)
    : QDialog(parent), m_explainer(explainer), m_input(input), m_earlier(new QComboBox),
      m_later(new QComboBox), m_filter(new QComboBox), m_summary(new QLabel),
      m_actionLabel(new QLabel), m_model(new BuildCompareModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_diff(new PreimageDiffModel(this)),
      m_actions(makeTable("compareActions")), m_lines(makeTable("compareLines"))
{
    setObjectName(QStringLiteral("compareBuildsDialog"));
    setWindowTitle(tr("Compare Builds"));
    m_earlier->setObjectName(QStringLiteral("compareEarlier"));
    m_later->setObjectName(QStringLiteral("compareLater"));
    m_filter->setObjectName(QStringLiteral("compareFilter"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->addItem(tr("All actions"), QString());
    m_filter->addItem(tr("Added"), QStringLiteral("added"));
    m_filter->addItem(tr("Removed"), QStringLiteral("removed"));
    m_filter->addItem(tr("Inputs changed"), QStringLiteral("changed"));
    m_filter->addItem(tr("Same inputs"), QStringLiteral("same"));
    m_filter->addItem(tr("Rebuilt in the later build"), QStringLiteral("rebuilt"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(BuildCompareModel::FilterRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_actions->setModel(m_proxy);
    m_actions->setSortingEnabled(true);
    m_actions->sortByColumn(-1, Qt::AscendingOrder); // the builds' order until a header is clicked
    m_lines->setModel(m_diff);

    auto *pick = new QFormLayout;
    pick->addRow(tr("Earlier build:"), m_earlier);
    pick->addRow(tr("Later build:"), m_later);
    pick->addRow(tr("Show:"), m_filter);
    auto *top = new QHBoxLayout;
    top->addLayout(pick, 1);
    auto *reloadButton = new QPushButton(tr("Reload"));
    reloadButton->setObjectName(QStringLiteral("compareReload"));
    reloadButton->setToolTip(tr("Read the build history again."));
    top->addWidget(reloadButton, 0, Qt::AlignTop);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_actionLabel);
    bottomLayout->addWidget(m_lines, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_actions);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(960, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reloadButton, &QPushButton::clicked, this, &CompareBuildsDialog::reload);
    connect(m_earlier, &QComboBox::currentIndexChanged, this, &CompareBuildsDialog::compare);
    connect(m_later, &QComboBox::currentIndexChanged, this, &CompareBuildsDialog::compare);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { setFilter(m_filter->currentData().toString()); });
    connect(m_actions->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CompareBuildsDialog::showActionDiff);
    if (m_explainer)
        connect(m_explainer, &RebuildExplainer::historyLoaded, this,
                &CompareBuildsDialog::setHistory);
    m_summary->setText(tr("Reading the build history…"));
    reload();
}

void CompareBuildsDialog::reload()
{
    if (m_explainer)
        m_explainer->loadHistory(m_input);
}

QString CompareBuildsDialog::buildLabel(const cache::HistoryBuild &b) const
{
    const int ran = int(std::count_if(b.actions.begin(), b.actions.end(),
                                      [](const cache::HistoryAction &a) { return a.ran(); }));
    return tr("%1 — %2 (ran %3 of %4)")
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.timeNs / 1'000'000),
                                QLocale::ShortFormat),
             b.command)
        .arg(ran)
        .arg(b.actions.size());
}

void CompareBuildsDialog::setHistory(const ModuleHistory &history)
{
    m_history = history;
    const QSignalBlocker e(m_earlier), l(m_later);
    m_earlier->clear();
    m_later->clear();
    for (qsizetype i = history.builds.size() - 1; i >= 0; --i) { // newest first
        const QString label = buildLabel(history.builds[i]);
        m_earlier->addItem(label, int(i));
        m_later->addItem(label, int(i));
    }
    if (!history.error.isEmpty()) {
        m_summary->setText(history.error);
    } else if (history.builds.size() < 2) {
        m_summary->setText(tr("The build history has %n build(s) of this module; build again "
                              "to compare two.",
                              nullptr, int(history.builds.size())));
    }
    if (history.builds.size() >= 2)
        selectBuilds(int(history.builds.size()) - 2, int(history.builds.size()) - 1);
    else
        compare();
}

void CompareBuildsDialog::selectBuilds(int earlier, int later)
{
    {
        const QSignalBlocker e(m_earlier), l(m_later);
        m_earlier->setCurrentIndex(m_earlier->findData(earlier));
        m_later->setCurrentIndex(m_later->findData(later));
    }
    compare();
}

void CompareBuildsDialog::setFilter(const QString &filter)
{
    m_filter->setCurrentIndex(m_filter->findData(filter));
    m_proxy->setFilterRegularExpression(filter.isEmpty() ? QString()
                                        : filter == QLatin1String("rebuilt")
                                            ? QStringLiteral("rebuilt:yes")
                                            : QStringLiteral("kind:") + filter +
                                                  QStringLiteral("\\b"));
}

void CompareBuildsDialog::compare()
{
    const int a = m_earlier->currentData().toInt(), b = m_later->currentData().toInt();
    if (m_earlier->currentIndex() < 0 || m_later->currentIndex() < 0 ||
        a >= m_history.builds.size() || b >= m_history.builds.size()) {
        m_model->setComparison({});
        m_diff->setPreimages({}, {});
        return;
    }
    const explain::BuildComparison c =
        explain::compareBuilds(m_history.builds[a], m_history.builds[b]);
    m_model->setComparison(c);
    m_summary->setText(tr("Actions: %1 added, %2 removed, %3 with changed inputs, %4 with the "
                          "same inputs; %5 ran in the later build.")
                           .arg(c.count(explain::CompareKind::Added))
                           .arg(c.count(explain::CompareKind::Removed))
                           .arg(c.count(explain::CompareKind::Changed))
                           .arg(c.count(explain::CompareKind::Same))
                           .arg(c.rebuiltAfter()));
    m_actions->resizeColumnToContents(int(BuildCompareModel::Column::Action));
    m_diff->setPreimages({}, {});
    m_actionLabel->setText(tr("Select an action to see its cache key inputs side by side."));
}

void CompareBuildsDialog::showActionDiff()
{
    const QModelIndex current = m_proxy->mapToSource(m_actions->currentIndex());
    if (!current.isValid()) {
        m_diff->setPreimages({}, {});
        return;
    }
    const explain::ActionComparison &a = m_model->action(current.row());
    m_diff->setPreimages(a.before.preimage, a.after.preimage);
    m_actionLabel->setText(tr("%1: %2").arg(a.key(), BuildCompareModel::kindText(a.kind)));
}

QString CompareBuildsDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace kiln::gui
