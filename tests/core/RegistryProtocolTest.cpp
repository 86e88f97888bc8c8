#include "registry/AuthChallenge.h"
#include "registry/RegistryError.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

TEST(AuthChallenge, HarborBearerWithAScopeHoldingCommas)
{
    const auto challenge = AuthChallenge::parse(
        R"(Bearer realm="https://10.6.0.10/service/token",service="harbor-registry",scope="repository:skoala/hive:pull,push")");
    ASSERT_TRUE(challenge.has_value());
    EXPECT_EQ(challenge->scheme, AuthChallenge::Scheme::Bearer);
    EXPECT_EQ(challenge->realm(), QStringLiteral("https://10.6.0.10/service/token"));
    EXPECT_EQ(challenge->service(), QStringLiteral("harbor-registry"));
    EXPECT_EQ(challenge->scope(), QStringLiteral("repository:skoala/hive:pull,push"));
}

TEST(AuthChallenge, BasicUnquotedAndCaseInsensitive)
{
    const auto challenge = AuthChallenge::parse("basic Realm=harbor");
    ASSERT_TRUE(challenge.has_value());
    EXPECT_EQ(challenge->scheme, AuthChallenge::Scheme::Basic);
    EXPECT_EQ(challenge->realm(), QStringLiteral("harbor"));
}

TEST(AuthChallenge, EscapedQuotesAndSpaces)
{
    const auto challenge
        = AuthChallenge::parse(R"(Bearer  realm = "https://a/t" , service="reg \"x\"")");
    ASSERT_TRUE(challenge.has_value());
    EXPECT_EQ(challenge->realm(), QStringLiteral("https://a/t"));
    EXPECT_EQ(challenge->service(), QStringLiteral("reg \"x\""));
}

TEST(AuthChallenge, OtherSchemesAreNotOurs)
{
    EXPECT_FALSE(AuthChallenge::parse("Negotiate abc").has_value());
    EXPECT_FALSE(AuthChallenge::parse("").has_value());
}

namespace {

const RegistryError::Context Push {QStringLiteral("10.6.0.10"), QStringLiteral("skoala/hive"),
    QStringLiteral("robot$skoala-ci"), QStringLiteral("the layer sha256:ab12")};

QByteArray errors(const char *code, const char *message)
{
    return QByteArray(R"({"errors":[{"code":")") + code + R"(","message":")" + message + R"("}]})";
}

} // namespace

TEST(RegistryError, HarborsMissingProjectArrivesAs401AndTheAdviceSaysSo)
{
    const Error error = RegistryError::fromResponse(
        401, errors("UNAUTHORIZED", "project skoala not found: project skoala not found"), Push);
    EXPECT_EQ(error.code(), QStringLiteral("registry.unauthorized"));
    EXPECT_TRUE(error.message().contains(QLatin1String("robot$skoala-ci")));
    EXPECT_TRUE(error.message().contains(QLatin1String("project skoala not found")));
    EXPECT_TRUE(error.hint().contains(QLatin1String("project skoala does not exist")));
}

TEST(RegistryError, QuotaIsNotMistakenForMissingRights)
{
    EXPECT_EQ(RegistryError::fromResponse(403,
                  errors("DENIED",
                      "adding 2.1 GiB of storage resource, which when updated to "
                      "current usage of 9.9 GiB will exceed the configured upper "
                      "limit of 10.0 GiB. Quota exceeded"),
                  Push)
                  .code(),
        QStringLiteral("registry.quota"));
    EXPECT_EQ(RegistryError::fromResponse(
                  403, errors("DENIED", "requested access to the resource is denied"), Push)
                  .code(),
        QStringLiteral("registry.denied"));
}

TEST(RegistryError, EveryStatusHasItsOwnCodeAndAdvice)
{
    const std::vector<std::pair<int, const char *>> cases {{404, "registry.not-found"},
        {412, "registry.tag-immutable"}, {413, "registry.too-large"}, {429, "registry.busy"},
        {502, "registry.busy"}, {503, "registry.busy"}, {500, "registry.failed"}};
    for (const auto &[status, code] : cases) {
        const Error error = RegistryError::fromResponse(status, {}, Push);
        EXPECT_EQ(error.code(), QString::fromLatin1(code)) << status;
        EXPECT_FALSE(error.message().isEmpty());
        EXPECT_FALSE(error.hint().isEmpty()) << status;
    }
    EXPECT_EQ(
        RegistryError::fromResponse(400, errors("DIGEST_INVALID", "digest invalid"), Push).code(),
        QStringLiteral("registry.digest-mismatch"));
    EXPECT_TRUE(RegistryError::isTemporary(503));
    EXPECT_FALSE(RegistryError::isTemporary(401));
}

TEST(RegistryError, NetworkAndTlsFailures)
{
    EXPECT_EQ(RegistryError::fromNetwork(QStringLiteral("Connection refused"), false, Push).code(),
        QStringLiteral("registry.unreachable"));
    const Error tls = RegistryError::fromNetwork(QStringLiteral("self-signed"), true, Push);
    EXPECT_EQ(tls.code(), QStringLiteral("registry.tls"));
    EXPECT_TRUE(tls.hint().contains(QLatin1String("caFile")));
}

// distribution's only word for "no push right" is a 401 whose challenge says
// insufficient_scope; without it a 401 is a credential problem.
TEST(RegistryError, InsufficientScopeIsMissingRightsNotAWrongPassword)
{
    const QByteArray challenge
        = R"(Bearer realm="https://h/token",service="s",)"
          R"(scope="repository:skoala/hive:pull,push",error="insufficient_scope")";
    const Error denied = RegistryError::fromResponse(
        401, errors("UNAUTHORIZED", "authentication required"), Push, challenge);
    EXPECT_EQ(denied.code(), QStringLiteral("registry.denied"));
    EXPECT_TRUE(denied.message().contains(QLatin1String("may not push")));
    EXPECT_TRUE(denied.hint().contains(QLatin1String("project skoala")));
    const QByteArray expired
        = R"(Bearer realm="https://h/token",service="s",error="invalid_token")";
    EXPECT_EQ(RegistryError::fromResponse(401, {}, Push, expired).code(),
        QStringLiteral("registry.unauthorized"));
}

TEST(RegistryError, TheDetailOfA500NamesAFullStorage)
{
    const QByteArray body
        = R"({"errors":[{"code":"UNKNOWN","message":"unknown error",)"
          R"("detail":"write /var/lib/registry/x/data: no space left on device"}]})";
    const Error full = RegistryError::fromResponse(500, body, Push);
    EXPECT_EQ(full.code(), QStringLiteral("registry.storage-full"));
    EXPECT_TRUE(full.message().contains(QLatin1String("no space left on device")));
    EXPECT_EQ(RegistryError::fromResponse(500, errors("UNKNOWN", "unknown error"), Push).code(),
        QStringLiteral("registry.failed"));
}

TEST(RegistryError, ALostUploadSessionIsWorthAnotherTry)
{
    const Error lost = RegistryError::fromResponse(
        404, errors("BLOB_UPLOAD_UNKNOWN", "blob upload unknown to registry"), Push);
    EXPECT_EQ(lost.code(), QStringLiteral("registry.upload-lost"));
    EXPECT_TRUE(RegistryError::isRetryable(lost));
    EXPECT_TRUE(RegistryError::isRetryable(RegistryError::fromResponse(503, {}, Push)));
    EXPECT_FALSE(RegistryError::isRetryable(RegistryError::fromResponse(401, {}, Push)));
    EXPECT_FALSE(RegistryError::isRetryable(RegistryError::fromResponse(404, {}, Push)));
}
