#include "panels/valuefield.h"

namespace kiln::gui
{

ValueField::ValueField(QWidget *parent) : QLineEdit(parent)
{
    setReadOnly(true);
    setFrame(false);
    setProperty("kilnValue", true);
    QPalette pal = palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    setPalette(pal);
    setMinimumWidth(80);
}

void ValueField::setValue(const QString &value, const QString &placeholder)
{
    setText(value);
    setPlaceholderText(placeholder);
    setToolTip(value);
    setCursorPosition(0);
}

} // namespace kiln::gui
