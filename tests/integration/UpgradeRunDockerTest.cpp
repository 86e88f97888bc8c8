// `dce-upgrade run` with `sync.method: docker` from this host, end to end: Docker checked, login,
// both bundles' images.tar streamed into docker load, tag and push into the real TLS registry,
// the login removed, then the upgrade from the package's chart against the Kubernetes API
// stand-in with the real helm. docker is tests/support/fake-tools/fake-docker (no Docker daemon
// can run here): strict about argv, DOCKER_CONFIG, the password on stdin and the bytes it is
// fed, and it pushes for real with skopeo, so skopeo, the engine's image check and helm see real
// images in the registry.
#include "FakeDocker.h"
#include "UpgradeRunFixture.h"

#include "bundle/PackageReader.h"

using namespace DceUpgrade;
using namespace DceUpgrade::Test;

namespace {

class UpgradeRunWithDocker : public UpgradeRunAtASite
{
protected:
    void SetUp() override
    {
        UpgradeRunAtASite::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(m_docker.isValid());
        m_docker.expectLogin(User, Password.toUtf8());
        m_docker.expectImagesOf(PackageReader::open(m_package.path));
    }

    QProcessEnvironment cliEnvironment() const override
    {
        QProcessEnvironment environment = UpgradeRunAtASite::cliEnvironment();
        environment.insert(QStringLiteral("PATH"),
            m_docker.binDir() + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        return environment;
    }

    QString writeDockerPlan()
    {
        return writePlanFile(skoalaPlan(fixtureRegistry(Repository),
            QStringLiteral("  method: docker\n  docker: registry\n  chartTarget: none\n"),
            QStringLiteral("  method: chart-package\n")));
    }

    bool inRegistry(const QString &image) const
    {
        return m_registry
            .skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
                QStringLiteral("docker://") + image})
            .ok();
    }

    // The login is gone (directory and all), no docker runs, no password anywhere.
    void expectNoLoginLeft(const CliRun &run)
    {
        EXPECT_EQ(run.state(QStringLiteral("docker.logout")), QStringLiteral("ok"))
            << run.describe();
        expectNoDockerLoginLeftIn(run.session);
        EXPECT_TRUE(m_docker.stillRunning().isEmpty()) << "a docker was left running";
        expectNoSecretLeft(run);
    }

    FakeDocker m_docker;
};

} // namespace

TEST_P(UpgradeRunWithDocker, LoadsTagsAndPushesEveryImageThenTheUpgradeUsesThem)
{
    const CliRun run = runCli(runArguments(writeDockerPlan()));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    for (const char *id : {"docker.check", "docker.login", "docker.load", "docker.push",
             "docker.logout", "images.check:skoala", "helm.upgrade:skoala"}) {
        EXPECT_EQ(run.state(QString::fromLatin1(id)), QStringLiteral("ok")) << id << run.describe();
    }
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    EXPECT_EQ(firstImageOf(QStringLiteral("skoala-skoala")),
        m_registry.address() + QLatin1Char('/') + Repository + QLatin1String("/hive:v0.28.1"));

    // skopeo, an independent client, finds every relocated image of both charts.
    const QStringList images = relocatedImages();
    EXPECT_EQ(images.size(), 8);
    for (const QString &image : images) {
        EXPECT_TRUE(inRegistry(image)) << image.toStdString();
    }
    EXPECT_EQ(m_docker.callsOf(QStringLiteral("push")).size(), images.size());
    EXPECT_TRUE(run.said(QStringLiteral("docker.push")).contains(QLatin1String("8 image")))
        << run.describe();
    EXPECT_EQ(m_docker.callsOf(QStringLiteral("load")).size(), 2) << "one stream per bundle";
    EXPECT_TRUE(run.reportedProgress(QStringLiteral("docker.load"), QStringLiteral("bytes")))
        << "the load reports the bytes fed to docker";
    // The private CA: the plan says where Docker wants it; Docker treats a loopback registry as
    // insecure (dockerd always lists 127.0.0.0/8), and the check says so.
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("/etc/docker/certs.d/%1/ca.crt").arg(m_registry.address()).toUtf8()))
        << run.err.toStdString();
    EXPECT_TRUE(
        run.said(QStringLiteral("docker.check"))
            .contains(
                QStringLiteral("treats %1 as an insecure registry").arg(m_registry.address())))
        << run.describe();
    expectNoLoginLeft(run);
}

