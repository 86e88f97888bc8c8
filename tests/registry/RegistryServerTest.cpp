// Tests of the registry fixture itself (support/RegistryServer.h): the real distribution 2.8
// answers as the fixture documents in every mode, skopeo (an independent client) can push to it
// and read back, the token server grants per user, and the ways to make it refuse writes do.
// Requests go through QNetworkAccessManager, the stack the registry client uses.

#include "RegistryServer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <cstring>

using namespace DceUpgrade::Test;

namespace {

const QString Repository = QStringLiteral("skoala/hive");

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (connection refused, TLS failure)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    bool http2 = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // errors[0] of a distribution error body.
    QJsonObject firstError() const
    {
        return json().value(QStringLiteral("errors")).toArray().first().toObject();
    }
    std::string describe() const
    {
        return QStringLiteral("HTTP %1 (%2) %3")
            .arg(status)
            .arg(errorString, QString::fromUtf8(body.left(2000)))
            .toStdString();
    }
};

enum SendFlag {
    NoFlags = 0,
    DontTrustCa = 1, // TLS modes: do not add the registry's CA (the system CAs only)
    Http2 = 2, // allow HTTP/2 (the registry negotiates it over TLS)
};

// One synchronous request through a fresh QNetworkAccessManager (no cached connections or
// credentials), trusting the registry's throw-away CA in the TLS modes.
//
// HTTP/1.1 unless `Http2`: Qt 6.4 over HTTP/2 handles a 401 with a `Basic` challenge itself
// (what distribution's htpasswd modes and Harbor answer), hands out an empty body for it, and
// now and then crashed in its HTTP thread afterwards (QObject::disconnect in a slot called from
// `destroyed`; 5 runs in 25 of 100 such 401s each). Never over HTTP/1.1, never after Bearer
// challenges or answered requests.
HttpReply send(const RegistryServer &registry, const QByteArray &method, const QUrl &url,
    const QByteArray &authorization = {}, const QByteArray &body = {}, int flags = NoFlags)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, (flags & Http2) != 0);
    if (registry.isTls() && (flags & DontTrustCa) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(registry.caFile()));
        request.setSslConfiguration(tls);
    }
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
    }
    if (!body.isEmpty() || method == "PATCH" || method == "PUT" || method == "POST") {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    }
    QNetworkReply *reply = method == "HEAD" ? network.head(request)
                                            : network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const QNetworkReply::RawHeaderPair &pair : reply->rawHeaderPairs()) {
        result.headers.insert(pair.first.toLower(), pair.second);
    }
    result.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    result.error = reply->error();
    result.errorString = reply->errorString();
    delete reply;
    return result;
}

QUrl registryUrl(const RegistryServer &registry, const QString &path)
{
    return QUrl(registry.url() + path);
}

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

// GET tokenRealm()?service=...&scope=... with `authorization` (empty: anonymous).
HttpReply requestToken(const RegistryServer &registry, const QStringList &scopes,
    const QByteArray &authorization, const QString &service = RegistryServer::service())
{
    QUrl url(registry.tokenRealm());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("service"), service);
    for (const QString &scope : scopes) {
        query.addQueryItem(QStringLiteral("scope"), scope);
    }
    url.setQuery(query);
    return send(registry, "GET", url, authorization);
}

QByteArray bearer(const HttpReply &tokenReply)
{
    return "Bearer " + tokenReply.json().value(QStringLiteral("token")).toString().toLatin1();
}

// The Authorization header that gets `user` into the registry: Basic, or a Bearer token for
// `scopes` in token mode. Empty in Anonymous mode.
QByteArray authorizationFor(
    const RegistryServer &registry, const QString &user, const QStringList &scopes = {})
{
    if (!registry.hasAuth()) {
        return {};
    }
    const QByteArray credentials = basic(user, RegistryServer::passwordOf(user));
    if (!registry.isTokenAuth()) {
        return credentials;
    }
    const HttpReply token = requestToken(registry, scopes, credentials);
    EXPECT_EQ(token.status, 200) << token.describe();
    return bearer(token);
}

