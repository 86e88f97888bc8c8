#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "model/ModuleProfile.h"

#include <optional>

namespace DceUpgrade::Cli {

// The `dce-upgrade` subcommands: argument parsing and output formatting over the core engine.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Cli::CliCommands)

public:
    CliCommands();

    // arguments without the program name; returns the process exit code.
    int run(const QStringList &given);

private:
    int inspect(const QStringList &arguments);
    static QString moduleLine(
        const std::optional<ModuleProfile> &module, const QStringList &charts);
    int plan(const QStringList &arguments, bool asScript);
    int usage(const QString &problem);
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
