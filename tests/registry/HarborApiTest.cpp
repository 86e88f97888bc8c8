// HarborApi (core/registry/HarborApi.h) against the fake Harbor API (support/FakeHarborApi.h,
// which says what it models of Harbor) and, for "this is no Harbor", against the real
// docker-registry of RegistryServer.h.

#include "FakeHarborApi.h"
#include "RegistryServer.h"

#include "registry/HarborApi.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace DceUpgrade;
using namespace DceUpgrade::Test;

namespace {

const QString Project = QStringLiteral("release.daocloud.io");

template<typename Result>
struct Outcome
{
    Result value {};
    HarborApi::Failure failure;
    int calls = 0;
    bool onOtherThread = false;

    std::string code() const { return failure ? failure->code().toStdString() : std::string(); }
    std::string describe() const
    {
        return failure ? failure->describe().toStdString() : std::string("no failure");
    }
};

// Starts one asynchronous call through `start(done)` and runs the event loop until it called
// back (30 s at most), then a little longer, so that a second call of `done` would be counted.
template<typename Result, typename Start>
Outcome<Result> call(Start start)
{
    auto outcome = std::make_shared<Outcome<Result>>();
    QThread *const thread = QThread::currentThread();
    start([outcome, thread](const Result &value, const HarborApi::Failure &failure) {
        ++outcome->calls;
        outcome->onOtherThread = QThread::currentThread() != thread;
        outcome->value = value;
        outcome->failure = failure;
    });
    EXPECT_EQ(outcome->calls, 0) << "the callback ran before the call returned";
    QElapsedTimer clock;
    clock.start();
    while (outcome->calls == 0 && clock.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    clock.restart();
    while (clock.elapsed() < 100) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    EXPECT_EQ(outcome->calls, 1) << "the callback must run exactly once";
    EXPECT_FALSE(outcome->onOtherThread);
    return *outcome;
}

RegistryTarget targetFor(const FakeHarborApi &harbor, const QString &user)
{
    RegistryTarget target;
    target.address = harbor.address();
    target.scheme = harbor.scheme();
    target.caFile = harbor.caFile();
    target.username = user;
    return target;
}

std::unique_ptr<HarborApi> clientFor(
    const FakeHarborApi &harbor, const QString &user, const QString &password = {})
{
    return std::make_unique<HarborApi>(targetFor(harbor, user),
        (password.isEmpty() ? RegistryServer::passwordOf(user) : password).toUtf8());
}

Outcome<HarborApi::SystemInfo> systemInfo(HarborApi &api)
{
    return call<HarborApi::SystemInfo>([&](auto done) { api.systemInfo(done); });
}

Outcome<bool> projectExists(HarborApi &api, const QString &name)
{
    return call<bool>([&](auto done) { api.projectExists(name, done); });
}

Outcome<bool> createProject(HarborApi &api, const QString &name, bool isPublic = false)
{
    return call<bool>([&](auto done) { api.createProject(name, isPublic, done); });
}

Outcome<HarborApi::ChartIndex> chartIndex(HarborApi &api, const QString &project)
{
    return call<HarborApi::ChartIndex>([&](auto done) { api.chartIndex(project, done); });
}

Outcome<bool> chartExists(
    HarborApi &api, const QString &project, const QString &name, const QString &version)
{
    return call<bool>([&](auto done) { api.chartExists(project, name, version, done); });
}

Outcome<HarborApi::UploadOutcome> uploadChart(
    HarborApi &api, const QString &project, const QString &tgz)
{
    return call<HarborApi::UploadOutcome>([&](auto done) { api.uploadChart(project, tgz, done); });
}

// A minimal packaged chart NAME-VERSION made with the real `tar czf`, stored as `fileName` in
// `dir` (the name deliberately differs from NAME-VERSION.tgz where a test wants it).
QString makeChart(
    const QString &dir, const QString &name, const QString &version, const QString &fileName = {})
{
    const QString source = dir + QStringLiteral("/src-") + name + QLatin1Char('-') + version;
    if (!writeTextFile(source + QLatin1Char('/') + name + QStringLiteral("/Chart.yaml"),
            QStringLiteral("apiVersion: v2\nname: %1\ndescription: HarborApiTest chart\n"
                           "type: application\nversion: %2\nappVersion: \"v%2\"\n")
                .arg(name, version)
                .toUtf8())
        || !writeTextFile(source + QLatin1Char('/') + name + QStringLiteral("/values.yaml"),
            "image:\n  registry: release.daocloud.io\n")) {
        return {};
    }
    const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
    if (tar.isEmpty()) {
        ADD_FAILURE() << "tar is not installed";
        return {};
    }
    const QString out = dir + QLatin1Char('/')
        + (fileName.isEmpty() ? name + QLatin1Char('-') + version + QStringLiteral(".tgz")
                              : fileName);
    const QStringList args {QStringLiteral("czf"), out, QStringLiteral("-C"), source, name};
    const ProcessResult result = runProcess(tar, args, QProcessEnvironment::systemEnvironment());
    if (!result.ok()) {
        ADD_FAILURE() << commandLine(tar, args) << ": " << result.describe();
        return {};
    }
    return out;
}

// The fake's log entries for `method` on `path`.
QList<QJsonObject> requestsTo(
    const FakeHarborApi &harbor, const QString &method, const QString &path)
{
    QList<QJsonObject> found;
    const QJsonArray all = harbor.requests();
    for (const QJsonValue &value : all) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("method")).toString() == method
            && request.value(QStringLiteral("path")).toString() == path) {
            found.append(request);
        }
    }
    return found;
}