// The JSON object of the JWT's part `index` (0 header, 1 claims).
QJsonObject jwtPart(const QByteArray &authorization, int index)
{
    const QList<QByteArray> parts = authorization.mid(qsizetype(strlen("Bearer "))).split('.');
    if (parts.size() != 3) {
        ADD_FAILURE() << "not a JWT: " << authorization.toStdString();
        return {};
    }
    return QJsonDocument::fromJson(
        QByteArray::fromBase64(
            parts.at(index), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, '\0');
    QRandomGenerator::global()->fillRange(
        reinterpret_cast<quint32 *>(data.data()), size / qsizetype(sizeof(quint32)));
    return data;
}

QString digestOf(const QByteArray &data)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// POST .../blobs/uploads/, then one monolithic PUT <Location>&digest= with the whole blob.
// Returns the PUT's answer (or the POST's when that failed).
HttpReply uploadBlob(
    const RegistryServer &registry, const QByteArray &blob, const QByteArray &authorization = {})
{
    const HttpReply started = send(registry, "POST",
        registryUrl(registry, QStringLiteral("/v2/skoala/hive/blobs/uploads/")), authorization);
    if (started.status != 202) {
        return started;
    }
    QUrl location = registryUrl(registry, QStringLiteral("/"))
                        .resolved(QUrl(QString::fromLatin1(started.header("Location"))));
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("digest"), digestOf(blob));
    location.setQuery(query);
    return send(registry, "PUT", location, authorization, blob);
}

// The user that pushes in each mode: the robot, whose password needs careful quoting.
QString pusher(const RegistryServer &registry)
{
    return registry.hasAuth() ? RegistryServer::robotUser() : QString();
}

QString reference(const RegistryServer &registry, const QString &tag)
{
    return QStringLiteral("docker://") + registry.address() + QLatin1Char('/') + Repository
        + QLatin1Char(':') + tag;
}

// Pushes a one-layer image holding `content` to skoala/hive:`tag` with skopeo as `user`.
ProcessResult pushImage(const RegistryServer &registry, const QString &tag,
    const QByteArray &content, const QString &user)
{
    QTemporaryDir layout;
    const QString oci = layout.path() + QStringLiteral("/oci");
    EXPECT_FALSE(RegistryServer::writeOciImage(oci, QStringLiteral("v1"), content).isEmpty());
    return registry.skopeo(
        {QStringLiteral("copy"), QStringLiteral("oci:") + oci + QStringLiteral(":v1"),
            reference(registry, tag)},
        {}, user);
}

QJsonObject inspect(const RegistryServer &registry, const QString &tag, const QString &user)
{
    const ProcessResult result
        = registry.skopeo({QStringLiteral("inspect"), reference(registry, tag)}, {}, user);
    EXPECT_TRUE(result.ok()) << "skopeo inspect as " << user.toStdString() << ": "
                             << result.describe();
    return QJsonDocument::fromJson(result.out).object();
}

// The user that reads back: admin with htpasswd, reader (pull only) with tokens.
QString puller(const RegistryServer &registry)
{
    if (!registry.hasAuth()) {
        return {};
    }
    return registry.isTokenAuth() ? RegistryServer::readerUser() : RegistryServer::adminUser();
}

class RegistryModeTest : public ::testing::TestWithParam<RegistryMode>
{
};

INSTANTIATE_TEST_SUITE_P(AllModes, RegistryModeTest,
    ::testing::Values(RegistryMode::PlainHtpasswd, RegistryMode::TlsHtpasswd,
        RegistryMode::TlsToken, RegistryMode::Anonymous),
    [](const ::testing::TestParamInfo<RegistryMode> &param) {
        return registryModeName(param.param);
    });

} // namespace

TEST_P(RegistryModeTest, PingAnswers401WithoutCredentialsAnd200WithThem)
{
    const RegistryServer registry(GetParam());
    ASSERT_TRUE(registry.isRunning());
    EXPECT_EQ(registry.url(),
        (registry.isTls() ? QStringLiteral("https://") : QStringLiteral("http://"))
            + registry.address());
    EXPECT_EQ(registry.address(), QStringLiteral("127.0.0.1:%1").arg(registry.port()));

    const HttpReply anonymous
        = send(registry, "GET", registryUrl(registry, QStringLiteral("/v2/")));
    EXPECT_EQ(anonymous.header("Docker-Distribution-Api-Version"), "registry/2.0");
    switch (GetParam()) {
    case RegistryMode::Anonymous:
        EXPECT_EQ(anonymous.status, 200) << anonymous.describe();
        return;
    case RegistryMode::TlsToken:
        EXPECT_EQ(anonymous.header("WWW-Authenticate"),
            "Bearer realm=\"" + registry.tokenRealm().toUtf8() + "\",service=\"test-registry\"");
        break;
    default:
        EXPECT_EQ(anonymous.header("WWW-Authenticate"), "Basic realm=\"test-registry\"");
        break;
    }
    EXPECT_EQ(anonymous.status, 401) << anonymous.describe();
    EXPECT_EQ(anonymous.firstError().value(QStringLiteral("code")).toString(),
        QStringLiteral("UNAUTHORIZED"))
        << anonymous.describe();

    for (const QString &user : RegistryServer::users()) {
        const HttpReply ping = send(registry, "GET", registryUrl(registry, QStringLiteral("/v2/")),
            authorizationFor(registry, user));
        EXPECT_EQ(ping.status, 200) << user.toStdString() << ": " << ping.describe();
    }
}

