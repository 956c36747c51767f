#include "panels/rebuildreasonview.h"

#include "models/rebuildstyle.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <QTextBlock>

namespace kiln::gui
{

namespace
{

QString when(qint64 ns)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ns / 1'000'000), QLocale::ShortFormat);
}

} // namespace

RebuildReasonView::RebuildReasonView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("rebuildText"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setExplanation(std::nullopt);
}

QString RebuildReasonView::textFor(const explain::ActionExplanation &e)
{
    using explain::LineCategory;
    QStringList out;
    out << RebuildStyle::text(e.verdict) + QStringLiteral(" — ") + RebuildStyle::toolTip(e.verdict);
    if (e.previousBuild > 0)
        out << tr("Compared with the build of %1.").arg(when(e.previousBuild));
    for (const explain::LineChange &c : e.changes)
        if (c.category != LineCategory::Dependency)
            out << QStringLiteral("  %1 %2: %3")
                       .arg(RebuildStyle::categoryText(c.category), c.subject, c.detail);
    if (!e.dependencies.isEmpty())
        out << (e.verdict == explain::RebuildVerdict::EarlyCutoff
                    ? tr("Dependencies rebuilt to the same content ID: %1")
                    : tr("Dependencies with new content IDs: %1"))
                   .arg(e.dependencies.join(QStringLiteral(", ")));
    if (!e.rootCauses.isEmpty() && e.verdict != explain::RebuildVerdict::New &&
        e.verdict != explain::RebuildVerdict::Unchanged)
        out << tr("Root causes: %1").arg(e.rootCauses.join(QStringLiteral(", ")));
    if (e.previousBuild > 0 && !e.previousPreimage.isEmpty()) {
        out << QString() << tr("Cache key inputs against the previous build:");
        for (const explain::AlignedLine &row :
             explain::alignPreimages(e.previousPreimage, e.preimage)) {
            switch (row.kind) {
            case explain::LineDiff::Same:
                out << QStringLiteral("  ") + QString::fromUtf8(row.after);
                break;
            case explain::LineDiff::Changed:
                out << QStringLiteral("- ") + QString::fromUtf8(row.before)
                    << QStringLiteral("+ ") + QString::fromUtf8(row.after);
                break;
            case explain::LineDiff::Removed:
                out << QStringLiteral("- ") + QString::fromUtf8(row.before);
                break;
            case explain::LineDiff::Added:
                out << QStringLiteral("+ ") + QString::fromUtf8(row.after);
                break;
            }
        }
    }
    return out.join(QLatin1Char('\n'));
}

void RebuildReasonView::setExplanation(const std::optional<explain::ActionExplanation> &e,
                                       const QString &unexplainedWhy)
{
    setExtraSelections({});
    if (!e) {
        clear();
        setPlaceholderText(unexplainedWhy.isEmpty() ? RebuildStyle::unknownToolTip()
                                                    : unexplainedWhy);
        return;
    }
    setPlainText(textFor(*e));
    // Tint the diff's removed and added lines (the text says it too).
    QList<QTextEdit::ExtraSelection> marks;
    const QColor removed = QColor(0xd6, 0x45, 0x3d, 60), added = QColor(0x21, 0x96, 0x53, 60);
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        const QString t = b.text();
        if (!t.startsWith(QLatin1String("- ")) && !t.startsWith(QLatin1String("+ ")))
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(b);
        s.format.setBackground(t.startsWith(QLatin1Char('-')) ? removed : added);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(s);
    }
    setExtraSelections(marks);
}

} // namespace kiln::gui
