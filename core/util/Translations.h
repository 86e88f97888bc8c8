#pragma once

#include <QString>

namespace DceUpgrade {

// Loads the program's and Qt's own translations into the running application. `language` is
// "zh_CN" or "en"; empty picks the system locale. Returns the language now in effect.
// Calling it again switches language (old translators are removed first).
struct Translations
{
    static QString install(const QString &language = {});
    static QStringList available();
};

} // namespace DceUpgrade