struct RawReply
{
    int status = 0;
    QByteArray body;
};

// One synchronous request straight to the fake, bypassing HarborApi.
RawReply rawRequest(const FakeHarborApi &harbor, const QByteArray &method, const QString &path,
    const QString &user, const QByteArray &body = {}, const QByteArray &contentType = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(harbor.url() + path));
    request.setTransferTimeout(20000);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!user.isEmpty()) {
        request.setRawHeader("Authorization",
            "Basic "
                + (user + QLatin1Char(':') + RegistryServer::passwordOf(user)).toUtf8().toBase64());
    }
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply result {
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return result;
}

FakeHarborOptions harborVersion(const QString &version)
{
    FakeHarborOptions options;
    options.version = version;
    return options;
}

} // namespace

TEST(HarborApi, ParsesHarborVersions)
{
    EXPECT_EQ(HarborApi::parseVersion(QStringLiteral("v2.7.1-6015b3ef")), QVersionNumber(2, 7, 1));
    EXPECT_EQ(HarborApi::parseVersion(QStringLiteral("v2.9.0")), QVersionNumber(2, 9, 0));
    // Numeric, not text: 2.10 comes after 2.8.
    EXPECT_GT(HarborApi::parseVersion(QStringLiteral("v2.10.0-abc")), QVersionNumber(2, 8));
    EXPECT_TRUE(HarborApi::parseVersion(QStringLiteral("dev")).isNull());
    EXPECT_TRUE(HarborApi::parseVersion(QStringLiteral("2.7.1")).isNull());
    EXPECT_TRUE(HarborApi::parseVersion(QStringLiteral("v2.7.1+x")).isNull());
}

TEST(HarborApi, SystemInfoOfHarbor27HasChartRepository)
{
    const FakeHarborApi harbor(harborVersion(QStringLiteral("v2.7.1")));
    ASSERT_TRUE(harbor.isRunning());
    const auto api = clientFor(harbor, RegistryServer::adminUser());
    const auto info = systemInfo(*api);
    ASSERT_FALSE(info.failure) << info.describe();
    EXPECT_TRUE(info.value.isHarbor);
    EXPECT_EQ(info.value.version, QStringLiteral("v2.7.1-fake0000"));
    ASSERT_TRUE(info.value.withChartMuseum.has_value());
    EXPECT_TRUE(*info.value.withChartMuseum);
    EXPECT_TRUE(info.value.hasChartRepo);
    const auto asked
        = requestsTo(harbor, QStringLiteral("GET"), QStringLiteral("/api/v2.0/systeminfo"));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked[0].value(QStringLiteral("auth")).toString(), QStringLiteral("ok"));

    // Anonymous (or a wrong password, which Harbor treats as anonymous): no with_chartmuseum,
    // so the version decides.
    const auto anonymous = clientFor(harbor, {}, QStringLiteral("unused"));
    const auto anonymousInfo = systemInfo(*anonymous);
    ASSERT_FALSE(anonymousInfo.failure) << anonymousInfo.describe();
    EXPECT_TRUE(anonymousInfo.value.isHarbor);
    EXPECT_FALSE(anonymousInfo.value.withChartMuseum.has_value());
    EXPECT_TRUE(anonymousInfo.value.hasChartRepo);
}

