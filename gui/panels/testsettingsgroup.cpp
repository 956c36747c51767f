#include "panels/testsettingsgroup.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kiln::gui
{

TestSettingsGroup::TestSettingsGroup(QWidget *parent)
    : QGroupBox(tr("Test (go test)"), parent), m_run(new QLineEdit(this)),
      m_short(new QCheckBox(tr("Tell long tests to shorten their run (-short)"), this)),
      m_noCache(
          new QCheckBox(tr("Run the tests even when a cached result exists (-count=1)"), this)),
      m_verbose(new QCheckBox(tr("List every test and its output, passing ones too (-v)"), this)),
      m_timeout(new QLineEdit(this)),
      m_vetOff(new QCheckBox(tr("Do not run go vet before the tests (-vet=off)"), this)),
      m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("testSettingsGroup"));
    m_run->setObjectName(QStringLiteral("testRunEdit"));
    m_run->setPlaceholderText(tr("every test, e.g. ^TestParse$"));
    m_run->setToolTip(tr("Run only the tests whose names match this regular expression (-run)."));
    m_run->setClearButtonEnabled(true);
    m_short->setObjectName(QStringLiteral("testShortCheck"));
    m_noCache->setObjectName(QStringLiteral("testNoCacheCheck"));
    m_noCache->setToolTip(tr("go replays a passing result when the test binary, its arguments, "
                             "the environment variables and files it read are unchanged; "
                             "-count=1 turns that off."));
    m_verbose->setObjectName(QStringLiteral("testVerboseCheck"));
    m_verbose->setToolTip(tr("Without -v, go test shows only failing tests; the Tests panel "
                             "then lists only those."));
    m_timeout->setObjectName(QStringLiteral("testTimeoutEdit"));
    m_timeout->setPlaceholderText(tr("10m (go's default)"));
    m_timeout->setToolTip(tr("Fail a test binary that runs longer than this (-timeout), "
                             "as go writes durations: 30s, 5m, 1h30m."));
    m_timeout->setClearButtonEnabled(true);
    m_vetOff->setObjectName(QStringLiteral("testVetOffCheck"));
    m_preview->setObjectName(QStringLiteral("testFlagsPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setProperty("kilnValue", true);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Tests to run (-run):"), m_run);
    form->addRow(QString(), m_short);
    form->addRow(QString(), m_noCache);
    form->addRow(QString(), m_verbose);
    form->addRow(tr("Timeout (-timeout):"), m_timeout);
    form->addRow(QString(), m_vetOff);
    form->addRow(tr("go test flags:"), m_preview);

    for (QLineEdit *e : {m_run, m_timeout})
        connect(e, &QLineEdit::textChanged, this, &TestSettingsGroup::updatePreview);
    for (QCheckBox *c : {m_short, m_noCache, m_verbose, m_vetOff})
        connect(c, &QCheckBox::toggled, this, &TestSettingsGroup::updatePreview);
    setSettings(TestSettings::load());
}

void TestSettingsGroup::setSettings(const TestSettings &s)
{
    m_run->setText(s.run);
    m_short->setChecked(s.shortMode);
    m_noCache->setChecked(s.noCache);
    m_verbose->setChecked(s.verbose);
    m_timeout->setText(s.timeout);
    m_vetOff->setChecked(s.vetOff);
    updatePreview();
}

TestSettings TestSettingsGroup::settings() const
{
    TestSettings s;
    s.run = m_run->text();
    s.shortMode = m_short->isChecked();
    s.noCache = m_noCache->isChecked();
    s.verbose = m_verbose->isChecked();
    s.timeout = m_timeout->text();
    s.vetOff = m_vetOff->isChecked();
    return s;
}

void TestSettingsGroup::updatePreview()
{
    QStringList args = settings().testArguments();
    for (QString &a : args)
        if (a.contains(QLatin1Char(' ')))
            a = a.section(QLatin1Char('='), 0, 0) + QStringLiteral("='") +
                a.section(QLatin1Char('='), 1) + QLatin1Char('\'');
    m_preview->setText(args.isEmpty() ? tr("(none)") : args.join(QLatin1Char(' ')));
}

} // namespace kiln::gui
