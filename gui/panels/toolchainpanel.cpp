#include "panels/toolchainpanel.h"

#include "models/goenvfiltermodel.h"
#include "models/goenvmodel.h"
#include "panels/messagebanner.h"
#include "panels/valuefield.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{

// goenv::describe()'s English words, marked for translation here so the
// panel follows core's wording and falls back to it if that ever changes.
[[maybe_unused]] const char *const sourceWords[] = {
    QT_TRANSLATE_NOOP("kiln::gui::ToolchainPanel", "the GOROOT setting"),
    QT_TRANSLATE_NOOP("kiln::gui::ToolchainPanel", "$GOROOT"),
    QT_TRANSLATE_NOOP("kiln::gui::ToolchainPanel", "go on PATH"),
    QT_TRANSLATE_NOOP("kiln::gui::ToolchainPanel", "the Debian golang-1.25-go package"),
};

ValueField *addValueRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *field = new ValueField;
    field->setObjectName(objectName);
    form->addRow(label, field);
    return field;
}

} // namespace

ToolchainPanel::ToolchainPanel(QWidget *parent)
    : QWidget(parent), m_banner(new MessageBanner(this)), m_filter(new QLineEdit(this)),
      m_changedOnly(new QCheckBox(tr("Changed only"), this)), m_summary(new QLabel(this)),
      m_model(new GoEnvModel(this)), m_proxy(new GoEnvFilterModel(this)),
      m_view(new QTreeView(this))
{
    m_banner->setObjectName(QStringLiteral("toolchainBanner"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_goroot = addValueRow(form, tr("GOROOT:"), QStringLiteral("gorootValue"));
    m_version = addValueRow(form, tr("Go version:"), QStringLiteral("toolchainVersionValue"));
    m_source = addValueRow(form, tr("Found via:"), QStringLiteral("gorootSourceValue"));
    m_goBinary = addValueRow(form, tr("go command:"), QStringLiteral("goBinaryValue"));

    m_filter->setObjectName(QStringLiteral("envFilter"));
    m_filter->setPlaceholderText(tr("Filter variables…"));
    m_filter->setClearButtonEnabled(true);
    m_changedOnly->setObjectName(QStringLiteral("envChangedOnly"));
    m_changedOnly->setToolTip(tr("Show only the variables that differ from go's defaults."));
    m_summary->setObjectName(QStringLiteral("envSummary"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_changedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setRows(on ? GoEnvFilterModel::Rows::ChangedOnly : GoEnvFilterModel::Rows::All);
    });

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("envView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(GoEnvModel::Column::Name), Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(GoEnvModel::Column::Value), QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideMiddle);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_changedOnly);
    filterRow->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    showLoading();
}

QString ToolchainPanel::describeSource(goenv::GorootSource source)
{
    const QByteArray words = goenv::describe(source).toUtf8();
    return QCoreApplication::translate("kiln::gui::ToolchainPanel", words.constData());
}

void ToolchainPanel::showLoading()
{
    m_summary->setText(tr("Looking for Go…"));
}

void ToolchainPanel::showSnapshot(const ToolchainSnapshot &snapshot)
{
    const goenv::Toolchain &tc = snapshot.toolchain;
    const QString none = snapshot.found ? QString() : tr("not found");
    m_goroot->setValue(tc.goroot, none);
    m_version->setValue(tc.version, none);
    m_source->setValue(snapshot.found ? describeSource(tc.source) : QString(), none);
    m_goBinary->setValue(tc.goBinary, none);
    m_model->setVariables(snapshot.env);
    const int changed = int(std::count_if(snapshot.env.cbegin(), snapshot.env.cend(),
                                          [](const goenv::EnvVar &v) { return v.changed; }));
    m_summary->setText(snapshot.envOk
                           ? tr("Variables: %1, changed: %2").arg(snapshot.env.size()).arg(changed)
                           : QString());
    showProblem(snapshot);
}

void ToolchainPanel::showProblem(const ToolchainSnapshot &snapshot)
{
    if (!snapshot.found) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("No Go toolchain found. Kiln needs Go 1.25 to show go env and "
                                 "to build."),
                              snapshot.toolchainError);
    } else if (!snapshot.envOk) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("go env could not be computed."),
                              snapshot.envError);
    } else {
        m_banner->clear();
    }
}

} // namespace kiln::gui
