#pragma once

#include <QString>

class QLineEdit;

namespace DceUpgrade::Wizard {

// A text field that shows a value of the draft, with a default when the draft leaves it empty
// (a profile's release name, the repository URL of the Registry page). The draft only keeps what
// differs from the default, so a later change of the default still reaches the plan.
struct FieldText
{
    // Shows `value`, unless the user is typing in the field: a refresh from the draft must not
    // move the cursor or put back a default the user is deleting.
    static void show(QLineEdit *edit, const QString &value);
    // The field's text, trimmed, or empty when it is `fallback` (the plan keeps the default).
    static QString nonDefault(const QLineEdit *edit, const QString &fallback);
};

} // namespace DceUpgrade::Wizard
