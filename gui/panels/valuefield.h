// A read-only, selectable, frameless field for a value Kiln shows (a path,
// a version): copyable like text, never widening its panel, with the whole
// value in the tooltip. Values are data, not UI text: the property
// "kilnValue" tells the translation test to skip them.
#pragma once

#include <QLineEdit>

namespace kiln::gui
{

class ValueField : public QLineEdit
{
    Q_OBJECT
public:
    explicit ValueField(QWidget *parent = nullptr);

    // Shows value, or placeholder (UI text, e.g. "none") when value is empty.
    void setValue(const QString &value, const QString &placeholder = {});
};

} // namespace kiln::gui
