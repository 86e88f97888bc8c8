#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace DceUpgrade::Wizard {

// How a status line reads at a glance: a colour that suits the palette (light or dark) and a
// symbol in front, so the verdict does not rest on colour alone.
enum class StatusTone { Neutral, Good, Warning, Bad };

// The text colour for `tone` on `palette`; invalid for Neutral (keep the palette's own).
QColor statusColor(StatusTone tone, const QPalette &palette);
// Sets the widget's text colour for `tone` (Neutral restores the palette's own).
void applyStatusTone(QWidget *widget, StatusTone tone);
// "✔ ", "⚠ ", "✘ " or nothing, to put before the text of a status line.
QString statusSymbol(StatusTone tone);

} // namespace DceUpgrade::Wizard
