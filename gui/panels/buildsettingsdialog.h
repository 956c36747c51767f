// The Build Settings dialog: -p, -tags, -trimpath, GOFLAGS, -gcflags and
// -ldflags for the builds the window starts, with the resulting go build
// flags previewed live. One -gcflags/-ldflags entry is edited here; several
// (made in the Flag Scopes panel) show read-only and are kept, as are the
// -asmflags entries. Opened with open() (no nested event loop); accepted
// values are saved to QSettings (see controllers/buildsettings.h) and
// reported by settingsChanged(). Its Test section (TestSettingsGroup)
// saves go test's flags with them.
#pragma once

#include "controllers/buildsettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kiln::gui
{

class BuildSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BuildSettingsDialog(QWidget *parent = nullptr);

    void setSettings(const BuildSettings &settings);
    BuildSettings settings() const;

signals:
    void settingsChanged(const kiln::gui::BuildSettings &settings);

private:
    void updatePreview();
    void showEntries(QLineEdit *edit, const QString &flag, const QStringList &entries);
    static QStringList entriesOf(const QLineEdit *edit, const QStringList &kept);

    QSpinBox *m_parallel;
    QLineEdit *m_tags;
    QCheckBox *m_trimpath;
    QLineEdit *m_goflags;
    QLineEdit *m_gcflags;
    QLineEdit *m_ldflags;
    QCheckBox *m_lowPriority;
    QLabel *m_preview;
    BuildSettings m_kept; // the entry lists the dialog does not edit
};

} // namespace kiln::gui
