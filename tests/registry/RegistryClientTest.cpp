// RegistryClient in-process against the real docker-registry: what the command-line tests
// cannot time precisely. A Bearer token that runs out between two uploads is fetched again
// (Harbor's 30-minute tokens during a long push), and a cross-repository mount asks for pull on
// the source, which a token registry needs before it mounts.

#include "RegistryServer.h"

#include "registry/RegistryClient.h"
#include "util/Hasher.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace DceUpgrade;
using namespace DceUpgrade::Test;

namespace {

RegistryTarget targetOf(const RegistryServer &registry, const QString &user)
{
    RegistryTarget target;
    target.scheme = registry.isTls() ? QStringLiteral("https") : QStringLiteral("http");
    target.address = registry.address();
    target.username = user;
    target.caFile = registry.caFile();
    return target;
}

// Runs the event loop until `start` calls its continuation (or 60 s pass).
void runUntilDone(const std::function<void(std::function<void()>)> &start)
{
    QEventLoop loop;
    bool finished = false;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
    EXPECT_TRUE(finished) << "the registry client never called back";
}

void sleepInEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Blob
{
    FileRange range;
    QString digest;
};

Blob randomBlob(const QTemporaryDir &dir, const QString &name, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        bytes[i] = char(QRandomGenerator::global()->generate());
    }
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    return {FileRange::openFile(path), Hasher::sha256Digest(bytes)};
}

RegistryClient::Failure upload(RegistryClient &client, const QString &repository, const Blob &blob)
{
    RegistryClient::Failure result;
    runUntilDone([&](std::function<void()> done) {
        client.uploadBlob(repository, blob.digest, blob.range, {},
            [&result, done](const RegistryClient::Failure &failure) {
                result = failure;
                done();
            });
    });
    return result;
}

int tokensIssuedFor(const RegistryServer &registry, const QString &repository)
{
    int issued = 0;
    for (const QJsonValue &entry : registry.tokenLog()) {
        const QJsonObject request = entry.toObject();
        bool covers = false;
        for (const QJsonValue &scope : request.value(QStringLiteral("scopes")).toArray()) {
            covers = covers || scope.toString().contains(repository);
        }
        issued += covers && request.value(QStringLiteral("code")).toInt() == 200 ? 1 : 0;
    }
    return issued;
}

} // namespace

TEST(RegistryClient, ATokenThatRanOutIsFetchedAgainInTheMiddleOfAPush)
{
    RegistryServer registry(RegistryMode::TlsToken, RegistryOptions {2});
    ASSERT_TRUE(registry.isRunning());
    QTemporaryDir dir;
    RegistryClient client(
        targetOf(registry, RegistryServer::robotUser()), RegistryServer::robotPassword().toUtf8());
    const QString repository = QStringLiteral("skoala/hive");

    EXPECT_FALSE(upload(client, repository, randomBlob(dir, QStringLiteral("a"), 300000)));
    const int before = tokensIssuedFor(registry, repository);
    EXPECT_GE(before, 1);
    sleepInEventLoop(3500); // the 2-second token is now refused
    const RegistryClient::Failure late
        = upload(client, repository, randomBlob(dir, QStringLiteral("b"), 300000));
    EXPECT_FALSE(late) << (late ? late->message().toStdString() : std::string());
    EXPECT_GT(tokensIssuedFor(registry, repository), before) << "a fresh token was fetched";
    bool refusedOnce = false;
    for (const QString &request : registry.requests()) {
        refusedOnce = refusedOnce || request.endsWith(QLatin1String(" 401"));
    }
    EXPECT_TRUE(refusedOnce) << "the registry did refuse the old token";
}

TEST(RegistryClient, AMountAsksForPullOnTheSourceRepository)
{
    RegistryServer registry(RegistryMode::TlsToken);
    ASSERT_TRUE(registry.isRunning());
    QTemporaryDir dir;
    RegistryClient client(
        targetOf(registry, RegistryServer::robotUser()), RegistryServer::robotPassword().toUtf8());
    const Blob blob = randomBlob(dir, QStringLiteral("layer"), 100000);
    ASSERT_FALSE(upload(client, QStringLiteral("skoala/hive"), blob));

    bool mounted = false;
    RegistryClient::Failure failure;
    runUntilDone([&](std::function<void()> done) {
        client.mountBlob(QStringLiteral("skoala/ui"), blob.digest, QStringLiteral("skoala/hive"),
            [&, done](bool wasMounted, const RegistryClient::Failure &mountFailure) {
                mounted = wasMounted;
                failure = mountFailure;
                done();
            });
    });
    EXPECT_FALSE(failure);
    EXPECT_TRUE(mounted) << "201 Created: the layer was mounted, not uploaded again";
    bool askedForSource = false;
    for (const QJsonValue &entry : registry.tokenLog()) {
        for (const QJsonValue &scope : entry.toObject().value(QStringLiteral("scopes")).toArray()) {
            askedForSource = askedForSource
                || scope.toString() == QLatin1String("repository:skoala/hive:pull");
        }
    }
    EXPECT_TRUE(askedForSource);
}
