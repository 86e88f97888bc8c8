#include "engine/UpgradeValues.h"
#include "util/Error.h"
#include "util/Yaml.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

const QStringList Keys {QStringLiteral("global.imageRegistry")};
const QString Target = QStringLiteral("10.6.0.10:5000");

YAML::Node parsed(const UpgradeValues &values)
{
    return Yaml::parse(values.yaml, QStringLiteral("upgrade.yaml"));
}

} // namespace

TEST(UpgradeValues, SetsTheRegistryAndKeepsEveryOtherValue)
{
    const QByteArray backup = "global:\n  imageRegistry: old.registry:5000\n  storageClass: ssd\n"
                              "ui:\n  replicas: 2\n  env: [a, b]\nhive:\n  resources:\n"
                              "    limits: {cpu: \"2\"}\n";
    const UpgradeValues values
        = UpgradeValues::fromBackup(backup, QStringLiteral("b.yaml"), Keys, Target);
    const YAML::Node root = parsed(values);
    EXPECT_EQ(root["global"]["imageRegistry"].as<std::string>(), Target.toStdString());
    EXPECT_EQ(root["global"]["storageClass"].as<std::string>(), "ssd");
    EXPECT_EQ(root["ui"]["replicas"].as<int>(), 2);
    EXPECT_EQ(root["ui"]["env"].size(), 2u);
    EXPECT_EQ(root["hive"]["resources"]["limits"]["cpu"].as<std::string>(), "2");
    ASSERT_EQ(values.changes.size(), 1u);
    EXPECT_EQ(values.changes.front().key, Keys.front());
    EXPECT_EQ(values.changes.front().from, QStringLiteral("old.registry:5000"));
    EXPECT_EQ(values.changes.front().to, Target);
}

// helm reads a plain yes as true and a plain 1.10 as 1.1: what the backup quoted stays quoted,
// what it left plain stays plain.
TEST(UpgradeValues, QuotedStringsStayStrings)
{
    const QByteArray backup = "site:\n  keep: \"yes\"\n  enabled: yes\n  \"on\": 'on'\n"
                              "image:\n  tag: \"1.10\"\n  mode: \"0755\"\n"
                              "list: [\"true\", 3]\n";
    const UpgradeValues values
        = UpgradeValues::fromBackup(backup, QStringLiteral("b.yaml"), Keys, Target);
    const QString text = QString::fromUtf8(values.yaml);
    for (const char *kept : {"keep: \"yes\"", "enabled: yes", "\"on\": \"on\"", "tag: \"1.10\"",
             "mode: \"0755\"", "- \"true\"", "- 3"}) {
        EXPECT_TRUE(text.contains(QLatin1String(kept))) << kept << " in\n" << text.toStdString();
    }
    const YAML::Node root = parsed(values);
    EXPECT_EQ(root["image"]["tag"].Tag(), "!");
    EXPECT_EQ(root["site"]["enabled"].Tag(), "?");
}

TEST(UpgradeValues, NullBackupBecomesJustTheRegistry)
{
    // helm prints "null" when the release has no values of its own.
    const UpgradeValues values
        = UpgradeValues::fromBackup("null\n", QStringLiteral("b.yaml"), Keys, Target);
    const YAML::Node root = parsed(values);
    ASSERT_TRUE(root.IsMap());
    EXPECT_EQ(root.size(), 1u);
    EXPECT_EQ(root["global"]["imageRegistry"].as<std::string>(), Target.toStdString());
    ASSERT_EQ(values.changes.size(), 1u);
    EXPECT_TRUE(values.changes.front().from.isEmpty());
}

TEST(UpgradeValues, AlreadyRightMeansNoChange)
{
    const UpgradeValues values = UpgradeValues::fromBackup(
        "global:\n  imageRegistry: 10.6.0.10:5000\n", QStringLiteral("b.yaml"), Keys, Target);
    EXPECT_TRUE(values.changes.empty());
    EXPECT_EQ(parsed(values)["global"]["imageRegistry"].as<std::string>(), Target.toStdString());
}

TEST(UpgradeValues, ReplacesANonMapOnThePath)
{
    const UpgradeValues values = UpgradeValues::fromBackup(
        "global: oops\nkeep: 1\n", QStringLiteral("b.yaml"), Keys, Target);
    const YAML::Node root = parsed(values);
    EXPECT_EQ(root["global"]["imageRegistry"].as<std::string>(), Target.toStdString());
    EXPECT_EQ(root["keep"].as<int>(), 1);
}

