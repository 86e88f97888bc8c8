#include "util/TimeText.h"
#include "util/Translations.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

QDateTime at(int offsetSeconds)
{
    return QDateTime(QDate(2026, 12, 7), QTime(17, 5, 9), Qt::OffsetFromUTC, offsetSeconds);
}

} // namespace

TEST(TimeText, IsoAlwaysWritesTheOffset)
{
    EXPECT_EQ(TimeText::iso(at(8 * 3600)), QStringLiteral("2026-12-07T17:05:09+08:00"));
    EXPECT_EQ(TimeText::iso(at(-(3 * 3600 + 1800))), QStringLiteral("2026-12-07T17:05:09-03:30"));
    EXPECT_EQ(TimeText::iso(QDateTime(QDate(2026, 12, 7), QTime(9, 5, 9), Qt::UTC)),
        QStringLiteral("2026-12-07T09:05:09+00:00"));
    const QDateTime local = QDateTime::currentDateTime();
    const QString text = TimeText::iso(local);
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("[+-]\\d\\d:\\d\\d$"))))
        << text.toStdString();
    // It reads back as the same instant.
    EXPECT_EQ(
        QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch(), local.toSecsSinceEpoch());
    EXPECT_TRUE(TimeText::iso(QDateTime()).isEmpty());
}

TEST(TimeText, DurationCountsEverySecond)
{
    Translations::install(QStringLiteral("en"));
    EXPECT_EQ(TimeText::duration(5), QStringLiteral("5 s"));
    EXPECT_EQ(TimeText::duration(125), QStringLiteral("2 min 05 s"));
    EXPECT_EQ(TimeText::duration(3725), QStringLiteral("1 h 02 min 05 s"));
    EXPECT_EQ(TimeText::duration(3600), QStringLiteral("1 h 00 min 00 s"));
    EXPECT_EQ(TimeText::duration(-3), QStringLiteral("0 s"));
}

TEST(TimeText, ReadableNamesTheDateTimeAndOffset)
{
    Translations::install(QStringLiteral("en"));
    const QString text = TimeText::readable(at(8 * 3600), QLocale(QLocale::English));
    EXPECT_TRUE(text.contains(QLatin1String("December"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("2026"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("17:05:09"))) << text.toStdString();
    EXPECT_TRUE(text.endsWith(QLatin1String("(UTC+08:00)"))) << text.toStdString();
    const QString chinese
        = TimeText::readable(at(8 * 3600), QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_TRUE(chinese.contains(QStringLiteral("2026年12月7日"))) << chinese.toStdString();
}
