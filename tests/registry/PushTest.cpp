// `dce-upgrade push` end to end against the real docker-registry in every mode
// (support/RegistryServer.h), checked with skopeo, an independent client: every image lands
// where charts-syncer would put it with the manifest digest the bundle generator predicts, a
// rerun sends nothing, and every way the registry can refuse or fail ends in a clear error with
// nothing half-pushed. Interrupted pushes (registry killed, push killed) complete on a rerun and
// leave the registry storing exactly what an uninterrupted push stores.

#include "BodyLimitProxy.h"
#include "ChildProcess.h"
#include "FakeHarborApi.h"
#include "Fixtures.h"
#include "RegistryServer.h"
#include "SecretScan.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

#include <csignal>

using namespace DceUpgrade::Test;

namespace {

const QString Repository = QStringLiteral("bench");

struct PushRun
{
    int exitCode = -1;
    bool killed = false; // stopped by the test with SIGKILL
    QString out;
    QString err;
    QStringList secretHolders; // processes seen with the password in argv or environment

    std::string describe() const
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
            .arg(exitCode)
            .arg(out, err)
            .toStdString();
    }
};

// Where charts-syncer puts each image of the bundle with `containerRepository: bench` (the
// rule of bundle-format.md §3.4: the target repository, then the image's last path segment and
// its tag), with the manifest digest mkbundle.py computed for it.
struct ExpectedImage
{
    QString repository; // bench/hive
    QString tag;
    QString manifestDigest;
    QString configDigest;
};

std::vector<ExpectedImage> expectedImages(const QJsonObject &expect)
{
    std::vector<ExpectedImage> images;
    for (const QJsonValue &chart : expect.value(QStringLiteral("charts")).toArray()) {
        for (const QJsonValue &value : chart.toObject().value(QStringLiteral("images")).toArray()) {
            const QJsonObject image = value.toObject();
            for (const QJsonValue &tagged : image.value(QStringLiteral("repo_tags")).toArray()) {
                const QString reference = tagged.toString();
                const QString name = reference.section(QLatin1Char(':'), 0, -2);
                images.push_back(
                    {Repository + QLatin1Char('/') + name.section(QLatin1Char('/'), -1),
                        reference.section(QLatin1Char(':'), -1),
                        image.value(QStringLiteral("manifest_digest")).toString(),
                        image.value(QStringLiteral("config_digest")).toString()});
            }
        }
    }
    return images;
}

QString sha256Digest(const QByteArray &data)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Requests that send data: blob uploads and manifest PUTs.
QStringList writes(const QStringList &requests)
{
    QStringList found;
    for (const QString &request : requests) {
        if (request.startsWith(QLatin1String("POST "))
            || request.startsWith(QLatin1String("PATCH "))
            || request.startsWith(QLatin1String("PUT "))) {
            found.append(request);
        }
    }
    return found;
}

QStringList manifestPuts(const QStringList &requests)
{
    QStringList found;
    for (const QString &request : requests) {
        if (request.startsWith(QLatin1String("PUT "))
            && request.contains(QLatin1String("/manifests/"))) {
            found.append(request);
        }
    }
    return found;
}

class Push : public ::testing::Test
{
protected:
    // `dce-upgrade push PACKAGE --registry URL --repository bench` with the credentials of
    // `user` (through --password-stdin), the registry's CA, and `extra`. While it runs, /proc is
    // scanned for the password every 10 ms. `interruptWhen`, polled as often, SIGKILLs the push
    // when it returns true (and stops polling).
    PushRun push(const RegistryServer &registry, const QString &package, const QString &user,
        const QString &password, const QStringList &extra = {},
        const std::function<bool()> &interruptWhen = {}, const QString &url = {})
    {
        QStringList args {QStringLiteral("push"), package, QStringLiteral("--registry"),
            url.isEmpty() ? registry.url() : url, QStringLiteral("--repository"), Repository};
        if (!user.isEmpty()) {
            args += {QStringLiteral("--user"), user, QStringLiteral("--password-stdin")};
        }
        if (registry.isTls()) {
            args += {QStringLiteral("--ca-file"), registry.caFile()};
        }
        args += extra;
        return runPush(args, password.toUtf8(), interruptWhen);
    }