TEST_P(RegistryModeTest, SkopeoPushesAnImageAndReadsItBack)
{
    const RegistryServer registry(GetParam());
    ASSERT_TRUE(registry.isRunning());
    const QByteArray content = "hello from "
        + QByteArray::fromStdString(registryModeName(GetParam())) + ' ' + randomBytes(64).toHex()
        + '\n';

    const ProcessResult pushed
        = pushImage(registry, QStringLiteral("v0.28.1"), content, pusher(registry));
    ASSERT_TRUE(pushed.ok()) << pushed.describe();

    const QJsonObject image = inspect(registry, QStringLiteral("v0.28.1"), puller(registry));
    EXPECT_EQ(image.value(QStringLiteral("Name")).toString(),
        registry.address() + QLatin1Char('/') + Repository);
    EXPECT_EQ(image.value(QStringLiteral("Layers")).toArray().size(), 1);
    EXPECT_EQ(image.value(QStringLiteral("Architecture")).toString(), QStringLiteral("amd64"));
    EXPECT_TRUE(
        image.value(QStringLiteral("Digest")).toString().startsWith(QLatin1String("sha256:")));

    // Back out, layers decompressed: the file we put in must be in one of the blobs.
    QTemporaryDir out;
    const ProcessResult pulled
        = registry.skopeo({QStringLiteral("copy"), QStringLiteral("--dest-decompress"),
                              reference(registry, QStringLiteral("v0.28.1")),
                              QStringLiteral("dir:") + out.path() + QStringLiteral("/image")},
            {}, puller(registry));
    ASSERT_TRUE(pulled.ok()) << pulled.describe();
    bool found = false;
    QDirIterator blobs(out.path() + QStringLiteral("/image"), QDir::Files);
    while (blobs.hasNext()) {
        if (readWholeFile(blobs.next()).contains(content)) {
            found = true;
        }
    }
    EXPECT_TRUE(found) << "the pulled layers do not hold the pushed file";

    if (registry.isTokenAuth()) {
        // The robot asked for (and got) push on the repository; the reader only ever got pull.
        bool robotPushed = false;
        const QJsonArray log = registry.tokenLog();
        for (const QJsonValue &value : log) {
            const QJsonObject record = value.toObject();
            const QString user = record.value(QStringLiteral("user")).toString();
            for (const QJsonValue &access : record.value(QStringLiteral("granted")).toArray()) {
                const QJsonArray actions
                    = access.toObject().value(QStringLiteral("actions")).toArray();
                robotPushed = robotPushed
                    || (user == RegistryServer::robotUser()
                        && access.toObject().value(QStringLiteral("name")).toString() == Repository
                        && actions.contains(QStringLiteral("push")));
                if (user == RegistryServer::readerUser()) {
                    EXPECT_FALSE(actions.contains(QStringLiteral("push")))
                        << QJsonDocument(record).toJson().toStdString();
                }
            }
        }
        EXPECT_TRUE(robotPushed) << QJsonDocument(log).toJson().toStdString();
    }
}

TEST_P(RegistryModeTest, StopAndStartKeepTheDataAndThePort)
{
    RegistryServer registry(GetParam());
    ASSERT_TRUE(registry.isRunning());
    ASSERT_TRUE(
        pushImage(registry, QStringLiteral("v1"), "kept across a restart\n", pusher(registry))
            .ok());
    const QString digest = inspect(registry, QStringLiteral("v1"), puller(registry))
                               .value(QStringLiteral("Digest"))
                               .toString();
    const QString url = registry.url();

    ASSERT_TRUE(registry.stop());
    EXPECT_FALSE(registry.isRunning());
    const HttpReply down = send(registry, "GET", registryUrl(registry, QStringLiteral("/v2/")));
    EXPECT_EQ(down.status, 0);
    EXPECT_EQ(down.error, QNetworkReply::ConnectionRefusedError) << down.describe();
    const ProcessResult refused
        = registry.skopeo({QStringLiteral("inspect"), reference(registry, QStringLiteral("v1"))},
            {}, puller(registry));
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.err.contains("connection refused")) << refused.describe();

    ASSERT_TRUE(registry.start());
    EXPECT_TRUE(registry.isRunning());
    EXPECT_EQ(registry.url(), url);
    EXPECT_EQ(inspect(registry, QStringLiteral("v1"), puller(registry))
                  .value(QStringLiteral("Digest"))
                  .toString(),
        digest);
}

