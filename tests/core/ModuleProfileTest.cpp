#include "Fixtures.h"

#include "bundle/ChecksumFile.h"
#include "model/ModuleProfile.h"
#include "util/Error.h"
#include "util/Hasher.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace DceUpgrade;
using DceUpgrade::Test::Fixtures;

TEST(ModuleProfile, SkoalaUpgradesTwoChartsInOrder)
{
    const ModuleProfile skoala = ModuleProfile::builtIn(QStringLiteral("skoala"));
    EXPECT_EQ(skoala.nameZh, QStringLiteral("微服务引擎"));
    ASSERT_EQ(skoala.releases.size(), 2u);
    const ReleaseProfile *management = skoala.releaseForChart(QStringLiteral("skoala"));
    ASSERT_NE(management, nullptr);
    EXPECT_EQ(management->namespaceName, QStringLiteral("skoala-system"));
    EXPECT_EQ(management->repoAlias, QStringLiteral("skoala-release"));
    EXPECT_EQ(management->imageRegistryKeys, QStringList {QStringLiteral("global.imageRegistry")});
    const ReleaseProfile *init = skoala.releaseForChart(QStringLiteral("skoala-init"));
    ASSERT_NE(init, nullptr);
    EXPECT_EQ(init->scope, ReleaseProfile::Scope::Worker);
    EXPECT_TRUE(init->deleteJobs.contains(QStringLiteral("gateway-api-admission-patch")));
    EXPECT_TRUE(ModuleProfile::builtInIds().contains(QStringLiteral("skoala")));
}

TEST(ModuleProfile, UnknownAndInvalidProfilesAreExplained)
{
    try {
        ModuleProfile::builtIn(QStringLiteral("nosuch"));
        FAIL();
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("profile.unknown"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("skoala")));
    }
    EXPECT_THROW(
        ModuleProfile::parse("id: x\nreleases:\n  - chart: a\n", QStringLiteral("p.yaml")), Error);
    EXPECT_THROW(ModuleProfile::parse(
                     "id: x\nreleases:\n  - {chart: a, release: a, namespace: n, scope: edge}\n",
                     QStringLiteral("p.yaml")),
        Error);
}

TEST(ChecksumFile, FindsSha256AndBinaryModeAndRenamedDownloads)
{
    Fixtures fixtures;
    const QString package = fixtures.writeFile(QStringLiteral("m.tar"), QByteArray(4096, 'a'));
    const QString hex = Hasher::sha256Hex(QByteArray(4096, 'a'));

    // Another sum file listing the package by name, in binary mode.
    fixtures.writeFile(
        QStringLiteral("SUMS.sha256sum"), (hex + QStringLiteral(" *m.tar\n")).toUtf8());
    std::optional<ChecksumFile> sum = ChecksumFile::findFor(package);
    ASSERT_TRUE(sum.has_value());
    EXPECT_EQ(sum->algorithm, Hasher::Algorithm::Sha256);
    EXPECT_TRUE(sum->verify(package));

    // "<package>.sha512sum" naming the original file name still belongs to the renamed package.
    QFile::remove(fixtures.dir() + QStringLiteral("/SUMS.sha256sum"));
    Hasher sha512(Hasher::Algorithm::Sha512);
    sha512.addData(QByteArray(4096, 'a'));
    fixtures.writeFile(QStringLiteral("m.tar.sha512sum"),
        (sha512.hexDigest() + QStringLiteral("  original-name.tar\n")).toUtf8());
    sum = ChecksumFile::findFor(package);
    ASSERT_TRUE(sum.has_value());
    EXPECT_EQ(sum->algorithm, Hasher::Algorithm::Sha512);
    EXPECT_TRUE(sum->verify(package));

    fixtures.writeFile(QStringLiteral("m.tar.sha512sum"), "not a checksum\n");
    EXPECT_THROW(ChecksumFile::findFor(package), Error);
}

TEST(ChecksumFile, NoneBesideThePackage)
{
    Fixtures fixtures;
    EXPECT_FALSE(
        ChecksumFile::findFor(fixtures.writeFile(QStringLiteral("x.tar"), "x")).has_value());
}
