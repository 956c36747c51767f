#include "panels/cachedetails.h"

#include "models/cachegrouping.h"
#include "models/cachetext.h"
#include "panels/valuefield.h"
#include "test/testcachekey.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{
constexpr qint64 maxTextBytes = 64 * 1024;

bool isText(cache::EntryKind kind)
{
    using K = cache::EntryKind;
    return kind == K::TestOutput || kind == K::TestLog || kind == K::Stdout ||
           kind == K::SourceList || kind == K::CgoOutput || kind == K::Unknown;
}
} // namespace

CacheDetails::CacheDetails(SettleTracker *settle, QWidget *parent)
    : QWidget(parent), m_reads(this, settle), m_title(new QLabel(this)),
      m_contentTitle(new QLabel(this)), m_content(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("cacheDetails"));
    m_title->setObjectName(QStringLiteral("cacheDetailsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = addField(form, tr("Kind:"), "kindValue");
    m_package = addField(form, tr("Package:"), "packageValue");
    m_producedBy = addField(form, tr("Produced by:"), "producedByValue");
    m_buildId = addField(form, tr("Build ID:"), "buildIdValue");
    m_toolchain = addField(form, tr("Toolchain:"), "toolchainValue");
    m_module = addField(form, tr("Module:"), "moduleValue");
    m_size = addField(form, tr("Size:"), "sizeValue");
    m_saved = addField(form, tr("Saved:"), "savedValue");
    m_used = addField(form, tr("Last used:"), "lastUsedValue");
    m_key = addField(form, tr("Key:"), "keyValue");
    m_output = addField(form, tr("Output ID:"), "outputIdValue");
    m_problem = addField(form, tr("Problem:"), "problemValue");
    for (ValueField *f : {m_key, m_output, m_buildId})
        f->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_contentTitle->setObjectName(QStringLiteral("cacheContentTitle"));
    m_content->setObjectName(QStringLiteral("cacheContent"));
    m_content->setReadOnly(true);
    m_content->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_content->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_content->setTabStopDistance(QFontMetricsF(m_content->font()).horizontalAdvance(u' ') *
                                  8); // go's tabs
    // The fields scroll when the pane is short, so the entry table above
    // keeps its rows; the output's text takes what is left.
    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_title);
    fieldsLayout->addLayout(form);
    fieldsLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("cacheDetailsScroll"));
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll, 2);
    layout->addWidget(m_contentTitle);
    layout->addWidget(m_content, 1);
    showEntry({}, std::nullopt, 0);
}

ValueField *CacheDetails::addField(QFormLayout *form, const QString &label, const char *name)
{
    auto *field = new ValueField(this);
    field->setObjectName(QLatin1String(name));
    form->addRow(label, field);
    return field;
}

void CacheDetails::showEntry(const QString &dir, const std::optional<cache::CacheEntry> &entry,
                             qint64 nowNs)
{
    if (!entry) {
        m_shownKey.clear();
        m_title->setText(tr("Select an entry to see what it is and where it came from."));
        for (ValueField *f : {m_key, m_output, m_kind, m_package, m_module, m_toolchain, m_buildId,
                              m_producedBy, m_size, m_saved, m_used, m_problem})
            f->setValue({});
        m_contentTitle->hide();
        m_content->hide();
        return;
    }
    const cache::CacheEntry &e = *entry;
    m_shownKey = QString::fromLatin1(digestHex(e.key));
    m_title->setText(e.origin == cache::EntryOrigin::OrphanOutput
                         ? tr("An output no index entry names (an orphan)")
                         : tr("Index entry %1").arg(CacheText::shortKey(e.key)));
    m_kind->setValue(CacheText::kindWord(e.kind));
    m_kind->setToolTip(CacheText::kindToolTip(e.kind));
    m_package->setValue(e.packagePath, tr("unknown"));
    m_module->setValue(e.module, tr("unknown"));
    m_toolchain->setValue(e.toolchain, tr("unknown"));
    m_buildId->setValue(e.buildID, tr("none"));
    m_producedBy->setValue(producedBy(e));
    m_size->setValue(tr("%1 (index %2 B, output %3 B; %4 on disk)")
                         .arg(CacheText::bytes(entryBytes(e)))
                         .arg(e.indexBytes)
                         .arg(e.outputBytes)
                         .arg(CacheText::bytes(e.indexDiskBytes + e.outputDiskBytes)));
    m_saved->setValue(e.putNanos > 0 ? tr("%1 (%2)").arg(CacheText::dateTime(e.putNanos),
                                                         CacheText::age(nowNs, e.putNanos))
                                     : QString(),
                      tr("unknown"));
    m_used->setValue(tr("%1 (%2)").arg(CacheText::dateTime(e.lastUseNs()),
                                       CacheText::age(nowNs, e.lastUseNs())));
    m_key->setValue(m_shownKey);
    m_output->setValue(QString::fromLatin1(digestHex(e.outputID)));
    m_problem->setValue(e.problem, tr("none"));
    m_contentTitle->hide();
    m_content->hide();
    m_content->clear();
    if (!isText(e.kind) || e.outputState != cache::FileState::Regular)
        return;
    m_reads.start([dir, e] { return readContent(dir, e); },
                  [this](const EntryContent &content) {
                      if (content.key != m_shownKey || content.title.isEmpty())
                          return;
                      m_contentTitle->setText(content.title);
                      m_content->setPlainText(content.text);
                      m_contentTitle->show();
                      m_content->show();
                  });
}

QString CacheDetails::producedBy(const cache::CacheEntry &e)
{
    if (e.namedBy == cache::NamedBy::SideIndex) {
        QString text = tr("Kiln's %1 action for %2").arg(e.mode, e.packagePath);
        if (!e.detail.isEmpty() && e.detail != cache::kindName(e.kind)) // link-stdout …
            text += tr(" (its %1)").arg(e.detail);
        if (!e.flags.isEmpty())
            text += tr("; flags: %1").arg(e.flags);
        return text;
    }
    if (e.kind == cache::EntryKind::Archive)
        return tr("not recorded by Kiln (go's build); package path from the export data");
    return tr("not recorded by Kiln; named from the output's bytes");
}

EntryContent CacheDetails::readContent(const QString &dir, const cache::CacheEntry &e)
{
    EntryContent out;
    out.key = QString::fromLatin1(digestHex(e.key));
    if (e.outputState != cache::FileState::Regular)
        return out;
    QFile f(cache::entryFileName(dir, e.outputID, 'd'));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray data = f.read(maxTextBytes);
    const bool whole = f.size() <= maxTextBytes;
    if (e.kind == cache::EntryKind::TestOutput) {
        const auto replayed = whole ? test::cachedOutputForPrint(data) : std::nullopt;
        out.title = replayed ? tr("Replayed output (what go test prints for a cache hit):")
                             : tr("Saved output (go test would not replay it):");
        out.text = QString::fromUtf8(replayed ? *replayed : data);
        return out;
    }
    out.title =
        whole ? tr("Content:") : tr("Content (the first %1):").arg(CacheText::bytes(maxTextBytes));
    out.text = data.isEmpty() ? tr("(empty)") : QString::fromUtf8(data);
    return out;
}

QString CacheDetails::fieldText(const QString &objectName) const
{
    const auto *f = findChild<ValueField *>(objectName);
    return f ? f->text() : QString();
}

QString CacheDetails::contentTitle() const
{
    return m_content->isVisibleTo(this) ? m_contentTitle->text() : QString();
}

QString CacheDetails::contentText() const
{
    return m_content->isVisibleTo(this) ? m_content->toPlainText() : QString();
}

} // namespace kiln::gui
