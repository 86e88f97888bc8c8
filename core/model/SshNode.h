#pragma once

#include <QLatin1Char>
#include <QString>

namespace DceUpgrade {

// sync.hostKeys: what ssh does with a node's host key it does not know yet. Neither accepts a
// key that differs from the one known for the node.
enum class HostKeyPolicy {
    Strict, // only keys already in known_hosts (StrictHostKeyChecking=yes)
    AcceptNew, // a node seen for the first time is trusted and its key recorded
};

// A node that gets the images (containerd, or Docker on every node): reached over ssh, or the
// jump host itself (`local`), where ctr/docker run directly.
struct SshNode
{
    QString host;
    QString user = QStringLiteral("root");
    int port = 22;
    QString identityFile;
    bool sudo = false; // run ctr/docker through `sudo -n` (never waits for a password)
    bool local = false; // the jump host itself: no ssh

    friend bool operator==(const SshNode &, const SshNode &) = default;

    // "root@10.0.0.11:22", or "local" for the jump host: how a run, its events and its session
    // name the node. Two nodes on one host with different ports are two nodes.
    QString id() const
    {
        if (local) {
            return QStringLiteral("local");
        }
        const QString where = host + QLatin1Char(':') + QString::number(port);
        return user.isEmpty() ? where : user + QLatin1Char('@') + where;
    }
};

} // namespace DceUpgrade
