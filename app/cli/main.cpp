#include "CliCommands.h"

#include "util/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dce-upgrade"));
    QCoreApplication::setOrganizationName(QStringLiteral("DaoCloud"));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    // --lang is global: before or after the command, as --lang VALUE or --lang=VALUE.
    QString language;
    for (qsizetype at = 0; at < arguments.size(); ++at) {
        if (arguments[at] == QLatin1String("--lang") && at + 1 < arguments.size()) {
            language = arguments[at + 1];
        } else if (arguments[at].startsWith(QLatin1String("--lang="))) {
            language = arguments[at].mid(7);
        }
    }
    DceUpgrade::Translations::install(language);
    return DceUpgrade::Cli::CliCommands().run(arguments);
}
