#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace DceUpgrade {

// The container runtime that receives the images on the nodes.
enum class NodeRuntime { Containerd, Docker };

// The shell script one ssh session runs on a node to bring in one images.tar from its stdin:
//   set -e; ctr -n k8s.io images import --digests - >&2; ctr -n k8s.io images tag --force S T >&2;
//   ...; ctr -n k8s.io images ls -q
// (Docker: docker load, docker tag, docker images). `set -e`: a broken import (the stream cut
// by a cancel, a full disk) never goes on to tag. The tools' own output goes to stderr, so
// stdout is the runtime's image listing alone, which the engine checks (missing()).
// containerd always works in the "k8s.io" namespace: elsewhere the kubelet does not see the
// images (bundle-format.md §6). Pure functions.
class NodeImportScript final
{
public:
    static constexpr QLatin1StringView Namespace {"k8s.io"};

    struct Tag
    {
        QString source; // as the runtime names the image after the import
        QString target; // the relocated name
    };

    static QString tool(NodeRuntime runtime); // "ctr" or "docker"
    // `sudo`: every tool call as `sudo -n TOOL`, which fails at once when it needs a password.
    static QString build(NodeRuntime runtime, bool sudo, const std::vector<Tag> &tags);

    // The name the runtime gives `reference` once imported or tagged, exactly as its listing
    // prints it: containerd "docker.io/library/nginx:1.25", Docker "nginx:1.25".
    static QString listedName(NodeRuntime runtime, const QString &reference);

    // The names of `expected` that are not a line of `listing`, in their order.
    static QStringList missing(const QByteArray &listing, const QStringList &expected);
};

} // namespace DceUpgrade