TEST(HarborApi, SystemInfoOfHarbor27WithoutChartMuseumHasNone)
{
    FakeHarborOptions options = harborVersion(QStringLiteral("v2.7.1"));
    options.chartMuseum = FakeHarborOptions::ChartMuseum::Off;
    const FakeHarborApi harbor(options);
    ASSERT_TRUE(harbor.isRunning());
    const auto api = clientFor(harbor, RegistryServer::robotUser());
    const auto info = systemInfo(*api);
    ASSERT_FALSE(info.failure) << info.describe();
    EXPECT_TRUE(info.value.isHarbor);
    ASSERT_TRUE(info.value.withChartMuseum.has_value());
    EXPECT_FALSE(*info.value.withChartMuseum);
    EXPECT_FALSE(info.value.hasChartRepo); // what Harbor says wins over the version
}

TEST(HarborApi, SystemInfoOfHarbor29HasNoChartRepository)
{
    const FakeHarborApi harbor(harborVersion(QStringLiteral("v2.9.0")));
    ASSERT_TRUE(harbor.isRunning());
    const auto api = clientFor(harbor, RegistryServer::adminUser());
    const auto info = systemInfo(*api);
    ASSERT_FALSE(info.failure) << info.describe();
    EXPECT_TRUE(info.value.isHarbor);
    EXPECT_EQ(info.value.version, QStringLiteral("v2.9.0-fake0000"));
    EXPECT_FALSE(info.value.hasChartRepo);

    const auto wrong = clientFor(harbor, RegistryServer::adminUser(), QStringLiteral("nope"));
    const auto anonymousView = systemInfo(*wrong);
    ASSERT_FALSE(anonymousView.failure) << anonymousView.describe();
    EXPECT_TRUE(anonymousView.value.isHarbor);
    EXPECT_FALSE(anonymousView.value.withChartMuseum.has_value());
    EXPECT_FALSE(anonymousView.value.hasChartRepo); // by the version alone
}

TEST(HarborApi, PlainDockerRegistryIsNotHarbor)
{
    for (const RegistryMode mode : {RegistryMode::PlainHtpasswd, RegistryMode::TlsHtpasswd}) {
        SCOPED_TRACE(registryModeName(mode));
        const RegistryServer registry(mode);
        ASSERT_TRUE(registry.isRunning());
        RegistryTarget target;
        target.address = registry.address();
        target.scheme = registry.isTls() ? QStringLiteral("https") : QStringLiteral("http");
        target.caFile = registry.caFile();
        target.username = RegistryServer::adminUser();
        HarborApi api(target, RegistryServer::adminPassword().toUtf8());
        const auto info = systemInfo(api);
        EXPECT_FALSE(info.failure) << info.describe();
        EXPECT_FALSE(info.value.isHarbor);
        EXPECT_TRUE(info.value.version.isEmpty());
        EXPECT_FALSE(info.value.hasChartRepo);
    }
}

TEST(HarborApi, UnreachableHarborIsAFailure)
{
    quint16 port = 0;
    {
        const FakeHarborApi harbor;
        ASSERT_TRUE(harbor.isRunning());
        port = harbor.port();
    } // stopped: nothing listens there now
    RegistryTarget target;
    target.address = QStringLiteral("127.0.0.1:%1").arg(port);
    target.scheme = QStringLiteral("http");
    target.username = RegistryServer::adminUser();
    HarborApi api(target, RegistryServer::adminPassword().toUtf8());
    const auto info = systemInfo(api);
    ASSERT_TRUE(info.failure);
    EXPECT_EQ(info.code(), "registry.unreachable") << info.describe();
    EXPECT_FALSE(info.value.isHarbor);
}

