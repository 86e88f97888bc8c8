#include "FieldText.h"

#include <QLineEdit>

namespace DceUpgrade::Wizard {

void FieldText::show(QLineEdit *edit, const QString &value)
{
    if (!edit->hasFocus() && edit->text() != value) {
        edit->setText(value);
    }
}

QString FieldText::nonDefault(const QLineEdit *edit, const QString &fallback)
{
    const QString text = edit->text().trimmed();
    return text == fallback ? QString() : text;
}

} // namespace DceUpgrade::Wizard
