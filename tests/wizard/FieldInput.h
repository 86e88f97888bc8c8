#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class QComboBox;
class QLineEdit;
class QWidget;

namespace DceUpgrade::Wizard::Test {

// Keyboard input into page fields, as a person types it (so the fields' textEdited/activated
// signals fire exactly as they do for a user).

// Focuses `edit`, selects all, and types `text` over it (an empty text deletes the content).
void typeInto(QLineEdit *edit, const QString &text);

// Focuses `button` and presses Space (checks or unchecks a check box, presses a button).
void pressSpace(QWidget *button);

// Moves `combo` to the item whose data is `data` with the arrow keys; false if there is none.
bool chooseWithKeyboard(QComboBox *combo, const QVariant &data);

// The mnemonic letters ("&Add" -> 'A') of every visible label, button, group box and tab
// under `root`, upper-cased, one entry per use: duplicates mean a clash.
QStringList mnemonics(QWidget *root);

} // namespace DceUpgrade::Wizard::Test
