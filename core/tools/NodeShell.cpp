#include "NodeShell.h"

namespace DceUpgrade {

namespace {

// ssh splits an -o value at white space; a path with spaces is kept whole in double quotes.
QString sshPath(const QString &path)
{
    return path.contains(QLatin1Char(' ')) ? QLatin1Char('"') + path + QLatin1Char('"') : path;
}

} // namespace

QString NodeShell::destination(const SshNode &node)
{
    return node.user.isEmpty() ? node.host : node.user + QLatin1Char('@') + node.host;
}

CommandLine NodeShell::ssh(
    const SshNode &node, const SshSettings &settings, const QStringList &remoteWords)
{
    const auto option = [](const QString &value) {
        return QStringList {QStringLiteral("-o"), value};
    };
    CommandLine command(QStringLiteral("ssh"));
    command.args(option(QStringLiteral("ConnectTimeout=%1").arg(ConnectTimeoutSeconds)));
    command.args(option(QStringLiteral("BatchMode=yes")));
    command.args(option(QStringLiteral("ServerAliveInterval=%1").arg(ServerAliveIntervalSeconds)));
    command.args(option(QStringLiteral("ServerAliveCountMax=%1").arg(ServerAliveCountMax)));
    // Never "no": a changed key (a reinstalled node, or someone in between) always stops.
    command.args(option(QStringLiteral("StrictHostKeyChecking=")
        + (settings.hostKeys == HostKeyPolicy::AcceptNew ? QStringLiteral("accept-new")
                                                         : QStringLiteral("yes"))));
    if (!settings.knownHostsFile.isEmpty()) {
        // The plan's file first: ssh records accepted keys in the first one, so the user's own
        // known_hosts is read but never written.
        command.args(option(QStringLiteral("UserKnownHostsFile=%1 ~/.ssh/known_hosts")
                                .arg(sshPath(settings.knownHostsFile))));
    }
    command.args({QStringLiteral("-p"), QString::number(node.port)});
    command.option(QStringLiteral("-i"), node.identityFile);
    command.arg(destination(node));
    command.arg(QStringLiteral("--"));
    QStringList words;
    for (const QString &word : remoteWords) {
        words.append(CommandLine::shellQuote(word));
    }
    command.arg(words.join(QLatin1Char(' ')));
    return command;
}

CommandLine NodeShell::script(
    const SshNode &node, const SshSettings &settings, const QString &script)
{
    const QStringList words {QStringLiteral("sh"), QStringLiteral("-c"), script};
    if (node.local) {
        return CommandLine(words.first(), words.mid(1));
    }
    return ssh(node, settings, words);
}

} // namespace DceUpgrade
