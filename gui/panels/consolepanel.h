// The console: what a build prints, as go prints it — Kiln's "$ go build …"
// line, go's warnings and "# pkg" reports (the report line in bold, compiler
// errors "file:line:col: …" in the error colour), go test's output (its
// FAIL lines in the error colour) — and a Run's program output (stderr in
// the error colour). Read-only, selectable, monospace; a
// new build clears it; the oldest lines go beyond MaxLines.
#pragma once

#include "controllers/buildrun.h"

#include <QWidget>

class QPlainTextEdit;
class QToolButton;

namespace kiln::gui
{

class ConsolePanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxLines = 50000;

    explicit ConsolePanel(QWidget *parent = nullptr);

    void append(const QString &text, OutputKind kind);
    void clear();
    QString text() const;
    QPlainTextEdit *view() const { return m_view; }

private:
    QPlainTextEdit *m_view;
    QToolButton *m_clear;
};

} // namespace kiln::gui
