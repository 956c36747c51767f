#include "panels/prunecriteriaform.h"

#include "cache/cacheunits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSet>

namespace kiln::gui
{

namespace
{

// The combo's value: the data of the item shown, else the text typed.
QString comboValue(const QComboBox *combo)
{
    const int i = combo->currentIndex();
    if (i >= 0 && combo->itemText(i) == combo->currentText())
        return combo->itemData(i).toString();
    return combo->currentText().trimmed();
}

void selectValue(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (combo->isEditable())
        combo->setEditText(value);
}

// A duration as cacheunits.h reads it back: "5d1h" for go's rule, else the
// largest whole unit.
QString durationText(qint64 ns)
{
    if (ns == cache::goTrimAgeNs)
        return QStringLiteral("5d1h");
    const qint64 s = ns / 1000000000;
    for (const auto &[unit, secs] : {std::pair{'d', 86400LL}, {'h', 3600LL}, {'m', 60LL}})
        if (s > 0 && s % secs == 0)
            return QString::number(s / secs) + QLatin1Char(unit);
    return QString::number(s) + QLatin1Char('s');
}

} // namespace

PruneCriteriaForm::PruneCriteriaForm(const cache::CacheIndex &index, QWidget *parent)
    : QGroupBox(tr("What to prune"), parent)
{
    setObjectName(QStringLiteral("pruneCriteria"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_ageCheck = new QCheckBox(tr("Unused for longer than:"));
    m_ageCheck->setObjectName(QStringLiteral("pruneAgeCheck"));
    m_age = new QComboBox;
    m_age->setObjectName(QStringLiteral("pruneAge"));
    m_age->setEditable(true);
    for (const char *preset : {"5d1h", "1d", "7d", "30d", "90d"})
        m_age->addItem(QLatin1String(preset), QLatin1String(preset));
    m_age->setItemData(0,
                       tr("go's own rule: an entry unused for 5 days (plus the hour go may "
                          "be late in noting a use) is trimmed"),
                       Qt::ToolTipRole);
    m_age->setToolTip(tr("A duration such as 5d1h (go's own rule), 36h, 90m or 2w."));
    form->addRow(m_ageCheck, m_age);
    m_sizeCheck = new QCheckBox(tr("Total size at most:"));
    m_sizeCheck->setObjectName(QStringLiteral("pruneSizeCheck"));
    m_size = new QLineEdit(QStringLiteral("1G"));
    m_size->setObjectName(QStringLiteral("pruneSize"));
    m_size->setToolTip(tr("A size such as 500M or 2G; the least recently used entries go first."));
    form->addRow(m_sizeCheck, m_size);
    m_package = new QLineEdit;
    m_package->setObjectName(QStringLiteral("prunePackage"));
    m_package->setPlaceholderText(tr("any package, or a pattern such as example.com/m/..."));
    form->addRow(tr("Package:"), m_package);
    m_module = new QComboBox;
    m_module->setObjectName(QStringLiteral("pruneModule"));
    m_module->setEditable(true);
    form->addRow(tr("Module:"), m_module);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("pruneKind"));
    form->addRow(tr("Kind:"), m_kind);
    m_toolchain = new QComboBox;
    m_toolchain->setObjectName(QStringLiteral("pruneToolchain"));
    m_toolchain->setEditable(true);
    m_toolchain->setToolTip(tr("A version such as go1.25.12, or go1.24 for every go1.24.x."));
    form->addRow(tr("Toolchain:"), m_toolchain);
    m_selectionCheck = new QCheckBox(tr("Only the entries selected in the table"));
    m_selectionCheck->setEnabled(false);
    m_selectionCheck->setObjectName(QStringLiteral("pruneSelectionCheck"));
    form->addRow(QString(), m_selectionCheck);
    m_force = new QCheckBox(tr("Force: also remove entries used within the last hour"));
    m_force->setObjectName(QStringLiteral("pruneForce"));
    m_force->setToolTip(tr("go notes a use at most once an hour, so a build may be using such "
                           "an entry right now."));
    form->addRow(QString(), m_force);

    m_ageCheck->setChecked(true); // go's own rule until the user says otherwise
    for (QCheckBox *c : {m_ageCheck, m_sizeCheck, m_selectionCheck, m_force})
        connect(c, &QCheckBox::toggled, this, &PruneCriteriaForm::changed);
    for (QComboBox *c : {m_age, m_module, m_kind, m_toolchain})
        connect(c, &QComboBox::currentTextChanged, this, &PruneCriteriaForm::changed);
    for (QLineEdit *e : {m_size, m_package})
        connect(e, &QLineEdit::textChanged, this, &PruneCriteriaForm::changed);
    connect(m_age, &QComboBox::currentTextChanged, m_ageCheck,
            [this] { m_ageCheck->setChecked(true); });
    connect(m_size, &QLineEdit::textEdited, m_sizeCheck, [this] { m_sizeCheck->setChecked(true); });
    fillChoices(index);
}

void PruneCriteriaForm::fillChoices(const cache::CacheIndex &index)
{
    QSet<QString> modules, toolchains;
    for (const cache::CacheEntry &e : index.entries) {
        if (!e.module.isEmpty())
            modules.insert(e.module);
        if (!e.toolchain.isEmpty())
            toolchains.insert(e.toolchain);
    }
    auto fill = [this](QComboBox *combo, QStringList values) {
        std::sort(values.begin(), values.end());
        combo->addItem(tr("any"), QString());
        for (const QString &v : values)
            combo->addItem(v, v);
    };
    fill(m_module, modules.values());
    fill(m_toolchain, toolchains.values());
    fill(m_kind, {});
    for (const QString &kind : cache::kindNames())
        m_kind->addItem(kind, kind);
}

void PruneCriteriaForm::setCriteria(const cache::PruneCriteria &c)
{
    if (c.olderThanNs)
        m_age->setEditText(durationText(*c.olderThanNs));
    m_ageCheck->setChecked(c.olderThanNs.has_value());
    m_sizeCheck->setChecked(c.maxBytes.has_value());
    if (c.maxBytes)
        m_size->setText(QString::number(*c.maxBytes));
    m_package->setText(c.packages.join(QLatin1Char(' ')));
    selectValue(m_module, c.modules.value(0));
    selectValue(m_kind, c.kinds.isEmpty() ? QString() : cache::kindName(c.kinds.first()));
    selectValue(m_toolchain, c.toolchains.value(0));
    m_selection = c.selection;
    m_selectionCheck->setText(
        m_selection.isEmpty()
            ? tr("Only the entries selected in the table")
            : tr("Only the %1 entries selected in the table").arg(m_selection.size()));
    m_selectionCheck->setEnabled(!m_selection.isEmpty());
    m_selectionCheck->setChecked(!m_selection.isEmpty());
    m_force->setChecked(c.force == cache::PruneForce::Yes);
    emit changed();
}

std::expected<cache::PruneCriteria, QString> PruneCriteriaForm::criteria() const
{
    cache::PruneCriteria c;
    if (m_ageCheck->isChecked()) {
        auto age = cache::parseDurationNs(m_age->currentText().trimmed());
        if (!age)
            return std::unexpected(age.error().message);
        c.olderThanNs = *age;
    }
    if (m_sizeCheck->isChecked()) {
        auto size = cache::parseSizeBytes(m_size->text().trimmed());
        if (!size)
            return std::unexpected(size.error().message);
        c.maxBytes = *size;
    }
    c.packages = m_package->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (const QString m = comboValue(m_module); !m.isEmpty())
        c.modules = {m};
    if (const auto kind = cache::kindFromName(comboValue(m_kind)))
        c.kinds = {*kind};
    if (const QString t = comboValue(m_toolchain); !t.isEmpty())
        c.toolchains = {t};
    if (m_selectionCheck->isChecked())
        c.selection = m_selection;
    c.force = m_force->isChecked() ? cache::PruneForce::Yes : cache::PruneForce::No;
    return c;
}

} // namespace kiln::gui