TEST_P(RegistryModeTest, NoPasswordInAnyArgvEnvironmentConfigOrLog)
{
    const RegistryServer registry(GetParam());
    ASSERT_TRUE(registry.isRunning());
    // Exercise the logs first: a push and a failed login.
    ASSERT_TRUE(pushImage(registry, QStringLiteral("v1"), "secrets\n", pusher(registry)).ok());
    registry.skopeo({QStringLiteral("inspect"), reference(registry, QStringLiteral("v1"))}, {},
        RegistryServer::adminUser(), QStringLiteral("Wrong-Password-42"));

    QStringList files {registry.configFile(), registry.registryLog(),
        registry.dir() + QStringLiteral("/htpasswd"),
        registry.dir() + QStringLiteral("/token-requests.jsonl"),
        registry.dir() + QStringLiteral("/token-server.err")};
    const QList<qint64> pids = registry.processIds();
    EXPECT_EQ(pids.size(), registry.isTokenAuth() ? 2 : 1);
    for (const qint64 pid : pids) {
        files += QStringLiteral("/proc/%1/cmdline").arg(pid);
        files += QStringLiteral("/proc/%1/environ").arg(pid);
    }
    QStringList secrets = {QStringLiteral("Wrong-Password-42")};
    for (const QString &user : RegistryServer::users()) {
        secrets += RegistryServer::passwordOf(user);
    }
    for (const QString &file : std::as_const(files)) {
        const QByteArray text = readWholeFile(file);
        for (const QString &secret : std::as_const(secrets)) {
            EXPECT_FALSE(text.contains(secret.toUtf8()))
                << file.toStdString() << " holds the password " << secret.toStdString();
        }
    }
    if (registry.hasAuth() && !registry.isTokenAuth()) {
        EXPECT_TRUE(readWholeFile(registry.dir() + QStringLiteral("/htpasswd"))
                        .contains("robot$skoala-ci:$2y$"));
    }

    const QString authFile = registry.authFile(RegistryServer::robotUser());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    EXPECT_EQ(QFile::permissions(authFile) & others, QFileDevice::Permissions {});
    EXPECT_TRUE(QFile::permissions(authFile).testFlag(QFileDevice::ReadOwner));
    const QJsonObject auth = QJsonDocument::fromJson(readWholeFile(authFile))
                                 .object()
                                 .value(QStringLiteral("auths"))
                                 .toObject()
                                 .value(registry.address())
                                 .toObject();
    EXPECT_EQ(QByteArray::fromBase64(auth.value(QStringLiteral("auth")).toString().toLatin1()),
        (RegistryServer::robotUser() + QLatin1Char(':') + RegistryServer::robotPassword())
            .toUtf8());
}

TEST(RegistryHtpasswd, WrongPasswordIsRefused)
{
    const RegistryServer registry(RegistryMode::PlainHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    const HttpReply wrong = send(registry, "GET", registryUrl(registry, QStringLiteral("/v2/")),
        basic(RegistryServer::adminUser(), QStringLiteral("harbor12345")));
    EXPECT_EQ(wrong.status, 401) << wrong.describe();
    EXPECT_EQ(wrong.header("WWW-Authenticate"), "Basic realm=\"test-registry\"");

    const ProcessResult pushed
        = pushImage(registry, QStringLiteral("v1"), "x\n", RegistryServer::robotUser());
    ASSERT_TRUE(pushed.ok()) << pushed.describe();
    const ProcessResult refused
        = registry.skopeo({QStringLiteral("inspect"), reference(registry, QStringLiteral("v1"))},
            {}, RegistryServer::robotUser(), QStringLiteral("Sk0ala$CI pa\"ss'wor"));
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.err.contains("unauthorized")) << refused.describe();
}

