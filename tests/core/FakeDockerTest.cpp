// The FAKE docker must be able to fail the tests that use it: it refuses what the engine must
// never do (no private DOCKER_CONFIG, the password in argv or environment, a stream that is not
// the package's images.tar, a command line docker would not get from us) and replays the
// daemon's refusals.
#include "FakeDocker.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace DceUpgrade::Test;

namespace {

const QByteArray Password = QByteArrayLiteral("C0re-only$pw pa\"ss'word");

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class FakeDockerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_fake.isValid() && m_config.isValid());
        ASSERT_TRUE(QFile::setPermissions(m_config.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        m_fake.expectLogin(QStringLiteral("robot$skoala"), Password);
        m_fake.write(QStringLiteral("expected-load.sha256"),
            "0000000000000000000000000000000000000000000000000000000000000000\n");
    }

    Outcome docker(const QStringList &arguments, const QByteArray &input = {},
        const QMap<QString, QString> &environment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_CONFIG"), m_config.path());
        for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
            if (it.value().isNull()) {
                env.remove(it.key());
            } else {
                env.insert(it.key(), it.value());
            }
        }
        process.setProcessEnvironment(env);
        process.start(m_fake.program(), arguments);
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(30000));
        return {
            process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    FakeDocker m_fake;
    QTemporaryDir m_config;
};

const QStringList Version {
    QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")};

} // namespace

TEST_F(FakeDockerTest, ServesTheCommandsTheEngineRuns)
{
    const Outcome version = docker(Version);
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_FALSE(version.out.trimmed().isEmpty());
    const Outcome login = docker(
        {QStringLiteral("login"), QStringLiteral("10.16.23.145"), QStringLiteral("--username"),
            QStringLiteral("robot$skoala"), QStringLiteral("--password-stdin")},
        Password + '\n');
    EXPECT_EQ(login.exitCode, 0) << login.err.toStdString();
    EXPECT_TRUE(login.out.contains("Login Succeeded"));
    EXPECT_TRUE(QFile::exists(m_config.filePath(QStringLiteral("config.json"))));
}

TEST_F(FakeDockerTest, RefusesAConfigurationDirectoryThatIsNotPrivate)
{
    EXPECT_EQ(docker(Version, {}, {{QStringLiteral("DOCKER_CONFIG"), QString()}}).exitCode, 97);
    ASSERT_TRUE(QFile::setPermissions(m_config.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    const Outcome open = docker(Version);
    EXPECT_EQ(open.exitCode, 97);
    EXPECT_TRUE(open.err.contains("0700")) << open.err.toStdString();
}

TEST_F(FakeDockerTest, RefusesThePasswordInArgvOrEnvironmentAndOtherCommandLines)
{
    EXPECT_EQ(
        docker({QStringLiteral("login"), QStringLiteral("h"), QStringLiteral("--username"),
                   QStringLiteral("u"), QStringLiteral("--password"), QString::fromUtf8(Password)})
            .exitCode,
        97);
    EXPECT_EQ(docker(Version, {}, {{QStringLiteral("SOME_SECRET"), QString::fromUtf8(Password)}})
                  .exitCode,
        97);
    EXPECT_EQ(docker({QStringLiteral("images")}).exitCode, 97);
    EXPECT_EQ(docker({QStringLiteral("load"), QStringLiteral("-i"), QStringLiteral("images.tar")})
                  .exitCode,
        97);
}

TEST_F(FakeDockerTest, RefusesALoadStreamThatIsNotThePackagesImagesTar)
{
    const Outcome load = docker({QStringLiteral("load")}, "not the images.tar");
    EXPECT_EQ(load.exitCode, 97);
    EXPECT_TRUE(load.err.contains("is not one of the package's images.tar"));
}

TEST_F(FakeDockerTest, AWrongPasswordGetsTheDaemonsRefusal)
{
    const Outcome login = docker(
        {QStringLiteral("login"), QStringLiteral("10.16.23.145"), QStringLiteral("--username"),
            QStringLiteral("robot$skoala"), QStringLiteral("--password-stdin")},
        "wrong\n");
    EXPECT_EQ(login.exitCode, 1);
    EXPECT_TRUE(login.err.startsWith("Error response from daemon: Get "
                                     "\"https://10.16.23.145/v2/\": unauthorized: "))
        << login.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_config.filePath(QStringLiteral("config.json"))));
}

TEST_F(FakeDockerTest, ItsModesReplayTheDaemonsMessages)
{
    m_fake.write(QStringLiteral("mode"), "daemon-down");
    const Outcome down = docker(Version);
    EXPECT_EQ(down.exitCode, 1);
    EXPECT_EQ(down.err,
        "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker "
        "daemon running?\n");
    m_fake.write(QStringLiteral("mode"), "permission-denied");
    const Outcome denied = docker(Version);
    EXPECT_EQ(denied.exitCode, 1);
    EXPECT_TRUE(denied.err.startsWith("permission denied while trying to connect to the Docker "
                                      "daemon socket at unix:///var/run/docker.sock"));
}

// On a node (sync.docker: nodes) nobody logs in: docker runs without DOCKER_CONFIG, loads, tags
// and lists, and refuses to log in or push.
TEST_F(FakeDockerTest, ANodeLoadsTagsAndListsWithoutAConfigurationDirectory)
{
    m_fake.write(QStringLiteral("node"), "");
    const QMap<QString, QString> noConfig {{QStringLiteral("DOCKER_CONFIG"), QString()}};
    EXPECT_EQ(docker(Version, {}, noConfig).exitCode, 0);
    EXPECT_EQ(docker({QStringLiteral("push"), QStringLiteral("10.16.23.145/skoala/hive:v1")}, {},
                  noConfig)
                  .exitCode,
        97);
    const Outcome images = docker({QStringLiteral("images"), QStringLiteral("--format"),
                                      QStringLiteral("{{.Repository}}:{{.Tag}}")},
        {}, noConfig);
    EXPECT_EQ(images.exitCode, 0) << images.err.toStdString();
    EXPECT_TRUE(images.out.isEmpty()) << "nothing loaded yet";
}
