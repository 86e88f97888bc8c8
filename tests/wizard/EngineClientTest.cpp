#include "EngineClient.h"

#include "model/UpgradePlan.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

struct Ended
{
    bool done = false;
    EngineClient::Ending ending = EngineClient::Ending::Crashed;
    int exitCode = -1;
    QStringList lastLines;
};

void watch(EngineClient &client, Ended &ended)
{
    QObject::connect(&client, &EngineClient::finished, &client,
        [&ended](EngineClient::Ending ending, int exitCode, const QStringList &lastLines) {
            EXPECT_FALSE(ended.done) << "finished() came twice";
            ended = {true, ending, exitCode, lastLines};
        });
}

QByteArray cmdlineOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The real engine refuses a plan it cannot read: the client ends with its exit code and keeps
// what the engine said on stderr, for the page to show.
TEST(EngineClientTest, RealEngineFailureKeepsItsLastLines)
{
    QTemporaryDir dir;
    EngineClient client;
    client.setProgram(QStringLiteral(DCE_TEST_CLI));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_STATE_HOME"), dir.path());
    client.setEnvironment(environment);
    Ended ended;
    watch(client, ended);
    client.start({QStringLiteral("run"), QStringLiteral("--plan"),
                     dir.filePath(QStringLiteral("missing.yaml")), QStringLiteral("--events"),
                     QStringLiteral("-"), QStringLiteral("--secrets-stdin")},
        {{RegistryPasswordId, QByteArrayLiteral("pw")}});
    EXPECT_TRUE(client.isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.done; }, 20000));
    EXPECT_FALSE(client.isRunning());
    EXPECT_EQ(ended.ending, EngineClient::Ending::Exited);
    EXPECT_NE(ended.exitCode, 0);
    EXPECT_TRUE(ended.lastLines.join(QLatin1Char('\n')).contains(QStringLiteral("missing.yaml")))
        << ended.lastLines.join(QLatin1Char('\n')).toStdString();
}

// The secrets reach the worker as one JSON line on stdin, never in its arguments; the worker is
// told the UI's language.
TEST(EngineClientTest, SecretsGoToStdinOnly)
{
    QTemporaryDir dir;
    const QString stdinCopy = dir.filePath(QStringLiteral("stdin"));
    EngineClient client;
    client.setProgram(QStringLiteral(DCE_TEST_FAKE_TOOL));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FAKE_STDIN_TO"), stdinCopy);
    environment.insert(QStringLiteral("FAKE_HANG"), QStringLiteral("1"));
    client.setEnvironment(environment);
    client.setCancelGraceMs(2000);
    Ended ended;
    watch(client, ended);
    const QByteArray password = QByteArrayLiteral("Rb0t$pa ss'\"w0rd");
    client.start({QStringLiteral("run")}, {{RegistryPasswordId, password}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile(stdinCopy).size() > 0; }, 10000));

    QFile saved(stdinCopy);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QByteArray line = saved.readAll();
    EXPECT_TRUE(line.endsWith('\n'));
    EXPECT_EQ(line.count('\n'), 1);
    const QJsonObject secrets = QJsonDocument::fromJson(line).object();
    EXPECT_EQ(secrets.value(RegistryPasswordId).toString().toUtf8(), password);

    // The worker's arguments carry the language, never the password.
    ASSERT_GT(client.processId(), 0);
    const QByteArray cmdline = cmdlineOf(client.processId());
    EXPECT_TRUE(cmdline.contains("fake-tool")) << cmdline.constData();
    EXPECT_FALSE(cmdline.contains(password));
    EXPECT_TRUE(cmdline.contains("--lang"));

    client.cancel();
    client.cancel(); // any number of times
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.done; }, 10000));
    EXPECT_TRUE(client.cancelRequested());
    // No run-finished event came: the worker did not end on its own terms.
    EXPECT_EQ(ended.ending, EngineClient::Ending::Canceled);
}

// A worker that cannot be started ends at once with a reason, never silently.
TEST(EngineClientTest, MissingWorkerFailsToStart)
{
    EngineClient client;
    client.setProgram(QStringLiteral("/nonexistent/dce-upgrade"));
    Ended ended;
    watch(client, ended);
    client.start({QStringLiteral("run")}, {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.done; }, 10000));
    EXPECT_EQ(ended.ending, EngineClient::Ending::FailedToStart);
    EXPECT_FALSE(ended.lastLines.isEmpty());
}

} // namespace DceUpgrade::Wizard::Test