TEST(HarborApi, TlsNeedsTheCertificate)
{
    FakeHarborOptions options;
    options.tls = true;
    const FakeHarborApi harbor(options);
    ASSERT_TRUE(harbor.isRunning());
    const auto trusted = clientFor(harbor, RegistryServer::adminUser());
    const auto info = systemInfo(*trusted);
    ASSERT_FALSE(info.failure) << info.describe();
    EXPECT_TRUE(info.value.isHarbor);

    RegistryTarget untrusting = targetFor(harbor, RegistryServer::adminUser());
    untrusting.caFile.clear();
    HarborApi refused(untrusting, RegistryServer::adminPassword().toUtf8());
    const auto failed = systemInfo(refused);
    ASSERT_TRUE(failed.failure);
    EXPECT_EQ(failed.code(), "registry.tls") << failed.describe();

    untrusting.insecure = true;
    HarborApi insecure(untrusting, RegistryServer::adminPassword().toUtf8());
    const auto unverified = systemInfo(insecure);
    EXPECT_FALSE(unverified.failure) << unverified.describe();
    EXPECT_TRUE(unverified.value.isHarbor);
}

TEST(HarborApi, ProjectExistsOrIsMissing)
{
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    const auto api = clientFor(harbor, RegistryServer::adminUser());
    const auto library = projectExists(*api, QStringLiteral("library"));
    ASSERT_FALSE(library.failure) << library.describe();
    EXPECT_TRUE(library.value);
    const auto missing = projectExists(*api, QStringLiteral("skoala"));
    ASSERT_FALSE(missing.failure) << missing.describe();
    EXPECT_FALSE(missing.value);
    const auto heads
        = requestsTo(harbor, QStringLiteral("HEAD"), QStringLiteral("/api/v2.0/projects"));
    ASSERT_EQ(heads.size(), 2);
    EXPECT_EQ(
        heads[0].value(QStringLiteral("query")).toString(), QStringLiteral("project_name=library"));
    EXPECT_EQ(heads[1].value(QStringLiteral("code")).toInt(), 404);

    const auto anonymous = clientFor(harbor, {}, QStringLiteral("unused"));
    const auto refused = projectExists(*anonymous, QStringLiteral("library"));
    ASSERT_TRUE(refused.failure);
    EXPECT_EQ(refused.code(), "harbor.unauthorized") << refused.describe();
}

TEST(HarborApi, CreatesProjectsAndAcceptsConflict)
{
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    const auto api = clientFor(harbor, RegistryServer::adminUser());
    const auto created = createProject(*api, QStringLiteral("skoala"));
    ASSERT_FALSE(created.failure) << created.describe();
    EXPECT_TRUE(created.value);
    const auto exists = projectExists(*api, QStringLiteral("skoala"));
    EXPECT_TRUE(exists.value) << exists.describe();

    const auto again = createProject(*api, QStringLiteral("skoala"));
    EXPECT_FALSE(again.failure) << again.describe();
    EXPECT_FALSE(again.value); // 409: there already, not created now

    const auto open = createProject(*api, QStringLiteral("public-charts"), true);
    ASSERT_FALSE(open.failure) << open.describe();
    EXPECT_TRUE(open.value);

    const auto posts
        = requestsTo(harbor, QStringLiteral("POST"), QStringLiteral("/api/v2.0/projects"));
    ASSERT_EQ(posts.size(), 3);
    EXPECT_EQ(posts[0].value(QStringLiteral("code")).toInt(), 201);
    EXPECT_EQ(posts[0].value(QStringLiteral("project")).toString(), QStringLiteral("skoala"));
    EXPECT_FALSE(posts[0].value(QStringLiteral("public")).toBool());
    EXPECT_EQ(posts[1].value(QStringLiteral("code")).toInt(), 409);
    EXPECT_TRUE(posts[2].value(QStringLiteral("public")).toBool());

    const auto invalid = createProject(*api, QStringLiteral("Not A Project"));
    ASSERT_TRUE(invalid.failure);
    EXPECT_EQ(invalid.code(), "harbor.failed") << invalid.describe();
    EXPECT_TRUE(invalid.failure->message().contains(QLatin1String("HTTP 400")))
        << invalid.describe();
}

