#include "panels/sourceviewer.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kiln::gui
{

namespace
{

struct FileText {
    QString text;
    QString error;
};

// Worker thread.
FileText readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    return {QString::fromUtf8(file.readAll()), {}};
}

} // namespace

SourceViewer::SourceViewer(const QString &path, int line, int column, QWidget *parent)
    : QDialog(parent), m_path(path), m_line(line), m_column(column),
      m_view(new QPlainTextEdit(this)), m_location(new QLabel(this))
{
    setObjectName(QStringLiteral("sourceViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — Kiln").arg(QFileInfo(path).fileName()));
    resize(900, 600);
    m_location->setText(line > 0 ? tr("%1, line %2").arg(path).arg(line) : path);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setProperty("kilnValue", true);
    m_view->setObjectName(QStringLiteral("sourceView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setPlaceholderText(tr("Reading the file…"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *editor = buttons->addButton(tr("Open in Editor"), QDialogButtonBox::ActionRole);
    editor->setObjectName(QStringLiteral("openInEditor"));
    editor->setToolTip(tr("Open the file in the desktop's editor for its type."));
    connect(editor, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_location);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    auto *watcher = new QFutureWatcher<FileText>(this);
    connect(watcher, &QFutureWatcher<FileText>::finished, this, [this, watcher] {
        const FileText file = watcher->result();
        showText(file.text, file.error);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(readFile, path));
}

int SourceViewer::currentLine() const
{
    return m_view->textCursor().blockNumber() + 1;
}

void SourceViewer::showText(const QString &text, const QString &error)
{
    if (!error.isEmpty()) {
        m_view->setPlaceholderText(tr("Cannot read %1: %2").arg(m_path, error));
    } else {
        m_view->setPlainText(text);
        const QTextBlock block = m_view->document()->findBlockByNumber(qMax(0, m_line - 1));
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                            qBound(0, m_column - 1, qMax(0, block.length() - 1)));
        m_view->setTextCursor(cursor);
        QTextEdit::ExtraSelection line;
        line.format.setBackground(palette().color(QPalette::Highlight).lighter(170));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(block);
        m_view->setExtraSelections({line});
        m_view->centerCursor();
    }
    m_loaded = true;
    emit loaded();
}

} // namespace kiln::gui
