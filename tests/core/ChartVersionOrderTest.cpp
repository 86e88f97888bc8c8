#include "model/ChartVersion.h"

#include <gtest/gtest.h>

using DceUpgrade::ChartVersion;

namespace {
ChartVersion v(const char *text)
{
    return ChartVersion::parse(QString::fromLatin1(text));
}
} // namespace

// mspider and hydra publish "v0.20.1"; QVersionNumber alone reads that as nothing.
TEST(ChartVersionOrder, ALeadingVIsTheSameVersion)
{
    ASSERT_TRUE(v("v0.20.1").isValid());
    EXPECT_EQ(v("v0.20.1"), v("0.20.1"));
    EXPECT_LT(v("v0.9.0"), v("v0.20.1"));
    EXPECT_LT(v("0.28.0"), v("v0.28.1"));
    EXPECT_TRUE(v("0.0.0").isValid());
    EXPECT_LT(v("0.0.0"), v("0.0.1"));
    EXPECT_FALSE(v("latest").isValid());
    EXPECT_FALSE(v("").isValid());
}

TEST(ChartVersionOrder, APreReleaseComesBeforeItsRelease)
{
    EXPECT_LT(v("0.12.0-rc1"), v("0.12.0"));
    EXPECT_LT(v("0.11.9"), v("0.12.0-rc1"));
    EXPECT_EQ(v("0.12.0+build.7"), v("0.12.0"));
}

TEST(ChartVersionOrder, RangesAreComparisonsJoinedByCommas)
{
    EXPECT_TRUE(v("0.11.3").satisfies(QStringLiteral("<0.12.0")));
    EXPECT_FALSE(v("0.12.0").satisfies(QStringLiteral("<0.12.0")));
    EXPECT_TRUE(v("v0.16.0").satisfies(QStringLiteral(">=0.16.0")));
    EXPECT_TRUE(v("0.13.1").satisfies(QStringLiteral(">=0.12.0, <0.16.0")));
    EXPECT_FALSE(v("0.16.1").satisfies(QStringLiteral(">=0.12.0, <0.16.0")));
    EXPECT_TRUE(v("0.21.0").satisfies(QStringLiteral("=0.21.0")));
    EXPECT_TRUE(v("0.21.0").satisfies(QStringLiteral("0.21")));
    EXPECT_FALSE(v("0.21.0").satisfies(QStringLiteral("<banana")));
    EXPECT_FALSE(v("nonsense").satisfies(QStringLiteral("<1.0.0")));
}

// helm.check and the Upgrade page share this rule.
TEST(ChartVersionOrder, ADowngradeNeedsBothVersionsKnown)
{
    EXPECT_TRUE(ChartVersion::isDowngrade(QStringLiteral("v0.20.1"), QStringLiteral("0.19.0")));
    EXPECT_FALSE(ChartVersion::isDowngrade(QStringLiteral("0.19.0"), QStringLiteral("v0.20.1")));
    EXPECT_FALSE(ChartVersion::isDowngrade(QStringLiteral("0.20.1"), QStringLiteral("v0.20.1")));
    EXPECT_FALSE(ChartVersion::isDowngrade(QString(), QStringLiteral("0.1.0")));
}
