#include "TimeText.h"

#include <algorithm>
#include <cstdlib>

namespace DceUpgrade {

namespace {

// "+08:00", "-03:30", "+00:00".
QString offsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString TimeText::iso(const QDateTime &time)
{
    if (!time.isValid()) {
        return QString();
    }
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + offsetText(time.offsetFromUtc());
}

QString TimeText::readable(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid()) {
        return QString();
    }
    // A time read back from ISO 8601 knows only its offset: the local zone names it when its
    // offset is the same (the report is written on the host that ran).
    const QDateTime local = time.toLocalTime();
    const QDateTime shown = local.offsetFromUtc() == time.offsetFromUtc() ? local : time;
    const QString date = locale.toString(shown.date(), QLocale::LongFormat);
    const QString clock = shown.toString(QStringLiteral("HH:mm:ss"));
    const QString offset = offsetText(shown.offsetFromUtc());
    const QString zone = shown.timeZoneAbbreviation();
    // "UTC", "UTC+08:00", "GMT+8", "+08": the offset says it already.
    if (zone.isEmpty() || zone.startsWith(QLatin1String("UTC"))
        || zone.startsWith(QLatin1String("GMT")) || zone.startsWith(QLatin1Char('+'))
        || zone.startsWith(QLatin1Char('-'))) {
        return tr("%1 %2 (UTC%3)", "@info long date, time, offset from UTC such as +08:00")
            .arg(date, clock, offset);
    }
    return tr("%1 %2 %3 (UTC%4)",
        "@info long date, time, time zone abbreviation such as CST, offset from UTC such as "
        "+08:00")
        .arg(date, clock, zone, offset);
}

QString TimeText::duration(qint64 seconds)
{
    const auto twoDigits = [](qint64 value) {
        return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
    };
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60) {
        return tr("%1 s", "@item exact duration in seconds").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1 min %2 s", "@item exact duration")
            .arg(seconds / 60)
            .arg(twoDigits(seconds % 60));
    }
    return tr("%1 h %2 min %3 s", "@item exact duration")
        .arg(seconds / 3600)
        .arg(twoDigits(seconds % 3600 / 60), twoDigits(seconds % 60));
}

} // namespace DceUpgrade