    static PushRun runPush(const QStringList &args, const QByteArray &password,
        const std::function<bool()> &interruptWhen = {})
    {
        PushRun run;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        guardChild(process);
        process.start(QStringLiteral(DCE_TEST_CLI), args);
        if (!process.waitForStarted(10000)) {
            ADD_FAILURE() << "dce-upgrade did not start";
            return run;
        }
        process.write(password + '\n');
        process.closeWriteChannel();
        QElapsedTimer clock;
        clock.start();
        bool interrupting = static_cast<bool>(interruptWhen);
        while (!process.waitForFinished(10)) {
            if (!password.isEmpty()) {
                for (const QString &holder : processesHolding(password)) {
                    if (!run.secretHolders.contains(holder)) {
                        run.secretHolders.append(holder);
                    }
                }
            }
            if (interrupting && interruptWhen()) {
                ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
                run.killed = true;
                interrupting = false;
            }
            if (clock.elapsed() > 180000) {
                killChild(process);
                ADD_FAILURE() << "dce-upgrade push timed out";
                break;
            }
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // skopeo reads every expected image back: manifest bytes hash to the predicted digest, the
    // config is the predicted one, and a full copy (skopeo verifies every blob) succeeds.
    void expectImagesReadable(const RegistryServer &registry, const QJsonObject &expect,
        const QString &user, bool copy = true)
    {
        const std::vector<ExpectedImage> images = expectedImages(expect);
        ASSERT_FALSE(images.empty());
        QTemporaryDir copies;
        for (const ExpectedImage &image : images) {
            const QString reference = QStringLiteral("docker://%1/%2:%3")
                                          .arg(registry.address(), image.repository, image.tag);
            const ProcessResult raw = registry.skopeo(
                {QStringLiteral("inspect"), QStringLiteral("--raw"), reference}, {}, user);
            ASSERT_TRUE(raw.ok()) << reference.toStdString() << ": " << raw.describe();
            EXPECT_EQ(sha256Digest(raw.out), image.manifestDigest) << reference.toStdString();
            EXPECT_EQ(QJsonDocument::fromJson(raw.out)
                          .object()
                          .value(QStringLiteral("config"))
                          .toObject()
                          .value(QStringLiteral("digest"))
                          .toString(),
                image.configDigest)
                << reference.toStdString();
            if (copy) {
                const QString target
                    = QStringLiteral("oci:%1/%2:%3")
                          .arg(copies.path(), image.repository.section(QLatin1Char('/'), -1),
                              image.tag);
                const ProcessResult copied
                    = registry.skopeo({QStringLiteral("copy"), reference, target}, {}, user);
                EXPECT_TRUE(copied.ok()) << reference.toStdString() << ": " << copied.describe();
            }
        }
    }

    Fixtures m_fixtures;
};

class PushInEveryMode : public Push, public ::testing::WithParamInterface<RegistryMode>
{
};

// The whole push, as the robot account where there is authentication.
TEST_P(PushInEveryMode, landsEveryImageWithChartsSyncersDigestsAndARerunSendsNothing)
{
    RegistryServer registry(GetParam());
    ASSERT_TRUE(registry.isRunning());
    const GeneratedBundle package = m_fixtures.make(QStringLiteral("package"));
    ASSERT_FALSE(package.path.isEmpty());
    const QString user = registry.hasAuth() ? RegistryServer::robotUser() : QString();
    const QString password = registry.hasAuth() ? RegistryServer::robotPassword() : QString();

    const PushRun first = push(registry, package.path, user, password);
    ASSERT_EQ(first.exitCode, 0) << first.describe();
    EXPECT_TRUE(first.secretHolders.isEmpty())
        << first.secretHolders.join(QLatin1Char('\n')).toStdString();
    expectImagesReadable(
        registry, package.expect, registry.hasAuth() ? RegistryServer::adminUser() : QString());
    const std::vector<ExpectedImage> images = expectedImages(package.expect);
    EXPECT_EQ(manifestPuts(registry.requests()).size(), qsizetype(images.size()));

    const qsizetype before = registry.requests().size();
    const PushRun rerun = push(registry, package.path, user, password);
    ASSERT_EQ(rerun.exitCode, 0) << rerun.describe();
    const QStringList again = registry.requests().mid(before);
    EXPECT_TRUE(writes(again).isEmpty()) << writes(again).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(
        rerun.out.contains(QStringLiteral("0 manifests pushed, %1 already there; 0 blobs uploaded")
                               .arg(images.size())))
        << rerun.describe();
    if (!password.isEmpty()) {
        EXPECT_TRUE(filesHolding(registry.dir(), password.toUtf8()).size() <= 1)
            << "only the fixture's own auth.json for skopeo may hold it";
        EXPECT_FALSE(first.out.contains(password) || first.err.contains(password));
    }
}

INSTANTIATE_TEST_SUITE_P(Registry, PushInEveryMode,
    ::testing::Values(RegistryMode::PlainHtpasswd, RegistryMode::TlsHtpasswd,
        RegistryMode::TlsToken, RegistryMode::Anonymous),
    [](const ::testing::TestParamInfo<RegistryMode> &param) {
        return registryModeName(param.param);
    });

class PushRefusal : public Push, public ::testing::WithParamInterface<RegistryMode>
{
};

TEST_P(PushRefusal, wrongPasswordIsNamedAndNothingIsWritten)
{
    RegistryServer registry(GetParam());
    ASSERT_TRUE(registry.isRunning());
    const GeneratedBundle package = m_fixtures.make(QStringLiteral("package"));
    const PushRun run = push(
        registry, package.path, RegistryServer::robotUser(), QStringLiteral("not-the-password"));
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    EXPECT_TRUE(run.err.contains(QLatin1String("(registry.unauthorized)"))) << run.describe();
    EXPECT_TRUE(run.err.contains(QLatin1String("robot$skoala-ci"))) << run.describe();
    EXPECT_TRUE(run.err.contains(QLatin1String("What to do:"))) << run.describe();
    EXPECT_TRUE(writes(registry.requests()).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Registry, PushRefusal,
    ::testing::Values(RegistryMode::PlainHtpasswd, RegistryMode::TlsToken),
    [](const ::testing::TestParamInfo<RegistryMode> &param) {
        return registryModeName(param.param);
    });

// distribution says "no push right" as 401 with error="insufficient_scope" (never 403): that is
// a rights problem, not a wrong password, and no manifest may appear.
TEST_F(Push, anAccountThatMayOnlyPullIsToldItMayNotPush)
{
    RegistryServer registry(RegistryMode::TlsToken);
    ASSERT_TRUE(registry.isRunning());
    const GeneratedBundle package = m_fixtures.make(QStringLiteral("package"));
    const PushRun run = push(
        registry, package.path, RegistryServer::readerUser(), RegistryServer::readerPassword());
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    EXPECT_TRUE(run.err.contains(QLatin1String("(registry.denied)"))) << run.describe();
    EXPECT_TRUE(run.err.contains(QLatin1String("reader may not push"))) << run.describe();
    EXPECT_TRUE(manifestPuts(registry.requests()).isEmpty());
    const ProcessResult catalog
        = registry.skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
            QStringLiteral("docker://%1/bench/hive:v0.28.1").arg(registry.address())});
    EXPECT_FALSE(catalog.ok()) << "nothing may have been pushed";
}

// Harbor's API and registry on one address: the FAKE Harbor API (Harbor cannot run here) passes
// /v2 to the real registry. push runs the checks of the plan's registry.check step first.
TEST_F(Push, onHarborAMissingProjectStopsThePushOrIsCreatedPrivate)
{
    RegistryServer registry(RegistryMode::PlainHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    FakeHarborOptions options;
    options.registryUpstream = registry.url();
    FakeHarborApi harbor(options);
    ASSERT_TRUE(harbor.isRunning());
    const GeneratedBundle package = m_fixtures.make(QStringLiteral("package"));
    const auto projectCreations = [&harbor] {
        int created = 0;
        for (const QJsonValue &request : harbor.requests()) {
            const QJsonObject r = request.toObject();
            if (r.value(QLatin1String("method")) == QLatin1String("POST")
                && r.value(QLatin1String("path")) == QLatin1String("/api/v2.0/projects")
                && r.value(QLatin1String("code")).toInt() == 201) {
                EXPECT_EQ(r.value(QLatin1String("project")), Repository);
                EXPECT_EQ(r.value(QLatin1String("public")), false) << "created private";
                ++created;
            }
        }
        return created;
    };

    // "bench" is not a project of this Harbor: nothing is sent, the fix is named.
    const PushRun missing = push(registry, package.path, RegistryServer::adminUser(),
        RegistryServer::adminPassword(), {}, {}, harbor.url());
    EXPECT_EQ(missing.exitCode, 1) << missing.describe();
    EXPECT_TRUE(missing.err.contains(QLatin1String("(harbor.project-missing)")))
        << missing.describe();
    EXPECT_TRUE(missing.err.contains(QLatin1String("--create-project"))) << missing.describe();
    EXPECT_TRUE(writes(registry.requests()).isEmpty())
        << writes(registry.requests()).join(QLatin1Char('\n')).toStdString();

    // A project robot may not create it (Harbor: system administrators only).
    const PushRun robot = push(registry, package.path, RegistryServer::robotUser(),
        RegistryServer::robotPassword(), {QStringLiteral("--create-project")}, {}, harbor.url());
    EXPECT_EQ(robot.exitCode, 1) << robot.describe();
    EXPECT_TRUE(robot.err.contains(QLatin1String("(harbor.denied)"))) << robot.describe();
    EXPECT_EQ(projectCreations(), 0);
    EXPECT_TRUE(writes(registry.requests()).isEmpty());

    // The administrator has it created, private, and every image follows.
    const PushRun created = push(registry, package.path, RegistryServer::adminUser(),
        RegistryServer::adminPassword(), {QStringLiteral("--create-project")}, {}, harbor.url());
    ASSERT_EQ(created.exitCode, 0) << created.describe();
    EXPECT_TRUE(created.out.contains(QLatin1String("Created the private Harbor project bench")))
        << created.describe();
    EXPECT_EQ(projectCreations(), 1);
    expectImagesReadable(registry, package.expect, RegistryServer::adminUser(), false);
    EXPECT_TRUE(created.secretHolders.isEmpty())
        << created.secretHolders.join(QLatin1Char('\n')).toStdString();
}

TEST_F(Push, aLayerThatDoesNotMatchItsDigestIsNeverCommitted)
{
    RegistryServer registry(RegistryMode::PlainHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    const GeneratedBundle bundle = m_fixtures.make(QStringLiteral("bad-digest"));
    const PushRun run = push(registry, bundle.path, RegistryServer::adminUser(),
        RegistryServer::adminPassword(), {QStringLiteral("--jobs"), QStringLiteral("1")});
    EXPECT_EQ(run.exitCode, 4) << run.describe();
    EXPECT_TRUE(run.err.contains(QLatin1String("(images.bad-digest)"))) << run.describe();
    EXPECT_TRUE(manifestPuts(registry.requests()).isEmpty()) << "no manifest after a bad blob";
    // The damaged layer's digest names no blob in the registry.
    for (const QString &request : registry.requests()) {
        EXPECT_FALSE(request.startsWith(QLatin1String("PUT "))
            && request.contains(QLatin1String("/blobs/uploads/"))
            && request.endsWith(QLatin1String(" 400")))
            << request.toStdString();
    }
    const QMap<QString, QByteArray> stored = registry.storedContent();
    for (const QJsonValue &chart : bundle.expect.value(QStringLiteral("charts")).toArray()) {
        for (const QJsonValue &image : chart.toObject().value(QStringLiteral("images")).toArray()) {
            const QJsonArray layers = image.toObject().value(QStringLiteral("layers")).toArray();
            for (const QJsonValue &layer : layers) {
                const QString hex
                    = layer.toObject().value(QStringLiteral("digest")).toString().mid(7);
                const QString blob
                    = QStringLiteral("blobs/sha256/%1/%2/data").arg(hex.left(2), hex);
                if (stored.contains(blob)) {
                    // What the registry holds under a digest is that digest's bytes.
                    EXPECT_EQ(QString::fromLatin1(stored.value(blob)), hex);
                }
            }
        }
    }
}

TEST_F(Push, aProxyThatRefusesLargeBodiesIsPassedInParts)
{
    RegistryServer registry(RegistryMode::PlainHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    BodyLimitProxy proxy(registry.url(), QStringLiteral("1m"));
    ASSERT_TRUE(proxy.isRunning());
    const GeneratedBundle bundle = m_fixtures.make(QStringLiteral("big"), {},
        {QStringLiteral("--size"), QStringLiteral("6000000"), QStringLiteral("--images"),
            QStringLiteral("2"), QStringLiteral("--layers"), QStringLiteral("4")});
    const PushRun run = push(registry, bundle.path, RegistryServer::adminUser(),
        RegistryServer::adminPassword(), {}, {}, proxy.url());
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_GT(proxy.refusedAsTooLarge(), 0) << "the layers must have been too large for the proxy";
    EXPECT_TRUE(run.out.contains(QLatin1String("in parts"))) << run.describe();
    // Chunks carry a Content-Range; more PATCHes than blobs reached the registry.
    int patches = 0;
    for (const QString &request : registry.requests()) {
        patches += request.startsWith(QLatin1String("PATCH ")) ? 1 : 0;
    }
    EXPECT_GT(patches, 6);
    // Read back directly from the registry, not through the proxy. (The big bundle's images
    // are not in repo_tags form for a package: read them from expect too.)
    expectImagesReadable(registry, bundle.expect, RegistryServer::adminUser());
}

TEST_F(Push, aRegistryThatCannotWriteGivesItsReasonAndNoManifest)
{
    RegistryServer registry(RegistryMode::PlainHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    const GeneratedBundle bundle = m_fixtures.make(QStringLiteral("big"), {},
        {QStringLiteral("--size"), QStringLiteral("4000000"), QStringLiteral("--images"),
            QStringLiteral("1"), QStringLiteral("--layers"), QStringLiteral("2")});
    // Every layer is about 2 MB: a 1 MB file size limit fails the first layer's write, as a
    // full disk would.
    ASSERT_TRUE(registry.setFileSizeLimit(1000000));
    const PushRun full
        = push(registry, bundle.path, RegistryServer::adminUser(), RegistryServer::adminPassword());
    EXPECT_EQ(full.exitCode, 1) << full.describe();
    EXPECT_TRUE(full.err.contains(QLatin1String("(registry.storage-full)"))) << full.describe();
    EXPECT_TRUE(full.err.contains(QLatin1String("file too large"))) << full.describe();
    EXPECT_TRUE(manifestPuts(registry.requests()).isEmpty());

    ASSERT_TRUE(registry.setReadOnly(true));
    const PushRun readOnly
        = push(registry, bundle.path, RegistryServer::adminUser(), RegistryServer::adminPassword());
    EXPECT_EQ(readOnly.exitCode, 1) << readOnly.describe();
    EXPECT_TRUE(readOnly.err.contains(QLatin1String("405"))) << readOnly.describe();
    EXPECT_TRUE(manifestPuts(registry.requests()).isEmpty());
}

TEST_F(Push, unreachableAndUntrustedRegistriesAreNamed)
{
    RegistryServer registry(RegistryMode::TlsHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    const GeneratedBundle package = m_fixtures.make(QStringLiteral("package"));
    // Without the CA: the certificate is not trusted.
    const PushRun untrusted = runPush(
        {QStringLiteral("push"), package.path, QStringLiteral("--registry"), registry.url(),
            QStringLiteral("--repository"), Repository, QStringLiteral("--user"),
            RegistryServer::adminUser(), QStringLiteral("--password-stdin")},
        RegistryServer::adminPassword().toUtf8());
    EXPECT_EQ(untrusted.exitCode, 1) << untrusted.describe();
    EXPECT_TRUE(untrusted.err.contains(QLatin1String("(registry.tls)"))) << untrusted.describe();
    // --insecure accepts it (and says so nowhere in a way that leaks anything).
    const PushRun insecure
        = runPush({QStringLiteral("push"), package.path, QStringLiteral("--registry"),
                      registry.url(), QStringLiteral("--repository"), Repository,
                      QStringLiteral("--user"), RegistryServer::adminUser(),
                      QStringLiteral("--password-stdin"), QStringLiteral("--insecure")},
            RegistryServer::adminPassword().toUtf8());
    EXPECT_EQ(insecure.exitCode, 0) << insecure.describe();

    ASSERT_TRUE(registry.stop());
    const PushRun down = push(
        registry, package.path, RegistryServer::adminUser(), RegistryServer::adminPassword());
    EXPECT_EQ(down.exitCode, 1) << down.describe();
    EXPECT_TRUE(down.err.contains(QLatin1String("(registry.unreachable)"))) << down.describe();
}

// With Bearer auth the token service is a host of its own (Harbor's core, behind the registry):
// when it is down, the error names it, not the registry that answered.
TEST_F(Push, anUnreachableTokenServiceIsNamedNotTheRegistry)
{
    RegistryServer registry(RegistryMode::TlsToken);
    ASSERT_TRUE(registry.isRunning());
    const GeneratedBundle package = m_fixtures.make(QStringLiteral("package"));
    ASSERT_TRUE(registry.stopTokenServer());
    const QString tokenHost = QUrl(registry.tokenRealm()).authority();
    ASSERT_NE(tokenHost, registry.address());

    const PushRun run = push(
        registry, package.path, RegistryServer::adminUser(), RegistryServer::adminPassword());
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    EXPECT_TRUE(run.err.contains(QLatin1String("(registry.unreachable)"))) << run.describe();
    EXPECT_TRUE(run.err.contains(QStringLiteral("The token service %1 of the registry %2 cannot be "
                                                "reached")
                                     .arg(tokenHost, registry.address())))
        << run.describe();
    EXPECT_FALSE(run.err.contains(
        QStringLiteral("The registry %1 cannot be reached").arg(registry.address())))
        << run.describe();
    EXPECT_TRUE(manifestPuts(registry.requests()).isEmpty());
}

// A chart publication that fails on this machine (the chart directory cannot be made: a file
// is in its way) is exit 5, "something on this machine", not 3 "the package cannot be used".
TEST_F(Push, aChartThatCannotBeWrittenHereIsAnEnvironmentFailure)
{
    RegistryServer registry(RegistryMode::TlsHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    const GeneratedBundle package = m_fixtures.make(QStringLiteral("package"));
    const QString blocker = m_fixtures.writeFile(QStringLiteral("not-a-directory"), "x");
    const PushRun run
        = push(registry, package.path, RegistryServer::adminUser(), RegistryServer::adminPassword(),
            {QStringLiteral("--chart-target"), QStringLiteral("local"),
                QStringLiteral("--chart-repo"), blocker + QLatin1String("/charts")});
    EXPECT_EQ(run.exitCode, 5) << run.describe();
    EXPECT_TRUE(run.err.contains(QLatin1String("(chart.publish-local)"))) << run.describe();
}

// Interrupted pushes. The bundle is large enough (about 48 MB in 12 layers, one upload at a
// time) that the interruption lands in the middle; the rerun must complete, and the registry
// must then store exactly what an uninterrupted push into a fresh registry stores.
class InterruptedPush : public Push
{
protected:
    void SetUp() override
    {
        m_bundle = m_fixtures.make(QStringLiteral("big"), {},
            {QStringLiteral("--size"), QStringLiteral("48000000"), QStringLiteral("--images"),
                QStringLiteral("3"), QStringLiteral("--layers"), QStringLiteral("12")});
        ASSERT_FALSE(m_bundle.path.isEmpty());
        RegistryServer reference(RegistryMode::PlainHtpasswd);
        ASSERT_TRUE(reference.isRunning());
        const PushRun run = push(
            reference, m_bundle.path, RegistryServer::adminUser(), RegistryServer::adminPassword());
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        m_reference = reference.storedContent();
        ASSERT_FALSE(m_reference.isEmpty());
    }

    static int committedBlobs(const RegistryServer &registry)
    {
        int committed = 0;
        for (const QString &request : registry.requests()) {
            committed += request.startsWith(QLatin1String("PUT "))
                    && request.endsWith(QLatin1String(" 201"))
                ? 1
                : 0;
        }
        return committed;
    }

    GeneratedBundle m_bundle;
    QMap<QString, QByteArray> m_reference;
};

TEST_F(InterruptedPush, registryKilledMidPushThenRestartedCompletesOnARerun)
{
    RegistryServer registry(RegistryMode::PlainHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    bool stopped = false;
    const PushRun broken = push(registry, m_bundle.path, RegistryServer::adminUser(),
        RegistryServer::adminPassword(), {QStringLiteral("--jobs"), QStringLiteral("1")}, [&] {
            if (!stopped && committedBlobs(registry) >= 2) {
                stopped = registry.stop();
            }
            return false; // the push itself is never killed here
        });
    ASSERT_TRUE(stopped) << "the push ended before the registry could be stopped: "
                         << broken.describe();
    EXPECT_EQ(broken.exitCode, 1) << broken.describe();
    EXPECT_TRUE(broken.err.contains(QLatin1String("(registry.unreachable)"))) << broken.describe();
    EXPECT_TRUE(broken.out.contains(QLatin1String("trying again")))
        << "retried with backoff first: " << broken.describe();
    EXPECT_TRUE(manifestPuts(registry.requests()).isEmpty());

    ASSERT_TRUE(registry.start());
    const qsizetype before = registry.requests().size();
    const PushRun rerun = push(
        registry, m_bundle.path, RegistryServer::adminUser(), RegistryServer::adminPassword());
    ASSERT_EQ(rerun.exitCode, 0) << rerun.describe();
    // Blobs committed before the crash are not sent again.
    int uploadsAgain = 0;
    for (const QString &request : registry.requests().mid(before)) {
        uploadsAgain += request.startsWith(QLatin1String("PUT "))
                && request.contains(QLatin1String("/blobs/uploads/"))
            ? 1
            : 0;
    }
    EXPECT_LT(uploadsAgain, 15) << "15 blobs in all, at least 2 were already in";
    EXPECT_EQ(registry.storedContent(), m_reference);
}

TEST_F(InterruptedPush, pushKilledAtAnyMomentCompletesOnARerun)
{
    RegistryServer registry(RegistryMode::TlsToken);
    ASSERT_TRUE(registry.isRunning());
    const PushRun killed = push(registry, m_bundle.path, RegistryServer::robotUser(),
        RegistryServer::robotPassword(), {QStringLiteral("--jobs"), QStringLiteral("2")},
        [&] { return committedBlobs(registry) >= 3; });
    ASSERT_TRUE(killed.killed) << "the push ended before it could be killed: " << killed.describe();
    EXPECT_TRUE(killed.secretHolders.isEmpty());
    const PushRun rerun = push(
        registry, m_bundle.path, RegistryServer::robotUser(), RegistryServer::robotPassword());
    ASSERT_EQ(rerun.exitCode, 0) << rerun.describe();
    EXPECT_EQ(registry.storedContent(), m_reference);
}

} // namespace
