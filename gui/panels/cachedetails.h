// The cache panel's details of the selected entry: its key and output ID,
// kind, package, module, toolchain, build ID (archives and executables),
// sizes, times, problem, and which action produced it — from Kiln's side
// index when Kiln ran that action (mode, package, flags, role), else how
// the entry was named from its bytes. Below, the output as text where it is
// text: a test output as go test replays it ("(cached)" in place of the
// elapsed time), a test log's inputs, a compiler's printed output, a
// srcfiles list. The output is read on a worker (at most 64 KiB; never
// through a symbolic link); every value is selectable.
#pragma once

#include "cache/cacheentry.h"
#include "controllers/jobtracker.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace kiln::gui
{

class ValueField;

struct EntryContent {
    QString key;   // whose content (hex key)
    QString title; // "" when the output is not text
    QString text;
};

class CacheDetails : public QWidget
{
    Q_OBJECT
public:
    explicit CacheDetails(SettleTracker *settle, QWidget *parent = nullptr);

    // Shows entry of the cache in dir; nullopt clears.
    void showEntry(const QString &dir, const std::optional<cache::CacheEntry> &entry, qint64 nowNs);

    QString fieldText(const QString &objectName) const;
    QString contentTitle() const;
    QString contentText() const;

    // The output as text (blocking: for workers): see the header comment.
    static EntryContent readContent(const QString &dir, const cache::CacheEntry &entry);
    // Which action produced entry, in words.
    static QString producedBy(const cache::CacheEntry &entry);

private:
    ValueField *addField(QFormLayout *form, const QString &label, const char *name);

    JobTracker<EntryContent> m_reads;
    QLabel *m_title;
    ValueField *m_key, *m_output, *m_kind, *m_package, *m_module, *m_toolchain, *m_buildId,
        *m_producedBy, *m_size, *m_saved, *m_used, *m_problem;
    QLabel *m_contentTitle;
    QPlainTextEdit *m_content;
    QString m_shownKey;
};

} // namespace kiln::gui
