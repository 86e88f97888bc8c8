#include "SshReachability.h"

#include "NodeShell.h"

#include <QStringList>

namespace DceUpgrade {

namespace {

// How known_hosts and ssh-keygen -R name the node: "[host]:port" unless the port is 22.
QString knownHostsName(const SshNode &node)
{
    return node.port == 22 ? node.host : QStringLiteral("[%1]:%2").arg(node.host).arg(node.port);
}

// ssh as a person would type it to see the question BatchMode suppressed.
QString interactiveCommand(const SshNode &node)
{
    QStringList words {QStringLiteral("ssh")};
    if (node.port != 22) {
        words << QStringLiteral("-p") << QString::number(node.port);
    }
    if (!node.identityFile.isEmpty()) {
        words << QStringLiteral("-i") << CommandLine::shellQuote(node.identityFile);
    }
    words << CommandLine::shellQuote(
        node.user.isEmpty() ? node.host : node.user + QLatin1Char('@') + node.host);
    return words.join(QLatin1Char(' '));
}

// The last line ssh printed that says something (its warnings come first, the reason last).
QString lastLine(const QByteArray &standardError)
{
    const QStringList lines
        = QString::fromUtf8(standardError).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (!line.isEmpty()) {
            return line;
        }
    }
    return {};
}

} // namespace

QString SshReachability::code(Verdict verdict)
{
    switch (verdict) {
    case Verdict::HostKeyUnknown:
        return QStringLiteral("node.host-key-unknown");
    case Verdict::HostKeyChanged:
        return QStringLiteral("node.host-key-changed");
    case Verdict::PermissionDenied:
        return QStringLiteral("node.permission-denied");
    case Verdict::ConnectionRefused:
        return QStringLiteral("node.connection-refused");
    case Verdict::TimedOut:
        return QStringLiteral("node.timeout");
    case Verdict::HostNotFound:
        return QStringLiteral("node.host-not-found");
    case Verdict::Unreachable:
        return QStringLiteral("node.unreachable");
    case Verdict::Ok:
    case Verdict::Failed:
        break;
    }
    return QStringLiteral("node.ssh-failed");
}

QString SshReachability::describe(const SshNode &node)
{
    return node.id();
}

CommandLine SshReachability::command(const SshNode &node, const SshSettings &settings)
{
    // As the import on the nodes connects, so that a node that passes here passes there.
    return NodeShell::ssh(node, settings, {QStringLiteral("true")});
}

SshReachability::Diagnosis SshReachability::timedOut(const SshNode &node)
{
    return {Verdict::TimedOut, tr("%1 did not answer in time.").arg(describe(node)),
        tr("Check the address and port, and that a firewall lets this machine reach the node's "
           "port %1.")
            .arg(node.port)};
}

SshReachability::Diagnosis SshReachability::diagnose(const SshNode &node, int exitCode,
    const QByteArray &standardError, const std::optional<SshSettings> &plan)
{
    const QString who = describe(node);
    if (exitCode == 0) {
        return {Verdict::Ok, tr("%1 accepts the key login.").arg(who), {}};
    }
    const QString text = QString::fromUtf8(standardError);
    const auto says = [&text](const char *phrase) {
        return text.contains(QLatin1String(phrase), Qt::CaseInsensitive);
    };
    const QString identityHint = node.identityFile.isEmpty() ? QString()
                                                             : QLatin1Char(' ')
            + tr("The identity file is %1; it must be the private key, readable by you.")
                  .arg(node.identityFile);

    if (says("REMOTE HOST IDENTIFICATION HAS CHANGED")
        || (says("host key for") && says("has changed"))) {
        const QString file = plan && !plan->knownHostsFile.isEmpty()
            ? QStringLiteral(" -f ") + CommandLine::shellQuote(plan->knownHostsFile)
            : QString();
        return {Verdict::HostKeyChanged,
            tr("The host key of %1 is not the one this machine knows: the node was reinstalled, "
               "or something intercepts the connection.")
                .arg(who),
            tr("Ask the node's administrator first. If the node was reinstalled, remove the old "
               "key with: ssh-keygen -R '%1'%3, then connect once from a terminal (%2), compare "
               "the fingerprint with the node's and answer yes.")
                .arg(knownHostsName(node), interactiveCommand(node), file)};
    }
    if (says("Host key verification failed") || says("host key is known for")) {
        const QString message
            = tr("The host key of %1 is not known to this machine, and a check in the background "
                 "cannot ask you to accept it.")
                  .arg(who);
        if (plan && !plan->knownHostsFile.isEmpty()) {
            return {Verdict::HostKeyUnknown, message,
                tr("Compare the node's key (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on "
                   "the node) with the one it offers (ssh-keyscan -p %1 %2 | ssh-keygen -lf -), "
                   "then add it to the plan's known_hosts file: ssh-keyscan -p %1 %2 >> %3. Or "
                   "set sync.hostKeys to accept-new to trust a node seen for the first time.")
                    .arg(QString::number(node.port), node.host,
                        CommandLine::shellQuote(plan->knownHostsFile))};
        }
        QString hint = tr("Connect once from a terminal (%1), compare the fingerprint with the "
                          "node's (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the node) "
                          "and answer yes: ssh then keeps it in ~/.ssh/known_hosts.")
                           .arg(interactiveCommand(node));
        if (plan) {
            hint += QLatin1Char(' ')
                + tr("Or set sync.hostKeys to accept-new to trust a node seen for the first "
                     "time.");
        }
        return {Verdict::HostKeyUnknown, message, hint};
    }
    if (says("Permission denied") || says("Too many authentication failures")) {
        return {Verdict::PermissionDenied, tr("%1 refused the key login.").arg(who),
            tr("Put the public key into ~%1/.ssh/authorized_keys on the node (ssh-copy-id "
               "-p %2 %3), or choose the identity file whose key is there. Password logins "
               "cannot be used: the upgrade runs ssh without a terminal.")
                    .arg(node.user.isEmpty() ? QStringLiteral("root") : node.user)
                    .arg(node.port)
                    .arg(node.user.isEmpty() ? node.host : node.user + QLatin1Char('@') + node.host)
                + identityHint};
    }
    if (says("Connection refused")) {
        return {Verdict::ConnectionRefused,
            tr("Nothing accepts ssh connections on %1 port %2.").arg(node.host).arg(node.port),
            tr("Check the port, and that sshd runs on the node (systemctl status sshd).")};
    }
    if (says("timed out")) {
        return timedOut(node);
    }
    if (says("Could not resolve hostname") || says("Name or service not known")) {
        return {Verdict::HostNotFound, tr("The name %1 cannot be resolved.").arg(node.host),
            tr("Use the node's IP address, or add the name to /etc/hosts.")};
    }
    if (says("No route to host") || says("Network is unreachable")) {
        return {Verdict::Unreachable,
            tr("There is no route from this machine to %1.").arg(node.host),
            tr("Check the address, and the network between this machine and the node.")};
    }
    const QString reason = lastLine(standardError);
    return {Verdict::Failed,
        reason.isEmpty() ? tr("ssh to %1 failed with exit code %2.").arg(who).arg(exitCode)
                         : tr("ssh to %1 failed: %2").arg(who, reason),
        tr("Run the same from a terminal to see more: %1 true").arg(interactiveCommand(node))};
}

} // namespace DceUpgrade
