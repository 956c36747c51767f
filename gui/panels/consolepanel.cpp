#include "panels/consolepanel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{

// go's compiler and vet errors: "path/file.go:12:5: message" (column optional).
bool isErrorLine(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\S+\\.(go|s|c|h):\\d+(:\\d+)?: "));
    return re.match(line).hasMatch();
}

QTextCharFormat formatFor(OutputKind kind, const QString &line, const QPalette &palette)
{
    QTextCharFormat f;
    const QColor error(0xc0, 0x39, 0x2b);
    switch (kind) {
    case OutputKind::Info:
        f.setForeground(palette.color(QPalette::PlaceholderText));
        f.setFontItalic(true);
        break;
    case OutputKind::Build:
        if (line.startsWith(QLatin1String("# ")))
            f.setFontWeight(QFont::Bold);
        else if (isErrorLine(line) || line.startsWith(QLatin1String("go: ")))
            f.setForeground(error);
        break;
    case OutputKind::TestOut:
        // go test's FAIL lines and the testing package's failure reports.
        if (line.startsWith(QLatin1String("FAIL")) ||
            line.trimmed().startsWith(QLatin1String("--- FAIL")) ||
            line.startsWith(QLatin1String("panic: ")))
            f.setForeground(error);
        break;
    case OutputKind::ProgramErr:
        f.setForeground(error);
        break;
    case OutputKind::ProgramOut:
        break;
    }
    return f;
}

} // namespace

ConsolePanel::ConsolePanel(QWidget *parent)
    : QWidget(parent), m_view(new QPlainTextEdit(this)), m_clear(new QToolButton(this))
{
    m_view->setObjectName(QStringLiteral("consoleView"));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(MaxLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlaceholderText(tr("Build output and program output appear here."));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_clear->setObjectName(QStringLiteral("consoleClear"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the console."));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &ConsolePanel::clear);

    // The button sits beside the text, not above it: a bottom dock has width
    // to spare and no height.
    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_clear);
    side->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(side);
}

void ConsolePanel::append(const QString &text, OutputKind kind)
{
    if (text.isEmpty())
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    // Lines are formatted whole; text may end mid-line (program output).
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        if (!lines[i].isEmpty())
            cursor.insertText(lines[i], formatFor(kind, lines[i], palette()));
    }
    cursor.endEditBlock();
    if (atEnd)
        bar->setValue(bar->maximum());
}

void ConsolePanel::clear()
{
    m_view->clear();
}

QString ConsolePanel::text() const
{
    return m_view->toPlainText();
}

} // namespace kiln::gui
