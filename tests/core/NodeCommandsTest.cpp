// The import on the nodes, without nodes: the ssh command line (NodeShell), the script one
// session runs on a node (NodeImportScript) and how a failure is told apart (NodeFailure), on
// messages captured from OpenSSH 9.2 against a real sshd on loopback, from the node's sh and
// from ctr 1.6 (tests/nodes runs all of them for real).

#include "tools/NodeFailure.h"
#include "tools/NodeImportScript.h"
#include "tools/NodeShell.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

SshNode node()
{
    SshNode made;
    made.host = QStringLiteral("10.0.0.11");
    made.user = QStringLiteral("ops");
    made.port = 2222;
    made.identityFile = QStringLiteral("/home/ops/.ssh/id_ed25519");
    return made;
}

QString valueOf(const QStringList &args, const QString &option)
{
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("-o") && args[i + 1].startsWith(option + QLatin1Char('='))) {
            return args[i + 1].mid(option.size() + 1);
        }
    }
    return {};
}

NodeFailure::Diagnosis diagnose(const char *standardError, int exitCode,
    NodeRuntime runtime = NodeRuntime::Containerd, const SshSettings &settings = {})
{
    return NodeFailure::diagnose(node(), runtime, settings, exitCode, standardError);
}

// Captured: ssh -o StrictHostKeyChecking=yes with a known_hosts file that lacks the node.
const char UnknownHostKey[] = "No ED25519 host key is known for [10.0.0.11]:2222 and you have "
                              "requested strict checking.\r\nHost key verification failed.\r\n";
// Captured: a known_hosts file with another key for the node (accept-new does not help).
const char ChangedHostKey[]
    = "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
      "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n"
      "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
      "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\r\n"
      "Someone could be eavesdropping on you right now (man-in-the-middle attack)!\r\n"
      "It is also possible that a host key has just been changed.\r\n"
      "The fingerprint for the ED25519 key sent by the remote host is\r\n"
      "SHA256:cpFOYX6JhIR4HcLk5qdkwpcKDQwlrpyBgVf+5VGXlTY.\r\n"
      "Please contact your system administrator.\r\n"
      "Add correct host key in /tmp/sshcap/changed to get rid of this message.\r\n"
      "Offending ED25519 key in /tmp/sshcap/changed:1\r\n"
      "  remove with:\r\n"
      "  ssh-keygen -f \"/tmp/sshcap/changed\" -R \"[10.0.0.11]:2222\"\r\n"
      "Host key for [10.0.0.11]:2222 has changed and you have requested strict checking.\r\n"
      "Host key verification failed.\r\n";

} // namespace

TEST(NodeShell, SshNeverPromptsGivesUpQuicklyAndChecksHostKeys)
{
    const CommandLine command = NodeShell::ssh(node(), {}, {QStringLiteral("true")});
    EXPECT_EQ(command.program(), QStringLiteral("ssh"));
    const QStringList args = command.arguments();
    EXPECT_EQ(valueOf(args, QStringLiteral("BatchMode")), QStringLiteral("yes"));
    EXPECT_EQ(valueOf(args, QStringLiteral("ConnectTimeout")), QStringLiteral("10"));
    EXPECT_EQ(valueOf(args, QStringLiteral("ServerAliveInterval")), QStringLiteral("15"));
    EXPECT_EQ(valueOf(args, QStringLiteral("StrictHostKeyChecking")), QStringLiteral("yes"));
    // The user's own known_hosts, config and agent: nothing overrides them.
    EXPECT_TRUE(valueOf(args, QStringLiteral("UserKnownHostsFile")).isEmpty());
    EXPECT_FALSE(args.contains(QStringLiteral("-F")));
    EXPECT_EQ(args.value(args.indexOf(QStringLiteral("-p")) + 1), QStringLiteral("2222"));
    EXPECT_EQ(args.value(args.indexOf(QStringLiteral("-i")) + 1), node().identityFile);
    EXPECT_EQ(args.mid(args.size() - 3),
        (QStringList {
            QStringLiteral("ops@10.0.0.11"), QStringLiteral("--"), QStringLiteral("true")}));
}

TEST(NodeShell, ThePlansKnownHostsFileComesFirstAndAcceptNewIsExplicit)
{
    const SshSettings settings {
        QStringLiteral("/srv/upgrade/nodes known_hosts"), HostKeyPolicy::AcceptNew};
    SshNode plain = node();
    plain.identityFile.clear();
    const QStringList args = NodeShell::ssh(plain, settings, {QStringLiteral("true")}).arguments();
    EXPECT_EQ(valueOf(args, QStringLiteral("StrictHostKeyChecking")), QStringLiteral("accept-new"));
    EXPECT_EQ(valueOf(args, QStringLiteral("UserKnownHostsFile")),
        QStringLiteral("\"/srv/upgrade/nodes known_hosts\" ~/.ssh/known_hosts"));
    EXPECT_FALSE(args.contains(QStringLiteral("-i"))) << "no identity file: ssh's own choice";
}

