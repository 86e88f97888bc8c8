// `dce-upgrade run` with the images imported on every node (sync.method containerd): real
// containerd daemons behind real sshd on loopback, the real ctr on the "nodes", the real helm 3
// against the Kubernetes API stand-in after the import. Each node's result is checked on the
// node itself (ctr against its containerd), not through the engine.
#include "NodesFixture.h"

#include <QFile>

#include <csignal>

using namespace DceUpgrade::Test;

namespace {

class NodeImport : public NodesFixture
{
};

bool sawLogTaggedWith(const CliRun &run, const QString &unit)
{
    for (const QJsonObject &event : run.events) {
        if (event.value(QLatin1String("type")) == QLatin1String("log")
            && event.value(QLatin1String("text"))
                   .toString()
                   .startsWith(QLatin1Char('[') + unit + QLatin1String("] "))) {
            return true;
        }
    }
    return false;
}

} // namespace

// Two nodes on one host (two ports: two nodes), at once; accept-new records their keys in the
// plan's known_hosts file, never in the user's own. Then helm upgrades against the stand-in.
TEST_F(NodeImport, EveryImageReachesBothNodesUnderItsRelocatedNameThenHelmUpgrades)
{
    TestNode first;
    TestNode second;
    ASSERT_TRUE(first.sshd.isRunning() && second.sshd.isRunning());
    const QString knownHosts = m_fixtures.writeFile(QStringLiteral("fresh_known_hosts"), {});
    const QByteArray ownKnownHosts
        = readWholeFile(QDir::homePath() + QStringLiteral("/.ssh/known_hosts"));
    const QString plan = nodesPlan(first.yaml() + second.yaml(),
        QStringLiteral("  parallelNodes: 2\n  knownHostsFile: %1\n  hostKeys: accept-new\n")
            .arg(knownHosts));
    // hostKeys: the plan's last word wins over the fixture's strict.
    QByteArray planText = readWholeFile(plan);
    planText.replace("  hostKeys: strict\n", "");
    ASSERT_TRUE(writeTextFile(plan, planText));

    const CliRun run = runCli(runArguments(plan));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("images.import")), QStringLiteral("ok"));
    EXPECT_EQ(run.state(QStringLiteral("helm.upgrade:skoala")), QStringLiteral("ok"));
    EXPECT_TRUE(run.step(QStringLiteral("images.check:skoala")).isEmpty())
        << "nothing to look up in a registry";
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));

    const QStringList expected = relocatedImages();
    ASSERT_EQ(expected.size(), 8);
    for (const TestNode *node : {&first, &second}) {
        const QStringList listing = node->containerd.images();
        EXPECT_TRUE(missingFrom(expected, listing).isEmpty())
            << node->id().toStdString() << " lacks "
            << missingFrom(expected, listing).join(QLatin1Char(' ')).toStdString();
        // Each node: started, moved, ended ok; its log lines carry its name.
        const std::vector<QJsonObject> units = unitEvents(run, node->id());
        ASSERT_GE(units.size(), 2u) << run.describe();
        EXPECT_EQ(units.front().value(QLatin1String("state")), QStringLiteral("running"));
        EXPECT_EQ(units.back().value(QLatin1String("state")), QStringLiteral("ok"));
        EXPECT_EQ(
            units.back().value(QLatin1String("done")), units.back().value(QLatin1String("total")));
        EXPECT_GT(units.back().value(QLatin1String("total")).toDouble(), 0);
        EXPECT_TRUE(sawLogTaggedWith(run, node->id())) << node->id().toStdString();
        // One ssh session per images.tar (two bundles), not one per image.
        EXPECT_EQ(node->sessions(), 2) << node->sshd.log().toStdString();
    }
    // ssh may hash the names it records (Debian's HashKnownHosts): ask ssh-keygen.
    for (const TestNode *node : {&first, &second}) {
        EXPECT_TRUE(runProcess(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(node->port()),
                QStringLiteral("-f"), knownHosts},
            QProcessEnvironment::systemEnvironment())
                        .ok())
            << "accept-new recorded " << node->id().toStdString() << " in the plan's file";
    }
    EXPECT_EQ(readWholeFile(QDir::homePath() + QStringLiteral("/.ssh/known_hosts")), ownKnownHosts)
        << "the user's own known_hosts is never written";
    expectNoSecretLeft(run);
}

