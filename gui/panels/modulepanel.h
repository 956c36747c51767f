// The module panel: the facts of the open module's go.mod (module path, go
// version, suggested toolchain, deprecation) and its directives table, or a
// located error when go.mod is missing or broken.
#pragma once

#include "controllers/moduleload.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace kiln::gui
{

class DirectivesModel;
class MessageBanner;
class ValueField;

class ModulePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ModulePanel(QWidget *parent = nullptr);

    void showLoading(const QString &dir);
    void showSnapshot(const ModuleSnapshot &snapshot);

    DirectivesModel *directivesModel() const { return m_directives; }

private:
    void showProblem(const ModuleSnapshot &snapshot);
    void setDeprecated(const QString &text);

    MessageBanner *m_banner;
    ValueField *m_folder;
    ValueField *m_modulePath;
    ValueField *m_goVersion;
    ValueField *m_toolchain;
    QLabel *m_deprecatedLabel;
    ValueField *m_deprecated;
    QLabel *m_summary;
    DirectivesModel *m_directives;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
};

} // namespace kiln::gui
