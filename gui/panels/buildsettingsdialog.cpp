#include "panels/buildsettingsdialog.h"

#include "flags/flagscope.h"
#include "panels/testsettingsgroup.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace kiln::gui
{

namespace
{

QLineEdit *makeEdit(const char *objectName, const QString &placeholder, const QString &toolTip)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

BuildSettingsDialog::BuildSettingsDialog(QWidget *parent)
    : QDialog(parent), m_parallel(new QSpinBox), m_tags(makeEdit("tagsEdit", tr("none"),
                                                                 tr("Build tags, comma "
                                                                    "separated (-tags)."))),
      m_trimpath(new QCheckBox(tr("Remove file system paths from the results (-trimpath)"))),
      m_goflags(makeEdit("goflagsEdit", tr("as in the environment"),
                         tr("GOFLAGS for the build; empty keeps the environment's value."))),
      m_gcflags(makeEdit("gcflagsEdit", tr("none, e.g. all=-N -l"),
                         tr("Compiler flags (-gcflags), optionally scoped: pattern=flags."))),
      m_ldflags(makeEdit("ldflagsEdit", tr("none, e.g. -s -w"),
                         tr("Linker flags (-ldflags), optionally scoped: pattern=flags."))),
      m_lowPriority(new QCheckBox(tr("Build at low CPU priority (keeps Kiln responsive)"))),
      m_preview(new QLabel)
{
    setObjectName(QStringLiteral("buildSettingsDialog"));
    setWindowTitle(tr("Build Settings"));
    m_parallel->setObjectName(QStringLiteral("parallelSpin"));
    m_parallel->setRange(0, 256);
    m_parallel->setSpecialValueText(
        tr("default (%1, the number of CPUs)").arg(QThread::idealThreadCount()));
    m_parallel->setToolTip(tr("How many actions run at once (-p)."));
    m_trimpath->setObjectName(QStringLiteral("trimpathCheck"));
    m_lowPriority->setObjectName(QStringLiteral("lowPriorityCheck"));
    m_lowPriority->setToolTip(tr("Runs the compiler and linker with a raised nice value, so the "
                                 "window stays smooth while they use every CPU. Not a go flag: "
                                 "the results are the same."));
    m_preview->setObjectName(QStringLiteral("flagsPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setProperty("kilnValue", true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Parallel actions (-p):"), m_parallel);
    form->addRow(tr("Build tags (-tags):"), m_tags);
    form->addRow(QString(), m_trimpath);
    form->addRow(tr("GOFLAGS:"), m_goflags);
    form->addRow(tr("Compiler flags (-gcflags):"), m_gcflags);
    form->addRow(tr("Linker flags (-ldflags):"), m_ldflags);
    form->addRow(QString(), m_lowPriority);
    form->addRow(tr("go build flags:"), m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(BuildSettings{}); });
    connect(this, &QDialog::accepted, this, [this] {
        const BuildSettings s = settings();
        s.save();
        emit settingsChanged(s);
    });
    for (QLineEdit *e : {m_tags, m_goflags, m_gcflags, m_ldflags})
        connect(e, &QLineEdit::textChanged, this, &BuildSettingsDialog::updatePreview);
    connect(m_parallel, &QSpinBox::valueChanged, this, &BuildSettingsDialog::updatePreview);
    connect(m_trimpath, &QCheckBox::toggled, this, &BuildSettingsDialog::updatePreview);

    auto *tests = new TestSettingsGroup(this);
    connect(this, &QDialog::accepted, tests, [tests] { tests->settings().save(); });
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, tests,
            [tests] { tests->setSettings(TestSettings{}); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tests);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    setSettings(BuildSettings::load());
}

// One entry is edited here; several (from the Flag Scopes panel) are shown
// read-only as their go build arguments and kept as they are.
void BuildSettingsDialog::showEntries(QLineEdit *edit, const QString &flag,
                                      const QStringList &entries)
{
    const bool single = entries.size() <= 1;
    edit->setReadOnly(!single);
    edit->setClearButtonEnabled(single);
    if (single) {
        edit->setText(entries.value(0));
        return;
    }
    QStringList args;
    for (const QString &e : entries)
        args.append(flag + QLatin1Char('=') + e);
    edit->setText(flags::shellCommandLine(args));
    edit->setToolTip(
        tr("%1 entries: edit them in the Flag Scopes panel (View menu).").arg(entries.size()));
}

QStringList BuildSettingsDialog::entriesOf(const QLineEdit *edit, const QStringList &kept)
{
    if (edit->isReadOnly())
        return kept;
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QStringList() : QStringList{text};
}

void BuildSettingsDialog::setSettings(const BuildSettings &s)
{
    m_parallel->setValue(s.parallel);
    m_tags->setText(s.tags);
    m_trimpath->setChecked(s.trimpath);
    m_goflags->setText(s.goflags);
    m_kept = s;
    showEntries(m_gcflags, QStringLiteral("-gcflags"), s.gcflags);
    showEntries(m_ldflags, QStringLiteral("-ldflags"), s.ldflags);
    m_lowPriority->setChecked(s.lowPriority);
    updatePreview();
}

BuildSettings BuildSettingsDialog::settings() const
{
    BuildSettings s;
    s.parallel = m_parallel->value();
    s.tags = m_tags->text();
    s.trimpath = m_trimpath->isChecked();
    s.goflags = m_goflags->text();
    s.gcflags = entriesOf(m_gcflags, m_kept.gcflags);
    s.asmflags = m_kept.asmflags;
    s.ldflags = entriesOf(m_ldflags, m_kept.ldflags);
    s.lowPriority = m_lowPriority->isChecked();
    return s;
}

void BuildSettingsDialog::updatePreview()
{
    const BuildSettings s = settings();
    const QStringList args = s.buildArguments();
    QString text = args.isEmpty() ? tr("(none)") : flags::shellCommandLine(args);
    if (!s.goflags.trimmed().isEmpty())
        text = flags::shellQuote(QStringLiteral("GOFLAGS=") + s.goflags.trimmed()) +
               QLatin1Char(' ') + text;
    m_preview->setText(text);
}

} // namespace kiln::gui
