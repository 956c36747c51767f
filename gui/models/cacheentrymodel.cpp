#include "models/cacheentrymodel.h"

#include "controllers/cachecontroller.h"
#include "models/cachegrouping.h"
#include "models/cachetext.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace kiln::gui
{

CacheEntryModel::CacheEntryModel(CacheController *cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache), m_rows(int(cache->index().entries.size()))
{
    connect(cache, &CacheController::aboutToReset, this, [this] { beginResetModel(); });
    connect(cache, &CacheController::resetDone, this, [this] {
        m_rows = int(m_cache->index().entries.size());
        endResetModel();
    });
    connect(cache, &CacheController::entriesAboutToBeAppended, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(cache, &CacheController::entriesAppended, this, [this](int, int last) {
        m_rows = last + 1;
        endInsertRows();
    });
}

const cache::CacheEntry &CacheEntryModel::entry(int row) const
{
    return m_cache->index().entries.at(row);
}

int CacheEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CacheEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CacheEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const cache::CacheEntry &e = entry(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, column);
    case SortRole:
        return sortValue(e, column);
    case EntryRole:
        return index.row();
    case Qt::ToolTipRole:
        return toolTip(e, column);
    case Qt::DecorationRole:
        if (column == Column::Kind && !e.ok())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == Column::Key) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        return {};
    default:
        return {};
    }
}

QVariant CacheEntryModel::display(const cache::CacheEntry &e, Column column) const
{
    switch (column) {
    case Column::Kind:
        return CacheText::kindWord(e.kind);
    case Column::Package:
        return e.packagePath;
    case Column::Size:
        return CacheText::bytes(entryBytes(e));
    case Column::LastUsed:
        return CacheText::age(m_cache->scanTimeNs(), e.lastUseNs());
    case Column::Saved:
        return CacheText::age(m_cache->scanTimeNs(), e.putNanos);
    case Column::Toolchain:
        return e.toolchain;
    case Column::Module:
        return e.module;
    case Column::Key:
        return CacheText::shortKey(e.key);
    case Column::Count:
        break;
    }
    return {};
}

QVariant CacheEntryModel::sortValue(const cache::CacheEntry &e, Column column) const
{
    switch (column) {
    case Column::Size:
        return entryBytes(e);
    case Column::LastUsed:
        return e.lastUseNs();
    case Column::Saved:
        return e.putNanos;
    case Column::Key:
        return QString::fromLatin1(digestHex(e.key));
    default:
        return display(e, column);
    }
}

QVariant CacheEntryModel::toolTip(const cache::CacheEntry &e, Column column) const
{
    switch (column) {
    case Column::Kind:
        return e.ok() ? CacheText::kindToolTip(e.kind)
                      : tr("%1\nProblem: %2").arg(CacheText::kindToolTip(e.kind), e.problem);
    case Column::Size:
        return tr("%1 bytes: the index file (-a) and its output (-d)").arg(entryBytes(e));
    case Column::LastUsed:
        return CacheText::dateTime(e.lastUseNs());
    case Column::Saved:
        return CacheText::dateTime(e.putNanos);
    case Column::Key:
        return QString::fromLatin1(digestHex(e.key));
    default:
        return {};
    }
}

QVariant CacheEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Column::Kind:
            return tr("Kind");
        case Column::Package:
            return tr("Package");
        case Column::Size:
            return tr("Size");
        case Column::LastUsed:
            return tr("Last Used");
        case Column::Saved:
            return tr("Saved");
        case Column::Toolchain:
            return tr("Toolchain");
        case Column::Module:
            return tr("Module");
        case Column::Key:
            return tr("Key");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::Kind:
            return tr("What go stored, in go's words.");
        case Column::LastUsed:
            return tr("When a build last used the entry (go refreshes this at most hourly).");
        case Column::Saved:
            return tr("When go (or Kiln) wrote the entry.");
        case Column::Key:
            return tr("The action ID the entry is stored under (its -a file's name).");
        default:
            return {};
        }
    }
    return {};
}

} // namespace kiln::gui
