#pragma once

#include "model/UpgradePlan.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace DceUpgrade::Wizard::Test {

// A real OpenSSH sshd on 127.0.0.1 and 127.0.0.2 (two node addresses) at a free port, for one test
// (package openssh-server): its own host key, one authorized user key, password logins off, no PAM.
// The object owns a temporary directory (DCE_TEST_KEEP_TMP=1 keeps it) with the keys, sshd_config,
// the log and three known_hosts files for the client side: one that knows the host key, one that
// knows another key under the same name (a "changed" host key), and an empty one. sshd runs under
// guardChild() (tests/integration/support/ChildProcess.h): it never outlives the test.
//
// sshd needs /run/sshd (its privilege separation directory); the fixture creates it, which
// takes root, as the suite runs in CI. A missing sshd or ssh-keygen fails the test naming the
// package to install.
//
// `extraConfig`: more sshd_config lines, such as "SetEnv CONTAINERD_ADDRESS=..." to give the
// node's sessions their own containerd (tests/nodes).
class SshServer
{
public:
    explicit SshServer(QByteArray extraConfig = {});
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    bool isRunning() const;
    quint16 port() const { return m_port; }
    // The account sshd lets in: the one running the tests (sshd lets no one else in unless it
    // runs as root, and then root is the test's user too).
    static QString user();

    QString identityFile() const; // the private key whose public key is authorized
    QString otherIdentityFile() const; // a private key sshd does not accept
    QString knownHostsFile() const; // knows this server's host key
    QString changedKnownHostsFile() const; // another key for the same names
    QString emptyKnownHostsFile() const; // knows nothing

    // A node for the containerd node list: 127.0.0.1, user(), port(), `identityFile`.
    SshNode node(const QString &identityFile) const;
    // Client options that make ssh use `knownHosts` and nothing of this machine's ssh setup
    // (~/.ssh/config, /etc/ssh/ssh_known_hosts).
    static QStringList clientOptions(const QString &knownHosts);

    QString log() const; // sshd's log, for failure messages

private:
    bool prepare();
    bool start();
    QString path(const QString &name) const;

    QTemporaryDir m_tmp;
    QString m_dir;
    QByteArray m_extraConfig;
    QProcess m_sshd;
    quint16 m_port = 0;
};

} // namespace DceUpgrade::Wizard::Test
