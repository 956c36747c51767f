#include "panels/cachelocationbar.h"

#include "controllers/cachelocation.h"
#include "panels/valuefield.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace kiln::gui
{

CacheLocationBar::CacheLocationBar(CacheLocation *location, QWidget *parent)
    : QWidget(parent), m_location(location), m_path(new ValueField(this)),
      m_source(new QLabel(this)), m_choose(new QAction(tr("&Choose Cache Folder…"), this)),
      m_useGoEnv(new QAction(tr("&Use go env GOCACHE"), this))
{
    setObjectName(QStringLiteral("cacheLocationBar"));
    m_path->setObjectName(QStringLiteral("cacheDirValue"));
    m_source->setObjectName(QStringLiteral("cacheDirSource"));
    m_source->setEnabled(false);
    m_choose->setObjectName(QStringLiteral("chooseCacheDirAction"));
    m_choose->setStatusTip(tr("Show another Go build cache (any folder go uses as GOCACHE)."));
    m_useGoEnv->setObjectName(QStringLiteral("useGoEnvCacheAction"));
    m_useGoEnv->setStatusTip(tr("Show the cache the next build uses: go env GOCACHE."));
    connect(m_choose, &QAction::triggered, this, &CacheLocationBar::showChooseDialog);
    connect(m_useGoEnv, &QAction::triggered, location, &CacheLocation::useGoEnv);

    auto *label = new QLabel(tr("Cache:"), this);
    // Buttons with short texts for the menu's actions (a default action
    // would take the action's longer text back whenever it changes).
    auto button = [this](QAction *action, const QString &text, const char *name) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setText(text);
        b->setToolTip(action->statusTip());
        connect(b, &QToolButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, b, [b, action] { b->setEnabled(action->isEnabled()); });
        return b;
    };
    QToolButton *choose = button(m_choose, tr("Choose…"), "chooseCacheDirButton");
    QToolButton *useGoEnv = button(m_useGoEnv, tr("Use go env"), "useGoEnvCacheButton");
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_path, 1);
    layout->addWidget(m_source);
    layout->addWidget(choose);
    layout->addWidget(useGoEnv);
    connect(location, &CacheLocation::changed, this, &CacheLocationBar::refresh);
    refresh();
}

void CacheLocationBar::refresh()
{
    const bool chosen = m_location->source() == CacheLocation::Source::Chosen;
    if (!m_location->error().isEmpty())
        m_path->setValue({}, m_location->error());
    else
        m_path->setValue(m_location->dir(), tr("finding go env GOCACHE…"));
    m_source->setText(chosen ? tr("(chosen)") : tr("(go env GOCACHE)"));
    m_source->setToolTip(
        chosen ? tr("A folder you chose; go env GOCACHE is %1.").arg(m_location->goEnvDir())
               : tr("The cache of the build environment: what go env GOCACHE "
                    "says for the open module and the build settings."));
    m_useGoEnv->setEnabled(chosen);
}

void CacheLocationBar::showChooseDialog()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Go Build Cache"), m_location->dir());
    dialog->setObjectName(QStringLiteral("chooseCacheDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_location, &CacheLocation::choose);
    dialog->open();
}

QString CacheLocationBar::pathText() const
{
    return m_path->text().isEmpty() ? m_path->placeholderText() : m_path->text();
}

QString CacheLocationBar::sourceText() const
{
    return m_source->text();
}

} // namespace kiln::gui