// containerd stopped on one node: that node fails with its own reason and fix, the other
// completes, and helm does not start. Once containerd runs again, --resume imports on that node
// only.
TEST_F(NodeImport, ABrokenNodeFailsAloneAndAResumeRedoesOnlyIt)
{
    TestNode healthy;
    TestNode broken;
    broken.containerd.stop();
    const CliRun run = runCli(runArguments(nodesPlan(healthy.yaml() + broken.yaml(),
        QStringLiteral("  knownHostsFile: %1\n").arg(knownHosts({&healthy, &broken})))));
    EXPECT_NE(run.exitCode, 0) << run.describe();
    const QJsonObject step = run.step(QStringLiteral("images.import"));
    EXPECT_EQ(step.value(QLatin1String("state")), QStringLiteral("failed"));
    EXPECT_EQ(step.value(QLatin1String("code")), QStringLiteral("nodes.failed"));
    const QString message = step.value(QLatin1String("message")).toString();
    EXPECT_TRUE(message.contains(broken.id())) << message.toStdString();
    EXPECT_FALSE(message.contains(healthy.id())) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("failed to dial"))) << message.toStdString();
    EXPECT_TRUE(run.step(QStringLiteral("helm.upgrade:skoala")).isEmpty()) << "it went on";

    const QJsonObject failed = unitEnd(run, broken.id());
    EXPECT_EQ(failed.value(QLatin1String("state")), QStringLiteral("failed"));
    EXPECT_EQ(failed.value(QLatin1String("code")), QStringLiteral("node.runtime-down"));
    EXPECT_TRUE(failed.value(QLatin1String("hint"))
                    .toString()
                    .contains(QLatin1String("systemctl start containerd")));
    EXPECT_EQ(unitEnd(run, healthy.id()).value(QLatin1String("state")), QStringLiteral("ok"));
    const QStringList expected = relocatedImages();
    EXPECT_TRUE(missingFrom(expected, healthy.containerd.images()).isEmpty());
    const int healthySessions = healthy.sessions();
    // The report keeps each node's own result.
    QStringList reported;
    for (const QJsonValue &record :
        QJsonDocument::fromJson(readWholeFile(run.session + QStringLiteral("/report.json")))
            .object()
            .value(QLatin1String("steps"))
            .toArray()) {
        for (const QJsonValue &unit : record.toObject().value(QLatin1String("units")).toArray()) {
            reported.append(unit.toObject().value(QLatin1String("unit")).toString()
                + QLatin1Char('=') + unit.toObject().value(QLatin1String("state")).toString());
        }
    }
    EXPECT_TRUE(reported.contains(healthy.id() + QStringLiteral("=ok")))
        << reported.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(reported.contains(broken.id() + QStringLiteral("=failed")));

    ASSERT_TRUE(broken.containerd.start());
    const CliRun again = runCli(resumeArguments(run.session));
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(
        unitEnd(again, healthy.id()).value(QLatin1String("state")), QStringLiteral("skipped"));
    EXPECT_EQ(unitEnd(again, broken.id()).value(QLatin1String("state")), QStringLiteral("ok"));
    EXPECT_EQ(healthy.sessions(), healthySessions) << "the node that was done is left alone";
    EXPECT_TRUE(missingFrom(expected, broken.containerd.images()).isEmpty());
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
}

// What keeps ssh from a node, each told apart with its own fix, every node at once: a host key
// that is not the known one, a key the node refuses, a port nobody listens on, a node whose
// host key nobody knows, and a node without ctr.
TEST_F(NodeImport, EachSshProblemGetsItsOwnMessage)
{
    TestNode changed;
    TestNode refusesKey;
    TestNode unknown;
    // A node whose sessions find sh but no ctr.
    const QString bin = m_fixtures.dir() + QStringLiteral("/sh-only");
    QDir().mkpath(bin);
    ASSERT_TRUE(QFile::link(QStringLiteral("/bin/sh"), bin + QStringLiteral("/sh")));
    TestNode noCtr("PATH=" + bin.toUtf8());
    const quint16 closedPort = freeLoopbackPort();

    // The plan's known_hosts: another key for `changed`, the right ones for two others, none
    // for `unknown`.
    const QString known = m_fixtures.writeFile(QStringLiteral("mixed_known_hosts"),
        readWholeFile(changed.sshd.changedKnownHostsFile())
            + readWholeFile(refusesKey.sshd.knownHostsFile())
            + readWholeFile(noCtr.sshd.knownHostsFile()));
    const QString nodes = changed.yaml() + refusesKey.yaml(refusesKey.sshd.otherIdentityFile())
        + QStringLiteral("    - {host: 127.0.0.1, port: %1, identityFile: %2}\n")
              .arg(closedPort)
              .arg(changed.sshd.identityFile())
        + unknown.yaml() + noCtr.yaml();
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runCli(runArguments(
        nodesPlan(nodes, QStringLiteral("  parallelNodes: 5\n  knownHostsFile: %1\n").arg(known))));
    EXPECT_LT(clock.elapsed(), 60000) << "ConnectTimeout: no node keeps the run waiting";
    EXPECT_NE(run.exitCode, 0);

    const QString refusedId = QStringLiteral("root@127.0.0.1:%1").arg(closedPort);
    const std::pair<QString, const char *> cases[] = {
        {changed.id(), "node.host-key-changed"},
        {refusesKey.id(), "node.permission-denied"},
        {refusedId, "node.connection-refused"},
        {unknown.id(), "node.host-key-unknown"},
        {noCtr.id(), "node.tool-missing"},
    };
    const QString message
        = run.step(QStringLiteral("images.import")).value(QLatin1String("message")).toString();
    for (const auto &[id, code] : cases) {
        const QJsonObject end = unitEnd(run, id);
        EXPECT_EQ(end.value(QLatin1String("state")), QStringLiteral("failed")) << id.toStdString();
        EXPECT_EQ(end.value(QLatin1String("code")).toString(), QString::fromLatin1(code))
            << id.toStdString() << ": "
            << end.value(QLatin1String("message")).toString().toStdString();
        EXPECT_FALSE(end.value(QLatin1String("hint")).toString().isEmpty());
        EXPECT_TRUE(message.contains(id)) << "the step names every failed node";
    }
    EXPECT_TRUE(unitEnd(run, unknown.id())
                    .value(QLatin1String("hint"))
                    .toString()
                    .contains(QStringLiteral(">> ") + known))
        << "the fix adds the key to the plan's file";
    EXPECT_TRUE(unitEnd(run, noCtr.id())
                    .value(QLatin1String("message"))
                    .toString()
                    .startsWith(QStringLiteral("ctr is not installed on ") + noCtr.id()));
    // A changed key is never accepted: nothing reached that node's containerd.
    EXPECT_TRUE(changed.containerd.images().isEmpty());
}

