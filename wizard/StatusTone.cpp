#include "StatusTone.h"

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace DceUpgrade::Wizard {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Darker shades on a light window, lighter ones on a dark window: both keep a 4.5:1 contrast.
QColor toneColor(StatusTone tone, bool dark)
{
    switch (tone) {
    case StatusTone::Good:
        return dark ? QColor(0x7e, 0xe0, 0x8f) : QColor(0x1a, 0x6e, 0x2e);
    case StatusTone::Warning:
        return dark ? QColor(0xf5, 0xc2, 0x6b) : QColor(0x8a, 0x5a, 0x00);
    case StatusTone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x8a) : QColor(0xb0, 0x1e, 0x2d);
    case StatusTone::Neutral:
        break;
    }
    return {};
}

} // namespace

QColor statusColor(StatusTone tone, const QPalette &palette)
{
    return toneColor(tone, isDark(palette));
}

void applyStatusTone(QWidget *widget, StatusTone tone)
{
    // Only the text roles are set: everything else (and Neutral entirely) stays inherited, so a
    // change of the application's palette still reaches the widget.
    QPalette palette;
    if (tone != StatusTone::Neutral) {
        const QColor color = toneColor(tone, isDark(widget->palette()));
        palette.setColor(QPalette::WindowText, color);
        palette.setColor(QPalette::Text, color);
    }
    widget->setPalette(palette);
}

QString statusSymbol(StatusTone tone)
{
    switch (tone) {
    case StatusTone::Good:
        return QStringLiteral(u"\u2714 ");
    case StatusTone::Warning:
        return QStringLiteral(u"\u26A0 ");
    case StatusTone::Bad:
        return QStringLiteral(u"\u2718 ");
    case StatusTone::Neutral:
        break;
    }
    return {};
}

} // namespace DceUpgrade::Wizard
