#include "NodeFailure.h"

#include "SshReachability.h"

#include <QRegularExpression>
#include <QStringList>

namespace DceUpgrade {

namespace {

// The last line that says something: tools print their reason last.
QString lastLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->trimmed().isEmpty()) {
            return it->trimmed();
        }
    }
    return {};
}

} // namespace

QString NodeFailure::nodeName(const SshNode &node)
{
    return node.local ? tr("this machine") : node.id();
}

NodeFailure::Diagnosis NodeFailure::diagnose(const SshNode &node, NodeRuntime runtime,
    const SshSettings &settings, int exitCode, const QByteArray &standardError)
{
    const QString who = nodeName(node);
    const QString tool = NodeImportScript::tool(runtime);
    const QString text = QString::fromUtf8(standardError);
    const auto says = [&text](const char *phrase) {
        return text.contains(QLatin1String(phrase), Qt::CaseInsensitive);
    };

    // ssh itself failed (it exits 255 and explains on stderr); the remote side never ran.
    if (!node.local && exitCode == 255) {
        const SshReachability::Diagnosis ssh
            = SshReachability::diagnose(node, exitCode, standardError, settings);
        return {SshReachability::code(ssh.verdict), ssh.message, ssh.hint};
    }

    // sudo -n refuses instead of asking: "sudo: a password is required".
    if (says("sudo: a password is required") || says("sudo: a terminal is required")
        || says("sudo: no tty present")) {
        return {QStringLiteral("node.sudo-password"),
            tr("sudo on %1 wants a password for %2, and nobody can type it during the run.")
                .arg(who, tool),
            tr("Let the user run %1 without a password (a sudoers line such as: %2 ALL=(root) "
               "NOPASSWD: /usr/bin/%1), or connect as root and set sudo: false for the node in the "
               "plan.")
                .arg(tool, node.local ? QStringLiteral("USER") : node.user)};
    }
    if (says("is not in the sudoers file") || says("is not allowed to execute")) {
        return {QStringLiteral("node.sudo-denied"),
            tr("sudo on %1 does not let the user run %2.").arg(who, tool),
            tr("Allow it in the node's sudoers (NOPASSWD: /usr/bin/%1), or connect as root.")
                .arg(tool)};
    }

    // The shell's "command not found": sh says "sh: 1: ctr: not found", bash "ctr: command
    // not found", sudo "sudo: ctr: command not found".
    if (exitCode == 127) {
        static const QRegularExpression notFound(
            QStringLiteral("([A-Za-z0-9_.+-]+): (?:command )?not found"));
        QString missing = tool;
        QRegularExpressionMatchIterator it = notFound.globalMatch(text);
        while (it.hasNext()) {
            missing = it.next().captured(1);
        }
        if (missing == QLatin1String("sudo")) {
            return {QStringLiteral("node.tool-missing"),
                tr("sudo is not installed on %1.").arg(who),
                tr("Install sudo on the node, or connect as root and set sudo: false for the "
                   "node in the plan.")};
        }
        return {QStringLiteral("node.tool-missing"),
            tr("%1 is not installed on %2, or not on the PATH of a non-interactive login.")
                .arg(missing, who),
            runtime == NodeRuntime::Docker
                ? tr("Install Docker on the node, or check the PATH that ssh sessions get "
                     "(commands over ssh do not read ~/.bash_profile). Nodes that run "
                     "containerd take sync.method: containerd.")
                : tr("ctr comes with containerd: install it on the node, or check the PATH "
                     "that ssh sessions get (commands over ssh do not read ~/.bash_profile).")};
    }

    const QString said = lastLine(text);
    const QString reason = said.isEmpty()
        ? tr("%1 failed on %2 with exit code %3.").arg(tool, who).arg(exitCode)
        : tr("%1 failed on %2: %3").arg(tool, who, said);
    const bool socket = says("containerd.sock") || says("docker.sock") || says("Docker daemon");
    if (socket && says("permission denied")) {
        return {QStringLiteral("node.tool-permission"), reason,
            tr("Only root may use %1 on the node: connect as root, or add sudo: true to the "
               "node.")
                .arg(tool)};
    }
    if (socket
        && (says("failed to dial") || says("no such file or directory")
            || says("connection refused") || says("Is the docker daemon running"))) {
        return {QStringLiteral("node.runtime-down"), reason,
            runtime == NodeRuntime::Docker
                ? tr("Start Docker on the node (systemctl start docker), then run again: nodes "
                     "that finished are not done again.")
                : tr("Start containerd on the node (systemctl start containerd), then run "
                     "again: nodes that finished are not done again.")};
    }
    return {QStringLiteral("node.import-failed"), reason,
        tr("See the node's lines in the step's log; fix the cause on the node and run again: "
           "nodes that finished are not done again.")};
}

} // namespace DceUpgrade
