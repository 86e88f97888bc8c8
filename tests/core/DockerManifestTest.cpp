#include "image/DockerManifest.h"
#include "util/Hasher.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

// Vectors of bundle-format.md §0, recomputed from relok8s' testchart-intermediate.tar.
TEST(DockerManifest, BusyboxVectorMatchesChartsSyncer)
{
    const QByteArray manifest = DockerManifest::serialize(
        {QString(DockerManifest::ConfigMediaType), 1456,
            QStringLiteral(
                "sha256:16ea53ea7c652456803632d67517b78a4f9075a10bfdc4fc6b7b4cbf2bc98497")},
        {{QString(DockerManifest::LayerMediaType), 767322,
            QStringLiteral(
                "sha256:24fb2886d6f6c5d16481dd7608b47e78a8e92a13d6e64d87d57cb16d5f766d63")}});
    EXPECT_EQ(manifest.size(), 527);
    EXPECT_EQ(Hasher::sha256Digest(manifest),
        QStringLiteral("sha256:febcf61cd6e1ac9628f6ac14fa40836d16f3c6ddef3b303ff0321606e55ddd0b"));
    EXPECT_FALSE(manifest.endsWith('\n'));
    EXPECT_TRUE(manifest.startsWith("{\n   \"schemaVersion\": 2,\n   \"mediaType\": "));
}

TEST(DockerManifest, ZeroLayerVectorMatchesChartsSyncer)
{
    const QByteArray manifest = DockerManifest::serialize(
        {QString(DockerManifest::ConfigMediaType), 229,
            QStringLiteral(
                "sha256:71de1148337f4d1845be01eb4caf15d78e4eb15a1ab96030809826698a5b7e30")},
        {});
    EXPECT_EQ(manifest.size(), 313);
    EXPECT_EQ(Hasher::sha256Digest(manifest),
        QStringLiteral("sha256:adf10351862ad5351ac2e714e04a0afb020b9df658ac99a07cbf49c0e18f8e43"));
    EXPECT_TRUE(manifest.contains("\"layers\": []"));
}

TEST(DockerManifest, SeveralLayersKeepOrderAndCommas)
{
    const QByteArray manifest
        = DockerManifest::serialize({QStringLiteral("c"), 1, QStringLiteral("sha256:aa")},
            {{QStringLiteral("l"), 2, QStringLiteral("sha256:bb")},
                {QStringLiteral("l"), 3, QStringLiteral("sha256:cc")}});
    EXPECT_LT(manifest.indexOf("sha256:bb"), manifest.indexOf("sha256:cc"));
    EXPECT_TRUE(manifest.contains("      },\n      {\n"));
    EXPECT_TRUE(manifest.endsWith("      }\n   ]\n}"));
}