TEST(NodeShell, TheScriptRunsUnderShOnTheNodeOrHere)
{
    const QString script = QStringLiteral("set -e; echo 'robot$x'");
    const CommandLine remote = NodeShell::script(node(), {}, script);
    EXPECT_EQ(remote.arguments().last(), QStringLiteral("sh -c 'set -e; echo '\\''robot$x'\\'''"));
    SshNode here;
    here.local = true;
    const CommandLine local = NodeShell::script(here, {}, script);
    EXPECT_EQ(local.program(), QStringLiteral("sh"));
    EXPECT_EQ(local.arguments(), (QStringList {QStringLiteral("-c"), script}));
}

TEST(NodeImportScript, ImportsThenTagsThenListsAndStopsAtTheFirstError)
{
    const QString script = NodeImportScript::build(NodeRuntime::Containerd, false,
        {{QStringLiteral("docker.io/library/nginx:1.25"),
            QStringLiteral("10.16.23.145/release.daocloud.io/skoala/nginx:1.25")}});
    EXPECT_EQ(script,
        QStringLiteral("set -e; ctr -n k8s.io images import --digests - >&2; "
                       "ctr -n k8s.io images tag --force docker.io/library/nginx:1.25 "
                       "10.16.23.145/release.daocloud.io/skoala/nginx:1.25 >&2; "
                       "ctr -n k8s.io images ls -q"));
    const QString sudo = NodeImportScript::build(NodeRuntime::Containerd, true, {});
    EXPECT_EQ(sudo,
        QStringLiteral("set -e; sudo -n ctr -n k8s.io images import --digests - >&2; "
                       "sudo -n ctr -n k8s.io images ls -q"));
    const QString docker = NodeImportScript::build(NodeRuntime::Docker, false,
        {{QStringLiteral("nginx:1.25"), QStringLiteral("10.16.23.145/skoala/nginx:1.25")}});
    EXPECT_EQ(docker,
        QStringLiteral("set -e; docker load >&2; docker tag nginx:1.25 "
                       "10.16.23.145/skoala/nginx:1.25 >&2; "
                       "docker images --format '{{.Repository}}:{{.Tag}}'"));
}

TEST(NodeImportScript, NamesImagesAsEachRuntimeListsThem)
{
    using R = NodeRuntime;
    EXPECT_EQ(NodeImportScript::listedName(R::Containerd, QStringLiteral("nginx:1.25")),
        QStringLiteral("docker.io/library/nginx:1.25"));
    EXPECT_EQ(
        NodeImportScript::listedName(R::Docker, QStringLiteral("docker.io/library/nginx:1.25")),
        QStringLiteral("nginx:1.25"));
    EXPECT_EQ(NodeImportScript::listedName(R::Docker, QStringLiteral("bitnami/redis")),
        QStringLiteral("bitnami/redis:latest"));
    for (const R runtime : {R::Containerd, R::Docker}) {
        EXPECT_EQ(NodeImportScript::listedName(runtime,
                      QStringLiteral("10.16.23.145:8443/release.daocloud.io/skoala/hive:v1")),
            QStringLiteral("10.16.23.145:8443/release.daocloud.io/skoala/hive:v1"));
    }
}

TEST(NodeImportScript, FindsWhatTheListingLacks)
{
    const QByteArray listing = "docker.io/library/nginx:1.25\n"
                               "10.0.0.1/skoala/nginx:1.25\r\n"
                               "import-2024-01-01@sha256:0123\n";
    EXPECT_TRUE(NodeImportScript::missing(listing, {QStringLiteral("10.0.0.1/skoala/nginx:1.25")})
                    .isEmpty());
    EXPECT_EQ(NodeImportScript::missing(listing,
                  {QStringLiteral("10.0.0.1/skoala/hive:v1"),
                      QStringLiteral("10.0.0.1/skoala/nginx:1.25"),
                      QStringLiteral("10.0.0.1/skoala/nginx")}),
        (QStringList {
            QStringLiteral("10.0.0.1/skoala/hive:v1"), QStringLiteral("10.0.0.1/skoala/nginx")}));
}

TEST(NodeFailure, TellsSshsOwnFailuresApart)
{
    EXPECT_EQ(diagnose(UnknownHostKey, 255).code, QStringLiteral("node.host-key-unknown"));
    EXPECT_EQ(diagnose(ChangedHostKey, 255).code, QStringLiteral("node.host-key-changed"));
    EXPECT_EQ(diagnose("ops@10.0.0.11: Permission denied (publickey).\r\n", 255).code,
        QStringLiteral("node.permission-denied"));
    EXPECT_EQ(
        diagnose("ssh: connect to host 10.0.0.11 port 2222: Connection refused\r\n", 255).code,
        QStringLiteral("node.connection-refused"));
    EXPECT_EQ(
        diagnose("ssh: connect to host 10.0.0.11 port 2222: Connection timed out\r\n", 255).code,
        QStringLiteral("node.timeout"));
    EXPECT_EQ(diagnose("ssh: connect to host 10.0.0.11 port 2222: No route to host\r\n", 255).code,
        QStringLiteral("node.unreachable"));
    EXPECT_EQ(diagnose("kex_exchange_identification: read: Connection reset by peer\r\n", 255).code,
        QStringLiteral("node.ssh-failed"));
}