TEST(HarborApi, RobotAccountLogsIn)
{
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    ASSERT_TRUE(RegistryServer::robotUser().contains(QLatin1Char('$')));
    const auto robot = clientFor(harbor, RegistryServer::robotUser());
    const auto found = projectExists(*robot, Project);
    ASSERT_FALSE(found.failure) << found.describe();
    EXPECT_TRUE(found.value);
    const auto heads
        = requestsTo(harbor, QStringLiteral("HEAD"), QStringLiteral("/api/v2.0/projects"));
    ASSERT_EQ(heads.size(), 1);
    EXPECT_EQ(heads[0].value(QStringLiteral("user")).toString(), RegistryServer::robotUser());
    EXPECT_EQ(heads[0].value(QStringLiteral("auth")).toString(), QStringLiteral("ok"));

    // A project robot may not create projects in Harbor.
    const auto denied = createProject(*robot, QStringLiteral("skoala"));
    ASSERT_TRUE(denied.failure);
    EXPECT_EQ(denied.code(), "harbor.denied") << denied.describe();
    EXPECT_TRUE(denied.failure->message().contains(QLatin1String("system level robot")))
        << denied.describe();
}

TEST(HarborApi, WrongPasswordIsUnauthorized)
{
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    const QString wrong = QStringLiteral("Wrong-Password-42");
    const auto api = clientFor(harbor, RegistryServer::robotUser(), wrong);
    const auto refused = projectExists(*api, Project);
    ASSERT_TRUE(refused.failure);
    EXPECT_EQ(refused.code(), "harbor.unauthorized") << refused.describe();
    EXPECT_TRUE(refused.failure->message().contains(RegistryServer::robotUser()))
        << refused.describe();
    EXPECT_TRUE(refused.failure->hint().contains(QLatin1String("robot$"))) << refused.describe();
    EXPECT_FALSE(refused.failure->describe().contains(wrong));

    const auto creating = createProject(*api, QStringLiteral("skoala"));
    EXPECT_EQ(creating.code(), "harbor.unauthorized") << creating.describe();
    const auto heads
        = requestsTo(harbor, QStringLiteral("HEAD"), QStringLiteral("/api/v2.0/projects"));
    ASSERT_EQ(heads.size(), 1);
    EXPECT_EQ(heads[0].value(QStringLiteral("auth")).toString(), QStringLiteral("bad"));
}

TEST(HarborApi, ReaderIsDenied)
{
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tgz = makeChart(dir.path(), QStringLiteral("hive"), QStringLiteral("0.28.1"));
    ASSERT_FALSE(tgz.isEmpty());
    const auto reader = clientFor(harbor, RegistryServer::readerUser());

    const auto creating = createProject(*reader, QStringLiteral("skoala"));
    ASSERT_TRUE(creating.failure);
    EXPECT_EQ(creating.code(), "harbor.denied") << creating.describe();

    const auto uploading = uploadChart(*reader, Project, tgz);
    ASSERT_TRUE(uploading.failure);
    EXPECT_EQ(uploading.code(), "harbor.denied") << uploading.describe();
    EXPECT_TRUE(uploading.failure->message().contains(RegistryServer::readerUser()));

    // Reading is allowed, and nothing was stored.
    const auto index = chartIndex(*reader, Project);
    ASSERT_FALSE(index.failure) << index.describe();
    EXPECT_TRUE(index.value.served);
    EXPECT_TRUE(index.value.versions.isEmpty());
}

