#include "Fixtures.h"

#include "bundle/ChecksumFile.h"
#include "model/ModuleProfile.h"
#include "util/Error.h"
#include "util/Hasher.h"

#include <QFile>
#include <QRegularExpression>

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

// Issue 12: every module whose DCE page upgrades like skoala has a profile, named as the DCE docs
// name it in both languages, with the page it follows.
TEST(ModuleProfile, EveryDocumentedModuleHasAProfile)
{
    const QStringList supported = ModuleProfile::supportedIds();
    for (const char *id : {"skoala", "kpanda", "ghippo", "kairship", "kangaroo", "virtnest",
             "kcollie", "kcoral", "dowl", "gmagpie", "mspider", "spidernet", "hydra",
             "mcamel-minio", "mcamel-kafka", "mcamel-elasticsearch", "mcamel-mysql", "mcamel-redis",
             "mcamel-postgresql", "mcamel-rabbitmq", "mcamel-mongodb", "mcamel-rocketmq"}) {
        EXPECT_TRUE(supported.contains(QString::fromLatin1(id))) << id;
    }
    for (const char *id :
        {"insight", "amamba", "kant", "spiderpool", "egressgateway", "hwameistor-operator"}) {
        const ModuleProfile profile = ModuleProfile::builtIn(QString::fromLatin1(id));
        EXPECT_FALSE(profile.supported) << id;
        EXPECT_FALSE(profile.unsupportedReason.en.isEmpty()) << id;
        EXPECT_FALSE(profile.unsupportedReason.zhCN.isEmpty()) << id;
    }
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const ModuleProfile &profile : ModuleProfile::allBuiltIn()) {
        EXPECT_FALSE(profile.nameEn.isEmpty()) << profile.id.toStdString();
        EXPECT_TRUE(han.match(profile.nameZh).hasMatch()) << profile.id.toStdString();
        EXPECT_TRUE(profile.docsPage.startsWith(QLatin1String("docs/zh/docs/")))
            << profile.id.toStdString();
        EXPECT_FALSE(profile.releases.empty()) << profile.id.toStdString();
        for (const ReleaseProfile &release : profile.releases) {
            EXPECT_FALSE(release.imageRegistryKeys.isEmpty()) << profile.id.toStdString();
            for (const VersionNote &note : release.notes) {
                EXPECT_FALSE(note.text.en.isEmpty());
                EXPECT_TRUE(han.match(note.text.zhCN).hasMatch());
            }
        }
    }
}

// The facts of dce-modules.md that differ from skoala's.
TEST(ModuleProfile, ProfilesCarryTheirPagesDifferences)
{
    const ModuleProfile spidernet = ModuleProfile::builtIn(QStringLiteral("spidernet"));
    EXPECT_EQ(spidernet.releases.at(0).imageRegistryKeys,
        QStringList(
            {QStringLiteral("spidernet.image.registry"), QStringLiteral("ui.image.registry")}));
    EXPECT_EQ(spidernet.releases.at(0).repoAlias, QStringLiteral("spidernet-release"));

    const ModuleProfile minio = ModuleProfile::builtIn(QStringLiteral("mcamel-minio"));
    EXPECT_EQ(minio.releases.at(0).namespaceName, QStringLiteral("mcamel-system"));
    EXPECT_EQ(minio.releases.at(0).chartPackageImageRegistryKeys,
        QStringList(
            {QStringLiteral("console_image.registry"), QStringLiteral("operator_image.registry")}));
    EXPECT_FALSE(minio.releases.at(0).applyCrds);

    EXPECT_TRUE(ModuleProfile::builtIn(QStringLiteral("kpanda")).releases.at(0).applyCrds);
    EXPECT_FALSE(ModuleProfile::builtIn(QStringLiteral("mspider")).releases.at(0).applyCrds);
    EXPECT_EQ(ModuleProfile::builtIn(QStringLiteral("hydra")).releases.size(), 1u);
}

TEST(ModuleProfile, TheModuleIsFoundFromThePackagesCharts)
{
    EXPECT_EQ(ModuleProfile::forCharts({QStringLiteral("kpanda")})->id, QStringLiteral("kpanda"));
    EXPECT_EQ(
        ModuleProfile::forCharts({QStringLiteral("hydra-agent"), QStringLiteral("hydra")})->id,
        QStringLiteral("hydra"));
    const std::optional<ModuleProfile> insight
        = ModuleProfile::forCharts({QStringLiteral("insight-agent")});
    ASSERT_TRUE(insight.has_value());
    EXPECT_FALSE(insight->supported);
    EXPECT_FALSE(ModuleProfile::forCharts({QStringLiteral("nginx")}).has_value());
}

