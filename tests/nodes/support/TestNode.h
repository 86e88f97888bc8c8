#pragma once

// A node of the tests of the import on every node (tests/nodes, and the wizard's end-to-end
// walks through the containerd and Docker tabs): a private containerd reached through its own
// real sshd on loopback, whose sessions get `SetEnv CONTAINERD_ADDRESS=<that containerd>`, so the
// real `ctr` a session runs talks to that node's containerd and no other.
#include "ContainerdDaemon.h"
#include "SshServer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace DceUpgrade::Test {

using SshServer = DceUpgrade::Wizard::Test::SshServer;

// One node: its containerd, and the sshd that leads to it. `environment`: more NAME=VALUE for
// the node's sessions (PATH, to give it a FAKE docker or no ctr).
class TestNode
{
public:
    explicit TestNode(const QByteArray &environment = {})
        : sshd(
            "SetEnv CONTAINERD_ADDRESS=" + containerd.socket().toUtf8() + ' ' + environment + '\n')
    { }

    // How the run names the node: USER@127.0.0.1:PORT.
    QString id() const { return SshServer::user() + QStringLiteral("@127.0.0.1:%1").arg(port()); }
    quint16 port() const { return sshd.port(); }
    // Its entry under sync.nodes; `identityFile` empty: the key sshd accepts.
    QString yaml(const QString &identityFile = {}) const
    {
        return QStringLiteral("    - {host: 127.0.0.1, port: %1, user: %2, identityFile: %3}\n")
            .arg(port())
            .arg(SshServer::user(), identityFile.isEmpty() ? sshd.identityFile() : identityFile);
    }
    // sshd logs one such line per session it let in.
    int sessions() const
    {
        return int(sshd.log().count(QStringLiteral("Accepted publickey for ")));
    }

    // The known_hosts lines that trust every node given (for a plan's knownHostsFile).
    static QByteArray knownHostsOf(std::initializer_list<const TestNode *> nodes);

    ContainerdDaemon containerd;
    SshServer sshd;
};

// The names of `names` that `listing` (a node's images) lacks.
QStringList missingFrom(const QStringList &names, const QStringList &listing);

} // namespace DceUpgrade::Test