TEST(HarborApi, UploadedChartIsListedInTheIndex)
{
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Named as the relocation step names it locally: the upload must still say NAME-VERSION.tgz.
    const QString tgz = makeChart(dir.path(), QStringLiteral("skoala"), QStringLiteral("0.28.1"),
        QStringLiteral("skoala-0.28.1.relocated.tgz"));
    ASSERT_FALSE(tgz.isEmpty());
    const auto robot = clientFor(harbor, RegistryServer::robotUser());

    const auto before = chartIndex(*robot, Project);
    ASSERT_FALSE(before.failure) << before.describe();
    EXPECT_TRUE(before.value.served);
    EXPECT_FALSE(before.value.contains(QStringLiteral("skoala"), QStringLiteral("0.28.1")));
    const auto absent
        = chartExists(*robot, Project, QStringLiteral("skoala"), QStringLiteral("0.28.1"));
    ASSERT_FALSE(absent.failure) << absent.describe();
    EXPECT_FALSE(absent.value);

    const auto uploaded = uploadChart(*robot, Project, tgz);
    ASSERT_FALSE(uploaded.failure) << uploaded.describe();
    EXPECT_EQ(uploaded.value, HarborApi::UploadOutcome::Uploaded);

    const auto posts = requestsTo(
        harbor, QStringLiteral("POST"), QStringLiteral("/api/chartrepo/%1/charts").arg(Project));
    ASSERT_EQ(posts.size(), 1);
    EXPECT_EQ(posts[0].value(QStringLiteral("code")).toInt(), 201);
    EXPECT_EQ(posts[0].value(QStringLiteral("content_type")).toString(),
        QStringLiteral("multipart/form-data"));
    EXPECT_EQ(
        posts[0].value(QStringLiteral("fields")).toArray(), QJsonArray {QStringLiteral("chart")});
    EXPECT_EQ(
        posts[0].value(QStringLiteral("filename")).toString(), QStringLiteral("skoala-0.28.1.tgz"));
    EXPECT_EQ(posts[0].value(QStringLiteral("user")).toString(), RegistryServer::robotUser());

    const auto after = chartIndex(*robot, Project);
    ASSERT_FALSE(after.failure) << after.describe();
    EXPECT_EQ(after.value.versions.value(QStringLiteral("skoala")),
        QStringList {QStringLiteral("0.28.1")});
    const auto present
        = chartExists(*robot, Project, QStringLiteral("skoala"), QStringLiteral("0.28.1"));
    EXPECT_TRUE(present.value) << present.describe();
    const auto otherVersion
        = chartExists(*robot, Project, QStringLiteral("skoala"), QStringLiteral("0.28.0"));
    EXPECT_FALSE(otherVersion.value) << otherVersion.describe();

    // What Harbor stored is byte for byte the package.
    const RawReply stored = rawRequest(harbor, "GET",
        QStringLiteral("/chartrepo/%1/charts/skoala-0.28.1.tgz").arg(Project),
        RegistryServer::robotUser());
    EXPECT_EQ(stored.status, 200);
    EXPECT_EQ(stored.body, readWholeFile(tgz));
}

TEST(HarborApi, ReuploadWithoutOverwriteIsAlreadyExists)
{
    FakeHarborOptions options;
    options.allowOverwrite = false;
    const FakeHarborApi harbor(options);
    ASSERT_TRUE(harbor.isRunning());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tgz = makeChart(dir.path(), QStringLiteral("hive"), QStringLiteral("0.28.1"));
    ASSERT_FALSE(tgz.isEmpty());
    const auto api = clientFor(harbor, RegistryServer::adminUser());
    const auto first = uploadChart(*api, Project, tgz);
    ASSERT_FALSE(first.failure) << first.describe();
    EXPECT_EQ(first.value, HarborApi::UploadOutcome::Uploaded);
    const auto second = uploadChart(*api, Project, tgz);
    EXPECT_FALSE(second.failure) << second.describe();
    EXPECT_EQ(second.value, HarborApi::UploadOutcome::AlreadyExists);
    const auto posts = requestsTo(
        harbor, QStringLiteral("POST"), QStringLiteral("/api/chartrepo/%1/charts").arg(Project));
    ASSERT_EQ(posts.size(), 2);
    EXPECT_EQ(posts[1].value(QStringLiteral("code")).toInt(), 409);
}

TEST(HarborApi, ReuploadToHarborsChartMuseumOverwrites)
{
    // Harbor runs ChartMuseum with ALLOW_OVERWRITE=true: no 409, the second upload replaces the
    // first. Only chartExists() before uploading keeps an existing chart.
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.options().allowOverwrite);
    ASSERT_TRUE(harbor.isRunning());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tgz = makeChart(dir.path(), QStringLiteral("hive"), QStringLiteral("0.28.1"));
    ASSERT_FALSE(tgz.isEmpty());
    const auto api = clientFor(harbor, RegistryServer::adminUser());
    EXPECT_EQ(uploadChart(*api, Project, tgz).value, HarborApi::UploadOutcome::Uploaded);
    const auto second = uploadChart(*api, Project, tgz);
    EXPECT_FALSE(second.failure) << second.describe();
    EXPECT_EQ(second.value, HarborApi::UploadOutcome::Uploaded);
}

