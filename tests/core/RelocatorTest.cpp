#include "registry/Relocator.h"
#include "bundle/ImageHint.h"
#include "bundle/ImageReference.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

const ImageHint TwoPlaceholders = ImageHint::parse(
    QStringLiteral("{{ .image.registry }}/{{ .image.repository }}:{{ .image.tag }}"));

QString relocate(
    const RelocationRules &rules, const char *original, const ImageHint &hint = TwoPlaceholders)
{
    return Relocator(rules)
        .relocate(ImageReference::parse(QString::fromLatin1(original)), hint, {})
        .target;
}

} // namespace

// The worked examples of bundle-format.md §3.4.
TEST(Relocator, RegistryAndRepositoryFlattenToLastSegment)
{
    RelocationRules rules;
    rules.registry = QStringLiteral("10.16.23.145");
    rules.repository = QStringLiteral("release.daocloud.io/skoala");
    EXPECT_EQ(relocate(rules, "release.daocloud.io/skoala/hive:v0.28.1"),
        QStringLiteral("10.16.23.145/release.daocloud.io/skoala/hive:v0.28.1"));
    EXPECT_EQ(relocate(rules, "docker.m.daocloud.io/library/nginx:1.25"),
        QStringLiteral("10.16.23.145/release.daocloud.io/skoala/nginx:1.25"));

    const Relocation r = Relocator(rules).relocate(
        ImageReference::parse(QStringLiteral("release.daocloud.io/skoala/hive:v0.28.1")),
        TwoPlaceholders, {});
    EXPECT_EQ(r.registry, QStringLiteral("10.16.23.145"));
    EXPECT_EQ(r.repository, QStringLiteral("release.daocloud.io/skoala/hive"));
    EXPECT_TRUE(r.changed);
}

TEST(Relocator, RegistryOnlyKeepsThePath)
{
    RelocationRules rules;
    rules.registry = QStringLiteral("10.16.23.145");
    EXPECT_EQ(relocate(rules, "release.daocloud.io/skoala/hive:v0.28.1"),
        QStringLiteral("10.16.23.145/skoala/hive:v0.28.1"));
}

TEST(Relocator, RepositoryOnlyKeepsTheSourceRegistry)
{
    RelocationRules rules;
    rules.repository = QStringLiteral("mirror/skoala");
    EXPECT_EQ(relocate(rules, "release.daocloud.io/skoala/hive:v0.28.1"),
        QStringLiteral("release.daocloud.io/mirror/skoala/hive:v0.28.1"));
}

TEST(Relocator, PrefixRegistryKeepsTheFullOriginalPath)
{
    RelocationRules rules;
    rules.prefixRegistry = QStringLiteral("10.16.10.111");
    EXPECT_EQ(relocate(rules, "release.daocloud.io/insight/x:v1"),
        QStringLiteral("10.16.10.111/release.daocloud.io/insight/x:v1"));
}

TEST(Relocator, PrefixCombinations)
{
    RelocationRules append;
    append.prefixRegistry = QStringLiteral("h:5000");
    append.appendOriginRegistry = true;
    EXPECT_EQ(relocate(append, "release.daocloud.io/insight/x:v1"),
        QStringLiteral("h:5000/release.daocloud.io/insight/x:v1"));

    RelocationRules appendRepo;
    appendRepo.prefixRepository = QStringLiteral("p");
    appendRepo.appendOriginRegistry = true;
    EXPECT_EQ(relocate(appendRepo, "release.daocloud.io/insight/x:v1"),
        QStringLiteral("release.daocloud.io/p/insight/x:v1"));

    RelocationRules both;
    both.prefixRegistry = QStringLiteral("h");
    both.prefixRepository = QStringLiteral("p");
    EXPECT_EQ(relocate(both, "release.daocloud.io/insight/x:v1"),
        QStringLiteral("h/release.daocloud.io/p/insight/x:v1"));
}

TEST(Relocator, TaglessHintPinsTheDigestInTheValueButPushesTheTag)
{
    RelocationRules rules;
    rules.registry = QStringLiteral("r");
    const ImageHint single = ImageHint::parse(QStringLiteral("{{ .image }}"));
    const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
    const Relocation r = Relocator(rules).relocate(
        ImageReference::parse(QStringLiteral("q.io/a/b:7")), single, digest);
    EXPECT_EQ(r.target, QStringLiteral("r/a/b:7"));
    EXPECT_EQ(r.repository, QStringLiteral("a/b@") + digest);
}

TEST(Relocator, NoRulesMeansNoChange)
{
    const Relocation r = Relocator({}).relocate(
        ImageReference::parse(QStringLiteral("nginx:1")), TwoPlaceholders, {});
    EXPECT_FALSE(r.changed);
    EXPECT_EQ(r.target, QStringLiteral("index.docker.io/library/nginx:1"));
}
