// Docker on every node (sync.method docker, sync.docker: nodes): the same sessions as containerd
// with `docker load`, `docker tag` and `docker images`. No Docker daemon can run here, so each
// node's PATH (its sshd's SetEnv) starts with a FAKE docker (tests/support/fake-tools/fake-docker,
// in its node role) that refuses any stdin that is not byte for byte one of the package's
// images.tar, and records every call: the test checks both.
#include "FakeDocker.h"
#include "NodesFixture.h"

#include "bundle/PackageReader.h"

using namespace DceUpgrade::Test;

namespace {

class DockerNodes : public NodesFixture
{
};

// The argument list a call of the fake was given.
QStringList argvOf(const QJsonObject &call)
{
    QStringList argv;
    for (const QJsonValue &arg : call.value(QLatin1String("argv")).toArray()) {
        argv.append(arg.toString());
    }
    return argv;
}

} // namespace

TEST_F(DockerNodes, EveryNodeLoadsThePackagesStreamsAndTagsTheRelocatedNames)
{
    const DceUpgrade::Package package = DceUpgrade::PackageReader::open(m_package.path);
    FakeDocker firstDocker;
    FakeDocker secondDocker;
    ASSERT_TRUE(firstDocker.isValid() && secondDocker.isValid());
    for (const FakeDocker *docker : {&firstDocker, &secondDocker}) {
        docker->write(QStringLiteral("node"), {});
        docker->expectImagesOf(package);
    }
    TestNode first("PATH=" + firstDocker.binDir().toUtf8() + ":/usr/bin:/bin");
    TestNode second("PATH=" + secondDocker.binDir().toUtf8() + ":/usr/bin:/bin");
    const CliRun run = runCli(runArguments(nodesPlan(first.yaml() + second.yaml(),
        QStringLiteral("  docker: nodes\n  knownHostsFile: %1\n")
            .arg(knownHosts({&first, &second})),
        QStringLiteral("docker"))));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("images.import")), QStringLiteral("ok"));
    EXPECT_TRUE(run.step(QStringLiteral("docker.push")).isEmpty()) << "nothing is pushed";
    EXPECT_TRUE(run.step(QStringLiteral("docker.login")).isEmpty());

    const QStringList expected = relocatedImages();
    const std::pair<const TestNode *, const FakeDocker *> nodes[]
        = {{&first, &firstDocker}, {&second, &secondDocker}};
    for (const auto &[node, docker] : nodes) {
        EXPECT_EQ(unitEnd(run, node->id()).value(QLatin1String("state")), QStringLiteral("ok"));
        // The fake took both streams (it refuses, exit 97, any other bytes), one per session.
        QStringList loaded;
        for (const QJsonObject &event : docker->events()) {
            if (event.value(QLatin1String("event")) == QLatin1String("load")) {
                loaded.append(event.value(QLatin1String("sha256")).toString());
            }
        }
        const QStringList tagged = docker->tagged();
        EXPECT_EQ(loaded.size(), 2) << node->id().toStdString();
        loaded.removeDuplicates();
        EXPECT_EQ(loaded.size(), 2) << "each images.tar once";
        EXPECT_TRUE(missingFrom(expected, tagged).isEmpty())
            << missingFrom(expected, tagged).join(QLatin1Char(' ')).toStdString();
        // Exactly these command lines, in this order per session: load, tags, images.
        QStringList commands;
        for (const QJsonObject &call : docker->calls()) {
            commands.append(argvOf(call).value(0));
            EXPECT_TRUE(call.value(QLatin1String("dockerConfig")).toString().isEmpty())
                << "no DOCKER_CONFIG on a node";
        }
        EXPECT_EQ(commands.first(), QStringLiteral("load"));
        EXPECT_EQ(commands.count(QStringLiteral("load")), 2);
        EXPECT_EQ(commands.count(QStringLiteral("images")), 2);
        EXPECT_EQ(commands.count(QStringLiteral("tag")), expected.size());
        EXPECT_EQ(node->sessions(), 2);
    }
}

// A node whose Docker is stopped fails alone, with Docker's own words and the fix.
TEST_F(DockerNodes, ADockerThatIsNotRunningIsThatNodesFailure)
{
    const DceUpgrade::Package package = DceUpgrade::PackageReader::open(m_package.path);
    FakeDocker runningDocker;
    FakeDocker stoppedDocker;
    for (const FakeDocker *docker : {&runningDocker, &stoppedDocker}) {
        docker->write(QStringLiteral("node"), {});
        docker->expectImagesOf(package);
    }
    stoppedDocker.write(QStringLiteral("mode"), "daemon-down");
    TestNode running("PATH=" + runningDocker.binDir().toUtf8() + ":/usr/bin:/bin");
    TestNode stopped("PATH=" + stoppedDocker.binDir().toUtf8() + ":/usr/bin:/bin");
    const CliRun run = runCli(runArguments(nodesPlan(running.yaml() + stopped.yaml(),
        QStringLiteral("  docker: nodes\n  knownHostsFile: %1\n")
            .arg(knownHosts({&running, &stopped})),
        QStringLiteral("docker"))));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_EQ(unitEnd(run, running.id()).value(QLatin1String("state")), QStringLiteral("ok"));
    const QJsonObject failed = unitEnd(run, stopped.id());
    EXPECT_EQ(failed.value(QLatin1String("code")), QStringLiteral("node.runtime-down"))
        << run.describe();
    EXPECT_TRUE(failed.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("Is the docker daemon running")));
    EXPECT_TRUE(failed.value(QLatin1String("hint"))
                    .toString()
                    .contains(QLatin1String("systemctl start docker")));
}
