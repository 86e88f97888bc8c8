#pragma once

#include "CommandLine.h"

#include "model/UpgradePlan.h"

namespace DceUpgrade {

// containerd imports on every node, over ssh. Always in the "k8s.io" namespace: without it the
// images land in containerd's default namespace, invisible to the kubelet (bundle-format.md §6.5).
class ContainerdCommands final
{
public:
    static constexpr QLatin1StringView Namespace {"k8s.io"};

    // `ctr images import -` on the node, stdin streamed from images.tar inside the package.
    static CommandLine import(
        const SshNode &node, const QString &packagePath, const QStringList &memberPath);
    static CommandLine tag(const SshNode &node, const QString &source, const QString &target);

    // ssh USER@HOST -- <remote words, quoted once for the remote shell>.
    static CommandLine overSsh(const SshNode &node, const QStringList &remote);
};

} // namespace DceUpgrade