TEST_P(UpgradeRunWithDocker, AWrongPasswordStopsAtTheLoginAndNothingIsPushed)
{
    m_password = QStringLiteral("not-the-password");
    const CliRun run = runCli(runArguments(writeDockerPlan()));
    EXPECT_EQ(run.exitCode, 1) << run.describe(); // a registry failure
    const QJsonObject login = run.step(QStringLiteral("docker.login"));
    EXPECT_EQ(login.value(QLatin1String("code")), QStringLiteral("registry.unauthorized"))
        << run.describe();
    const QString message = login.value(QLatin1String("message")).toString();
    EXPECT_TRUE(message.contains(QLatin1String("unauthorized: incorrect username or password")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(User)) << message.toStdString();
    EXPECT_TRUE(run.step(QStringLiteral("docker.load")).isEmpty()) << run.describe();
    EXPECT_TRUE(m_docker.callsOf(QStringLiteral("load")).isEmpty());
    EXPECT_TRUE(m_docker.callsOf(QStringLiteral("push")).isEmpty());
    EXPECT_FALSE(inRegistry(relocatedImages().constFirst()));
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
    expectNoLoginLeft(run);
}

TEST_P(UpgradeRunWithDocker, DockerNotRunningIsToldBeforeAnyOtherWorkOfTheSync)
{
    m_docker.write(QStringLiteral("mode"), "daemon-down");
    const CliRun run = runCli(runArguments(writeDockerPlan()));
    EXPECT_EQ(run.exitCode, 5) << run.describe(); // a tool on this machine is unusable
    const QJsonObject check = run.step(QStringLiteral("docker.check"));
    EXPECT_EQ(check.value(QLatin1String("code")), QStringLiteral("tool.docker-not-running"))
        << run.describe();
    EXPECT_TRUE(check.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("Cannot connect to the Docker daemon")));
    EXPECT_TRUE(check.value(QLatin1String("hint"))
                    .toString()
                    .contains(QLatin1String("sudo systemctl start docker")));
    // docker version was the only call: no login, no load.
    ASSERT_EQ(m_docker.calls().size(), 1) << run.describe();
    EXPECT_EQ(m_docker.callsOf(QStringLiteral("version")).size(), 1);
    EXPECT_TRUE(run.step(QStringLiteral("docker.login")).isEmpty());
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
    expectNoLoginLeft(run);
}

TEST_P(UpgradeRunWithDocker, ACancelWhileDockerLoadsLeavesNoLoginAndNoDocker)
{
    m_docker.write(QStringLiteral("load-pause"), "60");
    bool canceled = false;
    const CliRun run
        = runCli(runArguments(writeDockerPlan()), [&](const QJsonObject &event, QProcess &process) {
              if (!canceled && event.value(QLatin1String("type")) == QLatin1String("progress")
                  && event.value(QLatin1String("step")) == QLatin1String("docker.load")) {
                  canceled = true;
                  process.terminate(); // SIGTERM, as the wizard's Cancel
              }
          });
    EXPECT_TRUE(canceled) << run.describe();
    EXPECT_EQ(run.exitCode, 130) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("docker.load")), QStringLiteral("canceled"))
        << run.describe();
    EXPECT_TRUE(run.step(QStringLiteral("docker.push")).isEmpty());
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
    expectNoLoginLeft(run);
}

TEST_P(UpgradeRunWithDocker, AFailedPushIsFinishedByAResumeThatPushesOnlyWhatIsMissing)
{
    // The registry loses the upload of one image (as when its disk is full); the others go.
    m_docker.write(QStringLiteral("push-fail"), "/hive:v0.28.1\tblob upload unknown\n");
    const CliRun run = runCli(runArguments(writeDockerPlan()));
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    const QJsonObject push = run.step(QStringLiteral("docker.push"));
    EXPECT_EQ(push.value(QLatin1String("code")), QStringLiteral("registry.upload-lost"))
        << run.describe();
    const QString hive
        = m_registry.address() + QLatin1Char('/') + Repository + QLatin1String("/hive:v0.28.1");
    EXPECT_TRUE(push.value(QLatin1String("message")).toString().contains(hive)) << run.describe();
    const QStringList images = relocatedImages();
    for (const QString &image : images) {
        EXPECT_EQ(inRegistry(image), image != hive) << image.toStdString();
    }
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
    expectNoLoginLeft(run);

    // The registry has room again: the rerun logs in again, loads nothing and pushes hive only.
    m_docker.write(QStringLiteral("push-fail"), "");
    const qsizetype pushesBefore = m_docker.callsOf(QStringLiteral("push")).size();
    const CliRun again = runCli(resumeArguments(run.session));
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(again.state(QStringLiteral("docker.login")), QStringLiteral("ok"));
    EXPECT_EQ(again.state(QStringLiteral("docker.load")), QStringLiteral("skipped"));
    const QList<QStringList> pushes = m_docker.callsOf(QStringLiteral("push"));
    const QList<QStringList> onlyHive {{QStringLiteral("push"), hive}};
    EXPECT_EQ(pushes.mid(pushesBefore), onlyHive);
    EXPECT_TRUE(again.said(QStringLiteral("docker.push"))
                    .contains(QLatin1String("1 pushed now, 7 in an earlier run")))
        << again.describe();
    EXPECT_TRUE(inRegistry(hive));
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    expectNoLoginLeft(again);
}

// The sync does not depend on the helm generation: helm 3 only.
INSTANTIATE_TEST_SUITE_P(Helm, UpgradeRunWithDocker, ::testing::Values(3), helmTestName);
