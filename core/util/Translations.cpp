#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace DceUpgrade {

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::install(const QString &language)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto &translator : installed) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed.clear();

    QString chosen = language;
    if (chosen.isEmpty()) {
        chosen = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                  : QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(chosen));

    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/dce-upgrade_") + chosen + QLatin1String(".qm"))) {
        QCoreApplication::installTranslator(own.get());
        installed.push_back(std::move(own));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed.push_back(std::move(qt));
    }
    return chosen;
}

} // namespace DceUpgrade
