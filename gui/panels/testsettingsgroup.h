// The Test section of the Build Settings dialog: go test's -run, -short,
// -count=1, -v, -timeout and -vet=off for the window's Test command (see
// controllers/testsettings.h), with the resulting go test flags previewed
// live. The dialog saves it with the build settings (save()).
#pragma once

#include "controllers/testsettings.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace kiln::gui
{

class TestSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit TestSettingsGroup(QWidget *parent = nullptr);

    void setSettings(const TestSettings &settings);
    TestSettings settings() const;

private:
    void updatePreview();

    QLineEdit *m_run;
    QCheckBox *m_short;
    QCheckBox *m_noCache;
    QCheckBox *m_verbose;
    QLineEdit *m_timeout;
    QCheckBox *m_vetOff;
    QLabel *m_preview;
};

} // namespace kiln::gui
