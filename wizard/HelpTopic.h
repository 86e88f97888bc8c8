#pragma once

#include "PageId.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace DceUpgrade::Wizard {

// A place in the wizard's help: one page's text and, optionally, an anchor in it, written
// "registry#certificate". The texts are HTML files compiled into the program
// (wizard/help/<page>.<language>.html, resource prefix :/help), one per page and language.
struct HelpTopic
{
    QString page; // "welcome", "bundle", "registry", ... (pageNames())
    QString anchor; // empty: the top of the page's text

    static HelpTopic parse(const QString &text);
    static HelpTopic of(PageId id);
    QString toString() const;
    bool isEmpty() const { return page.isEmpty(); }
    bool operator==(const HelpTopic &other) const = default;

    // The page names in the order of PageId.
    static QStringList pageNames();
    static std::optional<PageId> pageId(const QString &page);

    // "zh_CN" or "en": the language the program speaks now (Translations::install sets the
    // default QLocale before it installs the translators, so this follows a language switch).
    static QString currentLanguage();
    // The resource file of `page` in `language`; empty when there is none.
    static QString file(const QString &page, const QString &language);
    // qrc:/help/<page>.<language>.html#<anchor>, in English when the language has no text.
    QUrl url(const QString &language) const;
};

} // namespace DceUpgrade::Wizard
