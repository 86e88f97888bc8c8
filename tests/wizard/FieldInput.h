#pragma once

#include <QString>
#include <QVariant>

class QComboBox;
class QLineEdit;
class QTableWidget;
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

// Types `text` into the cell editor that has the keyboard focus (as after "Add node"), then
// Enter; true when `table`'s current cell holds `text` afterwards.
bool typeIntoCellEditor(QTableWidget *table, const QString &text);

// Types over the table cell under the keyboard focus: F2, select all, the text, Enter; true when
// the cell holds `text` afterwards.
bool editCurrentCell(QTableWidget *table, const QString &text);

} // namespace DceUpgrade::Wizard::Test
