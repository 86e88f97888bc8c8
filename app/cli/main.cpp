#include "CliCommands.h"

#include "util/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dce-upgrade"));
    QCoreApplication::setOrganizationName(QStringLiteral("DaoCloud"));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString language;
    if (const qsizetype at = arguments.indexOf(QLatin1String("--lang"));
        at >= 0 && at + 1 < arguments.size()) {
        language = arguments.at(at + 1);
    }
    DceUpgrade::Translations::install(language);
    return DceUpgrade::Cli::CliCommands().run(arguments);
}
