#include "PlanFixture.h"

#include "util/SecretMask.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

QString masked(const char *text)
{
    return SecretMask::apply(QString::fromUtf8(text));
}

} // namespace

TEST(SecretMask, HidesThePasswordOfAPlanLikeText)
{
    const QString text = masked("registry:\n"
                                "  address: 10.6.0.1\n"
                                "  username: admin\n"
                                "  password: hunter2\n"
                                "sync:\n"
                                "  method: builtin\n");
    EXPECT_FALSE(text.contains(QLatin1String("hunter2"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("  password: ******\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("  username: admin\n")));
    EXPECT_TRUE(text.contains(QLatin1String("  method: builtin\n")));
}

TEST(SecretMask, HidesValuesOfKeysNamedLikeSecretsInEveryNotation)
{
    EXPECT_EQ(masked("  token: \"abc def\"\n"), QStringLiteral("  token: \"******\"\n"));
    EXPECT_EQ(masked("registryPassword: 'p w'"), QStringLiteral("registryPassword: '******'"));
    EXPECT_EQ(masked("{\"auth\": \"eHl6\", \"user\": \"a\"}"),
        QStringLiteral("{\"auth\": \"******\", \"user\": \"a\"}"));
    EXPECT_EQ(masked("REGISTRY_SECRET=s3cr3t"), QStringLiteral("REGISTRY_SECRET=******"));
    EXPECT_EQ(masked("--password=s3cr3t --user=x"), QStringLiteral("--password=******"))
        << "outside a flow collection a plain value runs to the end of the line";
    // Inside a flow mapping a value ends at the comma: the keys after it stay readable.
    EXPECT_EQ(masked("  - {host: 10.0.0.11, password: p1, port: 22}"),
        QStringLiteral("  - {host: 10.0.0.11, password: ******, port: 22}"));
    // A comment stays; a value with commas outside {...} is hidden whole.
    EXPECT_EQ(masked("passwd: a,b,c # rotated"), QStringLiteral("passwd: ****** # rotated"));
    EXPECT_EQ(masked("Secret: x"), QStringLiteral("Secret: ******")) << "any case";
}

TEST(SecretMask, HidesABlockScalarWhole)
{
    const QString text = masked("registry:\n  password: |\n    line one\n    line two\n"
                                "  username: admin\n");
    EXPECT_FALSE(text.contains(QLatin1String("line one"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1String("line two"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("  username: admin\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(SecretMask::Masked));
}

TEST(SecretMask, HidesThePasswordOfAUrlButNotItsUser)
{
    EXPECT_EQ(masked("  repoUrl: https://admin:Harbor12345@10.6.0.1/chartrepo/skoala\n"),
        QStringLiteral("  repoUrl: https://admin:******@10.6.0.1/chartrepo/skoala\n"));
    EXPECT_EQ(masked("oci://robot$x:tok%40en@h/p"), QStringLiteral("oci://robot$x:******@h/p"));
    // A port is no password.
    EXPECT_EQ(masked("https://10.6.0.1:8443/chartrepo"),
        QStringLiteral("https://10.6.0.1:8443/chartrepo"));
}

TEST(SecretMask, LeavesAPlanWithoutSecretsAsItIs)
{
    DceUpgrade::Test::PlanFixture::Options options;
    options.extraRegistry = QStringLiteral("  insecure: true\n  caFile: /etc/ssl/ca.pem\n");
    const QString plan = QString::fromUtf8(
        DceUpgrade::Test::PlanFixture::planYaml(QStringLiteral("/srv/pkg/skoala"), options));
    EXPECT_EQ(SecretMask::apply(plan), plan);
    // Empty values and keys that only look alike are not touched.
    EXPECT_EQ(masked("password:\nusername: x\n"), QStringLiteral("password:\nusername: x\n"));
    EXPECT_EQ(masked("hostKeys: accept-new"), QStringLiteral("hostKeys: accept-new"));
}