// The documented limit of the htpasswd modes: distribution checks only the password, so the
// pull-only reader can push. Pull-only is testable in TlsToken mode only.
TEST(RegistryHtpasswd, EveryValidUserMayPush)
{
    const RegistryServer registry(RegistryMode::PlainHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    const ProcessResult pushed
        = pushImage(registry, QStringLiteral("v1"), "x\n", RegistryServer::readerUser());
    EXPECT_TRUE(pushed.ok()) << pushed.describe();
}

TEST(RegistryTls, UntrustedClientsAreRefusedAndTheCertificateNamesLoopback)
{
    const RegistryServer registry(RegistryMode::TlsHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    EXPECT_TRUE(registry.url().startsWith(QLatin1String("https://")));
    const HttpReply untrusted
        = send(registry, "GET", registryUrl(registry, QStringLiteral("/v2/")), {}, {}, DontTrustCa);
    EXPECT_EQ(untrusted.status, 0);
    EXPECT_EQ(untrusted.error, QNetworkReply::SslHandshakeFailedError) << untrusted.describe();

    // certDir() holds only the CA (skopeo loads every *.crt/*.cert/*.key in it), and the CA is
    // what signed the server certificate, which names 127.0.0.1 and localhost.
    EXPECT_EQ(
        QDir(registry.certDir()).entryList(QDir::Files), QStringList {QStringLiteral("ca.crt")});
    const QList<QSslCertificate> server
        = QSslCertificate::fromPath(registry.dir() + QStringLiteral("/server.crt"));
    ASSERT_EQ(server.size(), 1);
    const auto names = server.first().subjectAlternativeNames();
    EXPECT_TRUE(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    EXPECT_EQ(server.first().issuerInfo(QSslCertificate::CommonName),
        QSslCertificate::fromPath(registry.caFile())
            .first()
            .subjectInfo(QSslCertificate::CommonName));

    const QUrl localhost(QStringLiteral("https://localhost:%1/v2/").arg(registry.port()));
    // By name, and over HTTP/2, which the registry negotiates over TLS.
    const HttpReply byName = send(registry, "GET", localhost,
        authorizationFor(registry, RegistryServer::adminUser()), {}, Http2);
    EXPECT_EQ(byName.status, 200) << byName.describe();
    EXPECT_TRUE(byName.http2);
}

TEST(RegistryToken, TokenIsAnRs256JwtWithX5cAndTheRequestedAccess)
{
    const RegistryServer registry(RegistryMode::TlsToken);
    ASSERT_TRUE(registry.isRunning());
    const QString scope = QStringLiteral("repository:") + Repository + QStringLiteral(":pull,push");
    const HttpReply reply
        = requestToken(registry, {scope, QStringLiteral("repository:other/repo:pull")},
            basic(RegistryServer::adminUser(), RegistryServer::adminPassword()));
    ASSERT_EQ(reply.status, 200) << reply.describe();
    const QJsonObject body = reply.json();
    EXPECT_EQ(body.value(QStringLiteral("token")), body.value(QStringLiteral("access_token")));
    EXPECT_EQ(body.value(QStringLiteral("expires_in")).toInt(), 300);

    const QJsonObject header = jwtPart(bearer(reply), 0);
    EXPECT_EQ(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    const QJsonArray x5c = header.value(QStringLiteral("x5c")).toArray();
    ASSERT_EQ(x5c.size(), 1);
    const QSslCertificate signer(
        QByteArray::fromBase64(x5c.first().toString().toLatin1()), QSsl::Der);
    EXPECT_EQ(
        signer, QSslCertificate::fromPath(registry.dir() + QStringLiteral("/token.crt")).value(0));

    const QJsonObject claims = jwtPart(bearer(reply), 1);
    EXPECT_EQ(claims.value(QStringLiteral("iss")).toString(), RegistryServer::issuer());
    EXPECT_EQ(claims.value(QStringLiteral("aud")).toString(), RegistryServer::service());
    EXPECT_EQ(claims.value(QStringLiteral("sub")).toString(), RegistryServer::adminUser());
    EXPECT_FALSE(claims.value(QStringLiteral("jti")).toString().isEmpty());
    for (const char *time : {"exp", "nbf", "iat"}) {
        EXPECT_TRUE(claims.value(QLatin1String(time)).isDouble()) << time;
    }
    const QJsonArray access = claims.value(QStringLiteral("access")).toArray();
    ASSERT_EQ(access.size(), 2);
    EXPECT_EQ(access.at(0).toObject(),
        (QJsonObject {{QStringLiteral("type"), QStringLiteral("repository")},
            {QStringLiteral("name"), Repository},
            {QStringLiteral("actions"),
                QJsonArray {QStringLiteral("pull"), QStringLiteral("push")}}}));
    EXPECT_EQ(access.at(1).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("other/repo"));

    // The registry accepts it: an upload can start.
    const HttpReply upload = send(registry, "POST",
        registryUrl(registry, QStringLiteral("/v2/skoala/hive/blobs/uploads/")), bearer(reply));
    EXPECT_EQ(upload.status, 202) << upload.describe();

    // Basic credentials straight to the registry are not enough here (Harbor would take them).
    const HttpReply basicOnly = send(registry, "GET", registryUrl(registry, QStringLiteral("/v2/")),
        basic(RegistryServer::adminUser(), RegistryServer::adminPassword()));
    EXPECT_EQ(basicOnly.status, 401) << basicOnly.describe();
}

TEST(RegistryToken, WrongPasswordGetsNoToken)
{
    const RegistryServer registry(RegistryMode::TlsToken);
    ASSERT_TRUE(registry.isRunning());
    const HttpReply reply = requestToken(registry, {QStringLiteral("repository:skoala/hive:pull")},
        basic(RegistryServer::robotUser(), QStringLiteral("Sk0ala$CI pa\"ss'wor")));
    EXPECT_EQ(reply.status, 401) << reply.describe();
    EXPECT_FALSE(reply.json().contains(QStringLiteral("token")));
    EXPECT_EQ(reply.firstError().value(QStringLiteral("code")).toString(),
        QStringLiteral("UNAUTHORIZED"));

    const HttpReply unknownUser
        = requestToken(registry, {QStringLiteral("repository:skoala/hive:pull")},
            basic(QStringLiteral("nobody"), QStringLiteral("x")));
    EXPECT_EQ(unknownUser.status, 401) << unknownUser.describe();

    const QJsonArray log = registry.tokenLog();
    ASSERT_EQ(log.size(), 2);
    const QJsonObject record = log.at(0).toObject();
    EXPECT_EQ(record.value(QStringLiteral("user")).toString(), RegistryServer::robotUser());
    EXPECT_EQ(record.value(QStringLiteral("auth")).toString(), QStringLiteral("bad"));
    EXPECT_EQ(record.value(QStringLiteral("code")).toInt(), 401);
    EXPECT_EQ(record.value(QStringLiteral("scopes")).toArray(),
        QJsonArray {QStringLiteral("repository:skoala/hive:pull")});
}

TEST(RegistryToken, ReaderMayPullButNotPush)
{
    const RegistryServer registry(RegistryMode::TlsToken);
    ASSERT_TRUE(registry.isRunning());
    ASSERT_TRUE(
        pushImage(registry, QStringLiteral("v1"), "pushed by admin\n", RegistryServer::adminUser())
            .ok());

    const HttpReply token
        = requestToken(registry, {QStringLiteral("repository:skoala/hive:pull,push")},
            basic(RegistryServer::readerUser(), RegistryServer::readerPassword()));
    ASSERT_EQ(token.status, 200) << token.describe();
    EXPECT_EQ(jwtPart(bearer(token), 1).value(QStringLiteral("access")).toArray(),
        (QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("repository")},
            {QStringLiteral("name"), Repository},
            {QStringLiteral("actions"), QJsonArray {QStringLiteral("pull")}}}}));

    // distribution answers a missing right with 401 insufficient_scope, never 403.
    const HttpReply upload = send(registry, "POST",
        registryUrl(registry, QStringLiteral("/v2/skoala/hive/blobs/uploads/")), bearer(token));
    EXPECT_EQ(upload.status, 401) << upload.describe();
    EXPECT_TRUE(upload.header("WWW-Authenticate").contains("error=\"insufficient_scope\""))
        << upload.header("WWW-Authenticate").toStdString();
    const HttpReply tags = send(registry, "GET",
        registryUrl(registry, QStringLiteral("/v2/skoala/hive/tags/list")), bearer(token));
    EXPECT_EQ(tags.status, 200) << tags.describe();

    const ProcessResult pushed
        = pushImage(registry, QStringLiteral("v2"), "reader\n", RegistryServer::readerUser());
    EXPECT_FALSE(pushed.ok());
    EXPECT_EQ(inspect(registry, QStringLiteral("v1"), RegistryServer::readerUser())
                  .value(QStringLiteral("Layers"))
                  .toArray()
                  .size(),
        1);
}

// Harbor's answer to an anonymous client on a private project: a token without access.
TEST(RegistryToken, AnonymousGetsATokenWithoutAccess)
{
    const RegistryServer registry(RegistryMode::TlsToken);
    ASSERT_TRUE(registry.isRunning());
    const HttpReply token
        = requestToken(registry, {QStringLiteral("repository:skoala/hive:pull")}, {});
    ASSERT_EQ(token.status, 200) << token.describe();
    const QJsonObject claims = jwtPart(bearer(token), 1);
    EXPECT_EQ(claims.value(QStringLiteral("sub")).toString(), QString());
    EXPECT_EQ(claims.value(QStringLiteral("access"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("actions"))
                  .toArray(),
        QJsonArray {});
    const HttpReply tags = send(registry, "GET",
        registryUrl(registry, QStringLiteral("/v2/skoala/hive/tags/list")), bearer(token));
    EXPECT_EQ(tags.status, 401) << tags.describe();
    EXPECT_TRUE(tags.header("WWW-Authenticate").contains("error=\"insufficient_scope\""));
    const QJsonObject record = registry.tokenLog().last().toObject();
    EXPECT_EQ(record.value(QStringLiteral("auth")).toString(), QStringLiteral("none"));
    EXPECT_EQ(record.value(QStringLiteral("code")).toInt(), 200);
}

// Tokens die when expires_in says, although distribution itself allows 60 s of clock skew.
TEST(RegistryToken, ShortLivedTokenIsRefusedAfterItsLifetime)
{
    const RegistryServer registry(RegistryMode::TlsToken, {.tokenLifetimeSeconds = 2});
    ASSERT_TRUE(registry.isRunning());
    QElapsedTimer clock;
    clock.start();
    const HttpReply token = requestToken(registry, {QStringLiteral("repository:skoala/hive:pull")},
        basic(RegistryServer::adminUser(), RegistryServer::adminPassword()));
    ASSERT_EQ(token.status, 200) << token.describe();
    EXPECT_EQ(token.json().value(QStringLiteral("expires_in")).toInt(), 2);
    const QUrl tags = registryUrl(registry, QStringLiteral("/v2/skoala/hive/tags/list"));

    // 404 NAME_UNKNOWN: authorized, the repository does not exist yet.
    const HttpReply fresh = send(registry, "GET", tags, bearer(token));
    EXPECT_EQ(fresh.status, 404) << fresh.describe();
    QThread::msleep(quint64(qMax<qint64>(0, 1500 - clock.elapsed())));
    const HttpReply stillValid = send(registry, "GET", tags, bearer(token));
    EXPECT_EQ(stillValid.status, 404) << "1.5 s into a 2 s token: " << stillValid.describe();
    QThread::msleep(quint64(qMax<qint64>(0, 3200 - clock.elapsed())));
    const HttpReply expired = send(registry, "GET", tags, bearer(token));
    EXPECT_EQ(expired.status, 401) << expired.describe();
    EXPECT_TRUE(expired.header("WWW-Authenticate").contains("error=\"invalid_token\""))
        << expired.header("WWW-Authenticate").toStdString();
}

TEST(RegistryWrites, ReadOnlyAnswers405AndStillServesReads)
{
    RegistryServer registry(RegistryMode::PlainHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    ASSERT_TRUE(
        pushImage(registry, QStringLiteral("v1"), "before read-only\n", RegistryServer::adminUser())
            .ok());
    const QByteArray admin = basic(RegistryServer::adminUser(), RegistryServer::adminPassword());
    const QUrl uploads = registryUrl(registry, QStringLiteral("/v2/skoala/hive/blobs/uploads/"));
    const QString digest = inspect(registry, QStringLiteral("v1"), RegistryServer::adminUser())
                               .value(QStringLiteral("Digest"))
                               .toString();
    const HttpReply before = send(registry, "POST", uploads, admin); // an upload under way
    ASSERT_EQ(before.status, 202) << before.describe();

    ASSERT_TRUE(registry.setReadOnly(true));
    const HttpReply patch = send(
        registry, "PATCH", QUrl(QString::fromLatin1(before.header("Location"))), admin, "data");
    EXPECT_EQ(patch.status, 405) << patch.describe();
    const HttpReply deleted = send(registry, "DELETE",
        registryUrl(registry, QStringLiteral("/v2/skoala/hive/manifests/") + digest), admin);
    EXPECT_EQ(deleted.status, 405) << deleted.describe();
    const HttpReply refused = send(registry, "POST", uploads, admin);
    EXPECT_EQ(refused.status, 405) << refused.describe();
    EXPECT_EQ(refused.header("Allow"), "GET, HEAD");
    EXPECT_EQ(refused.body.trimmed(), "Method not allowed"); // plain text, not a JSON error
    const HttpReply manifest = send(registry, "PUT",
        registryUrl(registry, QStringLiteral("/v2/skoala/hive/manifests/v2")), admin, "{}");
    EXPECT_EQ(manifest.status, 405) << manifest.describe();
    EXPECT_EQ(inspect(registry, QStringLiteral("v1"), RegistryServer::adminUser())
                  .value(QStringLiteral("Layers"))
                  .toArray()
                  .size(),
        1);
    EXPECT_FALSE(
        pushImage(registry, QStringLiteral("v2"), "during read-only\n", RegistryServer::adminUser())
            .ok());

    ASSERT_TRUE(registry.setReadOnly(false));
    const HttpReply accepted = send(registry, "POST", uploads, admin);
    EXPECT_EQ(accepted.status, 202) << accepted.describe();
}

TEST(RegistryWrites, FileSizeLimitAnswers500FileTooLarge)
{
    RegistryServer registry(RegistryMode::Anonymous);
    ASSERT_TRUE(registry.isRunning());
    const QUrl uploads = registryUrl(registry, QStringLiteral("/v2/skoala/hive/blobs/uploads/"));
    const QByteArray big = randomBytes(64 * 1024);

    ASSERT_TRUE(registry.setFileSizeLimit(16 * 1024));
    const HttpReply started = send(registry, "POST", uploads);
    ASSERT_EQ(started.status, 202) << started.describe();
    const HttpReply patched
        = send(registry, "PATCH", QUrl(QString::fromLatin1(started.header("Location"))), {}, big);
    EXPECT_EQ(patched.status, 500) << patched.describe();
    EXPECT_EQ(
        patched.firstError().value(QStringLiteral("code")).toString(), QStringLiteral("UNKNOWN"));
    EXPECT_TRUE(patched.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("file too large")))
        << patched.describe();
    EXPECT_TRUE(registry.isRunning()) << "the registry must survive EFBIG";

    // A small blob still fits.
    const QByteArray small = randomBytes(1024);
    const HttpReply fits = uploadBlob(registry, small);
    EXPECT_EQ(fits.status, 201) << fits.describe();

    ASSERT_TRUE(registry.setFileSizeLimit(0));
    const HttpReply lifted = uploadBlob(registry, big);
    EXPECT_EQ(lifted.status, 201) << lifted.describe();
}

// Not the fixture, but what a client must know: distribution 2.8 does not implement the spec's
// single-request upload (POST .../uploads/?digest= with the body). It answers 202 with a
// Location as for an empty POST, and the blob does not exist afterwards.
TEST(RegistryWrites, SingleRequestPostUploadIsIgnored)
{
    const RegistryServer registry(RegistryMode::Anonymous);
    ASSERT_TRUE(registry.isRunning());
    const QByteArray blob = randomBytes(1024);
    QUrl single = registryUrl(registry, QStringLiteral("/v2/skoala/hive/blobs/uploads/"));
    single.setQuery(QStringLiteral("digest=") + digestOf(blob));
    const HttpReply posted = send(registry, "POST", single, {}, blob);
    EXPECT_EQ(posted.status, 202) << posted.describe();
    EXPECT_FALSE(posted.header("Location").isEmpty());
    const HttpReply head = send(registry, "HEAD",
        registryUrl(registry, QStringLiteral("/v2/skoala/hive/blobs/") + digestOf(blob)));
    EXPECT_EQ(head.status, 404) << head.describe();
}

// "Registry stopped mid-push, then restarted": the upload URL from before the stop still
// works (fixed http.secret, upload state on disk).
TEST(RegistryWrites, UploadSurvivesARestart)
{
    RegistryServer registry(RegistryMode::Anonymous);
    ASSERT_TRUE(registry.isRunning());
    const QByteArray blob = randomBytes(200 * 1024);
    const HttpReply started = send(
        registry, "POST", registryUrl(registry, QStringLiteral("/v2/skoala/hive/blobs/uploads/")));
    ASSERT_EQ(started.status, 202) << started.describe();
    EXPECT_TRUE(
        started.header("Location").startsWith(QByteArray(registry.url().toLatin1() + "/v2/")))
        << "absolute here (Harbor may answer a relative one): "
        << started.header("Location").toStdString();
    const HttpReply first = send(registry, "PATCH",
        QUrl(QString::fromLatin1(started.header("Location"))), {}, blob.left(100 * 1024));
    ASSERT_EQ(first.status, 202) << first.describe();
    EXPECT_EQ(first.header("Range"), "0-102399");

    ASSERT_TRUE(registry.stop());
    ASSERT_TRUE(registry.start());

    QUrl finish(QString::fromLatin1(first.header("Location")));
    QUrlQuery query(finish);
    query.addQueryItem(QStringLiteral("digest"), digestOf(blob));
    finish.setQuery(query);
    const HttpReply done = send(registry, "PUT", finish, {}, blob.mid(100 * 1024));
    EXPECT_EQ(done.status, 201) << done.describe();
    EXPECT_EQ(QString::fromLatin1(done.header("Docker-Content-Digest")), digestOf(blob));
    const HttpReply head = send(registry, "HEAD",
        registryUrl(registry, QStringLiteral("/v2/skoala/hive/blobs/") + digestOf(blob)));
    EXPECT_EQ(head.status, 200) << head.describe();
    EXPECT_EQ(head.header("Content-Length"), QByteArray::number(blob.size()));
}

TEST(RegistryTools, MissingRegistryFailsTheTestSayingWhatToInstall)
{
    QTemporaryDir emptyPath;
    const QByteArray savedPath = qgetenv("PATH");
    qputenv("PATH", emptyPath.path().toLocal8Bit());
    EXPECT_NONFATAL_FAILURE(
        {
            const RegistryServer registry(RegistryMode::Anonymous);
            EXPECT_FALSE(registry.isRunning());
        },
        "docker-registry is not installed (not on PATH): the registry tests need the Debian "
        "package docker-registry");
    qputenv("PATH", savedPath);
}