TEST(HarborApi, Harbor29HasNoChartRepository)
{
    const FakeHarborApi harbor(harborVersion(QStringLiteral("v2.9.0")));
    ASSERT_TRUE(harbor.isRunning());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tgz = makeChart(dir.path(), QStringLiteral("skoala"), QStringLiteral("0.28.1"));
    ASSERT_FALSE(tgz.isEmpty());
    const auto api = clientFor(harbor, RegistryServer::adminUser());

    // index.yaml is 404: an empty index, as charts-syncer takes it.
    const auto index = chartIndex(*api, Project);
    EXPECT_FALSE(index.failure) << index.describe();
    EXPECT_FALSE(index.value.served);
    const auto repo = call<bool>([&](auto done) { api->chartRepoExists(Project, done); });
    EXPECT_FALSE(repo.failure) << repo.describe();
    EXPECT_FALSE(repo.value);

    const auto uploaded = uploadChart(*api, Project, tgz);
    ASSERT_TRUE(uploaded.failure);
    EXPECT_EQ(uploaded.code(), "harbor.no-chart-repo") << uploaded.describe();
    EXPECT_TRUE(uploaded.failure->hint().contains(QLatin1String("OCI"))) << uploaded.describe();
    EXPECT_TRUE(uploaded.failure->hint().contains(
        QStringLiteral("oci://%1/%2").arg(harbor.address(), Project)))
        << uploaded.describe();
}

TEST(HarborApi, MissingProjectOnUpload)
{
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tgz = makeChart(dir.path(), QStringLiteral("skoala"), QStringLiteral("0.28.1"));
    ASSERT_FALSE(tgz.isEmpty());

    // Harbor tells a system administrator that the project is missing...
    const auto admin = clientFor(harbor, RegistryServer::adminUser());
    const auto asAdmin = uploadChart(*admin, QStringLiteral("skoala"), tgz);
    ASSERT_TRUE(asAdmin.failure);
    EXPECT_EQ(asAdmin.code(), "harbor.project-missing") << asAdmin.describe();
    EXPECT_TRUE(asAdmin.failure->message().contains(QLatin1String("skoala")));
    const auto index = chartIndex(*admin, QStringLiteral("skoala"));
    EXPECT_EQ(index.code(), "harbor.project-missing") << index.describe();

    // ...and everyone else that they may not: the hint names both causes.
    const auto robot = clientFor(harbor, RegistryServer::robotUser());
    const auto asRobot = uploadChart(*robot, QStringLiteral("skoala"), tgz);
    ASSERT_TRUE(asRobot.failure);
    EXPECT_EQ(asRobot.code(), "harbor.denied") << asRobot.describe();
    EXPECT_TRUE(asRobot.failure->hint().contains(QLatin1String("exists"))) << asRobot.describe();
}

TEST(HarborApi, UnreadableOrInvalidChartIsNotSent)
{
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto api = clientFor(harbor, RegistryServer::adminUser());
    const auto missing = uploadChart(*api, Project, dir.path() + QStringLiteral("/nope.tgz"));
    ASSERT_TRUE(missing.failure);
    EXPECT_EQ(missing.code(), "harbor.chart-unreadable") << missing.describe();

    const QString garbage = dir.path() + QStringLiteral("/garbage.tgz");
    ASSERT_TRUE(writeTextFile(garbage, "this is not a gzip file\n"));
    const auto invalid = uploadChart(*api, Project, garbage);
    ASSERT_TRUE(invalid.failure);
    EXPECT_EQ(invalid.code(), "chart.invalid") << invalid.describe();

    EXPECT_TRUE(requestsTo(
        harbor, QStringLiteral("POST"), QStringLiteral("/api/chartrepo/%1/charts").arg(Project))
                    .isEmpty());
}

