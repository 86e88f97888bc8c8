#pragma once

#include "NodeImportScript.h"
#include "NodeShell.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace DceUpgrade {

// Why the work on one node failed, told apart so that each node's message says what to fix:
// ssh's own failures (unknown or changed host key, permission denied, connection refused,
// timed out, unreachable: ssh exits 255 and says so on stderr), the tool missing on the node
// (the shell's exit 127), sudo wanting a password, the runtime not running or not allowed, and
// anything else the tool said. Reads what ssh and the node's shell print with LC_ALL=C.
class NodeFailure final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::NodeFailure)

public:
    struct Diagnosis
    {
        QString code; // stable: "node.host-key-unknown", "node.tool-missing", ...
        QString message; // translated, names the node
        QString hint; // translated: the fix
    };

    // `exitCode` and the tail of `standardError` of the command that ran on `node`.
    static Diagnosis diagnose(const SshNode &node, NodeRuntime runtime, const SshSettings &settings,
        int exitCode, const QByteArray &standardError);

    // How messages name a node: "root@10.0.0.11:22", or "this machine" for the local one.
    static QString nodeName(const SshNode &node);
};

} // namespace DceUpgrade
