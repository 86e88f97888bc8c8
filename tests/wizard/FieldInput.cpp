#include "FieldInput.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>
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

bool typeIntoCellEditor(QTableWidget *table, const QString &text)
{
    QWidget *editor = QApplication::focusWidget();
    if (!editor || editor == table || !table->currentItem()) {
        return false; // no cell is being edited
    }
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through the event loop.
    QCoreApplication::processEvents();
    return table->currentItem()->data(Qt::EditRole).toString() == text;
}

bool editCurrentCell(QTableWidget *table, const QString &text)
{
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    return typeIntoCellEditor(table, text);
}

} // namespace DceUpgrade::Wizard::Test