TEST(FakeHarborApi, RefusesAnUploadWithoutTheChartField)
{
    // Guards the field name: Harbor's core answers 500 when the multipart body has no `chart`.
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tgz = makeChart(dir.path(), QStringLiteral("hive"), QStringLiteral("0.28.1"));
    ASSERT_FALSE(tgz.isEmpty());
    // QByteArray, not auto: a QStringBuilder would outlive the temporaries it refers to.
    const auto body = [&](const QByteArray &field) -> QByteArray {
        return "--XyZ\r\nContent-Disposition: form-data; name=\"" + field
            + "\"; filename=\"hive-0.28.1.tgz\"\r\nContent-Type: application/gzip\r\n\r\n"
            + readWholeFile(tgz) + "\r\n--XyZ--\r\n";
    };
    const QString path = QStringLiteral("/api/chartrepo/%1/charts").arg(Project);
    const RawReply wrongField = rawRequest(harbor, "POST", path, RegistryServer::adminUser(),
        body("file"), "multipart/form-data; boundary=XyZ");
    EXPECT_EQ(wrongField.status, 500) << wrongField.body.toStdString();
    EXPECT_TRUE(wrongField.body.contains("'chart'")) << wrongField.body.toStdString();
    const RawReply index = rawRequest(harbor, "GET",
        QStringLiteral("/chartrepo/%1/index.yaml").arg(Project), RegistryServer::adminUser());
    EXPECT_EQ(index.status, 200);
    EXPECT_FALSE(index.body.contains("hive")) << index.body.toStdString();

    const RawReply rightField = rawRequest(harbor, "POST", path, RegistryServer::adminUser(),
        body("chart"), "multipart/form-data; boundary=XyZ");
    EXPECT_EQ(rightField.status, 201) << rightField.body.toStdString();
    const RawReply listed = rawRequest(harbor, "GET",
        QStringLiteral("/chartrepo/%1/index.yaml").arg(Project), RegistryServer::adminUser());
    EXPECT_TRUE(listed.body.contains("hive-0.28.1.tgz")) << listed.body.toStdString();
}

TEST(HarborApi, NoPasswordInAnyArgvOrLog)
{
    const FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    // Exercise the log with every user, a wrong password and an upload.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tgz = makeChart(dir.path(), QStringLiteral("hive"), QStringLiteral("0.28.1"));
    ASSERT_FALSE(tgz.isEmpty());
    const QString wrong = QStringLiteral("Wrong-Password-42");
    for (const QString &user : RegistryServer::users()) {
        projectExists(*clientFor(harbor, user), Project);
    }
    projectExists(*clientFor(harbor, RegistryServer::adminUser(), wrong), Project);
    uploadChart(*clientFor(harbor, RegistryServer::robotUser()), Project, tgz);

    QStringList secrets {wrong};
    for (const QString &user : RegistryServer::users()) {
        secrets += RegistryServer::passwordOf(user);
    }
    // Every process's argv: the fake's own must be among them, or the scan proves nothing.
    bool sawFake = false;
    QDirIterator processes(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (processes.hasNext()) {
        const QString pid = processes.next().section(QLatin1Char('/'), -1);
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric) {
            continue;
        }
        const QByteArray argv
            = readWholeFile(QStringLiteral("/proc/%1/cmdline").arg(pid)).replace('\0', ' ');
        if (pid.toLongLong() == harbor.processId()) {
            sawFake = argv.contains("fake-harbor-api.py");
        }
        for (const QString &secret : std::as_const(secrets)) {
            EXPECT_FALSE(argv.contains(secret.toUtf8()))
                << "process " << pid.toStdString()
                << " has a password in its argv: " << argv.toStdString();
        }
    }
    EXPECT_TRUE(sawFake) << "the fake (pid " << harbor.processId() << ") was not found in /proc";

    const QByteArray log = readWholeFile(harbor.dir() + QStringLiteral("/requests.jsonl"));
    EXPECT_TRUE(log.contains("robot$skoala-ci")); // the log is there and names users
    EXPECT_FALSE(log.contains("Authorization"));
    EXPECT_FALSE(log.contains("Basic "));
    for (const QString &secret : std::as_const(secrets)) {
        EXPECT_FALSE(log.contains(secret.toUtf8()))
            << "the request log holds " << secret.toStdString();
        EXPECT_FALSE(harbor.errors().contains(secret.toUtf8()));
    }
}
