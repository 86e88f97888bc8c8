#include "ContainerdCommands.h"

namespace DceUpgrade {

CommandLine ContainerdCommands::overSsh(const SshNode &node, const QStringList &remote)
{
    CommandLine command(QStringLiteral("ssh"));
    // BatchMode: never stop to ask for a password on a terminal the user cannot see.
    command.args({QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-p"),
        QString::number(node.port)});
    command.option(QStringLiteral("-i"), node.identityFile);
    command.arg(node.user.isEmpty() ? node.host : node.user + QLatin1Char('@') + node.host);
    command.arg(QStringLiteral("--"));
    // ssh hands the remote side one string that the remote shell splits again: quote each word.
    QStringList words;
    for (const QString &word : remote) {
        words.append(CommandLine::shellQuote(word));
    }
    command.arg(words.join(QLatin1Char(' ')));
    return command;
}

CommandLine ContainerdCommands::import(
    const SshNode &node, const QString &packagePath, const QStringList &memberPath)
{
    return overSsh(node,
        {QStringLiteral("ctr"), QStringLiteral("-n"), QString(Namespace), QStringLiteral("images"),
            QStringLiteral("import"), QStringLiteral("-")})
        .stdinMember(packagePath, memberPath);
}

CommandLine ContainerdCommands::tag(
    const SshNode &node, const QString &source, const QString &target)
{
    return overSsh(node,
        {QStringLiteral("ctr"), QStringLiteral("-n"), QString(Namespace), QStringLiteral("images"),
            QStringLiteral("tag"), QStringLiteral("--force"), source, target});
}

} // namespace DceUpgrade