// The jump host itself as a node (local: true): ctr runs here, without ssh, beside a node over
// ssh. This machine's ctr finds its containerd through CONTAINERD_ADDRESS, as a node's would.
TEST_F(NodeImport, TheJumpHostItselfIsANodeWithoutSsh)
{
    TestNode remote;
    ContainerdDaemon here;
    const QByteArray saved = qgetenv("CONTAINERD_ADDRESS");
    qputenv("CONTAINERD_ADDRESS", here.socket().toUtf8());
    const CliRun run
        = runCli(runArguments(nodesPlan(remote.yaml() + QStringLiteral("    - {local: true}\n"),
            QStringLiteral("  knownHostsFile: %1\n").arg(knownHosts({&remote})))));
    if (saved.isEmpty()) {
        qunsetenv("CONTAINERD_ADDRESS");
    } else {
        qputenv("CONTAINERD_ADDRESS", saved);
    }
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(
        unitEnd(run, QStringLiteral("local")).value(QLatin1String("state")), QStringLiteral("ok"));
    EXPECT_EQ(unitEnd(run, remote.id()).value(QLatin1String("state")), QStringLiteral("ok"));
    const QStringList expected = relocatedImages();
    EXPECT_TRUE(missingFrom(expected, here.images()).isEmpty());
    EXPECT_TRUE(missingFrom(expected, remote.containerd.images()).isEmpty());
}

// Cancel while images.tar is streaming: the local ssh is stopped with its process group, the
// node's ctr sees its input end and stops, and set -e keeps the tags from running.
TEST_F(NodeImport, CancelMidImportLeavesNoProcessOnEitherSide)
{
    // One 160 MiB bundle of the skoala chart: the import takes long enough to be cut.
    const GeneratedBundle big
        = m_fixtures.make(QStringLiteral("big"), QStringLiteral("skoala_0.28.1.bundle.tar"),
            {QStringLiteral("--size"), QString::number(160 << 20), QStringLiteral("--images"),
                QStringLiteral("2"), QStringLiteral("--layers"), QStringLiteral("8")});
    ASSERT_FALSE(big.path.isEmpty());
    m_package = big;
    TestNode node;
    bool sent = false;
    const QString plan
        = nodesPlan(node.yaml(), QStringLiteral("  knownHostsFile: %1\n").arg(knownHosts({&node})));
    const CliRun run = runCli(runArguments(plan), [&](const QJsonObject &event, QProcess &process) {
        const qint64 done = qint64(event.value(QLatin1String("done")).toDouble());
        if (!sent && event.value(QLatin1String("type")) == QLatin1String("unit")
            && event.value(QLatin1String("state")) == QLatin1String("running")
            && done >= (4 << 20)) {
            ::kill(pid_t(process.processId()), SIGTERM);
            sent = true;
        }
    });
    ASSERT_TRUE(sent) << run.describe();
    EXPECT_EQ(run.exitCode, 130) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("images.import")), QStringLiteral("canceled"));
    EXPECT_EQ(unitEnd(run, node.id()).value(QLatin1String("state")), QStringLiteral("canceled"));

    const QByteArray socket = node.containerd.socket().toUtf8();
    // The remote side notices the closed connection on its own: wait for it, within reason.
    const QStringList import {QStringLiteral("ctr"), QStringLiteral("import")};
    EXPECT_TRUE(waitUntil([&] { return processesMatching(import, socket).isEmpty(); }, 20000))
        << processesMatching(import, socket).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(processesMatching({QStringLiteral("set -e")}, socket).isEmpty());
    EXPECT_TRUE(processesMatching({QStringLiteral("ssh")}, run.session.toUtf8()).isEmpty())
        << "no local ssh of the run";
    for (const QString &name : node.containerd.images()) {
        EXPECT_FALSE(name.startsWith(m_registry.address()))
            << "tagged after a cut import: " << name.toStdString();
    }
}
