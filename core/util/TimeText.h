#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace DceUpgrade {

// Points and spans of time as a record states them (the report, the wizard's Finish page): the
// same instant written for machines and for people, and an exact duration. TransferRate's
// duration() is the rounded one, for an estimate.
struct TimeText
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::TimeText)

public:
    // "2026-12-07T17:05:09+08:00": ISO 8601 with the offset from UTC always written out (Qt
    // writes none for local time, and "Z" only for UTC itself).
    static QString iso(const QDateTime &time);
    // The long date of `locale`, the time, the zone's abbreviation and the offset:
    // "Monday, 7 December 2026 17:05:09 CST (UTC+08:00)"; the abbreviation is left out when it
    // only repeats the offset ("UTC"). Translated.
    static QString readable(const QDateTime &time, const QLocale &locale = QLocale());
    // "1 h 02 min 05 s", "2 min 05 s", "5 s": every second counted. Translated.
    static QString duration(qint64 seconds);
};

} // namespace DceUpgrade