TEST(NodeFailure, HostKeyHintsNameThePlansFileAndNeverSuggestIgnoringAChangedKey)
{
    const SshSettings settings {QStringLiteral("/srv/nodes_known_hosts"), HostKeyPolicy::Strict};
    const NodeFailure::Diagnosis unknown
        = diagnose(UnknownHostKey, 255, NodeRuntime::Containerd, settings);
    EXPECT_TRUE(unknown.message.contains(QStringLiteral("ops@10.0.0.11:2222")));
    EXPECT_TRUE(unknown.hint.contains(
        QStringLiteral("ssh-keyscan -p 2222 10.0.0.11 >> /srv/nodes_known_hosts")))
        << unknown.hint.toStdString();
    EXPECT_TRUE(unknown.hint.contains(QStringLiteral("accept-new")));
    const NodeFailure::Diagnosis changed
        = diagnose(ChangedHostKey, 255, NodeRuntime::Containerd, settings);
    EXPECT_TRUE(changed.hint.contains(
        QStringLiteral("ssh-keygen -R '[10.0.0.11]:2222' -f /srv/nodes_known_hosts")))
        << changed.hint.toStdString();
    EXPECT_FALSE(changed.hint.contains(QStringLiteral("accept-new")));
    EXPECT_FALSE(changed.hint.contains(QStringLiteral("StrictHostKeyChecking=no")));
    // Without a file of the plan the fix is the user's own known_hosts.
    EXPECT_TRUE(diagnose(UnknownHostKey, 255).hint.contains(QStringLiteral("~/.ssh/known_hosts")));
}

TEST(NodeFailure, TellsTheNodesOwnFailuresApart)
{
    const NodeFailure::Diagnosis missing = diagnose("sh: 1: ctr: not found\n", 127);
    EXPECT_EQ(missing.code, QStringLiteral("node.tool-missing"));
    EXPECT_TRUE(
        missing.message.startsWith(QStringLiteral("ctr is not installed on ops@10.0.0.11:2222")))
        << missing.message.toStdString();
    EXPECT_TRUE(missing.hint.contains(QStringLiteral("containerd")));
    const NodeFailure::Diagnosis docker
        = diagnose("bash: line 1: docker: command not found\n", 127, NodeRuntime::Docker);
    EXPECT_TRUE(docker.message.startsWith(QStringLiteral("docker is not installed")))
        << docker.message.toStdString();
    EXPECT_TRUE(diagnose("bash: sudo: command not found\n", 127)
                    .message.startsWith(QStringLiteral("sudo is not installed")));

    const NodeFailure::Diagnosis sudo = diagnose("sudo: a password is required\n", 1);
    EXPECT_EQ(sudo.code, QStringLiteral("node.sudo-password"));
    EXPECT_TRUE(sudo.hint.contains(QStringLiteral("NOPASSWD")));
    EXPECT_EQ(
        diagnose("ops is not in the sudoers file.  This incident will be reported.\n", 1).code,
        QStringLiteral("node.sudo-denied"));

    // Captured: ctr 1.6 when containerd does not listen on its socket.
    const NodeFailure::Diagnosis down = diagnose(
        "ctr: failed to dial \"/run/containerd/containerd.sock\": context deadline exceeded: "
        "connection error: desc = \"transport: error while dialing: dial "
        "unix:///run/containerd/containerd.sock: timeout\"\n",
        1);
    EXPECT_EQ(down.code, QStringLiteral("node.runtime-down"));
    EXPECT_TRUE(down.message.contains(QStringLiteral("failed to dial")));
    EXPECT_TRUE(down.hint.contains(QStringLiteral("systemctl start containerd")));
    EXPECT_EQ(diagnose("ctr: failed to dial \"/run/containerd/containerd.sock\": connection error: "
                       "desc = \"transport: error while dialing: dial unix "
                       "/run/containerd/containerd.sock: connect: permission denied\"\n",
                  1)
                  .code,
        QStringLiteral("node.tool-permission"));
    const NodeFailure::Diagnosis other
        = diagnose("unpacking docker.io/x:1...\nctr: unexpected EOF\n", 1);
    EXPECT_EQ(other.code, QStringLiteral("node.import-failed"));
    EXPECT_TRUE(other.message.endsWith(QStringLiteral("ctr: unexpected EOF")));
}

TEST(NodeFailure, TheLocalNodeHasNoSshToBlame)
{
    SshNode here;
    here.local = true;
    const NodeFailure::Diagnosis failure
        = NodeFailure::diagnose(here, NodeRuntime::Containerd, {}, 255, "ctr: oops\n");
    EXPECT_EQ(failure.code, QStringLiteral("node.import-failed"));
    EXPECT_TRUE(failure.message.contains(QStringLiteral("this machine")));
}
