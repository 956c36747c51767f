#include "panels/modulepanel.h"

#include "models/directivesmodel.h"
#include "panels/messagebanner.h"
#include "panels/valuefield.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{

ValueField *addValueRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *field = new ValueField;
    field->setObjectName(objectName);
    form->addRow(label, field);
    return field;
}

} // namespace

ModulePanel::ModulePanel(QWidget *parent)
    : QWidget(parent), m_banner(new MessageBanner(this)), m_summary(new QLabel(this)),
      m_directives(new DirectivesModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTreeView(this))
{
    m_banner->setObjectName(QStringLiteral("moduleBanner"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_modulePath = addValueRow(form, tr("Module path:"), QStringLiteral("modulePathValue"));
    m_goVersion = addValueRow(form, tr("Go version:"), QStringLiteral("goVersionValue"));
    m_toolchain =
        addValueRow(form, tr("Suggested toolchain:"), QStringLiteral("suggestedToolchainValue"));
    m_deprecated = addValueRow(form, tr("Deprecated:"), QStringLiteral("deprecatedValue"));
    m_deprecatedLabel = qobject_cast<QLabel *>(form->labelForField(m_deprecated));
    m_folder = addValueRow(form, tr("Folder:"), QStringLiteral("moduleFolderValue"));
    m_modulePath->setToolTip(tr("The module line of go.mod: the prefix of every import path."));

    m_summary->setObjectName(QStringLiteral("directivesSummary"));
    m_summary->setWordWrap(true);
    m_proxy->setSourceModel(m_directives);
    m_view->setObjectName(QStringLiteral("directivesView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(int(DirectivesModel::Column::Module),
                                           QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    // Takes the space while the table is hidden (no directives), keeping the
    // summary under the form instead of at the bottom.
    layout->addStretch(0);
    setDeprecated({});
    showLoading({});
}

void ModulePanel::showLoading(const QString &dir)
{
    m_folder->setValue(dir);
    m_summary->setText(tr("Reading go.mod…"));
}

void ModulePanel::showSnapshot(const ModuleSnapshot &snapshot)
{
    const load::ModFile &mod = snapshot.parse.file;
    m_folder->setValue(snapshot.dir);
    m_modulePath->setValue(mod.module.path, tr("unknown"));
    m_goVersion->setValue(mod.goVersion, tr("no go line"));
    m_toolchain->setValue(mod.toolchain, tr("none"));
    setDeprecated(mod.deprecated);
    m_directives->setModFile(mod);
    const int rows = m_directives->rowCount();
    if (snapshot.problem == ModuleProblem::NoDirectory ||
        snapshot.problem == ModuleProblem::NoGoMod)
        m_summary->clear();
    else if (rows == 0)
        m_summary->setText(tr("go.mod has no require, replace or exclude directives."));
    else
        m_summary->setText(tr("Directives in go.mod: %1").arg(rows));
    m_view->setVisible(rows > 0);
    showProblem(snapshot);
}

void ModulePanel::showProblem(const ModuleSnapshot &snapshot)
{
    switch (snapshot.problem) {
    case ModuleProblem::None:
        m_banner->clear();
        break;
    case ModuleProblem::NoDirectory:
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The folder %1 does not exist.").arg(snapshot.dir));
        break;
    case ModuleProblem::NoGoMod:
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("This folder has no go.mod, so it is not a module root. Open "
                                 "the folder that contains go.mod."),
                              snapshot.errorText);
        break;
    case ModuleProblem::BadGoMod:
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("go.mod has errors. Kiln shows what it could read:"),
                              snapshot.errorText);
        break;
    }
}

void ModulePanel::setDeprecated(const QString &text)
{
    m_deprecated->setValue(text);
    m_deprecated->setVisible(!text.isEmpty());
    if (m_deprecatedLabel)
        m_deprecatedLabel->setVisible(!text.isEmpty());
}

} // namespace kiln::gui
