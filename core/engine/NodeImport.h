#pragma once

#include "model/UpgradePlan.h"
#include "tools/CommandLine.h"
#include "tools/NodeImportScript.h"
#include "tools/NodeShell.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace DceUpgrade {

struct Package;

// The images of the package brought onto every node of the plan (containerd, or Docker with
// sync.docker: nodes), worked out from the plan and the package alone: the Planner shows and
// exports it, NodeImportStep runs it, so the two never disagree.
//
// Per node, one ssh session per images.tar (a package has one bundle per chart: skoala and
// skoala-init make two). A session's stdin is one stream that ends cleanly only when the session
// does; putting two archives into one stream would need a byte-exact reader on the node to cut
// them apart again, which not every node has, and a reader that reads a little too far would
// break the second import silently.
struct NodeImport
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::NodeImport)

public:
    // One images.tar, and what becomes of its images on a node.
    struct Batch
    {
        QString bundle; // the bundle's display name
        QStringList member; // member chain from the package to images.tar
        qint64 bytes = 0; // size of images.tar
        std::vector<NodeImportScript::Tag> tags; // only images whose name changes
        QStringList expected; // every name the node's listing must show afterwards
        QStringList relocations; // "source -> target", for the plan's reader
    };

    NodeRuntime runtime = NodeRuntime::Containerd;
    SshSettings ssh;
    std::vector<SshNode> nodes;
    int parallel = 1;
    QString packagePath;
    std::vector<Batch> batches;
    QStringList warnings; // translated: images that cannot be tagged or checked

    // Throws Error (bundle.missing-member) when a bundle has no images.tar.
    static NodeImport forPlan(const UpgradePlan &plan, const Package &package);

    // The session that brings `batch` onto `node`: stdin is the batch's images.tar.
    CommandLine command(const SshNode &node, const Batch &batch) const;
    qint64 bytesPerNode() const;
    // The same for the exported script: node after node, each listing checked in bash.
    QStringList scriptLines() const;
};

} // namespace DceUpgrade
