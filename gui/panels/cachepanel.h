// The Cache view: what is in a GOCACHE and what it costs. From the top: the
// cache's folder (CacheLocationBar), a search field, the grouping (package,
// module, kind, toolchain) and Rescan / Prune…; the scan's or prune's
// progress with Stop, or what the scan found (CacheActivityBar); a banner
// when the folder is not a Go cache (the core's message). Left, the groups
// with their entry counts, bytes and shares, and a bar chart of the largest
// groups' sizes; right, the entries (CacheEntryModel through
// CacheFilterModel: the selected group and the search) and the selected
// entry's details (CacheDetails). Clicking a bar or a group shows its
// entries; the context menus prune a group or the selected entries.
//
// Every prune opens the PruneDialog, a dry run first; the prune itself runs
// in the background (PruneController).
#pragma once

#include "cache/pruneplan.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;

namespace kiln::gui
{

class CacheActivityBar;
class CacheController;
class CacheDetails;
class CacheEntryModel;
class CacheFilterModel;
class CacheGroupModel;
class CacheLocation;
class CacheLocationBar;
class MessageBanner;
class PruneController;
class PruneDialog;
class SettleTracker;
class SizeChart;

class CachePanel : public QWidget
{
    Q_OBJECT
public:
    CachePanel(CacheController *cache, PruneController *prune, CacheLocation *location,
               SettleTracker *settle, QWidget *parent = nullptr);

    // Opens the prune dialog with criteria filled in (window modal, open()).
    PruneDialog *openPruneDialog(const cache::PruneCriteria &criteria);
    // Prune… : the age of go's own rule preset.
    PruneDialog *openPruneDialog();

    QAction *rescanAction() const { return m_rescan; }
    QAction *pruneAction() const { return m_prune; }
    QAction *pruneSelectionAction() const { return m_pruneSelection; }
    QAction *pruneGroupAction() const { return m_pruneGroup; }
    QAction *findAction() const { return m_find; }
    CacheLocationBar *locationBar() const { return m_locationBar; }
    CacheActivityBar *activityBar() const { return m_activity; }
    MessageBanner *banner() const { return m_banner; }
    CacheEntryModel *entryModel() const { return m_entries; }
    CacheFilterModel *filterModel() const { return m_filter; }
    CacheGroupModel *groupModel() const { return m_groups; }
    QTableView *entryView() const { return m_entryView; }
    QTableView *groupView() const { return m_groupView; }
    QComboBox *groupingCombo() const { return m_grouping; }
    QLineEdit *searchField() const { return m_search; }
    SizeChart *chart() const { return m_chart; }
    CacheDetails *details() const { return m_details; }

    // Shows only the entries of the group with this key ("" the unnamed).
    void selectGroup(const QString &key);
    // Keys of the entries selected in the table.
    QList<Digest> selectedKeys() const;

private:
    QWidget *createTopBar();
    void createActions();
    void setupViews();
    void updateChart();
    void updateState();
    void showCurrentEntry();
    void groupActivated(const QModelIndex &index);
    void currentGroupChanged();
    QString currentGroupKey() const;

    CacheController *m_cache;
    PruneController *m_pruner;
    CacheEntryModel *m_entries;
    CacheFilterModel *m_filter;
    CacheGroupModel *m_groups;
    CacheLocationBar *m_locationBar;
    CacheActivityBar *m_activity;
    MessageBanner *m_banner;
    QLineEdit *m_search;
    QComboBox *m_grouping;
    QTableView *m_groupView;
    QTableView *m_entryView;
    SizeChart *m_chart;
    CacheDetails *m_details;
    QAction *m_rescan = nullptr, *m_prune = nullptr, *m_pruneSelection = nullptr,
            *m_pruneGroup = nullptr, *m_find = nullptr, *m_allGroups = nullptr;
};

} // namespace kiln::gui
