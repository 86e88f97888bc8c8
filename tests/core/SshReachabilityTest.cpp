// SshReachability: the ssh command the containerd tab's "Test ssh" runs, and what it makes of
// ssh's own messages (OpenSSH 9.2 with LC_ALL=C, as captured from a real sshd on loopback; the
// wizard's SyncPageTest checks the same against a running sshd).

#include "tools/SshReachability.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

SshNode node()
{
    SshNode node;
    node.host = QStringLiteral("10.0.0.11");
    node.user = QStringLiteral("root");
    node.port = 2222;
    node.identityFile = QStringLiteral("/home/ops/.ssh/id_ed25519");
    return node;
}

SshReachability::Verdict verdictOf(const char *standardError, int exitCode = 255)
{
    return SshReachability::diagnose(node(), exitCode, standardError).verdict;
}

} // namespace

TEST(SshReachabilityTest, CommandIsBatchModeWithATimeoutAndAHarmlessRemoteCommand)
{
    const CommandLine command = SshReachability::command(node());
    EXPECT_EQ(command.program(), QStringLiteral("ssh"));
    const QStringList args = command.arguments();
    EXPECT_EQ(
        args.mid(0, 2), (QStringList {QStringLiteral("-o"), QStringLiteral("ConnectTimeout=10")}));
    EXPECT_TRUE(args.contains(QStringLiteral("BatchMode=yes")));
    const int port = int(args.indexOf(QStringLiteral("-p")));
    ASSERT_GE(port, 0);
    EXPECT_EQ(args.value(port + 1), QStringLiteral("2222"));
    EXPECT_EQ(args.value(int(args.indexOf(QStringLiteral("-i"))) + 1), node().identityFile);
    EXPECT_EQ(args.mid(args.size() - 3),
        (QStringList {
            QStringLiteral("root@10.0.0.11"), QStringLiteral("--"), QStringLiteral("true")}));
}

TEST(SshReachabilityTest, NamesWhatSshSaid)
{
    using Verdict = SshReachability::Verdict;
    EXPECT_EQ(verdictOf("", 0), Verdict::Ok);
    EXPECT_EQ(verdictOf("Host key verification failed.\n"), Verdict::HostKeyUnknown);
    EXPECT_EQ(verdictOf("No ED25519 host key is known for [10.0.0.11]:2222 and you have requested "
                        "strict checking.\nHost key verification failed.\n"),
        Verdict::HostKeyUnknown);
    EXPECT_EQ(verdictOf("@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"
                        "Host key for [10.0.0.11]:2222 has changed and you have requested "
                        "strict checking.\nHost key verification failed.\n"),
        Verdict::HostKeyChanged);
    EXPECT_EQ(
        verdictOf("root@10.0.0.11: Permission denied (publickey).\n"), Verdict::PermissionDenied);
    EXPECT_EQ(verdictOf("ssh: connect to host 10.0.0.11 port 2222: Connection refused\n"),
        Verdict::ConnectionRefused);
    EXPECT_EQ(verdictOf("ssh: connect to host 10.0.0.11 port 2222: Connection timed out\n"),
        Verdict::TimedOut);
    EXPECT_EQ(verdictOf("Connection timed out during banner exchange\n"), Verdict::TimedOut);
    EXPECT_EQ(verdictOf("ssh: Could not resolve hostname node-1: Name or service not known\n"),
        Verdict::HostNotFound);
    EXPECT_EQ(verdictOf("ssh: connect to host 10.0.0.11 port 2222: No route to host\n"),
        Verdict::Unreachable);
    EXPECT_EQ(verdictOf("kex_exchange_identification: read: Connection reset by peer\n"),
        Verdict::Failed);
}

TEST(SshReachabilityTest, EveryProblemComesWithAFix)
{
    const SshReachability::Diagnosis unknown
        = SshReachability::diagnose(node(), 255, "Host key verification failed.\n");
    EXPECT_TRUE(unknown.message.contains(QStringLiteral("root@10.0.0.11:2222")));
    EXPECT_TRUE(unknown.hint.contains(QStringLiteral("ssh -p 2222 -i")));
    const SshReachability::Diagnosis changed = SshReachability::diagnose(
        node(), 255, "WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!\n");
    EXPECT_TRUE(changed.hint.contains(QStringLiteral("ssh-keygen -R '[10.0.0.11]:2222'")))
        << changed.hint.toStdString();
    const SshReachability::Diagnosis denied = SshReachability::diagnose(
        node(), 255, "root@10.0.0.11: Permission denied (publickey).\n");
    EXPECT_TRUE(denied.hint.contains(QStringLiteral("authorized_keys")));
    EXPECT_TRUE(denied.hint.contains(node().identityFile));
    const SshReachability::Diagnosis other = SshReachability::diagnose(
        node(), 255, "Warning: something\nkex_exchange_identification: read: Connection reset\n");
    EXPECT_TRUE(other.message.contains(QStringLiteral("kex_exchange_identification")))
        << other.message.toStdString();
    EXPECT_FALSE(other.hint.isEmpty());
    EXPECT_TRUE(SshReachability::diagnose(node(), 0, {}).hint.isEmpty());
}
