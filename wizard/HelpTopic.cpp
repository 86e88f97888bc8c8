#include "HelpTopic.h"

#include <QFile>
#include <QLocale>

namespace DceUpgrade::Wizard {

QStringList HelpTopic::pageNames()
{
    // The same order as PageId: index = page id.
    return {QStringLiteral("welcome"), QStringLiteral("bundle"), QStringLiteral("registry"),
        QStringLiteral("sync"), QStringLiteral("upgrade"), QStringLiteral("review"),
        QStringLiteral("run"), QStringLiteral("finish")};
}

std::optional<PageId> HelpTopic::pageId(const QString &page)
{
    const qsizetype index = pageNames().indexOf(page);
    if (index < 0) {
        return std::nullopt;
    }
    return static_cast<PageId>(index);
}

HelpTopic HelpTopic::parse(const QString &text)
{
    const qsizetype hash = text.indexOf(QLatin1Char('#'));
    if (hash < 0) {
        return {text, {}};
    }
    return {text.left(hash), text.mid(hash + 1)};
}

HelpTopic HelpTopic::of(PageId id)
{
    return {pageNames().value(pageIndex(id)), {}};
}

QString HelpTopic::toString() const
{
    return anchor.isEmpty() ? page : page + QLatin1Char('#') + anchor;
}

QString HelpTopic::currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

QString HelpTopic::file(const QString &page, const QString &language)
{
    const QString path = QStringLiteral(":/help/%1.%2.html").arg(page, language);
    return QFile::exists(path) ? path : QString();
}

QUrl HelpTopic::url(const QString &language) const
{
    QString path = file(page, language);
    if (path.isEmpty()) {
        path = file(page, QStringLiteral("en"));
    }
    if (path.isEmpty()) {
        return {};
    }
    QUrl url(QStringLiteral("qrc") + path);
    if (!anchor.isEmpty()) {
        url.setFragment(anchor);
    }
    return url;
}

} // namespace DceUpgrade::Wizard
