#pragma once

#include "CommandLine.h"

#include "model/UpgradePlan.h"

namespace DceUpgrade {

// How ssh treats the nodes' host keys: the plan's sync.knownHostsFile and sync.hostKeys.
struct SshSettings
{
    QString knownHostsFile; // trusted before ~/.ssh/known_hosts; accept-new records keys here
    HostKeyPolicy hostKeys = HostKeyPolicy::Strict;

    static SshSettings of(const SyncSettings &sync) { return {sync.knownHostsFile, sync.hostKeys}; }
    friend bool operator==(const SshSettings &, const SshSettings &) = default;
};

// Command lines that run something on a node: `ssh` for a remote node, or directly on this
// machine for the `local` one. ssh never prompts (BatchMode: a question nobody sees would hang
// the run), gives up on an unreachable node in seconds (ConnectTimeout), notices a connection
// that died midway (ServerAliveInterval), and checks host keys as the plan says. Everything
// else is the user's own ssh: ~/.ssh/config, the agent, the default keys, unless the node
// names an identity file.
class NodeShell final
{
public:
    static constexpr int ConnectTimeoutSeconds = 10;
    static constexpr int ServerAliveIntervalSeconds = 15;
    static constexpr int ServerAliveCountMax = 4;

    // ssh [options] -p PORT [-i FILE] USER@HOST -- WORDS, each word quoted once for the
    // remote shell (ssh hands the remote side one string that its shell splits again).
    static CommandLine ssh(
        const SshNode &node, const SshSettings &settings, const QStringList &remoteWords);

    // `sh -c SCRIPT` on the node: over ssh (sh, not the user's login shell, reads the script),
    // or here for the local node.
    static CommandLine script(
        const SshNode &node, const SshSettings &settings, const QString &script);

    // "USER@HOST" (or "HOST" without a user), as ssh takes it.
    static QString destination(const SshNode &node);
};

} // namespace DceUpgrade
