#pragma once

#include "CommandLine.h"
#include "NodeShell.h"

#include "model/UpgradePlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace DceUpgrade {

// Whether a node answers over ssh the way the containerd method needs it: a key login without
// any prompt and a host key this machine already trusts. command() is a harmless remote `true`
// with BatchMode (no password or host-key question can appear) and a connect timeout;
// diagnose() turns how it ended into what is wrong and what to do, translated. ssh's own
// messages are parsed, so run the command with LC_ALL=C.
class SshReachability final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::SshReachability)

public:
    static constexpr int ConnectTimeoutSeconds = NodeShell::ConnectTimeoutSeconds;

    enum class Verdict {
        Ok,
        HostKeyUnknown, // not in known_hosts: BatchMode refuses to ask
        HostKeyChanged, // known_hosts holds another key for the node
        PermissionDenied, // the node refused the key (or wanted a password)
        ConnectionRefused, // nothing listens on the port
        TimedOut, // no answer within the connect timeout (or the run's own timeout)
        HostNotFound, // the name does not resolve
        Unreachable, // no route to the node
        Failed, // anything else: the last line ssh printed
    };

    struct Diagnosis
    {
        Verdict verdict = Verdict::Failed;
        QString message; // translated: what is wrong (or that the node answered)
        QString hint; // translated: the fix; empty for Ok
        bool ok() const { return verdict == Verdict::Ok; }
    };

    // ssh -o ConnectTimeout=10 -o BatchMode=yes ... -p PORT [-i FILE] USER@HOST -- 'true', built
    // as the import on the nodes builds its own (NodeShell::ssh), with the plan's host-key rules.
    static CommandLine command(const SshNode &node, const SshSettings &settings = {});

    // `exitCode` and `standardError` of a finished command(). With `plan` (the run's
    // sync.knownHostsFile and sync.hostKeys), host-key hints name the plan's file and options.
    static Diagnosis diagnose(const SshNode &node, int exitCode, const QByteArray &standardError,
        const std::optional<SshSettings> &plan = std::nullopt);
    // The command ran out of its overall time (a node that accepts the connection and then
    // hangs).
    static Diagnosis timedOut(const SshNode &node);

    // The stable error code of a verdict that is not Ok ("node.host-key-unknown"), as the
    // import on the nodes reports it; "node.ssh-failed" for Failed (and Ok).
    static QString code(Verdict verdict);

    // "root@10.0.0.11:22": how messages name a node.
    static QString describe(const SshNode &node);
};

} // namespace DceUpgrade
