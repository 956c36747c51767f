// The prune dialog's "What to prune" fields, as core/cache's criteria
// (pruneplan.h): an age (go's own 5d1h rule preset, or any duration such as
// 36h, 90m, 2w), a total size cap (500M, 2G; least recently used first), a
// package pattern, a module, a kind, a toolchain version (go1.24 means every
// go1.24.x), the entries selected in the cache table, and Force (remove
// entries used within the last hour too). The module and toolchain choices
// are the ones the scanned cache holds; any other may be typed.
#pragma once

#include "cache/pruneplan.h"

#include <QGroupBox>
#include <expected>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace kiln::gui
{

class PruneCriteriaForm : public QGroupBox
{
    Q_OBJECT
public:
    // index: the scanned cache (for the module and toolchain choices).
    explicit PruneCriteriaForm(const cache::CacheIndex &index, QWidget *parent = nullptr);

    // Fills the fields; a selection in criteria becomes the "selected
    // entries" choice.
    void setCriteria(const cache::PruneCriteria &criteria);
    // What the fields say; the core's message when a duration or size does
    // not parse.
    std::expected<cache::PruneCriteria, QString> criteria() const;

    QCheckBox *ageCheck() const { return m_ageCheck; }
    QComboBox *ageCombo() const { return m_age; }
    QCheckBox *sizeCheck() const { return m_sizeCheck; }
    QLineEdit *sizeField() const { return m_size; }
    QLineEdit *packageField() const { return m_package; }
    QComboBox *moduleCombo() const { return m_module; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *toolchainCombo() const { return m_toolchain; }
    QCheckBox *selectionCheck() const { return m_selectionCheck; }
    QCheckBox *forceCheck() const { return m_force; }

signals:
    void changed();

private:
    void fillChoices(const cache::CacheIndex &index);

    QCheckBox *m_ageCheck, *m_sizeCheck, *m_selectionCheck, *m_force;
    QComboBox *m_age, *m_module, *m_kind, *m_toolchain;
    QLineEdit *m_size, *m_package;
    QList<Digest> m_selection;
};

} // namespace kiln::gui
