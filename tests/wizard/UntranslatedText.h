#pragma once

#include <QStringList>

class QWidget;

namespace DceUpgrade::Wizard::Test {

// Issue 11: in Chinese, a page shows no English except product and tool names, commands,
// paths and plan keys. Lists every shown text under `root` (labels, buttons, group and tab
// titles, table headers, placeholders, tool tips, accessible names and descriptions, the
// window title) that still holds an English word, as "objectName: text". Data the user or a
// tool wrote (field contents, table cells, logs, the plan) is not looked at.
class UntranslatedText final
{
public:
    static QStringList in(const QWidget *root);
    // The English words of one text that are neither names nor code, for the message.
    static QStringList englishWords(const QString &text);
};

} // namespace DceUpgrade::Wizard::Test