TEST(UpgradeValues, PinnedImageTagsAreReported)
{
    const UpgradeValues values = UpgradeValues::fromBackup(
        "hive:\n  image:\n    tag: v0.27.0\nui:\n  image: release.daocloud.io/skoala/ui:v0.27.0\n",
        QStringLiteral("b.yaml"), Keys, Target);
    EXPECT_EQ(values.pinnedImages,
        (QStringList {QStringLiteral("hive.image.tag = v0.27.0"),
            QStringLiteral("ui.image = release.daocloud.io/skoala/ui:v0.27.0")}));
}

TEST(UpgradeValues, BrokenBackupIsAClearError)
{
    try {
        UpgradeValues::fromBackup("a: [b\n", QStringLiteral("b.yaml"), Keys, Target);
        FAIL() << "accepted";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("yaml.invalid"));
        EXPECT_TRUE(error.message().contains(QLatin1String("b.yaml")));
    }
}

// ghippo <= 0.11 -> 0.12: "every keycloak key of the backed-up values is named keycloakx", at
// any depth, in maps inside lists too, each key keeping its place and its value.
TEST(UpgradeValues, VersionNoteRenamesEveryKeyOfThatNameInPlace)
{
    const QByteArray backup = "global:\n  keycloak:\n    host: kc.local\n  imageRegistry: old\n"
                              "keycloak:\n  replicas: 2\nauth:\n  - keycloak: {realm: ghippo}\n"
                              "    other: 1\nnotkeycloak: 3\nlist: [keycloak]\n";
    const UpgradeValues values = UpgradeValues::fromBackup(backup, QStringLiteral("b.yaml"), Keys,
        Target, {{QStringLiteral("keycloak"), QStringLiteral("keycloakx")}});
    const YAML::Node root = parsed(values);
    EXPECT_EQ(root["global"]["keycloakx"]["host"].as<std::string>(), "kc.local");
    EXPECT_FALSE(root["global"]["keycloak"]);
    EXPECT_EQ(root["keycloakx"]["replicas"].as<int>(), 2);
    EXPECT_FALSE(root["keycloak"]);
    EXPECT_EQ(root["auth"][0]["keycloakx"]["realm"].as<std::string>(), "ghippo");
    EXPECT_EQ(root["auth"][0]["other"].as<int>(), 1);
    // Only keys of exactly that name; a list's values are not keys.
    EXPECT_EQ(root["notkeycloak"].as<int>(), 3);
    EXPECT_EQ(root["list"][0].as<std::string>(), "keycloak");
    // The registry is still set, after the rename.
    EXPECT_EQ(root["global"]["imageRegistry"].as<std::string>(), Target.toStdString());
    // In place: global's keys keep their order.
    std::vector<std::string> globalKeys;
    for (const auto &entry : root["global"]) {
        globalKeys.push_back(entry.first.Scalar());
    }
    EXPECT_EQ(globalKeys, (std::vector<std::string> {"keycloakx", "imageRegistry"}));
    EXPECT_EQ(values.renamed,
        (QStringList {QStringLiteral("global.keycloak → global.keycloakx"),
            QStringLiteral("keycloak → keycloakx"),
            QStringLiteral("auth[0].keycloak → auth[0].keycloakx")}));
    EXPECT_TRUE(values.renameConflicts.isEmpty());
}

// Values that already have the new name next to the old one: neither is overwritten, and the
// engineer is told which.
TEST(UpgradeValues, RenameLeavesAKeyWhoseNewNameIsTaken)
{
    const QByteArray backup = "keycloak: {a: 1}\nkeycloakx: {b: 2}\n";
    const UpgradeValues values = UpgradeValues::fromBackup(backup, QStringLiteral("b.yaml"), Keys,
        Target, {{QStringLiteral("keycloak"), QStringLiteral("keycloakx")}});
    const YAML::Node root = parsed(values);
    EXPECT_EQ(root["keycloak"]["a"].as<int>(), 1);
    EXPECT_EQ(root["keycloakx"]["b"].as<int>(), 2);
    EXPECT_TRUE(values.renamed.isEmpty());
    EXPECT_EQ(values.renameConflicts, QStringList {QStringLiteral("keycloak")});
}

TEST(UpgradeValues, NoRenameWithoutANote)
{
    const QByteArray backup = "keycloak: {a: 1}\n";
    const UpgradeValues values
        = UpgradeValues::fromBackup(backup, QStringLiteral("b.yaml"), Keys, Target);
    EXPECT_EQ(parsed(values)["keycloak"]["a"].as<int>(), 1);
    EXPECT_TRUE(values.renamed.isEmpty());
}
