#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace DceUpgrade::Cli {

// The `dce-upgrade` command line: hands each subcommand to its class (InspectCommand, PlanCommand,
// InitCommand, RunCommand, PushCommand), prints the help and says what is wrong with arguments.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Cli::CliCommands)

public:
    CliCommands();

    // arguments without the program name; returns the process exit code.
    int run(const QStringList &given);

    // Wrong arguments: the problem and where the commands are listed, on `err`; returns Usage.
    // Shared with the subcommands, so they all end such a message the same way.
    static int usage(QTextStream &err, const QString &problem);

private:
    void printHelp();
    // `help`, `help TOPIC` (a document compiled in: plan, events, cli) or `help COMMAND`.
    int help(const QString &topic);
    // The options of one command ("run"); empty for an unknown one.
    static QString commandHelp(const QString &command);
    // The arguments without the global --lang VALUE (or --lang=VALUE), wherever it stands.
    static QStringList withoutLanguage(const QStringList &arguments);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace DceUpgrade::Cli