// Every file name form the download and upgrade pages show.
TEST(ModuleProfile, PackageNamesInEveryDocumentedForm)
{
    const auto matches = [](const char *id, const char *file) {
        return ModuleProfile::builtIn(QString::fromLatin1(id))
            .matchesPackageName(QString::fromLatin1(file));
    };
    EXPECT_TRUE(matches("kpanda", "kpanda_0.28.0_amd64.tar"));
    EXPECT_TRUE(matches("ghippo", "ghippo_v0.20.1_amd64.tar"));
    EXPECT_TRUE(matches("ghippo", "ghippo-0.12.1-amd64.bundle.tar"));
    EXPECT_TRUE(matches("mspider", "mspider_v0.18.0_x86_64.tar"));
    EXPECT_TRUE(matches("mspider", "mspider_v0.34.0_arm64.tar"));
    EXPECT_TRUE(matches("kcollie", "kcollie.amd64.tar"));
    EXPECT_TRUE(matches("kcoral", "kcoral.amd64.tar"));
    EXPECT_TRUE(matches("mcamel-redis", "mcamel-redis_0.12.0_amd64.tar"));
    EXPECT_TRUE(matches("mcamel-redis", "redis_0.12.0_amd64.tar"));
    EXPECT_TRUE(matches("hydra", "hydra_v0.9.0_amd64.tar"));
    EXPECT_FALSE(matches("kpanda", "kpanda-notes.txt"));
    EXPECT_FALSE(matches("mcamel-redis", "mcamel-mysql_0.12.0_amd64.tar"));
}

// Notes by version: shown exactly when the versions match.
TEST(ModuleProfile, VersionNotesApplyExactlyToTheirVersions)
{
    const ModuleProfile ghippo = ModuleProfile::builtIn(QStringLiteral("ghippo"));
    const std::vector<VersionNote> &notes = ghippo.releases.at(0).notes;
    ASSERT_EQ(notes.size(), 2u);
    const VersionNote &keycloak = notes.at(0);
    EXPECT_TRUE(keycloak.appliesTo(QStringLiteral("0.11.2"), QStringLiteral("v0.12.0")));
    EXPECT_FALSE(keycloak.appliesTo(QStringLiteral("0.12.0"), QStringLiteral("0.13.0")));
    EXPECT_FALSE(keycloak.appliesTo(QStringLiteral("0.10.0"), QStringLiteral("0.11.9")));
    EXPECT_FALSE(keycloak.appliesTo(QString(), QStringLiteral("0.12.0")));
    EXPECT_TRUE(keycloak.mayApplyTo(QStringLiteral("0.20.1")));
    ASSERT_EQ(keycloak.renameKeys.size(), 1u);
    EXPECT_EQ(keycloak.renameKeys.at(0).first, QStringLiteral("keycloak"));
    EXPECT_EQ(keycloak.renameKeys.at(0).second, QStringLiteral("keycloakx"));
    EXPECT_TRUE(notes.at(1).appliesTo(QStringLiteral("0.15.3"), QStringLiteral("0.16.0")));
    EXPECT_TRUE(notes.at(1).renameKeys.empty());

    EXPECT_THROW(ModuleProfile::parse("id: x\nreleases:\n  - chart: a\n    release: a\n"
                                      "    namespace: n\n    notes:\n      - {from: '<1', en: x}\n",
                     QStringLiteral("p.yaml")),
        Error);
}

// A plan, the wizard's --module or init naming a recognised-only module stops with the reason.
TEST(ModuleProfile, ARecognisedOnlyModuleIsNotUpgraded)
{
    EXPECT_EQ(ModuleProfile::forUpgrade(QStringLiteral("kpanda")).id, QStringLiteral("kpanda"));
    try {
        ModuleProfile::forUpgrade(QStringLiteral("insight"));
        FAIL() << "insight is not upgraded by this version";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("profile.unsupported"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("insight")));
        EXPECT_TRUE(error.hint().contains(QStringLiteral("docs/zh/docs/insight/")));
    }
}
