#include "bundle/ImageReference.h"
#include "util/Error.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

TEST(ImageReference, NormalisesLikeGoContainerRegistry)
{
    const ImageReference nginx = ImageReference::parse(QStringLiteral("nginx"));
    EXPECT_EQ(nginx.registry(), QStringLiteral("index.docker.io"));
    EXPECT_EQ(nginx.repository(), QStringLiteral("library/nginx"));
    EXPECT_EQ(nginx.tag(), QStringLiteral("latest"));
    EXPECT_FALSE(nginx.hasExplicitTag());
    EXPECT_EQ(nginx.original(), QStringLiteral("nginx"));

    EXPECT_EQ(ImageReference::parse(QStringLiteral("docker.io/library/nginx:1.25")).toString(),
        QStringLiteral("index.docker.io/library/nginx:1.25"));
    const ImageReference hive
        = ImageReference::parse(QStringLiteral("release.daocloud.io/skoala/hive:v0.28.1"));
    EXPECT_EQ(hive.registry(), QStringLiteral("release.daocloud.io"));
    EXPECT_EQ(hive.repository(), QStringLiteral("skoala/hive"));
    EXPECT_EQ(hive.lastSegment(), QStringLiteral("hive"));
    const ImageReference port = ImageReference::parse(QStringLiteral("10.6.0.1:5000/a/b:1"));
    EXPECT_EQ(port.registry(), QStringLiteral("10.6.0.1:5000"));
    EXPECT_EQ(ImageReference::parse(QStringLiteral("localhost/x")).registry(),
        QStringLiteral("localhost"));
}

TEST(ImageReference, DigestReferencesDropTheTagAsGgcrDoes)
{
    const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    const ImageReference ref = ImageReference::parse(QStringLiteral("r.io/x/y:1.0@") + digest);
    EXPECT_EQ(ref.digest(), digest);
    EXPECT_TRUE(ref.tag().isEmpty());
    EXPECT_EQ(ref.toString(), QStringLiteral("r.io/x/y@") + digest);
}

TEST(ImageReference, RejectsWhatGgcrRejects)
{
    for (const char *bad : {"", "Upper/Case:1", "r.io/x/y:bad tag", "r.io/x/y@sha256:short",
             "r.io//y:1", "r.io/x/y:", " nginx"}) {
        EXPECT_FALSE(ImageReference::isValid(QString::fromLatin1(bad))) << bad;
    }
    try {
        ImageReference::parse(QStringLiteral("release.daocloud.io/skoala/Legacy-UI:v1"));
        FAIL() << "no error";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("image.invalid-reference"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("skoala/Legacy-UI")));
    }
}
