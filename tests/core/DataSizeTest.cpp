#include "util/DataSize.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

const QLocale English(QLocale::English, QLocale::UnitedStates);

} // namespace

TEST(DataSize, BytesBelowOneKibibyte)
{
    EXPECT_EQ(dataSize(0, English), QStringLiteral("0 bytes"));
    EXPECT_EQ(dataSize(1023, English), QStringLiteral("1,023 bytes")) << "grouped as numbers are";
}

TEST(DataSize, IecUnitsWithOneDecimal)
{
    EXPECT_EQ(dataSize(1024, English), QStringLiteral("1.0 KiB")) << "1024 apart, not 1000";
    EXPECT_EQ(dataSize(1536, English), QStringLiteral("1.5 KiB"));
    EXPECT_EQ(dataSize(1000 * 1000, English), QStringLiteral("976.6 KiB"));
    EXPECT_EQ(dataSize(1024 * 1024, English), QStringLiteral("1.0 MiB"));
    EXPECT_EQ(dataSize(160 * 1024 * 1024 + 512 * 1024, English), QStringLiteral("160.5 MiB"));
    EXPECT_EQ(dataSize(qint64(2) << 30, English), QStringLiteral("2.0 GiB"));
    EXPECT_EQ(dataSize((qint64(5) << 40) / 2, English), QStringLiteral("2.5 TiB"));
}

TEST(DataSize, ChineseKeepsTheUnitSymbols)
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    EXPECT_EQ(dataSize(1536, chinese), QStringLiteral("1.5 KiB"));
    EXPECT_EQ(dataSize(3 * 1024 * 1024, chinese), QStringLiteral("3.0 MiB"));
    EXPECT_EQ(dataSize(qint64(2) << 30, chinese), QStringLiteral("2.0 GiB"));
}

TEST(DataSize, FollowsTheDefaultLocale)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = dataSize(1536);
    QLocale::setDefault(before);
    EXPECT_EQ(german, QStringLiteral("1,5 KiB")) << "the decimal separator of the language";
    EXPECT_EQ(dataSize(1536), dataSize(1536, before));
}
