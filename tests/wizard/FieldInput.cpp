#include "FieldInput.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

namespace DceUpgrade::Wizard::Test {

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void pressSpace(QWidget *button)
{
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

bool chooseWithKeyboard(QComboBox *combo, const QVariant &data)
{
    const int wanted = combo->findData(data);
    if (wanted < 0) {
        return false;
    }
    combo->setFocus();
    for (int step = 0; step < combo->count() && combo->currentIndex() != wanted; ++step) {
        QTest::keyClick(combo, combo->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    }
    return combo->currentIndex() == wanted;
}

} // namespace DceUpgrade::Wizard::Test
