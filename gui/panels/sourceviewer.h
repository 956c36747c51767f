// A read-only window on one source file at a problem's line: the file in a
// monospace view, the line highlighted, the cursor at the column; "Open in
// Editor" hands the file to the desktop's editor (which cannot be told the
// line). The file is
// read on a worker thread; until it arrives the view says so. Non-modal:
// opened with show(), deletes itself when closed.
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace kiln::gui
{

class SourceViewer : public QDialog
{
    Q_OBJECT
public:
    // line, column: 1-based; 0 = not given.
    SourceViewer(const QString &path, int line, int column, QWidget *parent = nullptr);

    QPlainTextEdit *view() const { return m_view; }
    bool isLoaded() const { return m_loaded; }
    // The 1-based line the cursor is on.
    int currentLine() const;

signals:
    void loaded();

private:
    void showText(const QString &text, const QString &error);

    QString m_path;
    int m_line, m_column;
    QPlainTextEdit *m_view;
    QLabel *m_location;
    bool m_loaded = false;
};

} // namespace kiln::gui
