// The packages view: the module's package folders as a tree (main packages
// marked), filterable by any column's text and sortable by column.
#pragma once

#include "controllers/moduleload.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace kiln::gui
{

class PackageTreeModel;

class PackagePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PackagePanel(QWidget *parent = nullptr);

    void showLoading();
    void showSnapshot(const ModuleSnapshot &snapshot);

    PackageTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }

private:
    void updateSummary();

    QLineEdit *m_filter;
    QLabel *m_summary;
    PackageTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
};

} // namespace kiln::gui
