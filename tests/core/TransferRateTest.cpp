#include "util/TransferRate.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

TEST(TransferRate, SpeedIsMeasuredOverTheWindowOnly)
{
    TransferRate rate(10000);
    EXPECT_EQ(rate.bytesPerSecond(), 0.0) << "no speed before two samples";
    EXPECT_EQ(rate.secondsLeft(100), -1);
    // A burst first (blobs already there), then a steady 10 MB/s.
    rate.updateAt(500000000, 0);
    for (qint64 s = 1; s <= 30; ++s) {
        rate.updateAt(500000000 + s * 10000000, s * 1000);
    }
    EXPECT_NEAR(rate.bytesPerSecond(), 10000000.0, 1.0);
    EXPECT_EQ(rate.secondsLeft(500000000 + 300000000 + 50000000), 5);
}

TEST(TransferRate, AStallShowsWithinTheWindow)
{
    TransferRate rate(5000);
    for (qint64 s = 0; s <= 10; ++s) {
        rate.updateAt(s * 1000000, s * 1000);
    }
    EXPECT_GT(rate.bytesPerSecond(), 0);
    for (qint64 s = 11; s <= 20; ++s) {
        rate.updateAt(10000000, s * 1000); // nothing moves
    }
    EXPECT_EQ(rate.bytesPerSecond(), 0.0);
    EXPECT_EQ(rate.secondsLeft(20000000), -1);
}

TEST(TransferRate, DescribesSizeSpeedAndTimeLeft)
{
    TransferRate rate;
    rate.updateAt(0, 0);
    rate.updateAt(1048576, 1000);
    const QString text = rate.describe(4 * 1048576);
    EXPECT_TRUE(text.contains(QLatin1String("1.0 MiB of 4.0 MiB, 1.0 MiB/s")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("/s"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("about 3 s left"))) << text.toStdString();
    EXPECT_EQ(TransferRate::duration(125), QStringLiteral("2 min 5 s"));
    EXPECT_EQ(TransferRate::duration(3725), QStringLiteral("1 h 2 min"));
}
